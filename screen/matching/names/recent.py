"""Recent searches of a name index, bounded by the hits they hold.

A batch asks for the same consignee twice (`could_match`, then the engine's
search) and meets the same names again; a cache of searches by count alone grows
without bound on a list of millions, where a common name has a thousand hits,
each holding its listed name.  This one forgets its oldest searches once they hold
more than `HITS` hits in all, or `ENTRIES` searches.
"""

from __future__ import annotations

from collections.abc import Hashable, Sized
from typing import Generic, TypeVar

HITS = 32768  # hits held in all (each may hold its listed name: about 100 MB at most)
ENTRIES = 65536  # searches held

T = TypeVar("T", bound=Sized)


class Recent(Generic[T]):
    def __init__(self, hits: int = HITS, entries: int = ENTRIES) -> None:
        self.hits, self.entries = hits, entries
        self.found: dict[Hashable, T] = {}
        self.held = 0

    def get(self, key: Hashable) -> T | None:
        return self.found.get(key)

    def put(self, key: Hashable, value: T) -> None:
        found = self.found
        if key in found:
            self.held -= len(found.pop(key))
        found[key] = value
        self.held += len(value)
        while len(found) > 1 and (self.held > self.hits or len(found) > self.entries):
            self.held -= len(found.pop(next(iter(found))))

    def clear(self) -> None:
        self.found.clear()
        self.held = 0
