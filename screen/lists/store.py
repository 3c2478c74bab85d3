"""A list store opened for reading: its rules and its name index, read lazily.

Opening checks the file (application id, format, schema, the digest of the code
that wrote it) and reads one small table; rules and names are read by id when a
hit needs them, postings when a query reaches them.  Nothing is unpickled and no
row can run code: every row read is checked for its type, and a store found
damaged while it is read is one clear error naming the file (delete it: the next
run rebuilds it).  A process forked with a store open reconnects (SQLite
connections do not survive a fork).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, overload
from urllib.parse import quote

from screen.errors import ListFormatError
from screen.lists.rulerows import decode_rule
from screen.lists.storeschema import APPLICATION_ID, FORMAT, expected_schema, matcher_digest
from screen.lists.storeschema import schema_of as _schema_of
from screen.matching.names.memory import ListedName
from screen.matching.names.parts import reduce_listed
from screen.matching.names.rows import Shape, decode_shape
from screen.matching.names.score import prepare
from screen.models import Rule

CHUNK = 500  # strings per IN (...) query: far below SQLite's variable limit


class StoreError(ValueError):
    """The file is not a store this version wrote (the caller rebuilds it)."""


class Database:
    """A read-only connection to one store file, reopened after a fork."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            uri = f"file:{quote(str(self.path))}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def rows(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self.connection().execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None

    def damaged(self, exc: Exception) -> ListFormatError:
        return ListFormatError(
            f"{self.path}: the stored list index cannot be read ({exc}); delete this file "
            "and run again to rebuild it"
        )


def open_store(path: Path) -> tuple[Database, dict[str, str]]:
    """The store at `path` and its meta table; StoreError unless this version wrote it."""
    db = Database(path)
    try:
        con = db.connection()
        app = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app != APPLICATION_ID or version != FORMAT:
            raise StoreError("not a list store of this format")
        if _schema_of(con) != expected_schema():
            raise StoreError("the store's tables are not the ones this version writes")
        meta = {str(k): str(v) for k, v in con.execute("SELECT k, v FROM meta")}
    except sqlite3.Error as exc:
        raise StoreError(str(exc)) from None
    if meta.get("format") != str(FORMAT) or meta.get("digest") != matcher_digest():
        raise StoreError("the store was written by another version of the matcher")
    if not (meta.get("names", "").isdigit() and meta.get("rules", "").isdigit()):
        raise StoreError("the store does not say how many names and rules it holds")
    names = json.loads(meta.get("list_names", "null"))
    if not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
        raise StoreError("the store does not say which lists its entries come from")
    return db, meta


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

    def __len__(self) -> int:
        return self.count

    @lru_cache(maxsize=65536)  # noqa: B019 - one per store, kept for the process
    def name(self, i: int) -> ListedName:
        rows = self.db.rows("SELECT owner, text, weak, person FROM names WHERE id = ?", (i,))
        if not rows or not all(
            isinstance(v, t) for v, t in zip(rows[0], (str, str, int, int), strict=True)
        ):
            raise self.db.damaged(ValueError(f"name {i} is missing or malformed"))
        owner, text, weak, person = rows[0]
        return ListedName(i, owner, text, bool(weak), bool(person), _listed(text, bool(person)))

    def shape(self, i: int) -> Shape:
        shape = self._shapes.get(i)
        if shape is None:
            rows = self.db.rows("SELECT person, shape FROM names WHERE id = ?", (i,))
            shape = self._keep(i, rows[0] if rows else (None, None))
        return shape

    def _keep(self, i: int, row: tuple[Any, ...]) -> Shape:
        person, text = row
        try:
            if not isinstance(text, str) or person not in (0, 1):
                raise ValueError(f"name {i} has no shape")
            shape = decode_shape(text, bool(person))
        except ValueError as exc:
            raise self.db.damaged(exc) from None
        if len(self._shapes) >= 262144:
            self._shapes.clear()
        self._shapes[i] = shape
        return shape

    def _chunks(self, sql: str, keys: Collection[str]) -> Iterator[tuple[Any, ...]]:
        wanted = list(keys)
        for at in range(0, len(wanted), CHUNK):
            chunk = wanted[at : at + CHUNK]
            yield from self.db.rows(sql.format(",".join("?" * len(chunk))), chunk)

    def postings(self, strings: Collection[str]) -> list[tuple[int, int, str]]:
        out = []
        shapes = self._shapes
        sql = (
            "SELECT p.name, p.pos, p.s, n.person, n.shape FROM postings p "
            "JOIN names n ON n.id = p.name WHERE p.s IN ({})"
        )
        for name, pos, s, person, shape in self._chunks(sql, strings):
            if name not in shapes:
                self._keep(name, (person, shape))
            if not (isinstance(pos, int) and 0 <= pos < len(shapes[name].weights)):
                raise self.db.damaged(ValueError(f"a posting of name {name} is malformed"))
            out.append((name, pos, s))
        return out

    def reaches(self, strings: Collection[str]) -> bool:
        sql = "SELECT 1 FROM postings WHERE s IN ({}) LIMIT 1"
        return any(True for _ in self._chunks(sql, strings))

    def typo_words(self, keys: Collection[str]) -> list[str]:
        return [w for (w,) in self._chunks("SELECT word FROM typos WHERE d IN ({})", keys)]

    @lru_cache(maxsize=65536)  # noqa: B019
    def joinable(self, text: str) -> bool:
        return bool(self.db.rows("SELECT 1 FROM joinable WHERE s = ?", (text,)))

    def acronyms(self, form: str) -> list[int]:
        return [n for (n,) in self.db.rows("SELECT name FROM acronyms WHERE form = ?", (form,))]

    def singles(self, form: str) -> list[int]:
        return [n for (n,) in self.db.rows("SELECT name FROM singles WHERE form = ?", (form,))]

    @lru_cache(maxsize=1)  # noqa: B019
    def cjk(self) -> list[tuple[int, str]]:
        return [(int(n), str(t)) for n, t in self.db.rows("SELECT name, text FROM cjk")]


@lru_cache(maxsize=65536)
def _listed(text: str, person: bool) -> Any:
    return prepare(reduce_listed(text, person), person)
