"""The on-disk list store's tables, and what must be true of a file before it is read.

One SQLite file per list edition: its rules (one JSON row each), its listed names
(with the `Shape` the candidate bound reads), the postings of the strings they are
found under, the deletion dictionary for typos, and the acronym, one-word and CJK
tables.  SQLite reads data, never code; a file is used only when its application
id, format, schema (every table and index, to the letter) and the digest of the
code and tables that derived it are what this version writes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import cache

from screen.codedigest import code_digest

FORMAT = 12  # bump when the tables change shape or meaning
# bits of a name's `weak` column: a weak alias, a vessel's or aircraft's name; a name
# other entries list too (the first of them: indexed, with its `copies`), and a copy
# of such a name (not indexed: found through its first)
WEAK, CRAFT, SHARED, COPY = 1, 2, 4, 8
APPLICATION_ID = 0x5343524E  # "SCRN"

TABLES = (
    "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE rules (n INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE names (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, text TEXT NOT NULL, "
    "weak INTEGER NOT NULL, person INTEGER NOT NULL, letters INTEGER NOT NULL, "
    "shape BLOB NOT NULL, listed TEXT NOT NULL)",
    # per string one array of little-endian int32: how many FEW and SINGLE numbers,
    # then the FEW, SINGLE and MULTI (name, position) pairs (`memory.PostingList`)
    "CREATE TABLE postings (s TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID",
    # the deletion dictionary (`storetypos`): words by id, and buckets of int64 keys
    "CREATE TABLE typo_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL)",
    "CREATE TABLE typos (bucket INTEGER PRIMARY KEY, keys BLOB NOT NULL)",
    "CREATE TABLE acronyms (form TEXT NOT NULL, name INTEGER NOT NULL, "
    "PRIMARY KEY (form, name)) WITHOUT ROWID",
    "CREATE TABLE singles (form TEXT NOT NULL, name INTEGER NOT NULL, "
    "PRIMARY KEY (form, name)) WITHOUT ROWID",
    "CREATE TABLE cjk (name INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    # the names a shared name stands for (itself too), read by owner: one posting
    # per distinct name, however many entries list it
    "CREATE TABLE copies (first INTEGER NOT NULL, owner TEXT NOT NULL, name INTEGER NOT NULL, "
    "PRIMARY KEY (first, owner, name)) WITHOUT ROWID",
)
INDEXES = ("CREATE UNIQUE INDEX rules_id ON rules (id)",)

# What the stored rows derive from: the list importers, the name matcher, the text
# functions and the data tables they read.  A change to any of them is a new store.
DERIVED_FROM = ("lists", "matching/names", "text", "data")
DERIVED_FILES = (
    "models.py",
    "rulemodel.py",
    "frozen.py",
    "matching/countries.py",
    "matching/countryscan.py",
)


@cache
def matcher_digest() -> str:
    """A hash over the code and tables the stored rows derive from: their paths,
    sizes and modification times (`code_digest`: a stat a file, where reading and
    hashing their 4 MB took every `check --list` tens of milliseconds)."""
    parts = code_digest(*DERIVED_FROM, *DERIVED_FILES)
    return hashlib.sha256(f"{FORMAT}\0{parts}".encode()).hexdigest()


@cache
def expected_schema() -> tuple[tuple[str, str, str], ...]:
    """(type, name, sql) of every object a store holds, as SQLite records them."""
    db = sqlite3.connect(":memory:")
    try:
        for sql in (*TABLES, *INDEXES):
            db.execute(sql)
        return schema_of(db)
    finally:
        db.close()


def schema_of(db: sqlite3.Connection) -> tuple[tuple[str, str, str], ...]:
    rows = db.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY name")
    return tuple((str(t), str(n), str(s)) for t, n, s in rows)
