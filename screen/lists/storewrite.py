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
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from screen.lists.building import Chunk
from screen.lists.forked import Forked, workers_for
from screen.lists.storeschema import APPLICATION_ID, FORMAT, INDEXES, TABLES, matcher_digest
from screen.lists.storetypos import bucket_bits, merged_buckets, typo_part
from screen.matching.names.memory import Postings

FLUSH = 4_000_000  # postings gathered in memory before they are staged on disk
TYPOS_FORKED_FROM = 5_000  # distinct words: the deletion dictionary made in workers
_EMPTY: array[int] = array("i")  # read only


class _Gathered:
    """What is gathered across chunks: the distinct words (for the deletion
    dictionary) and counts in memory, the postings staged on disk every `FLUSH`
    postings, so that memory stays bounded however long the list; a list that
    never fills a batch is written straight."""

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
        db.execute(
            "CREATE TEMP TABLE stage_postings "
            "(s TEXT, c INTEGER, few BLOB, single BLOB, multi BLOB)"
        )

    def _lists(
        self, strings: Iterable[str]
    ) -> Iterator[tuple[str, array[int], array[int], array[int]]]:
        """Each string's (name, position) pairs of each kind (`Postings.add_row`),
        let go of here."""
        few, single, multi = self.postings.kinds
        for s in strings:
            yield s, few.pop(s, _EMPTY), single.pop(s, _EMPTY), multi.pop(s, _EMPTY)

    def _rows(self) -> Iterator[tuple[str, bytes]]:
        """Each string's row (`_posting`), in order of the strings, straight from
        the posting lists in memory (one `struct` call and one join a string)."""
        few, single, multi = self.postings.kinds
        if sys.byteorder == "big":  # each array byte-swapped first (`_blob`)
            for s, *lists in self._lists(sorted(self.postings.strings())):
                yield s, _posting(*map(_blob, lists))
            return
        pack = struct.Struct("<ii").pack
        for s in sorted(self.postings.strings()):
            a, b, c = few.pop(s, _EMPTY), single.pop(s, _EMPTY), multi.pop(s, _EMPTY)
            yield s, b"".join((pack(len(a), len(b)), a.tobytes(), b.tobytes(), c.tobytes()))

    def flush(self) -> None:
        """The postings gathered so far, staged as one partial row per string."""
        self.db.executemany(
            f"INSERT INTO stage_postings VALUES (?, {self.flushes}, ?, ?, ?)",
            ((s, *map(_blob, lists)) for s, *lists in self._lists(self.postings.strings())),
        )
        self.postings = Postings()
        self.held = 0
        self.flushes += 1

    def write(self) -> None:
        """The postings table, in order of its keys."""
        db = self.db
        if not self.flushes:  # all in memory: sorted here
            db.executemany("INSERT INTO postings VALUES (?, ?)", self._rows())
            return
        self.flush()
        db.executemany("INSERT INTO postings VALUES (?, ?)", self._merged())

    def _merged(self) -> Iterator[tuple[str, bytes]]:
        """Each string's posting lists, its staged parts joined in the order staged."""
        rows = self.db.execute("SELECT s, few, single, multi FROM stage_postings ORDER BY s, c")
        held: tuple[str, bytes, bytes, bytes] | None = None
        for row in rows:
            if held is None:
                held = row
            elif row[0] == held[0]:
                held = (held[0], held[1] + row[1], held[2] + row[2], held[3] + row[3])
            else:
                yield held[0], _posting(*held[1:])
                held = row
        if held is not None:
            yield held[0], _posting(*held[1:])


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
        bits = _write_index(db, gathered)
        values = {**meta, "format": str(FORMAT), "digest": matcher_digest()}
        values["typo_bits"] = str(bits)
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
    postings, words, held = gathered.postings, gathered.words, gathered.held
    i = gathered.names
    for row in chunk.names:
        names.append((i, row.owner, row.text, row.weak, row.person, row.shape, row.listed))
        postings.add_row(row.strings, row.alone, i)
        held += len(row.strings)
        words |= row.words
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
    if held >= FLUSH:
        gathered.flush()


def _write_index(db: sqlite3.Connection, gathered: _Gathered) -> int:
    """The postings, the small tables and the deletion dictionary; returns the bits
    of its buckets.  The deletion dictionary's keys are made in forked workers
    (`forked.py`), when it is big, while this process writes the postings."""
    words = sorted(w for w in gathered.words if w.isalpha())  # the words typos may reach
    gathered.words = set()
    bits = bucket_bits(words)
    workers = workers_for(len(words), TYPOS_FORKED_FROM)
    cuts = [len(words) * p // max(1, workers) for p in range(max(1, workers) + 1)]

    def part(p: int) -> dict[int, bytes]:
        return typo_part(words, bits, cuts[p], cuts[p + 1])

    with Forked(len(cuts) - 1, part, dict, workers) as parts:
        gathered.write()
        db.execute("DROP TABLE stage_postings")
        for table, t in (("acronyms", 0), ("singles", 1)):
            db.execute(
                f"INSERT INTO {table} SELECT DISTINCT form, name FROM stage_small "
                f"WHERE t = {t} ORDER BY form, name"
            )
        db.execute("INSERT INTO cjk SELECT name, form FROM stage_small WHERE t = 2 ORDER BY name")
        db.execute("DROP TABLE stage_small")
        db.executemany("INSERT INTO typo_words VALUES (?, ?)", enumerate(words))
        db.executemany("INSERT INTO typos VALUES (?, ?)", merged_buckets(list(parts)))
    return bits


def _posting(few: bytes, single: bytes, multi: bytes) -> bytes:
    """A string's row (`storeschema`): the int32 counts of its FEW and SINGLE
    numbers, then the FEW, SINGLE and MULTI (name, position) pairs."""
    return struct.pack("<ii", len(few) // 4, len(single) // 4) + few + single + multi


def _blob(values: array[int]) -> bytes:
    """int32 values, little-endian whatever the machine."""
    if sys.byteorder == "big":
        values = array("i", values)
        values.byteswap()
    return values.tobytes()
