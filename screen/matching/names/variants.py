"""The names a listed name is indexed as: itself, the names it gives apart by
slashes, and itself with its country's name of several words read as one."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator

from screen.matching.names.countryphrases import one_word_countries
from screen.text.normalize import normalize
from screen.text.orgwords import join_letter_runs

# a slash with a space on each side between two names of two words or more: "NEW
# PEOPLE'S ARMY / COMMUNIST PARTY OF THE PHILIPPINES"; written close, a slash joins
# words of one name ("EBLA TRADE SERVICES S.A.L./OFF-SHORE", "SOCIETY FOR THE
# CALL/INVITATION TO THE QURAN", "A/S", "M/V")
_SLASH = re.compile(r"\s+/\s+")
MAX_ALTERNATIVES = 4  # more pieces than this are no list of names (and cost a row each)
_WORD = re.compile(r"[^\W\d_]{2,}")


def alternatives(text: str) -> list[str]:
    """The names a listed name gives apart by slashes (" / "), each of two words or
    more (and none when it has no such slash)."""
    pieces = _SLASH.split(text, maxsplit=MAX_ALTERNATIVES)
    if not 2 <= len(pieces) <= MAX_ALTERNATIVES or any(len(_WORD.findall(p)) < 2 for p in pieces):
        return []
    return [p.strip() for p in pieces]


# (owner, name as listed, weak alias?, person?) and, when known, a vessel's or an
# aircraft's name?
Entry = tuple[Hashable, str, bool, bool] | tuple[Hashable, str, bool, bool, bool]


Named = tuple[Hashable, str, bool, bool, bool, bool, str]


def listed_names(entries: Iterable[Entry]) -> Iterator[Named]:
    """Each entry, each name it gives apart by slashes (`alternatives`), and the
    entry read with its country's name as one word (`country_variant`): (owner, name
    shown, weak alias?, person?, craft's?, an alternative?, name read)."""
    for entry in entries:
        owner, text, weak, person = entry[:4]
        craft = len(entry) > 4 and bool(entry[4])
        yield owner, text, weak, person, craft, False, text
        for alternative in alternatives(text):
            yield owner, alternative, weak, person, craft, True, alternative
        for read in country_variant(text, person):
            yield owner, text, weak, person, craft, True, read


def country_variant(text: str, person: bool) -> list[str]:
    """An organisation's name with its country's name of several words read as one
    ("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": "foreign
    trade bank of the dprk", as a query reads it: `countryphrases.py`), indexed
    besides the name as listed (which a typo inside the country's name still meets)."""
    if person:
        return []
    words = join_letter_runs(normalize(text).split())
    read = one_word_countries(words)
    return [" ".join(read)] if read != words else []
