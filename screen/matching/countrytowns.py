"""What a piece of a country field naming no country may be: a town ("St
Petersburg", "Saint-Pétersbourg", "Novorossiysk", "Saint John"), a street or a note
("FTZ"), which is set aside beside a piece naming a country; or a word like a
country's name ("Democratic", "Kazahkstan"), which keeps the field unknown.

Towns: the big cities of `data/cities.tsv` first (the places table every field
reads), then `data/country_towns.tsv` (`screen/datagen/country_towns.py`: every
GeoNames place of 15,000 people or more, and the Latin names of the big cities),
read only when a country field holds a piece naming no country, or names none at
all. A town is looked up as written and with its abbreviated words spelt out ("St.
John's" is "Saint John's").
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from screen.matching.countries import CACHES, STOPWORDS, countries, places
from screen.text.normalize import normalize
from screen.text.shipped import data_lines

SHORTEST = 4  # a word this short is never read as a misspelt name ("in", "to")
# The abbreviations English and French place names are written with ("St Petersburg",
# "Ste-Foy", "Mt Isa", "Ft Worth"): GeoNames keeps a small town's name spelt out.
SPELT_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


@lru_cache(maxsize=1)
def country_towns() -> dict[str, tuple[str, str]]:
    """Normalised name -> (alpha-2, the place's GeoNames name)."""
    out: dict[str, tuple[str, str]] = {}
    for line in data_lines("country_towns.tsv"):
        key, code, name = line.split("\t")
        out[key] = (code, name)
    return out


@lru_cache(maxsize=1024)
def town_of(text: str, small: bool = True) -> tuple[str, str] | None:
    """(alpha-2, name) of the town or city the whole of `text` is, else None; with
    `small` false, of a big city only (`data/cities.tsv`)."""
    key = normalize(text)
    spelt = " ".join(SPELT_OUT.get(w, w) for w in key.split())
    cities, towns = places().cities, country_towns() if small else {}
    for form in dict.fromkeys((key, spelt)):
        found = cities.get(form) or towns.get(form)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every word of a country's name in any language, stopwords out."""
    return frozenset(w for name in countries().names for w in name.split()) - STOPWORDS


def looks_like_a_country(text: str) -> bool:
    """Could `text` say something of a country: does it hold a word of a country's
    name ("Democratic", "Federation", "North") or come within one edit (two from ten
    letters) of a name ("Rusia", "Kazahkstan")?"""
    key = normalize(text)
    if any(w in name_words() for w in key.split()):
        return True
    words = [w for w in key.split() if len(w) > SHORTEST and not w.isdigit()]
    return any(_misspelt(k) for k in dict.fromkeys((key, *words)))


def _misspelt(key: str) -> bool:
    limit = 1 if len(key) < 10 else 2
    candidates = [n for n in countries().names if abs(len(n) - len(key)) <= limit]
    return process.extractOne(key, candidates, scorer=OSA.distance, score_cutoff=limit) is not None


def set_aside(piece: str) -> bool:
    """May a piece naming no country beside pieces naming one be set aside as a
    town, a street or a note? When it is like no country's name, or when it is a
    town whose name holds a word of no country's name ("St Petersburg", "Saint
    John": "Saint" is a word of Saint Lucia's name, "Petersburg" of none)."""
    if not looks_like_a_country(piece):
        return True
    return town_of(piece) is not None and not set(normalize(piece).split()) <= name_words()


CACHES.extend((town_of.cache_clear, name_words.cache_clear))
