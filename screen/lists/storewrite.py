"""Write a parsed list (its rules and the index rows of their names) as a list store.

Chunks of rules and names are written as they come (`building.chunks`), so the
whole list is never held in memory.  Rows whose keys arrive out of order are
appended to staging tables and moved into the keyed tables in sorted order in
one statement each, so SQLite sorts in C and every B-tree is built by appending;
the file is written under a temporary name and renamed by the caller (a store
half written is never read: `io.cache.stored`).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from screen.lists.building import Chunk
from screen.lists.storeschema import APPLICATION_ID, FORMAT, INDEXES, TABLES, matcher_digest
from screen.matching.names.lookup import typo_rows
from screen.matching.names.memory import Postings

BATCH = 50_000
FLUSH = 2_000_000  # postings gathered in memory before they are staged on disk


def _batches(rows: Iterable[tuple[object, ...]]) -> Iterator[list[tuple[object, ...]]]:
    batch: list[tuple[object, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _Gathered:
    """What is gathered across chunks: the distinct words (for the deletion
    dictionary) and counts in memory, the postings staged on disk every `FLUSH`
    postings (so memory stays bounded however long the list)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.postings = Postings()
        self.held = 0  # postings in memory
        self.flushes = 0
        self.words: set[str] = set()
        self.names = 0
        self.rules = 0
        self.lists: set[str] = set()
        db.execute("CREATE TEMP TABLE stage_small (t INTEGER, form TEXT, name INTEGER)")
        db.execute("CREATE TEMP TABLE stage_joinable (s TEXT)")
        db.execute(
            "CREATE TEMP TABLE stage_postings "
            "(s TEXT, c INTEGER, few BLOB, names BLOB, pos BLOB, multi BLOB)"
        )

    def flush(self) -> None:
        """The postings gathered so far, staged as one partial row per string."""
        postings, c = self.postings, self.flushes
        self.db.executemany(
            f"INSERT INTO stage_postings VALUES (?, {c}, ?, ?, ?, ?)",
            ((s, *map(_blob, postings.pop(s))) for s in postings.strings()),
        )
        self.postings = Postings()
        self.held = 0
        self.flushes += 1

    def merged(self) -> Iterator[tuple[str, bytes, bytes, bytes, bytes]]:
        """Each string's posting lists, the staged parts joined in the order staged."""
        rows = self.db.execute("SELECT s, few, names, pos, multi FROM stage_postings ORDER BY s, c")
        current: str | None = None
        parts: list[list[bytes]] = [[], [], [], []]
        for s, *blobs in rows:
            if s != current:
                if current is not None:
                    yield current, *(b"".join(p) for p in parts)  # type: ignore[misc]
                current, parts = s, [[], [], [], []]
            for part, blob in zip(parts, blobs, strict=True):
                if blob:
                    part.append(blob)
        if current is not None:
            yield current, *(b"".join(p) for p in parts)  # type: ignore[misc]


def write_store(path: Path, meta: Mapping[str, str], chunks: Iterable[Chunk]) -> int:
    """Write the store to `path` (a new file); returns the number of names indexed."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {FORMAT}")
        db.execute("BEGIN")
        for sql in TABLES:
            db.execute(sql)
        gathered = _Gathered(db)
        for chunk in chunks:
            _write_chunk(db, chunk, gathered)
        _write_index(db, gathered)
        values = {**meta, "format": str(FORMAT), "digest": matcher_digest()}
        values.update(names=str(gathered.names), rules=str(gathered.rules))
        values["list_names"] = json.dumps(sorted(gathered.lists))
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(values.items()))
        for sql in INDEXES:  # after the rows: one sort instead of an insert per row
            db.execute(sql)
        db.execute("COMMIT")
    finally:
        db.close()
    return gathered.names


def _write_chunk(db: sqlite3.Connection, chunk: Chunk, gathered: _Gathered) -> None:
    first = gathered.rules
    db.executemany(
        "INSERT INTO rules (n, id, data) VALUES (?, ?, ?)",
        ((first + n, rule_id, data) for n, (rule_id, _, data) in enumerate(chunk.rules)),
    )
    gathered.rules += len(chunk.rules)
    gathered.lists.update(list_name for _, list_name, _ in chunk.rules)
    names: list[tuple[object, ...]] = []
    small: list[tuple[object, ...]] = []
    joinable: set[str] = set()
    postings, words, held = gathered.postings, gathered.words, gathered.held
    i = gathered.names
    for row in chunk.names:
        names.append((i, row.owner, row.text, row.weak, row.person, row.shape, row.listed))
        postings.add_all(row.postings, i)
        held += len(row.postings)
        words |= row.words
        joinable |= row.joinable
        if row.acronym:
            small.append((0, row.acronym, i))
        if row.single:
            small.append((1, row.single, i))
        if row.cjk:
            small.append((2, row.cjk, i))
        i += 1
    gathered.names, gathered.held = i, held
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)", names)
    db.executemany("INSERT INTO stage_small VALUES (?, ?, ?)", small)
    db.executemany("INSERT INTO stage_joinable VALUES (?)", ((s,) for s in joinable))
    if held >= FLUSH:
        gathered.flush()


def _write_index(db: sqlite3.Connection, gathered: _Gathered) -> None:
    gathered.flush()
    db.executemany("INSERT INTO postings VALUES (?, ?, ?, ?, ?)", gathered.merged())
    db.execute("DROP TABLE stage_postings")
    for table, t in (("acronyms", 0), ("singles", 1)):
        db.execute(
            f"INSERT INTO {table} SELECT DISTINCT form, name FROM stage_small "
            f"WHERE t = {t} ORDER BY form, name"
        )
    db.execute("INSERT INTO cjk SELECT name, form FROM stage_small WHERE t = 2 ORDER BY name")
    db.execute("DROP TABLE stage_small")
    # the deletion dictionary can hold tens of millions of rows: SQLite sorts them
    db.execute("CREATE TEMP TABLE stage_typos (d TEXT, word TEXT)")
    for batch in _batches(typo_rows(gathered.words)):
        db.executemany("INSERT INTO stage_typos VALUES (?, ?)", batch)
    db.execute("INSERT INTO typos SELECT DISTINCT d, word FROM stage_typos ORDER BY d, word")
    db.execute("DROP TABLE stage_typos")
    db.execute("INSERT INTO joinable SELECT DISTINCT s FROM stage_joinable ORDER BY s")
    db.execute("DROP TABLE stage_joinable")


def _blob(values: array[int]) -> bytes:
    """int32 values, little-endian whatever the machine."""
    if sys.byteorder == "big":
        values = array("i", values)
        values.byteswap()
    return values.tobytes()
