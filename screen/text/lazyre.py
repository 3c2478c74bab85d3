"""Regular expressions compiled on first use.

A character class over wide Unicode ranges (kana, Han, Hangul, Arabic) takes the
regular-expression compiler a millisecond or more: at import, every process paid
for the patterns of scripts its text may never hold.  The patterns that only text
in such a script needs are compiled when first used instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function returning `re.compile(pattern, flags)`, compiled on the first call."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled
