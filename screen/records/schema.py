"""The records database's schema, as numbered migrations.

`PRAGMA user_version` holds the number of migrations a database has had; opening
a database runs the missing ones in order, each in its own transaction, so a
later release opens an older database and upgrades it in place.  A migration is
never edited once released: a change is a new migration at the end (versions 1
to 4 here, the later ones in `migrations.py`).
"""

from __future__ import annotations

import sqlite3

from screen.errors import RecordsError
from screen.records.migrations import LATER

# Version 1: the audit trail of runs, their rows (in chunks) and hits.
_V1 = """
CREATE TABLE runs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    command          TEXT NOT NULL,             -- check, batch or eval
    options          TEXT NOT NULL,             -- JSON: the options the run was given
    started_at       TEXT NOT NULL,             -- UTC, ISO 8601
    ended_at         TEXT,                      -- NULL: still running, or interrupted
    user             TEXT NOT NULL,
    host             TEXT NOT NULL,
    tool_version     TEXT NOT NULL,
    rulebook_version TEXT NOT NULL,
    rulebook_sha256  TEXT NOT NULL,
    rulebook_path    TEXT NOT NULL,
    block_threshold  REAL NOT NULL,
    review_threshold REAL NOT NULL,
    input_name       TEXT,                      -- the order file; NULL for check
    input_sha256     TEXT,                      -- NULL for check and standard input
    input_header     TEXT,                      -- JSON list of the input's columns
    input_delimiter  TEXT,
    rows             INTEGER NOT NULL DEFAULT 0,
    clear            INTEGER NOT NULL DEFAULT 0,
    review           INTEGER NOT NULL DEFAULT 0,
    blocked          INTEGER NOT NULL DEFAULT 0,
    error            INTEGER NOT NULL DEFAULT 0
);
-- The sanctions lists a run screened names against.
CREATE TABLE run_lists (
    run_id   INTEGER NOT NULL REFERENCES runs(id),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,                     -- the list's short name: ofac-sdn, un, ...
    file     TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    entries  INTEGER NOT NULL,
    PRIMARY KEY (run_id, position)
);
-- The screened rows, in chunks of consecutive rows (one insert per chunk keeps
-- recording cheap); the view screened_rows below has one row per order.
CREATE TABLE row_chunks (
    run_id    INTEGER NOT NULL REFERENCES runs(id),
    first_row INTEGER NOT NULL,                 -- 1 = the first data row
    last_row  INTEGER NOT NULL,
    rows      TEXT NOT NULL,                    -- JSON: [[row, order_id, description,
                                                --   consignee, end_user, country, date,
                                                --   status, error], ...]
    input     TEXT,                             -- the rows as read (CSV text with the
                                                --   run's delimiter); NULL for check
    PRIMARY KEY (run_id, first_row)
) WITHOUT ROWID;
CREATE VIEW screened_rows AS
SELECT c.run_id AS run_id,
       json_extract(r.value, '$[0]') AS row,
       json_extract(r.value, '$[1]') AS order_id,
       json_extract(r.value, '$[2]') AS description,
       json_extract(r.value, '$[3]') AS consignee,
       json_extract(r.value, '$[4]') AS end_user,
       json_extract(r.value, '$[5]') AS country,
       json_extract(r.value, '$[6]') AS date,
       json_extract(r.value, '$[7]') AS status,
       json_extract(r.value, '$[8]') AS error
FROM row_chunks AS c, json_each(c.rows) AS r;
-- Why a row was flagged: one row per hit, best first.
CREATE TABLE hits (
    run_id   INTEGER NOT NULL,
    row      INTEGER NOT NULL,
    position INTEGER NOT NULL,
    rule_id  TEXT NOT NULL,                     -- a rule id, or <list>:<entry id>
    kind     TEXT NOT NULL,                     -- item, entity or destination
    field    TEXT NOT NULL,
    query    TEXT NOT NULL,                     -- the text of the order that matched
    matched  TEXT NOT NULL,                     -- the term or listed name it matched
    score    REAL NOT NULL,
    level    TEXT NOT NULL,                     -- block or review
    title    TEXT NOT NULL,
    detail   TEXT NOT NULL,
    source   TEXT NOT NULL,                     -- JSON: the seed passage or list entry
    PRIMARY KEY (run_id, row, position)
) WITHOUT ROWID;
CREATE INDEX hits_by_rule ON hits(rule_id);
"""

