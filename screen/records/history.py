"""The audit trail's reads: runs, their lists, rows and hits, the parties screened."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from screen.errors import RecordsError
from screen.records.rowjson import text_of
from screen.records.trail import CHANGE_COLUMNS, RECORDED_FIELDS

RUN_COLUMNS = (
    "id",
    "command",
    "options",
    "started_at",
    "ended_at",
    "status",
    "user",
    "host",
    "tool_version",
    "rulebook_version",
    "rulebook_sha256",
    "rulebook_path",
    "block_threshold",
    "review_threshold",
    "input_name",
    "input_sha256",
    "input_header",
    "input_delimiter",
    "rows",
    "clear",
    "review",
    "blocked",
    "error",
)
ROW_FIELDS = ("row", *RECORDED_FIELDS, "status", "error")
HIT_COLUMNS = (
    "row",
    "position",
    "rule_id",
    "kind",
    "field",
    "query",
    "matched",
    "score",
    "level",
    "title",
    "detail",
    "source",
    "cleared",
)


@dataclass(frozen=True)
class Chunk:
    first_row: int
    rows: list[list[Any]] | None  # per row: its status, then its cells; None: as text
    input: str | None  # the rows as read (a text chunk's lines put back)
    errors: dict[str, str]  # index in the chunk: the row's error
    statuses: list[str]  # each row's status


def runs(connection: sqlite3.Connection, limit: int | None = None) -> list[dict[str, Any]]:
    """Runs, newest first."""
    sql = f"SELECT {', '.join(RUN_COLUMNS)} FROM runs ORDER BY id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(zip(RUN_COLUMNS, r, strict=True)) for r in connection.execute(sql)]


def run(connection: sqlite3.Connection, run_id: int) -> dict[str, Any]:
    found = connection.execute(
        f"SELECT {', '.join(RUN_COLUMNS)} FROM runs WHERE id = ?", (run_id,)
    ).fetchone()
    if found is None:
        last = connection.execute("SELECT max(id) FROM runs").fetchone()[0]
        known = f"runs are numbered 1 to {last}" if last else "no run is recorded yet"
        raise RecordsError(f"no run {run_id} in the records: {known} (see 'screen history')")
    record = dict(zip(RUN_COLUMNS, found, strict=True))
    record["lists"] = [
        {"name": n, "file": f, "sha256": s, "entries": e}
        for n, f, s, e in connection.execute(
            "SELECT name, file, sha256, entries FROM run_lists WHERE run_id = ? ORDER BY position",
            (run_id,),
        )
    ]
    return record


PART_COLUMNS = (
    "part",
    "first_row",
    "last_row",
    "input_name",
    "input_sha256",
    "input_header",
    "input_delimiter",
    "output_name",
)


def parts(connection: sqlite3.Connection, run_id: int) -> list[dict[str, Any]]:
    """The parts of a run in parts (`screen batch --engine dask`), in order; none for
    a run of one output."""
    sql = f"SELECT {', '.join(PART_COLUMNS)} FROM run_parts WHERE run_id = ? ORDER BY part"
    return [dict(zip(PART_COLUMNS, r, strict=True)) for r in connection.execute(sql, (run_id,))]


def chunks(
    connection: sqlite3.Connection, run_id: int, rows: tuple[int, int] | None = None
) -> Iterator[Chunk]:
    """A run's rows (those from `rows[0]` to `rows[1]`: a part's), chunk by chunk,
    in row order."""
    sql = (
        "SELECT first_row, last_row, rows, input, errors, statuses, lines FROM row_chunks "
        "WHERE run_id = ?"
    )
    args: tuple[int, ...] = (run_id,)
    if rows is not None:
        sql += " AND first_row BETWEEN ? AND ?"
        args = (run_id, *rows)
    for first, last, rows_json, text, errors, statuses, lines in connection.execute(
        sql + " ORDER BY first_row", args
    ):
        if rows_json is not None:
            found = json.loads(rows_json)
            yield Chunk(first, found, text, _errors(errors), [r[0] for r in found])
            continue
        marked = ["clear"] * (last - first + 1)
        for key, status in json.loads(statuses or "{}").items():
            marked[int(key)] = status
        text = text_of(text or "", json.loads(lines or "{}"))
        yield Chunk(first, None, text, _errors(errors), marked)


def changes(connection: sqlite3.Connection, run_id: int) -> list[dict[str, Any]]:
    """A re-screen's changes, in order."""
    sql = (
        f"SELECT {', '.join(CHANGE_COLUMNS)} FROM rescreen_changes WHERE run_id = ? "
        "ORDER BY position"
    )
    return [dict(zip(CHANGE_COLUMNS, r, strict=True)) for r in connection.execute(sql, (run_id,))]


