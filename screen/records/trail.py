"""The audit trail's writes: a run, its lists, its rows and hits, its end.

Plain tuples in, SQL out; what a row or hit holds is decided in `screen.runs`.
Rows are written in chunks of consecutive rows, one transaction each (a JSON
array, or plain rows as their own text), so recording costs a small share of screening; the view
`screened_rows` shows them one per order.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping, Sequence

from screen.records.database import transaction
from screen.tuples import NamedTuple

HitRecord = tuple[int, int, int, str, str, str, str, str, float, str, str, str, str, str]
# run_id, row, position, rule_id, kind, field, query, matched, score, level, title,
# detail, source, cleared


# The fields of a recorded row the view `screened_rows` shows (besides its number,
# status and error): its key fields and its direction, as the input gave them.
RECORDED_FIELDS = (
    "order_id",
    "description",
    "consignee",
    "end_user",
    "country",
    "date",
    "direction",
)


class ChunkRecord(NamedTuple):
    """Consecutive rows of a run, ready to insert (cheap to pickle: a worker process
    builds it, the process that owns the database writes it)."""

    first_row: int
    last_row: int
    rows: str | None  # JSON: [[status, cell, cell, ...], ...]; None: the lines of input
    input: str | None  # the rows as read; None for check
    hits: list[HitRecord]
    errors: str | None = None  # JSON: {"index in the chunk": error}
    statuses: str | None = None  # JSON: {"index": status} of rows not clear (rows None)
    lines: str | None = None  # JSON: {"index": [line, cell, ...]} (rows None)


_INSERT_CHUNK = (
    "INSERT INTO row_chunks (run_id, first_row, last_row, rows, input, errors, statuses, "
    "lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_HIT = "INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class NewRun(NamedTuple):
    """What is known of a run when it starts."""

    command: str
    options: str  # JSON
    user: str
    host: str
    tool_version: str
    rulebook_version: str
    rulebook_sha256: str
    rulebook_path: str
    block_threshold: float
    review_threshold: float
    input_name: str | None = None
    input_sha256: str | None = None
    input_header: str | None = None  # JSON
    input_delimiter: str | None = None
    # where each of RECORDED_FIELDS stands in a row's array (0 is the status)
    layout: tuple[int | None, ...] = tuple(range(1, len(RECORDED_FIELDS) + 1))


class ListUsed(NamedTuple):
    name: str
    file: str
    sha256: str
    entries: int


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def start_run(connection: sqlite3.Connection, run: NewRun, lists: Sequence[ListUsed]) -> int:
    """Insert the run and its lists; its id."""
    with transaction(connection):
        return _insert_run(connection, run, lists)


def add_chunk(connection: sqlite3.Connection, run_id: int, chunk: ChunkRecord) -> None:
    """A chunk of consecutive rows of a run and their hits, in one transaction."""
    with transaction(connection):
        _insert_chunk(connection, run_id, chunk)


class NewPart(NamedTuple):
    """One part of a run in parts (a Dask partition): its place, what it read and
    wrote, where its key fields stand (as `NewRun.layout`)."""

    part: int
    first_row: int
    last_row: int
    input_name: str
    input_sha256: str | None
    input_header: str  # JSON
    input_delimiter: str
    output_name: str
    layout: tuple[int | None, ...]


def add_part(connection: sqlite3.Connection, run_id: int, part: NewPart) -> None:
    """Record a part of a run (its rows are written as chunks, `add_chunk`)."""
    with transaction(connection):
        connection.execute(
            f"INSERT INTO run_parts VALUES (?{', ?' * (8 + len(RECORDED_FIELDS))})",
            (run_id, *part[:-1], *part.layout),
        )


# A run's final status (`runs.status`): `running` from its start until one of these.
COMPLETED, INTERRUPTED, FAILED = "completed", "interrupted", "failed"


def finish_run(
    connection: sqlite3.Connection,
    run_id: int,
    counts: Mapping[str, int],
    status: str = COMPLETED,
) -> None:
    """Stamp the end time, the row counts by status and the run's final status."""
    with transaction(connection):
        _stamp_end(connection, run_id, counts, status)


