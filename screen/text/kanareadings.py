"""The katakana readings of the built-in rules' terms written in kanji ("半導体"
ハンドウタイ), from JMdict (`data/ja_readings.tsv`, `datagen/ja_readings.py`): old
Japanese ERPs and EDI write half-width katakana where they cannot write kanji
("ﾊﾝﾄﾞｳﾀｲ"), so a term is found by its reading too."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from screen.text.shipped import data_lines


@lru_cache(maxsize=1)
def _readings() -> tuple[dict[str, str], dict[str, str]]:
    """(term -> reading, reading -> term)."""
    pairs = [line.split("\t") for line in data_lines("ja_readings.tsv")]
    return {t: r for t, r in pairs}, {r: t for t, r in reversed(pairs)}


def with_readings(terms: Iterable[str]) -> Iterator[str]:
    """Each term, then its reading when it has one."""
    table = _readings()[0]
    for term in terms:
        yield term
        if term in table:
            yield table[term]


def read_term(text: str) -> str:
    """The term `text` is the reading of, "" when it is none."""
    return _readings()[1].get(text, "")