def recorded_counts(connection: sqlite3.Connection, run_id: int) -> dict[str, int]:
    """The run's rows recorded, counted by status (a run that did not complete
    keeps the counts of what it recorded)."""
    counts = dict.fromkeys(("clear", "review", "blocked", "error"), 0)
    for chunk in chunks(connection, run_id):
        for status in chunk.statuses:
            counts[status] = counts.get(status, 0) + 1
    return counts


def _errors(errors: str | None) -> dict[str, str]:
    return json.loads(errors) if errors else {}


def hits(
    connection: sqlite3.Connection, run_id: int, rows: tuple[int, ...] | None = None
) -> dict[int, list[dict[str, Any]]]:
    """{row: its hits in order} for a run (or only `rows` of it)."""
    sql = f"SELECT {', '.join(HIT_COLUMNS)} FROM hits WHERE run_id = ?"
    args: list[Any] = [run_id]
    if rows is not None:
        sql += f" AND row IN ({', '.join('?' * len(rows))})"
        args.extend(rows)
    found: dict[int, list[dict[str, Any]]] = {}
    for record in connection.execute(sql + " ORDER BY row, position", args):
        hit = dict(zip(HIT_COLUMNS, record, strict=True))
        hit["source"] = json.loads(hit["source"])
        found.setdefault(hit["row"], []).append(hit)
    return found


def party_names(connection: sqlite3.Connection) -> list[str]:
    """Every distinct consignee and end user in the audit trail."""
    return [
        name
        for (name,) in connection.execute(
            "SELECT consignee FROM screened_rows WHERE consignee != '' "
            "UNION SELECT end_user FROM screened_rows WHERE end_user != ''"
        )
    ]


def screenings_of(
    connection: sqlite3.Connection, names: list[str], since: str | None = None
) -> list[dict[str, Any]]:
    """Every recorded row whose consignee or end user is one of `names`, with its
    run's start time, oldest first (`since`: runs started on or after this date)."""
    if not names:
        return []
    marks = ", ".join("?" * len(names))
    sql = (
        "SELECT s.run_id, r.started_at, r.command, s.row, s.order_id, s.description, "
        "s.consignee, s.end_user, s.country, s.date, s.direction, s.status "
        "FROM screened_rows AS s "
        f"JOIN runs AS r ON r.id = s.run_id WHERE (s.consignee IN ({marks}) "
        f"OR s.end_user IN ({marks}))"
    )
    args: list[Any] = [*names, *names]
    if since:
        sql += " AND r.started_at >= ?"
        args.append(since)
    keys = ("run_id", "started_at", "command", *ROW_FIELDS[:-1])
    return [
        dict(zip(keys, r, strict=True))
        for r in connection.execute(sql + " ORDER BY s.run_id, s.row", args)
    ]


def latest_screenings(
    connection: sqlite3.Connection, since: str | None = None
) -> dict[str, dict[str, Any]]:
    """{party: its last recorded screening} for every distinct consignee and end user
    (`since`: only screenings in runs started on or after this date); each record has
    the row's fields (direction included), its run's start time, `field` (where the
    party stood) and `error` (the row could not be screened: the party's last row
    that was screened counts over it; a party that stands only on rows in error, an
    order to be corrected and shipped, is screened too, with no hits before).  `eval`
    runs screen labelled test sets, not counterparties: they are left out."""
    sql = (
        "SELECT s.run_id, r.started_at, s.row, s.consignee, s.end_user, s.country, "
        "s.direction, s.status = 'error' FROM screened_rows AS s "
        "JOIN runs AS r ON r.id = s.run_id WHERE r.command != 'eval'"
    )
    args: list[Any] = []
    if since:
        sql += " AND r.started_at >= ?"
        args.append(since)
    latest: dict[str, dict[str, Any]] = {}
    for run_id, started, row, consignee, end_user, country, direction, error in connection.execute(
        sql + " ORDER BY s.run_id, s.row", args
    ):
        for field, name in (("consignee", consignee), ("end_user", end_user)):
            if not (name and str(name).strip()):
                continue
            if error and str(name) in latest and not latest[str(name)]["error"]:
                continue  # its last screening without error counts
            if name:
                latest[str(name)] = {
                    "run_id": run_id,
                    "started_at": started,
                    "row": row,
                    "field": field,
                    "country": country or "",
                    "direction": direction or "",  # as the input gave it; NULL before v3
                    "error": bool(error),
                }
    return latest
