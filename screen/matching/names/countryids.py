"""Words that name a country, and the one country a word names by any of its
names: "Burma" and "Myanmar", "Iran" and "Iranian", "Russia" and "Rossiya",
"PRC" and "China" (`data/country_ids.tsv`, made by `screen/datagen/country_ids.py`
from the country tables, which says which words name one country only).

Such a word carries its country's id among its alternatives (`tables.word_alts`),
so retrieval finds "Burma Macau Lundun" under MYANMAR MACAU LUNDUN and scoring
meets the two words as one country's names (`similarity.part_similarity`: an
organisation's word, never a person's: "Israel" is a given name).  A country's
adjective of several words ("north korean") is read as the country's one word
(`countryphrases.py`).
"""

from __future__ import annotations

from functools import cache

from screen.text.shipped import data_lines

COUNTRY_MARK = "#"  # a country's id: "#MM" (no word begins so)


@cache
def country_words() -> dict[str, frozenset[str]]:
    """Words that name a country or its people, with the countries they may name
    (`data/place_words.tsv`: a country's name of one word, or a language's)."""
    rows = (line.split("\t") for line in data_lines("place_words.tsv"))
    return {word: frozenset(codes.split(",")) for word, codes in rows}


@cache
def _one_country() -> dict[str, str]:
    """Each word that names one country, with that country's code."""
    rows = (line.split("\t") for line in data_lines("country_ids.tsv"))
    return {word: code for word, code in rows if " " not in word}


def adjective_phrases() -> dict[str, str]:
    """Adjective phrases of countries' names of several words ("north korean"),
    each with its country's code."""
    rows = (line.split("\t") for line in data_lines("country_ids.tsv"))
    return {phrase: code for phrase, code in rows if " " in phrase}


def country_id(word: str) -> str:
    """The id of the one country `word` names ("#MM" for "burma"), else ""."""
    code = _one_country().get(word)
    return COUNTRY_MARK + code if code else ""


def countries_of(alts: tuple[str, ...]) -> tuple[str, ...]:
    """The country ids among a part's alternatives."""
    return tuple(a for a in alts if a[:1] == COUNTRY_MARK)


def same_country(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two parts' alternatives name one country."""
    return any(x[:1] == COUNTRY_MARK and x in b for x in a)
