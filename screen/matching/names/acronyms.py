"""Where an acronym meets a whole listed name: a query word that is the listed
name's initials ("PLA", People's Liberation Army; `parts.reduce_listed` says which
names have initials an acronym may spell), or query words whose initials spell a
listed one-word name of four letters or more."""

from __future__ import annotations

from typing import Protocol

from screen.matching.names.initials import acronym_letters
from screen.matching.names.reduced import STOPWORDS, Part, Reduced
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


ACRONYM_MOST = 6  # letters of a listed name that may be an acronym ("NITC", "IRISL")
FUNCTION_WORDS = frozenset({"in", "at", "on", "to", "a", "an"})  # (an acronym skips them)


def spelt_out(query: Reduced, listed: str) -> str:
    """The words with which a query spells out letters it also writes ("NITC" and
    "National Institute of Technology Calicut"), or "": what the letters stand for
    in the query, which must meet the listed party's own names for the letters to
    stand for it (`spelt.py`).  Linear in the query's parts for each start."""
    letters = listed.lower()
    if not (2 <= len(letters) <= ACRONYM_MOST and letters.isalpha() and letters.isascii()):
        return ""
    parts = query.parts
    if not any(p.form == letters for p in parts):
        return ""
    for lo in range(len(parts)):
        spelt = ""
        for hi in range(lo, len(parts)):
            p = parts[hi]
            if p.form == letters or p.role == "number":
                break
            if p.form in STOPWORDS or p.form in FUNCTION_WORDS or p.role == "particle":
                continue
            spelt += p.form[0]
            if not letters.startswith(spelt):
                break
            if spelt == letters:
                return " ".join(q.form for q in parts[lo : hi + 1])
    return ""


def self_spelt(query: Reduced) -> dict[str, str]:
    """Each word of a query that may be an acronym and that the query spells out in
    other words, with those words (`spelt_out`)."""
    out = {}
    firsts = {p.form[0] for p in query.parts if p.form}
    for p in query.parts:
        form = p.form
        if (
            2 <= len(form) <= ACRONYM_MOST
            and form not in out
            and set(form) <= firsts
            and (words := spelt_out(query, form))
        ):
            out[form] = words
    return out
