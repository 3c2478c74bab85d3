"""A country, or a kind of party, in the place of another: "China Agricultural
Bank" is not "Russian Agricultural Bank", nor "Relief Trading" "Global Relief
Foundation".

When the rest of an organisation's name is plain words (common English words, or
Mandarin syllables read from Chinese characters: 农业 "nongye", agriculture), the
country word is what says which party it is, so a query that puts another
country in its place names another party and counts as a conflict (the weight of
a distinctive part).  A coined name ("Sberbank") names its party with or without
the country: "Sberbank China" stays a hit for review.
"""

from __future__ import annotations

from collections.abc import Iterable

from screen.matching.names.reduced import Part
from screen.matching.names.tables import PLACES
from screen.text.english import is_english_word
from screen.text.romanize import is_pinyin

PLACE_CONFLICT = 1.0  # as much as a distinctive part replaced by another


def _plain(part: Part) -> bool:
    form = part.form
    return is_english_word(form) or (part.how == "transliterated" and is_pinyin(form))


def place_conflict(matched: Iterable[Part], missing_l: list[Part], missing_q: list[Part]) -> float:
    """The weight a replaced country, or a replaced kind of party, adds against a
    match (0 when none is replaced)."""
    met = list(matched)
    words = [p for p in met if p.role in ("word", "number")]
    if not words or not all(_plain(p) for p in words):
        return 0.0  # (a coined name names its party whatever stands beside it)
    if _kind_replaced(met, missing_l, missing_q):
        return PLACE_CONFLICT
    listed = [PLACES[p.form] for p in missing_l if p.role == "place"]
    query = [PLACES[p.form] for p in missing_q if p.role == "place"]
    if not listed or not query:
        return 0.0
    named_l = frozenset().union(*listed)
    if any(codes & named_l for codes in query):
        return 0.0  # the same country in other words ("Russia" / "Russian")
    return PLACE_CONFLICT


def _kind_replaced(met: list[Part], missing_l: list[Part], missing_q: list[Part]) -> bool:
    """Plain words, and none of the listed kind-of-party words met but others in
    their place: "Relief Trading" is not "GLOBAL RELIEF FOUNDATION", nor "Martyrs
    Systems" "MARTYRS FOUNDATION" ("Global Relief Fund", one met, may be)."""
    return (
        not any(p.role == "generic" for p in met)
        and any(p.role == "generic" for p in missing_l)
        and any(p.role == "generic" for p in missing_q)
    )
