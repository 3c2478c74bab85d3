"""A query read otherwise and searched again: with a scanner's misreadings read
as letters (`misread.py`), and a Chinese firm's name in English (`translated.py`)."""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.names.misread import with_reading
from screen.matching.names.ranking import NameHit
from screen.matching.names.translated import english_readings, with_translation

__all__ = ["english_readings", "with_readings"]


def with_readings(
    hits: list[NameHit],
    query: str,
    search: Callable[[str, float, int], list[NameHit]],
    min_score: float,
    limit: int,
) -> list[NameHit]:
    """`hits` with those of the query's other readings that meet a party better."""
    hits = with_reading(hits, query, search, min_score, limit)
    return with_translation(hits, query, search, min_score, limit)
