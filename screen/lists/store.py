"""A list store opened for reading: its rules and its name index, read lazily.

Opening checks the file (application id, format, schema, the digest of the code
that wrote it) and reads one small table; rules and names are read by id when a
hit needs them, postings when a query reaches them.  Nothing is unpickled and no
row can run code: every row read is checked for its type, and a store found
damaged while it is read is one clear error naming the file (delete it: the next
run rebuilds it).  A process forked with a store open reconnects (SQLite
connections do not survive a fork; `storedb.py`).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from typing import Any, overload

from screen.lists.listedrows import decode_listed, decode_parts
from screen.lists.rulerows import decode_rule
from screen.lists.storedb import Database, StoreError, open_store
from screen.lists.storetypos import StoredTypos
from screen.matching.names.memory import ListedName, PostingList
from screen.matching.names.parts import Part
from screen.matching.names.rows import Shape, decode_shape
from screen.models import Rule

__all__ = ["Database", "DiskTables", "StoreError", "StoredRules", "open_store"]

CHUNK = 500  # strings per IN (...) query: far below SQLite's variable limit
KEPT = 8_000_000  # posting numbers kept in memory per store (about 100 MB at most)


def _ints(blob: object) -> array[int]:
    """A stored array of little-endian int32."""
    if not isinstance(blob, bytes) or len(blob) % 4 or len(blob) < 8:
        raise ValueError("a posting array is not whole int32 values after two counts")
    values = array("i", blob)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _size(found: PostingList | None) -> int:
    return 1 if found is None else 1 + len(found.few) + 2 * len(found.single) + len(found.multi)


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


class DiskTables:
    """The name index's tables (`screen.matching.names.memory.Tables`) in a store."""

    def __init__(self, db: Database, count: int) -> None:
        self.db = db
        self.count = count
        self._shapes: dict[int, Shape] = {}
        self._lists: dict[str, PostingList | None] = {}
        self._kept = 0

    def __len__(self) -> int:
        return self.count

    @lru_cache(maxsize=65536)  # noqa: B019 - one per store, kept for the process
    def name(self, i: int) -> ListedName:
        sql = "SELECT owner, text, weak, person, listed FROM names WHERE id = ?"
        rows = self.db.rows(sql, (i,))
        kinds = (str, str, int, int, str)
        if not rows or not all(isinstance(v, t) for v, t in zip(rows[0], kinds, strict=True)):
            raise self.db.damaged(ValueError(f"name {i} is missing or malformed"))
        owner, text, weak, person, listed = rows[0]
        try:
            reduced = decode_listed(listed, bool(person))
        except ValueError as exc:
            raise self.db.damaged(exc) from None
        return ListedName(i, owner, text, bool(weak), bool(person), reduced)

    def every_name(self) -> Iterator[tuple[int, tuple[Part, ...], bool]]:
        """Each name's id, parts and whether it is of generic words only, in one pass."""
        last, sql = -1, "SELECT id, listed FROM names WHERE id > ? ORDER BY id LIMIT 5000"
        while rows := self.db.rows(sql, (last,)):
            for last, listed in rows:
                try:
                    yield last, *decode_parts(listed)
                except (ValueError, TypeError) as exc:
                    raise self.db.damaged(exc) from None

    def shapes(self, ids: Collection[int]) -> dict[int, Shape]:
        known = self._shapes
        out = {i: known[i] for i in ids if i in known}
        missing = [i for i in ids if i not in out]
        if missing:
            sql = "SELECT id, person, shape FROM names WHERE id IN ({})"
            for i, person, shape in self._chunks(sql, missing):
                out[i] = self._keep(i, (person, shape))
            if len(out) < len(ids):
                raise self.db.damaged(ValueError("a posting names no listed name"))
        return out

    def _keep(self, i: int, row: tuple[Any, ...]) -> Shape:
        person, text = row
        try:
            if not isinstance(text, bytes) or person not in (0, 1):
                raise ValueError(f"name {i} has no shape")
            shape = decode_shape(text, bool(person))
        except ValueError as exc:
            raise self.db.damaged(exc) from None
        if len(self._shapes) >= 262144:
            self._shapes.clear()
        self._shapes[i] = shape
        return shape

    def _chunks(self, sql: str, keys: Collection[object]) -> Iterator[tuple[Any, ...]]:
        wanted = list(keys)
        for at in range(0, len(wanted), CHUNK):
            chunk = wanted[at : at + CHUNK]
            yield from self.db.rows(sql.format(",".join("?" * len(chunk))), chunk)

    def postings(self, strings: Collection[str]) -> dict[str, PostingList]:
        cache = self._lists
        out: dict[str, PostingList] = {}
        missing = []
        for s in strings:
            if s not in cache:
                missing.append(s)
                continue
            known = cache[s]
            if known is not None:
                out[s] = known
        if missing:
            sql = "SELECT s, data FROM postings WHERE s IN ({})"
            read = {row[0]: self._decode(row) for row in self._chunks(sql, missing)}
            for s in missing:
                found = read.get(s)
                self._remember(s, found)
                if found is not None:
                    out[s] = found
        return out

    def _remember(self, s: str, found: PostingList | None) -> None:
        """Keep recent posting lists, up to about `KEPT` numbers in all."""
        cache = self._lists
        size = _size(found)
        while cache and self._kept + size > KEPT:
            self._kept -= _size(cache.pop(next(iter(cache))))
        cache[s] = found
        self._kept += size

    def _decode(self, row: tuple[Any, ...]) -> PostingList:
        try:
            values = _ints(row[1])
            ends = 2 + values[0], 2 + values[0] + values[1]
            if not 2 <= ends[0] <= ends[1] <= len(values) or any(
                n % 2 for n in (*ends, len(values))
            ):
                raise ValueError("posting arrays of uneven length")
            few, single, multi = values[2 : ends[0]], values[ends[0] : ends[1]], values[ends[1] :]
            names, pos = single[0::2], single[1::2]
            for flat, ids in ((few, few[::2]), (multi, multi[::2]), (names, names)):
                if flat and not (min(ids) >= 0 and max(ids) < self.count):
                    raise ValueError("a posting names no listed name")
            return PostingList(few, dict(zip(names, pos, strict=True)), multi)
        except (ValueError, TypeError) as exc:
            raise self.db.damaged(exc) from None

    def typo_words(self, keys: Collection[str]) -> list[tuple[str, str]]:
        try:
            return self._typos().words_of(keys)
        except ValueError as exc:
            raise self.db.damaged(exc) from None

    @lru_cache(maxsize=1)  # noqa: B019
    def _typos(self) -> StoredTypos:
        rows = self.db.rows("SELECT v FROM meta WHERE k = 'typo_bits'")
        bits = str(rows[0][0]) if rows else ""
        if not (bits.isdigit() and int(bits) <= 31):
            raise ValueError("the store does not say how its typo keys are bucketed")
        return StoredTypos(self.db.rows, int(bits))

    @lru_cache(maxsize=65536)  # noqa: B019
    def acronyms(self, form: str) -> tuple[int, ...]:
        return tuple(
            n for (n,) in self.db.rows("SELECT name FROM acronyms WHERE form = ?", (form,))
        )

    @lru_cache(maxsize=65536)  # noqa: B019
    def singles(self, form: str) -> tuple[int, ...]:
        return tuple(n for (n,) in self.db.rows("SELECT name FROM singles WHERE form = ?", (form,)))

    @lru_cache(maxsize=1)  # noqa: B019
    def cjk(self) -> list[tuple[int, str]]:
        return [(int(n), str(t)) for n, t in self.db.rows("SELECT name, text FROM cjk")]
