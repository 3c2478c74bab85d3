"""Regular expressions compiled on first use.

A character class over wide Unicode ranges (kana, Han, Hangul, Arabic) takes the
regular-expression compiler a millisecond or more, and even a plain pattern some
0.1 ms: at import, every process paid for the patterns of scripts its text may never
hold, and for those of the fields, spellings and forms it never meets (a `screen
check` compiled 88 patterns, about 60 M instructions, and used 31).  Such patterns are
compiled when first used instead: `deferred` stands in for the compiled pattern
itself, `lazy_pattern` gives a function returning it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, cast

# what a compiled pattern offers; the stand-in keeps the compiled one's own once made
_ATTRIBUTES = (
    "search", "match", "fullmatch", "split", "findall", "finditer", "sub", "subn",
    "scanner", "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class _Deferred:
    """A pattern compiled when one of its methods or attributes is first asked for:
    those of the compiled pattern are then kept on the stand-in, so that later calls
    find them at once (`PATTERN.search(text)` reads no more than before)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # (copy and pickle probe for hooks: none here)
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred({self._source[0]!r})"


def deferred(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used: for a module's patterns.
    (A stand-in, not a `re.Pattern`: give it to no `re` function, use its methods.)"""
    return cast("re.Pattern[str]", _Deferred(pattern, flags))


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function returning `re.compile(pattern, flags)`, compiled on the first call."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled
