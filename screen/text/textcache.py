"""A cache keyed by texts that keeps a long text only among a few.

The caches of what a text gave (its goods, its hits) keep tens of thousands of
texts: a short description costs little there, but a field may hold 10,000
characters, and a batch of such rows, all different, kept every one of them (and
a copy or two).  `text_cache(n)` keeps the calls whose text arguments are all of
`LONG_TEXT` characters or fewer in a cache of `n`, and the others in a cache of
`LONG_TEXTS` (a row asks for its text several times: it still pays once).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar, cast

from screen.text.normalize import LONG_TEXT, LONG_TEXTS

F = TypeVar("F", bound=Callable[..., Any])


def text_cache(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)` for short texts, a cache of `LONG_TEXTS` for
    long ones (a method's `self` is part of the key, as with `lru_cache`)."""

    def wrap(function: F) -> F:
        short = lru_cache(maxsize=maxsize)(function)
        long = lru_cache(maxsize=LONG_TEXTS)(function)

        @wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            values = (*args, *kwargs.values())
            if any(isinstance(a, str) and len(a) > LONG_TEXT for a in values):
                return long(*args, **kwargs)
            return short(*args, **kwargs)

        def cache_clear() -> None:
            short.cache_clear()
            long.cache_clear()

        call.cache_clear = cache_clear  # type: ignore[attr-defined]
        return cast(F, call)

    return wrap
