"""Country names and codes: ISO 3166 alpha-2/alpha-3, English names, common variants,
native, Japanese and Chinese names, all resolved to an alpha-2 code.

Data: `data/countries.tsv` (ISO 3166-1) and `data/country_aliases.tsv` (extra names).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from screen.text.normalize import normalize


@dataclass(frozen=True)
class Countries:
    names: dict[str, str]  # normalised name or code -> alpha-2
    display: dict[str, str]  # alpha-2 -> English short name

    def name_of(self, code: str) -> str:
        return self.display.get(code, code)


SOURCES = ("countries.tsv", "country_aliases.tsv")


def source_text() -> str:
    """The shipped tables the country table is built from, as one string (a cache
    of the built table is keyed on it)."""
    return "\0".join(
        resources.files("screen.data").joinpath(name).read_text(encoding="utf-8")
        for name in SOURCES
    )


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("screen.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def build_countries() -> Countries:
    """The table from the shipped files: about 30 ms, mostly normalising a thousand
    names in many scripts, so runs take it from the on-disk cache (`use_countries`)."""
    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        alpha2, alpha3, *labels = row
        display[alpha2] = labels[-1] if len(labels) > 2 else labels[0]
        for key in (alpha2, alpha3, *labels):
            names.setdefault(normalize(key), alpha2)
    for code, label in _rows("country_aliases.tsv"):
        names[normalize(label)] = code
    display["RU"] = "Russia"
    return Countries(names, display)


_table: Countries | None = None  # the table in use, built on first need


def countries() -> Countries:
    global _table
    if _table is None:
        _table = build_countries()
    return _table


def use_countries(table: Countries) -> None:
    """Use `table` (built earlier by `build_countries`, e.g. read from a cache)."""
    global _table
    _table = table
    resolve_country.cache_clear()


def _allowed_typos(length: int) -> int:
    # Short names are too close to each other for typo tolerance ("Iran"/"Oman").
    if length < 6:
        return 0
    return 1 if length < 10 else 2


@lru_cache(maxsize=4096)
def resolve_country(text: str) -> str | None:
    """The alpha-2 code a country field names, or None when it names no country.

    Tries, in order: the whole field as a code or name; a misspelt name (one or two
    letters off, for names of six letters or more); a country name inside a longer
    field ("Moscow, Russia").
    """
    table = countries().names
    key = normalize(text)
    if not key:
        return None
    if key in table:
        return table[key]
    limit = _allowed_typos(len(key))
    if limit:
        candidates = [n for n in table if len(n) >= 6]
        found = process.extractOne(key, candidates, scorer=OSA.distance, score_cutoff=limit)
        if found is not None:
            return table[found[0]]
    words = key.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i : i + size])
            if len(part) >= 2 and part in table and (size > 1 or len(part) > 3):
                return table[part]
    return None


def suggest_countries(text: str, limit: int = 3) -> list[str]:
    """Names close to `text`, for a "did you mean" message."""
    table = countries().names
    names = [n for n in table if len(n) > 3]
    found = process.extract(normalize(text), names, limit=limit)
    return [name for name, _score, _ in found]
