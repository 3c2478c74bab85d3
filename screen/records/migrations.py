"""The records database's migrations from version 5 on (1 to 4: `schema.py`)."""

from __future__ import annotations

# Version 5: plain rows kept once, as text.  A chunk whose rows are each one line
# (`rowjson.text_rows`) has no `rows` array: its `input` is read as one, each line's
# delimiters and line end replaced by JSON punctuation, a line that could not be so
# read emptied and given in `lines` ({"index": [the line, its cells]}), and each row
# not clear given in `statuses`.
_V5 = """
DROP VIEW screened_rows;
CREATE TABLE row_chunks_v5 (
    run_id    INTEGER NOT NULL REFERENCES runs(id),
    first_row INTEGER NOT NULL,                 -- 1 = the first data row
    last_row  INTEGER NOT NULL,
    rows      TEXT,                             -- JSON [[status, cell, ...], ...]; NULL:
                                                --   the rows are the lines of input
    input     TEXT,                             -- the rows as read (CSV text with the
                                                --   run's delimiter); NULL for check
    errors    TEXT,                             -- JSON {"index in chunk": error}
    statuses  TEXT,                             -- JSON {"index": status}, rows not clear
    lines     TEXT,                             -- JSON {"index": [line, cell, ...]}
    UNIQUE (run_id, first_row)
);
INSERT INTO row_chunks_v5 (run_id, first_row, last_row, rows, input, errors)
SELECT run_id, first_row, last_row, rows, input, errors FROM row_chunks
ORDER BY run_id, first_row;
DROP TABLE row_chunks;
ALTER TABLE row_chunks_v5 RENAME TO row_chunks;
CREATE VIEW screened_rows AS
SELECT s.run_id AS run_id,
       s.row AS row,
       coalesce(json_extract(s.v, '$[' || l.order_id || ']'), '') AS order_id,
       coalesce(json_extract(s.v, '$[' || l.description || ']'), '') AS description,
       coalesce(json_extract(s.v, '$[' || l.consignee || ']'), '') AS consignee,
       coalesce(json_extract(s.v, '$[' || l.end_user || ']'), '') AS end_user,
       coalesce(json_extract(s.v, '$[' || l.country || ']'), '') AS country,
       coalesce(json_extract(s.v, '$[' || l.date || ']'), '') AS date,
       coalesce(json_extract(s.v, '$[' || l.direction || ']'), '') AS direction,
       s.status AS status,
       s.error AS error
FROM (SELECT c.run_id AS run_id, c.first_row + r.key AS row,
             coalesce(json_extract(c.lines, '$."' || r.key || '"'), r.value) AS v,
             coalesce(json_extract(c.statuses, '$."' || r.key || '"'),
                      json_extract(r.value, '$[0]')) AS status,
             json_extract(c.errors, '$."' || r.key || '"') AS error
      FROM row_chunks AS c JOIN runs AS u ON u.id = c.run_id,
           json_each(coalesce(c.rows, '[["clear","' || replace(replace(
               replace(c.input, char(13, 10), char(10)), u.input_delimiter, '","'),
               char(10), '"],["clear","') || '"]]')) AS r
      WHERE r.key <= c.last_row - c.first_row) AS s
JOIN row_layouts AS l ON l.run_id = s.run_id
"""

# Version 6: runs in parts (`screen batch --engine dask`: one output file per
# partition).  The run's rows are numbered on across its parts; `run_parts` says
# which rows are each part's, what it read and wrote, and where its key fields
# stand (its own header); the view reads a part's rows with its own delimiter
# and layout.
_V6 = """
CREATE TABLE run_parts (
    run_id          INTEGER NOT NULL REFERENCES runs(id),
    part            INTEGER NOT NULL,           -- 0: part-00000 of the output folder
    first_row       INTEGER NOT NULL,           -- the run's rows first_row..last_row are
    last_row        INTEGER NOT NULL,           --   this part's, in its order
    input_name      TEXT NOT NULL,
    input_sha256    TEXT,
    input_header    TEXT NOT NULL,              -- JSON list of the part's columns
    input_delimiter TEXT NOT NULL,
    output_name     TEXT NOT NULL,              -- the part's file in the output folder
    -- as in row_layouts, for this part's rows
    order_id INTEGER, description INTEGER, consignee INTEGER, end_user INTEGER,
    country INTEGER, date INTEGER, direction INTEGER,
    PRIMARY KEY (run_id, part)
);
DROP VIEW screened_rows;
CREATE VIEW screened_rows AS
SELECT s.run_id AS run_id,
       s.row AS row,
       coalesce(json_extract(s.v, '$[' || s.order_id || ']'), '') AS order_id,
       coalesce(json_extract(s.v, '$[' || s.description || ']'), '') AS description,
       coalesce(json_extract(s.v, '$[' || s.consignee || ']'), '') AS consignee,
       coalesce(json_extract(s.v, '$[' || s.end_user || ']'), '') AS end_user,
       coalesce(json_extract(s.v, '$[' || s.country || ']'), '') AS country,
       coalesce(json_extract(s.v, '$[' || s.date || ']'), '') AS date,
       coalesce(json_extract(s.v, '$[' || s.direction || ']'), '') AS direction,
       s.status AS status,
       s.error AS error
FROM (SELECT c.run_id AS run_id, c.first_row + r.key AS row,
             coalesce(json_extract(c.lines, '$."' || r.key || '"'), r.value) AS v,
             coalesce(json_extract(c.statuses, '$."' || r.key || '"'),
                      json_extract(r.value, '$[0]')) AS status,
             json_extract(c.errors, '$."' || r.key || '"') AS error,
             CASE WHEN p.part IS NULL THEN l.order_id ELSE p.order_id END AS order_id,
             CASE WHEN p.part IS NULL THEN l.description ELSE p.description END AS description,
             CASE WHEN p.part IS NULL THEN l.consignee ELSE p.consignee END AS consignee,
             CASE WHEN p.part IS NULL THEN l.end_user ELSE p.end_user END AS end_user,
             CASE WHEN p.part IS NULL THEN l.country ELSE p.country END AS country,
             CASE WHEN p.part IS NULL THEN l.date ELSE p.date END AS date,
             CASE WHEN p.part IS NULL THEN l.direction ELSE p.direction END AS direction
      FROM row_chunks AS c
      JOIN runs AS u ON u.id = c.run_id
      JOIN row_layouts AS l ON l.run_id = c.run_id
      LEFT JOIN run_parts AS p
        ON p.run_id = c.run_id AND c.first_row BETWEEN p.first_row AND p.last_row,
           json_each(coalesce(c.rows, '[["clear","' || replace(replace(
               replace(c.input, char(13, 10), char(10)),
               coalesce(p.input_delimiter, u.input_delimiter), '","'),
               char(10), '"],["clear","') || '"]]')) AS r
      WHERE r.key <= c.last_row - c.first_row) AS s
"""

