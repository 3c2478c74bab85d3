"""Where an acronym meets a whole listed name: a query word that is the listed
name's initials ("PLA", People's Liberation Army; `parts.reduce_listed` says which
names have initials an acronym may spell), or query words whose initials spell a
listed one-word name of four letters or more."""

from __future__ import annotations

from typing import Protocol

from screen.matching.names.initials import acronym_letters
from screen.matching.names.reduced import Part, Reduced
from screen.text.english import is_english_word


class Listed(Protocol):
    """What of a listed name (`score.Listed`) an acronym is met by."""

    @property
    def reduced(self) -> Reduced: ...
    @property
    def person(self) -> bool: ...
    @property
    def initials(self) -> str: ...


def acronym_at(
    listed: Listed,
    parts: tuple[Part, ...],
    lo: int,
    hi: int,
    segments: tuple[tuple[int, int], ...] = (),
    cased: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """Where an acronym meets a whole name: (listed part or -1 for all of them,
    query part or -1 for all of them), or None.  Words spell an acronym only
    within one of the query's `segments` ("Al Baraka Al Noor Shipping, Ajman"
    spells no "BNSA": the city is no word of the name); a word written in small
    letters (`cased`: "Tak Trading") is no acronym (`text.lettercase`)."""
    lparts = listed.reduced.parts
    if len(listed.initials) >= 3 and not listed.person and len(lparts) >= 2:
        for qi in range(lo, hi):  # (an English word is a word: "Been" spells no acronym)
            q = parts[qi]
            if (
                q.form == listed.initials
                and q.role == "word"
                and q.form not in cased
                and not is_english_word(q.form)
            ):
                return -1, qi
    # words spelling a listed acronym: three letters are too little (one name in 40
    # of three words spells some listed "KMC", "SGM"), as two are for any two words
    one_word = len(lparts) == 1 and lparts[0].role == "word" and len(lparts[0].form) >= 4
    within = not segments or any(a <= lo and hi <= b for a, b in segments)
    if one_word and within and hi - lo >= 2 and acronym_letters(parts[lo:hi]) == lparts[0].form:
        return 0, -1
    return None
