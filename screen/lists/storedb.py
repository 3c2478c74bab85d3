"""A list store's file: the read-only connection (reopened after a fork) and the
checks made before a store is read (application id, format, schema, the digest
of the code that wrote it, the meta table)."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from screen.errors import ListFormatError
from screen.lists.storeschema import APPLICATION_ID, FORMAT, expected_schema, matcher_digest
from screen.lists.storeschema import schema_of as _schema_of


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