# Version 2: reviewers' decisions on a party and a listed entry (insert only: a
# later decision on the same party and entry overrides an earlier one).
_V2 = """
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    reference   TEXT NOT NULL UNIQUE,           -- D-<12 hex>, from the decision's content
    party       TEXT NOT NULL,                  -- the party's name as the reviewer gave it
    party_key   TEXT NOT NULL,                  -- the name normalised as the matcher reads it
    country     TEXT NOT NULL,                  -- ISO code it is limited to; '' for any
    entry_id    TEXT NOT NULL,                  -- rule id or <list>:<entry id>
    entry_hash  TEXT NOT NULL,                  -- SHA-256 of the entry's names and programs
    verdict     TEXT NOT NULL CHECK (verdict IN ('clear', 'confirm')),
    decided_by  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    decided_at  TEXT NOT NULL,                  -- UTC, ISO 8601
    valid_until TEXT                            -- YYYY-MM-DD, last day it applies; NULL: no end
);
CREATE INDEX decisions_by_party ON decisions(party_key, entry_id);
-- A hit a reviewer's decision cleared: the decision's reference, who and when.
ALTER TABLE hits ADD COLUMN cleared TEXT NOT NULL DEFAULT '';
"""

# Version 3: rows recorded more cheaply, and with their direction.  A chunk's rows
# lose their number (the chunk's first row plus the position in it) and gain the
# direction as the file gave it; an error is a ninth element, only where there is
# one.  The table keeps a rowid (large rows in a WITHOUT ROWID table cost twice the
# CPU to insert), unique on (run, first row).  Rows recorded before have no
# direction (NULL).
_V3 = """
DROP VIEW screened_rows;
CREATE TABLE row_chunks_v3 (
    run_id    INTEGER NOT NULL REFERENCES runs(id),
    first_row INTEGER NOT NULL,                 -- 1 = the first data row
    last_row  INTEGER NOT NULL,
    rows      TEXT NOT NULL,                    -- JSON: [[order_id, description,
                                                --   consignee, end_user, country, date,
                                                --   direction, status(, error)], ...]
    input     TEXT,                             -- the rows as read (CSV text with the
                                                --   run's delimiter); NULL for check
    UNIQUE (run_id, first_row)
);
INSERT INTO row_chunks_v3
SELECT c.run_id, c.first_row, c.last_row,
       (SELECT json_group_array(json_array(
            json_extract(r.value, '$[1]'), json_extract(r.value, '$[2]'),
            json_extract(r.value, '$[3]'), json_extract(r.value, '$[4]'),
            json_extract(r.value, '$[5]'), json_extract(r.value, '$[6]'), NULL,
            json_extract(r.value, '$[7]'), json_extract(r.value, '$[8]')))
        FROM json_each(c.rows) AS r),
       c.input
FROM row_chunks AS c ORDER BY c.run_id, c.first_row;
DROP TABLE row_chunks;
ALTER TABLE row_chunks_v3 RENAME TO row_chunks;
CREATE VIEW screened_rows AS
SELECT c.run_id AS run_id,
       c.first_row + r.key AS row,
       json_extract(r.value, '$[0]') AS order_id,
       json_extract(r.value, '$[1]') AS description,
       json_extract(r.value, '$[2]') AS consignee,
       json_extract(r.value, '$[3]') AS end_user,
       json_extract(r.value, '$[4]') AS country,
       json_extract(r.value, '$[5]') AS date,
       json_extract(r.value, '$[6]') AS direction,
       json_extract(r.value, '$[7]') AS status,
       json_extract(r.value, '$[8]') AS error
FROM row_chunks AS c, json_each(c.rows) AS r
"""

