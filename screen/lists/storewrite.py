"""Write a parsed list (its rules and the index rows of their names) as a list store.

Rows are appended to staging tables and moved into the keyed tables in sorted
order in one statement each, so SQLite sorts in C and every B-tree is built by
appending; the file is written under a temporary name and renamed by the caller.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from screen.lists.building import Encoded
from screen.lists.rulerows import encode_rule
from screen.lists.storeschema import APPLICATION_ID, FORMAT, INDEXES, TABLES, matcher_digest
from screen.matching.names.lookup import typo_rows
from screen.matching.names.memory import Postings
from screen.models import Rule

BATCH = 50_000


def _batches(rows: Iterable[tuple[object, ...]]) -> Iterator[list[tuple[object, ...]]]:
    batch: list[tuple[object, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def write_store(
    path: Path, meta: Mapping[str, str], rules: Sequence[Rule], rows: Iterable[Encoded]
) -> int:
    """Write the store to `path` (a new file); returns the number of names indexed."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {FORMAT}")
        db.execute("BEGIN")
        for sql in (*TABLES, *INDEXES):
            db.execute(sql)
        db.execute("CREATE TEMP TABLE stage_small (t INTEGER, form TEXT, name INTEGER)")
        db.executemany(
            "INSERT INTO rules (n, id, data) VALUES (?, ?, ?)",
            ((n, rule.id, encode_rule(rule)) for n, rule in enumerate(rules)),
        )
        words: set[str] = set()
        joinable: set[str] = set()
        count = 0
        names: list[tuple[object, ...]] = []
        gathered = Postings()
        small: list[tuple[object, ...]] = []
        for i, row in enumerate(rows):
            names.append((i, row.owner, row.text, row.weak, row.person, row.shape, row.listed))
            gathered.add_all(row.postings, i)
            words |= row.words
            joinable |= row.joinable
            if row.acronym:
                small.append((0, row.acronym, i))
            if row.single:
                small.append((1, row.single, i))
            if row.cjk:
                small.append((2, row.cjk, i))
            count = i + 1
            if len(names) >= BATCH:
                _flush(db, names, small)
        _flush(db, names, small)
        db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?, ?, ?)",
            ((s, *map(_blob, gathered.lists.pop(s))) for s in sorted(gathered.lists)),
        )
        for table, t in (("acronyms", 0), ("singles", 1)):
            db.execute(
                f"INSERT INTO {table} SELECT DISTINCT form, name FROM stage_small "
                f"WHERE t = {t} ORDER BY form, name"
            )
        db.execute("INSERT INTO cjk SELECT name, form FROM stage_small WHERE t = 2 ORDER BY name")
        # the deletion dictionary can hold tens of millions of rows: SQLite sorts them
        db.execute("CREATE TEMP TABLE stage_typos (d TEXT, word TEXT)")
        for batch in _batches(typo_rows(words)):
            db.executemany("INSERT INTO stage_typos VALUES (?, ?)", batch)
        db.execute("INSERT INTO typos SELECT DISTINCT d, word FROM stage_typos ORDER BY d, word")
        db.execute("DROP TABLE stage_typos")
        db.executemany("INSERT INTO joinable VALUES (?)", ((s,) for s in sorted(joinable)))
        values = {**meta, "format": str(FORMAT), "digest": matcher_digest(), "names": str(count)}
        values["rules"] = str(len(rules))
        values["list_names"] = json.dumps(sorted({r.source.list or "" for r in rules}))
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(values.items()))
        db.execute("DROP TABLE stage_small")
        db.execute("COMMIT")
    finally:
        db.close()
    return count


def _blob(values: array[int]) -> bytes:
    """int32 values, little-endian whatever the machine."""
    if sys.byteorder == "big":
        values = array("i", values)
        values.byteswap()
    return values.tobytes()


def _flush(
    db: sqlite3.Connection, names: list[tuple[object, ...]], small: list[tuple[object, ...]]
) -> None:
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)", names)
    db.executemany("INSERT INTO stage_small VALUES (?, ?, ?)", small)
    names.clear()
    small.clear()
