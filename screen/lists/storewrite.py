"""Write a parsed list (its rules and the index rows of their names) as a list store.

Chunks of rules and names are written as they come (`building.chunks`), so the
whole list is never held in memory.  Rows whose keys arrive out of order are
appended to staging tables and moved into the keyed tables in sorted order in
one statement each, so SQLite sorts in C and every B-tree is built by appending;
the file is written under a temporary name and renamed by the caller (a store
half written is never read: `io.cache.stored`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from screen.lists.building import Chunk, Encoded
from screen.lists.forked import Forked, workers_for
from screen.lists.storeschema import (
    APPLICATION_ID,
    COPY,
    FORMAT,
    INDEXES,
    SHARED,
    TABLES,
    matcher_digest,
)
from screen.lists.storetypos import bucket_bits, merged_buckets, typo_buckets, typo_part
from screen.matching.names.memory import Postings

FLUSH = 4_000_000  # postings gathered in memory before they are staged on disk
INDEX_FORKED_FROM = 20_000  # typo words and strings: postings and typos made in workers
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
        # a digest of each distinct name (all but its owner): a name listed again is a copy
        self.firsts: dict[bytes, int] = {}
        db.execute("CREATE TEMP TABLE stage_small (t INTEGER, form TEXT, name INTEGER)")
        db.execute("CREATE TEMP TABLE stage_copies (first INTEGER, owner TEXT, name INTEGER)")
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

    def _rows(self, strings: Iterable[str], take: bool = True) -> Iterator[tuple[str, bytes]]:
        """Each of these strings' row (`_posting`) from the posting lists in memory
        (one `struct` call and one join a string), each list let go of unless
        `take` is False (a forked worker: it changes nothing it shares)."""
        few, single, multi = self.postings.kinds
        if sys.byteorder == "big":  # each array byte-swapped first (`_blob`)
            for s in strings:
                lists = few.get(s, _EMPTY), single.get(s, _EMPTY), multi.get(s, _EMPTY)
                yield s, _posting(*map(_blob, lists))
            return
        pack = struct.Struct("<ii").pack
        a_, b_, c_ = (few.pop, single.pop, multi.pop) if take else (few.get, single.get, multi.get)
        for s in strings:
            a, b, c = a_(s, _EMPTY), b_(s, _EMPTY), c_(s, _EMPTY)
            yield (
                s,
                b"".join((pack(len(a), len(b)), a.tobytes(), b.tobytes(), c.tobytes())),
            )

    def packed(self, strings: Sequence[str]) -> list[tuple[str, bytes]]:
        """The rows of these strings (in a forked worker)."""
        return list(self._rows(strings, take=False))

    def sorted(self) -> list[str]:
        """The strings with postings in memory, in order."""
        return sorted(self.postings.strings())

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
            db.executemany("INSERT INTO postings VALUES (?, ?)", self._rows(self.sorted()))
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
    copies: list[tuple[object, ...]] = []
    postings, words, held, firsts = (
        gathered.postings,
        gathered.words,
        gathered.held,
        gathered.firsts,
    )
    i = gathered.names
    for row in chunk.names:
        first = firsts.setdefault(_digest(row), i)
        if first != i:  # a name another entry lists: its owner, found through the first
            flags = row.weak | COPY
            names.append((i, row.owner, row.text, flags, row.person, row.letters, b"", ""))
            copies.append((first, row.owner, i))
            i += 1
            continue
        names.append(
            (i, row.owner, row.text, row.weak, row.person, row.letters, row.shape, row.listed)
        )
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
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?, ?)", names)
    db.executemany("INSERT INTO stage_small VALUES (?, ?, ?)", small)
    db.executemany("INSERT INTO stage_copies VALUES (?, ?, ?)", copies)
    if held >= FLUSH:
        gathered.flush()


def _write_index(db: sqlite3.Connection, gathered: _Gathered) -> int:
    """The postings, the small tables and the deletion dictionary; returns the bits
    of its buckets.  For a big list the postings rows (when all in memory) and the
    deletion dictionary's keys are made in forked workers (`forked.py`), each a
    part of the strings and one of the words, while this process writes."""
    words = sorted(w for w in gathered.words if w.isalpha())  # the words typos may reach
    gathered.words = set()
    bits = bucket_bits(words)
    strings = [] if gathered.flushes else gathered.sorted()
    workers = workers_for(len(words) + len(strings), INDEX_FORKED_FROM)
    if not workers:
        gathered.write()
        _write_rest(db, words, typo_buckets(words, bits))
        return bits
    at_words, at_strings = _cuts(len(words), workers), _cuts(len(strings), workers)

    def part(p: int) -> Any:
        if p < workers:  # worker p: part p of the postings, then part p of the words
            return gathered.packed(strings[at_strings[p] : at_strings[p + 1]])
        return typo_part(words, bits, at_words[p - workers], at_words[p - workers + 1])

    with Forked(2 * workers, part, _same, workers) as made:
        got = iter(made)
        if strings:
            rows = (row for _ in range(workers) for row in next(got))
            db.executemany("INSERT INTO postings VALUES (?, ?)", rows)
            gathered.postings = Postings()
        else:  # staged on disk: merged here (the workers' parts are empty)
            gathered.write()
            for _ in range(workers):
                next(got)
        _write_rest(db, words, merged_buckets([next(got) for _ in range(workers)]))
    return bits


def _write_rest(
    db: sqlite3.Connection, words: Sequence[str], typos: Iterable[tuple[int, bytes]]
) -> None:
    """The acronym, one-word and CJK tables, and the deletion dictionary."""
    db.execute("DROP TABLE stage_postings")
    for table, t in (("acronyms", 0), ("singles", 1)):
        db.execute(
            f"INSERT INTO {table} SELECT DISTINCT form, name FROM stage_small "
            f"WHERE t = {t} ORDER BY form, name"
        )
    db.execute("INSERT INTO cjk SELECT name, form FROM stage_small WHERE t = 2 ORDER BY name")
    db.execute("DROP TABLE stage_small")
    # each shared name's group, itself included, in order of its key; the first marked
    db.execute(
        "INSERT INTO copies SELECT * FROM (SELECT first, owner, name FROM stage_copies "
        "UNION SELECT s.first, n.owner, s.first FROM stage_copies s JOIN names n ON n.id = s.first)"
        " ORDER BY first, owner, name"
    )
    db.execute(f"UPDATE names SET weak = weak | {SHARED} WHERE id IN (SELECT first FROM copies)")
    db.execute("DROP TABLE stage_copies")
    db.executemany("INSERT INTO typo_words VALUES (?, ?)", enumerate(words))
    db.executemany("INSERT INTO typos VALUES (?, ?)", typos)


def _digest(row: Encoded) -> bytes:
    """What makes two listed names one name for the index (all but the owner)."""
    key = "\0".join((row.text, str(row.weak), str(row.person), row.listed)).encode()
    return hashlib.blake2b(key + row.shape, digest_size=16).digest()


def _cuts(count: int, parts: int) -> list[int]:
    """Where `count` items are cut into `parts` consecutive parts."""
    return [count * p // parts for p in range(parts + 1)]


def _same(value: Any) -> Any:
    return value


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
