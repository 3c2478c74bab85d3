"""The audit trail's writes: a run, its lists, its rows and hits, its end.

Plain tuples in, SQL out; what a row or hit holds is decided in `screen.runs`.
Rows are written in chunks of consecutive rows, one JSON array and one
transaction each, so recording costs a small share of screening; the view
`screened_rows` shows them one per order.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from screen.records.database import transaction

RowRecord = tuple[int, str, str, str, str, str, str, str, str | None]
# row, order_id, description, consignee, end_user, country, date, status, error
HitRecord = tuple[int, int, int, str, str, str, str, str, float, str, str, str, str, str]
# run_id, row, position, rule_id, kind, field, query, matched, score, level, title,
# detail, source, cleared

_INSERT_CHUNK = "INSERT INTO row_chunks VALUES (?, ?, ?, ?, ?)"
_INSERT_HIT = "INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


@dataclass(frozen=True)
class NewRun:
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


@dataclass(frozen=True)
class ListUsed:
    name: str
    file: str
    sha256: str
    entries: int


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def start_run(connection: sqlite3.Connection, run: NewRun, lists: Sequence[ListUsed]) -> int:
    """Insert the run and its lists; its id."""
    with transaction(connection):
        cursor = connection.execute(
            "INSERT INTO runs (command, options, started_at, user, host, tool_version, "
            "rulebook_version, rulebook_sha256, rulebook_path, block_threshold, "
            "review_threshold, input_name, input_sha256, input_header, input_delimiter) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        connection.executemany(
            "INSERT INTO run_lists VALUES (?, ?, ?, ?, ?, ?)",
            [
                (run_id, position, used.name, used.file, used.sha256, used.entries)
                for position, used in enumerate(lists, 1)
            ],
        )
    return run_id


def add_rows(
    connection: sqlite3.Connection,
    run_id: int,
    rows: Sequence[RowRecord],
    hits: Sequence[HitRecord],
    input_text: str | None = None,
) -> None:
    """Consecutive rows of a run (as one chunk) and their hits, in one transaction."""
    if not rows:
        return
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    with transaction(connection):
        connection.execute(_INSERT_CHUNK, (run_id, rows[0][0], rows[-1][0], data, input_text))
        if hits:
            connection.executemany(_INSERT_HIT, hits)


def finish_run(connection: sqlite3.Connection, run_id: int, counts: Mapping[str, int]) -> None:
    """Stamp the end time and the row counts by status."""
    with transaction(connection):
        connection.execute(
            "UPDATE runs SET ended_at = ?, rows = ?, clear = ?, review = ?, blocked = ?, "
            "error = ? WHERE id = ?",
            (
                now(),
                sum(counts.get(s, 0) for s in ("clear", "review", "blocked", "error")),
                counts.get("clear", 0),
                counts.get("review", 0),
                counts.get("blocked", 0),
                counts.get("error", 0),
                run_id,
            ),
        )
