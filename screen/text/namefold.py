"""Fold the spelling variants that transliteration produces, for name comparison.

Russian names reach Latin script by several systems: Mariya/Maria,
Yekaterina/Ekaterina, Tikhonova/Tihonova, Vorontsova/Vorontzova,
Vnesheconombank/Vneshekonombank.  Both sides of a name comparison are folded the
same way, so the key need not be real spelling, only the same for the variants.
"""

from __future__ import annotations

import re
from functools import lru_cache

_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"kh", "h"),
        (r"tz", "ts"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"ck", "k"),
        (r"c", "k"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"^ye", "e"),
        (r"ya", "ia"),
        (r"yu", "iu"),
        (r"yo", "io"),
        (r"(iy|yi|ij|yj)", "i"),
        (r"(.)\1+", r"\1"),
        (r"y$", "i"),
    )
)


@lru_cache(maxsize=131072)
def fold(token: str) -> str:
    """The comparison key of one normalised name token."""
    if not token.isalpha():
        return token
    out = token
    for pattern, replacement in _STEPS:
        out = pattern.sub(replacement, out)
    return out
