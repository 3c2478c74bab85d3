"""A field that names several countries, read as a sequence of names.

"Kazakhstan/Russia", "China, Russia", "via Kazakhstan to Russia", "Moscow,
Russia": the field's words are covered, longest name first, by country names
(in any word order: "Korea North"), city names, codes written in capitals
("KZ/RU") and connecting words ("via", "to", "transit", "через"); a word that is
none of these makes the whole field unknown, so that no stray word ("Korea" in
"Korea, Demokratische Volksrepublik") can name the wrong country.

`country_spans` finds the country names inside any text (an address, a
country field), for the place matcher: a region term inside a recognised
country name is that country ("DPR" in "DPR Korea" is North Korea, not the
Donetsk People's Republic).
"""

from __future__ import annotations

from functools import lru_cache

from screen.matching.countries import CACHES, countries, name_code, places, whole_country
from screen.text.normalize import normalize
from screen.text.tokens import Analyzed

# Words that join the countries of a route or qualify a place without naming one.
CONNECTORS = frozenset(
    "via to and or through thru transit then from final destination dest end user country "
    "route routing shipped ship in for with by region oblast province city district krai "
    "county port airport area zone free economic hub terminal warehouse "
    "cherez v i do iz".split()
)
SHORTEST = 4  # a single word shorter than this is no country name here ("in", "to")


def _code_at(words: list[str], i: int, longest: int) -> tuple[str, int] | None:
    """(code, length) of the longest country name starting at word i."""
    for size in range(min(longest, len(words) - i), 0, -1):
        phrase = " ".join(words[i : i + size])
        if size == 1 and len(phrase) < SHORTEST and phrase.isascii():
            continue
        code = name_code(phrase)
        if code:
            return code, size
    return None


def scan(text: str, key: str) -> tuple[str, ...]:
    """The countries a field names as a sequence, or () when any word is unknown."""
    table = countries()
    words = key.split()
    capitals = {w.lower() for w in text.replace("/", " ").replace(",", " ").split() if w.isupper()}
    found: list[str] = []
    i = 0
    while i < len(words):
        named = _code_at(words, i, table.longest)
        if named is not None:
            found.append(named[0])
            i += named[1]
            continue
        word = words[i]
        if word in capitals and word in table.codes:
            found.append(table.codes[word])  # "KZ/RU": codes written as codes
        elif not (word in CONNECTORS or _city_length(words, i)):
            return ()
        i += max(1, _city_length(words, i))
    return tuple(dict.fromkeys(found))


def _city_length(words: list[str], i: int) -> int:
    cities = places().cities
    for size in (3, 2, 1):
        if " ".join(words[i : i + size]) in cities:
            return size
    return 0


def country_spans(text: Analyzed) -> list[tuple[int, int, str]]:
    """(first token, last token, code) of every country name of two words or more
    in the text, longest first, not overlapping."""
    keys = [t.text for t in text.tokens]
    longest = countries().longest
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(keys):
        named = _code_at(keys, i, longest)
        if named is not None and named[1] > 1:
            out.append((i, i + named[1] - 1, named[0]))
            i += named[1]
        else:
            i += 1
    return out


@lru_cache(maxsize=4096)
def resolve_countries(text: str) -> tuple[str, ...]:
    """Every country a country field names, in order, or () when it names none.

    The whole field first (a code, a name in any language or word order, a
    misspelt name); then the field as a sequence of names and connecting words
    ("Kazakhstan/Russia", "via Kazakhstan to Russia", "Moscow, Russia")."""
    whole = whole_country(text)
    if whole:
        return (whole,)
    key = normalize(text)
    return scan(text, key) if key else ()


def resolve_country(text: str) -> str | None:
    """The country a field names (the last one, for a field naming several: the
    destination of "via Kazakhstan to Russia"), or None."""
    found = resolve_countries(text)
    return found[-1] if found else None


CACHES.append(resolve_countries.cache_clear)