# A re-screen's findings, one row per change (`screen.runs.rescreen.COLUMNS` and the
# decision that clears the hit).
CHANGE_COLUMNS = (
    "party",
    "country",
    "change",
    "rule_id",
    "before",
    "now",
    "score",
    "matched",
    "cleared",
    "last_run",
    "last_screened",
)


def add_changes(
    connection: sqlite3.Connection, run_id: int, changes: Sequence[Mapping[str, object]]
) -> None:
    """Record a re-screen's changes under its run."""
    with transaction(connection):
        connection.executemany(
            f"INSERT INTO rescreen_changes (run_id, position, {', '.join(CHANGE_COLUMNS)}) "
            f"VALUES (?, ?{', ?' * len(CHANGE_COLUMNS)})",
            [
                (run_id, position, *(change.get(c) for c in CHANGE_COLUMNS))
                for position, change in enumerate(changes, 1)
            ],
        )


def record_run(
    connection: sqlite3.Connection,
    run: NewRun,
    lists: Sequence[ListUsed],
    chunk: Callable[[int], ChunkRecord],
    counts: Mapping[str, int],
) -> int:
    """A whole run at once (a `check`): its start, its rows (`chunk(run_id)`) and its
    end, in one transaction; its id."""
    with transaction(connection):
        run_id = _insert_run(connection, run, lists)
        _insert_chunk(connection, run_id, chunk(run_id))
        _stamp_end(connection, run_id, counts)
    return run_id


def _insert_run(connection: sqlite3.Connection, run: NewRun, lists: Sequence[ListUsed]) -> int:
    cursor = connection.execute(
        "INSERT INTO runs (command, options, started_at, user, host, tool_version, "
        "rulebook_version, rulebook_sha256, rulebook_path, block_threshold, "
        "review_threshold, input_name, input_sha256, input_header, input_delimiter, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')",
        (
            run.command,
            run.options,
            now(),
            run.user,
            run.host,
            run.tool_version,
            run.rulebook_version,
            run.rulebook_sha256,
            run.rulebook_path,
            run.block_threshold,
            run.review_threshold,
            run.input_name,
            run.input_sha256,
            run.input_header,
            run.input_delimiter,
        ),
    )
    run_id = cursor.lastrowid
    assert run_id is not None
    connection.execute(
        f"INSERT INTO row_layouts (run_id, {', '.join(RECORDED_FIELDS)}) "
        f"VALUES (?{', ?' * len(RECORDED_FIELDS)})",
        (run_id, *run.layout),
    )
    connection.executemany(
        "INSERT INTO run_lists VALUES (?, ?, ?, ?, ?, ?)",
        [
            (run_id, position, used.name, used.file, used.sha256, used.entries)
            for position, used in enumerate(lists, 1)
        ],
    )
    return run_id


def _insert_chunk(connection: sqlite3.Connection, run_id: int, chunk: ChunkRecord) -> None:
    connection.execute(
        _INSERT_CHUNK,
        (
            run_id,
            chunk.first_row,
            chunk.last_row,
            chunk.rows,
            chunk.input,
            chunk.errors,
            chunk.statuses,
            chunk.lines,
        ),
    )
    if chunk.hits:
        connection.executemany(_INSERT_HIT, chunk.hits)


def _stamp_end(
    connection: sqlite3.Connection, run_id: int, counts: Mapping[str, int], status: str = COMPLETED
) -> None:
    connection.execute(
        "UPDATE runs SET ended_at = ?, rows = ?, clear = ?, review = ?, blocked = ?, "
        "error = ?, status = ? WHERE id = ?",
        (
            now(),
            sum(counts.get(s, 0) for s in ("clear", "review", "blocked", "error")),
            counts.get("clear", 0),
            counts.get("review", 0),
            counts.get("blocked", 0),
            counts.get("error", 0),
            status,
            run_id,
        ),
    )