# Version 4: a row's array holds its status, then every cell of the input row in
# the input's order (so that a chunk of plain rows is encoded from their text in a
# few C passes, without picking fields); `row_layouts` says where each key field
# stands in a run's arrays, and a chunk's errors are kept apart (`errors`).
_V4 = """
CREATE TABLE row_layouts (
    run_id      INTEGER PRIMARY KEY REFERENCES runs(id),
    -- the index of each field in the run's row arrays (0 is the status); NULL:
    -- the input has no such column
    order_id    INTEGER,
    description INTEGER,
    consignee   INTEGER,
    end_user    INTEGER,
    country     INTEGER,
    date        INTEGER,
    direction   INTEGER
);
INSERT INTO row_layouts SELECT id, 1, 2, 3, 4, 5, 6, 7 FROM runs;
DROP VIEW screened_rows;
ALTER TABLE row_chunks ADD COLUMN errors TEXT;  -- JSON {"index in chunk": error}
UPDATE row_chunks SET
    errors = (SELECT nullif(json_group_object(r.key, json_extract(r.value, '$[8]')), '{}')
              FROM json_each(row_chunks.rows) AS r
              WHERE json_extract(r.value, '$[8]') IS NOT NULL),
    rows = (SELECT json_group_array(json_array(
                json_extract(r.value, '$[7]'), json_extract(r.value, '$[0]'),
                json_extract(r.value, '$[1]'), json_extract(r.value, '$[2]'),
                json_extract(r.value, '$[3]'), json_extract(r.value, '$[4]'),
                json_extract(r.value, '$[5]'), json_extract(r.value, '$[6]')))
            FROM json_each(row_chunks.rows) AS r);
CREATE VIEW screened_rows AS
SELECT c.run_id AS run_id,
       c.first_row + r.key AS row,
       coalesce(json_extract(r.value, '$[' || l.order_id || ']'), '') AS order_id,
       coalesce(json_extract(r.value, '$[' || l.description || ']'), '') AS description,
       coalesce(json_extract(r.value, '$[' || l.consignee || ']'), '') AS consignee,
       coalesce(json_extract(r.value, '$[' || l.end_user || ']'), '') AS end_user,
       coalesce(json_extract(r.value, '$[' || l.country || ']'), '') AS country,
       coalesce(json_extract(r.value, '$[' || l.date || ']'), '') AS date,
       coalesce(json_extract(r.value, '$[' || l.direction || ']'), '') AS direction,
       json_extract(r.value, '$[0]') AS status,
       json_extract(c.errors, '$."' || r.key || '"') AS error
FROM row_chunks AS c JOIN row_layouts AS l ON l.run_id = c.run_id, json_each(c.rows) AS r
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, *LATER)
LATEST = len(MIGRATIONS)


def version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def refuse_unknown(connection: sqlite3.Connection, path: str) -> int:
    """The database's version; RecordsError for one this screen must not change: a
    newer schema, or another application's tables (no version, tables of its own).
    Called before anything is written, the journal mode included."""
    current = version(connection)
    if current > LATEST:
        raise RecordsError(
            f"the records database {path} has schema version {current}, newer than this "
            f"screen knows ({LATEST}): upgrade screen, or pass --db for another database"
        )
    if current == 0:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        if tables and version(connection) > 0:  # another process migrated it meanwhile
            return refuse_unknown(connection, path)  # (each statement reads anew)
        if tables:
            raise RecordsError(
                f"{path} is not a records database of screen: it holds other tables "
                f"({', '.join(sorted(tables)[:5])}); pass --db for a file of screen's own, "
                "or --no-record"
            )
    return current


def migrate(connection: sqlite3.Connection, path: str) -> None:
    """Bring the database up to `LATEST`, one migration per transaction."""
    current = refuse_unknown(connection, path)
    while current < LATEST:
        connection.execute("BEGIN IMMEDIATE")
        try:
            now = version(connection)  # another process may have migrated meanwhile
            if now == current:
                for statement in _statements(MIGRATIONS[current]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {current + 1}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:  # (SQLite rolls back itself on a full disk)
                connection.execute("ROLLBACK")
            raise
        current = version(connection)


def _statements(script: str) -> list[str]:
    """The statements of a migration script (executescript would commit on its own);
    a trigger's body (BEGIN ...; END) stays one statement."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    found: list[str] = []
    for piece in (s.strip() for s in "\n".join(lines).split(";")):
        if (
            found
            and found[-1].upper().startswith("CREATE TRIGGER")
            and not found[-1].upper().endswith("END")
        ):
            found[-1] += f"; {piece}"
        elif piece:
            found.append(piece)
    return found
