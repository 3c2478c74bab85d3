"""How many typing errors a word of a given length may carry and still match.

Shared by the phrase and name matchers so that both tolerate typos alike.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA


def allowed_edits(length: int, *, shortest: int = 5) -> int:
    """0 below `shortest` letters (short words and acronyms match exactly only:
    "IC", "TNT", "VTB"), 1 up to 7 letters, 2 from 8 letters on."""
    if length < shortest:
        return 0
    return 1 if length < 8 else 2


def similarity(a: str, b: str) -> float:
    """0-100: 100 minus the share of edits (transpositions count as one)."""
    if a == b:
        return 100.0
    longest = max(len(a), len(b))
    return 100.0 * (1 - OSA.distance(a, b) / longest) if longest else 0.0