# Version 7: which way of keying a party made each decision's `party_key`
# (`key_version`; decisions before 7 were keyed the first way).  A screen that keys
# parties another way re-keys older decisions from their `party` as it reads them
# (`screen.runs.decisions.decisions_for`).
_V7 = """
ALTER TABLE decisions ADD COLUMN key_version INTEGER NOT NULL DEFAULT 1;
"""

# Version 8: a run's final status, and where an imported decision came from.  A run
# is `running` from its start, then `completed`, `interrupted` (a signal, a closed
# pipe: its counts are those of the rows recorded) or `failed` (an error); a run
# left without an end before version 8 was interrupted or killed.  A decision
# imported from a file (`screen decisions import`) keeps who imported it, when,
# and the file; NULL: decided in this database.  `recorded_by` is the OS account and
# host that recorded a decision (user@host, beside the self-declared `decided_by`);
# NULL before version 8.  A re-screen is a run (command
# `rescreen`: its rows are the parties screened, review those with a change that
# needs review) whose findings are its `rescreen_changes`; it has no row chunks, so
# it is never a party's last screening.
_V8 = """
CREATE TABLE rescreen_changes (
    run_id        INTEGER NOT NULL REFERENCES runs(id),
    position      INTEGER NOT NULL,
    party         TEXT NOT NULL,
    country       TEXT NOT NULL,
    change        TEXT NOT NULL,                -- new, raised, lowered, cleared, gone
    rule_id       TEXT NOT NULL,
    before        TEXT,                         -- the level before, cleared, or NULL
    now           TEXT,
    score         REAL,
    matched       TEXT,
    cleared       TEXT,                         -- the decision that clears the hit now
    last_run      INTEGER,                      -- the party's last screening before
    last_screened TEXT,
    PRIMARY KEY (run_id, position)
);
ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'completed';
UPDATE runs SET status = 'interrupted' WHERE ended_at IS NULL;
ALTER TABLE decisions ADD COLUMN imported_by TEXT;
ALTER TABLE decisions ADD COLUMN imported_at TEXT;
ALTER TABLE decisions ADD COLUMN imported_from TEXT;
ALTER TABLE decisions ADD COLUMN recorded_by TEXT;
"""

# The audit trail is insert only: SQLite refuses to change or delete what was
# recorded (a run's own row only while it is running: its end and counts), or a
# decision's content (its party key may be re-keyed).  Not tamper-proof (whoever can
# write the file can drop a trigger), but no hand-typed statement and no program
# changes the record by a slip.
_KEPT = ("run_lists", "row_chunks", "hits", "row_layouts", "run_parts", "rescreen_changes")
_DECIDED = (
    "reference", "party", "country", "entry_id", "entry_hash", "verdict", "decided_by",
    "reason", "decided_at", "valid_until", "imported_by", "imported_at", "imported_from",
    "recorded_by",
)  # fmt: skip
_REFUSE = "BEGIN SELECT RAISE(ABORT, 'the audit trail is insert only: {}'); END;\n"


def _insert_only() -> str:
    found = [
        "CREATE TRIGGER runs_no_update BEFORE UPDATE ON runs WHEN OLD.status != 'running'\n"
        + _REFUSE.format("a run that ended is never changed"),
        "CREATE TRIGGER runs_no_delete BEFORE DELETE ON runs\n"
        + _REFUSE.format("runs are never deleted"),
    ]
    for table in _KEPT:
        for verb in ("update", "delete"):
            found.append(
                f"CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}\n"
                + _REFUSE.format(f"{table} are never changed or deleted")
            )
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _DECIDED)
    found.append(
        f"CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions WHEN {changed}\n"
        + _REFUSE.format("a decision is never changed: record a new one with screen decide")
    )
    found.append(
        "CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions\n"
        + _REFUSE.format("a decision is never deleted: record a new one with screen decide")
    )
    return "".join(found)


LATER: tuple[str, ...] = (_V5, _V6, _V7, _V8 + _insert_only())
