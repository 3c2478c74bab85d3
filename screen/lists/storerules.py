"""A list store's rules, read by position or id when asked for (one JSON row
each, checked as it is read: a damaged row is one clear error naming the file)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from typing import overload

from screen.lists.rulerows import decode_rule
from screen.lists.storedb import Database
from screen.models import Rule

CHUNK = 500  # ids per IN (...) query: far below SQLite's variable limit


class StoredRules(Sequence[Rule]):
    """The list's rules, read by position or id when asked for."""

    def __init__(self, db: Database, size: int, names: frozenset[str]) -> None:
        self.db = db
        self.size = size
        self.names = names

    def list_names(self) -> frozenset[str]:
        """The short names of the lists its entries come from (ids are "<list>:<entry>")."""
        return self.names

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, i: int) -> Rule: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Rule]: ...
    def __getitem__(self, i: int | slice) -> Rule | Sequence[Rule]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self.size)))
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(i)
        rows = self.db.rows("SELECT data FROM rules WHERE n = ?", (i,))
        return self._decode(rows[0][0] if rows else None)

    def __iter__(self) -> Iterator[Rule]:
        last = -1
        while True:
            rows = self.db.rows(
                "SELECT n, data FROM rules WHERE n > ? ORDER BY n LIMIT 5000", (last,)
            )
            if not rows:
                return
            for n, data in rows:
                yield self._decode(data)
                last = n

    @lru_cache(maxsize=4096)  # noqa: B019 - one per store, kept for the process
    def get(self, rule_id: str) -> Rule | None:
        rows = self.db.rows("SELECT data FROM rules WHERE id = ?", (rule_id,))
        return self._decode(rows[0][0]) if rows else None

    def among(self, ids: Collection[str]) -> list[str]:
        """Which of these ids the list holds."""
        wanted = list(ids)
        found: list[str] = []
        for at in range(0, len(wanted), CHUNK):
            chunk = wanted[at : at + CHUNK]
            marks = ",".join("?" * len(chunk))
            found += [
                r[0] for r in self.db.rows(f"SELECT id FROM rules WHERE id IN ({marks})", chunk)
            ]
        return found

    def _decode(self, data: object) -> Rule:
        try:
            if not isinstance(data, str):
                raise ValueError("a rule row is missing")
            return decode_rule(data)
        except (ValueError, KeyError) as exc:
            raise self.db.damaged(exc) from None
