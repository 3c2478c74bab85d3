"""A cache keyed by texts that keeps a long text only among a few.

The caches of what a text gave (its goods, its hits) keep tens of thousands of
texts: a short description costs little there, but a field may hold 10,000
characters, and a batch of such rows, all different, kept every one of them (and
a copy or two).  `text_cache(n)` keeps the calls whose text arguments are all of
`LONG_TEXT` characters or fewer in a cache of `n`, and the others in a cache of
`LONG_TEXTS` (a row asks for its text several times: it still pays once).  A
function of one argument named `text` (`normalize`, `analyze`) is called straight,
without reading its arguments as a tuple.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from inspect import signature
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

# characters of the longest text the large caches keep: a 10,000-character
# description held about 1 MB in the caches of its forms, so that a batch of long
# descriptions, all different, grew without a useful bound; a longer text is kept in
# a cache of `LONG_TEXTS` (a row asks for the same text several times)
LONG_TEXT = 256
LONG_TEXTS = 16


def text_cache(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)` for short texts, a cache of `LONG_TEXTS` for
    long ones (a method's `self` is part of the key, as with `lru_cache`)."""

    def wrap(function: F) -> F:
        short = lru_cache(maxsize=maxsize)(function)
        long = lru_cache(maxsize=LONG_TEXTS)(function)

        def call_any(*args: Any, **kwargs: Any) -> Any:
            for a in (*args, *kwargs.values()) if kwargs else args:
                if a.__class__ is str and len(a) > LONG_TEXT:
                    return long(*args, **kwargs)
            return short(*args, **kwargs)

        def call_text(text: str) -> Any:  # (a function of one text: called most)
            return long(text) if len(text) > LONG_TEXT else short(text)

        one = list(signature(function).parameters) == ["text"]
        call = wraps(function)(call_text if one else call_any)

        def cache_clear() -> None:
            short.cache_clear()
            long.cache_clear()

        call.cache_clear = cache_clear  # type: ignore[attr-defined]
        call.short = short  # type: ignore[attr-defined]  # (each cache, for its figures)
        call.long = long  # type: ignore[attr-defined]
        return cast(F, call)

    return wrap
