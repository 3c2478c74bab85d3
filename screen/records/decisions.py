"""Reviewers' decisions in the records database: insert, list, export and import
as CSV (so a team can share them).  Plain rows; what a decision means for a hit
is decided in `screen.runs.decisions`."""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass, fields
from typing import IO

from screen.errors import InputError
from screen.records.database import transaction

VERDICTS = ("clear", "confirm")


@dataclass(frozen=True)
class Decision:
    reference: str
    party: str
    party_key: str
    country: str
    entry_id: str
    entry_hash: str
    verdict: str
    decided_by: str
    reason: str
    decided_at: str
    valid_until: str | None
    # where an imported decision came from: who imported it, when, and the file
    # (None: decided in this database); not part of the CSV a team shares
    imported_by: str | None = None
    imported_at: str | None = None
    imported_from: str | None = None
    # the OS account and host that recorded it here (user@host), beside `decided_by`
    recorded_by: str | None = None


COLUMNS = tuple(f.name for f in fields(Decision))
# what a database keeps of its own decisions: not part of the CSV a team shares
LOCAL_COLUMNS = ("imported_by", "imported_at", "imported_from", "recorded_by")
# party_key is recomputed on import; where a decision was imported from is the
# importing database's own
CSV_COLUMNS = tuple(c for c in COLUMNS if c != "party_key" and c not in LOCAL_COLUMNS)


def reference_for(*parts: str) -> str:
    """A reference from the decision's content: the same decision imported twice is
    one decision."""
    return "D-" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12]


def add(connection: sqlite3.Connection, decisions: Iterable[Decision], key_version: int) -> int:
    """Insert decisions, their party keys made the `key_version` way (those already
    there by reference are skipped); how many were new."""
    marks = ", ".join("?" * (len(COLUMNS) + 1))
    with transaction(connection):
        before = connection.total_changes
        connection.executemany(
            f"INSERT OR IGNORE INTO decisions ({', '.join(COLUMNS)}, key_version) VALUES ({marks})",
            [(*astuple(d), key_version) for d in decisions],
        )
        return connection.total_changes - before


def recorded(connection: sqlite3.Connection, references: Iterable[str]) -> dict[str, Decision]:
    """The decisions recorded under these references, by reference."""
    wanted = list(dict.fromkeys(references))
    found: dict[str, Decision] = {}
    for start in range(0, len(wanted), 500):  # within SQLite's count of variables
        part = wanted[start : start + 500]
        sql = (
            f"SELECT {', '.join(COLUMNS)} FROM decisions "
            f"WHERE reference IN ({', '.join('?' * len(part))})"
        )
        found.update((row[0], Decision(*row)) for row in connection.execute(sql, part))
    return found


def keyed_before(connection: sqlite3.Connection, key_version: int) -> list[tuple[int, str]]:
    """(id, party) of the decisions whose party keys were made an older way."""
    sql = "SELECT id, party FROM decisions WHERE key_version < ? ORDER BY id"
    return connection.execute(sql, (key_version,)).fetchall()


def rekey(
    connection: sqlite3.Connection, keys: Iterable[tuple[int, str]], key_version: int
) -> None:
    """Set the party keys of decisions by id, made the `key_version` way."""
    with transaction(connection):
        connection.executemany(
            "UPDATE decisions SET party_key = ?, key_version = ? WHERE id = ?",
            [(key, key_version, id_) for id_, key in keys],
        )


def all_decisions(
    connection: sqlite3.Connection, party_keys: Iterable[str] | None = None
) -> list[Decision]:
    """Every decision (or those on these parties), oldest first."""
    sql = f"SELECT {', '.join(COLUMNS)} FROM decisions"
    args: list[str] = []
    if party_keys is not None:
        args = list(dict.fromkeys(party_keys))
        if not args:
            return []
        sql += f" WHERE party_key IN ({', '.join('?' * len(args))})"
    return [Decision(*row) for row in connection.execute(sql + " ORDER BY id", args)]


def write_csv(
    stream: IO[str], decisions: Iterable[Decision], inert: Callable[[str], str] = str
) -> None:
    """The decisions as CSV, each cell passed through `inert` (the CLI makes formula
    cells inert for spreadsheets; `read_csv` takes the mark off again)."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for d in decisions:
        values = (getattr(d, c) for c in CSV_COLUMNS)
        writer.writerow([inert("" if v is None else str(v)) for v in values])


_MARKED = re.compile("^'(?=[=+\\-@\t\r])")  # the apostrophe a formula cell got on export


MAX_CELL = 100_000  # characters in one field (below the csv module's own 131,072)
_FIX_TEXT = "save it as UTF-8 (in Excel: CSV UTF-8), or export the decisions again"


def decode_csv(data: bytes, name: str) -> str:
    """The bytes of the decisions CSV `name` as text: UTF-8 (a BOM allowed), as
    'screen decisions export' writes it, else an InputError naming the line."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{name}: the file is saved as UTF-16, not UTF-8; {_FIX_TEXT}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}:{line}: byte {exc.start:,} (0x{data[exc.start]:02X}) is not UTF-8, "
            f"the encoding of a decisions file; {_FIX_TEXT}"
        ) from None
    if "\0" in text:
        line = text[: text.index("\0")].count("\n") + 1
        raise InputError(f"{name}:{line}: a NUL byte, which no decision holds; {_FIX_TEXT}")
    return text


def read_csv(stream: IO[str], name: str) -> list[dict[str, str]]:
    """The rows of a decisions CSV, checked for its columns (each once), each row's
    fields (as many as the header's) and verdicts; each row's `line` is kept for
    error messages."""
    reader = csv.reader(stream)
    try:
        header = next(reader, [])
        _check_header(header, name)
        rows = []
        for cells in reader:
            if not cells:
                continue  # a blank line
            line = reader.line_num
            if len(cells) != len(header):
                raise InputError(
                    f"{name}:{line}: {len(cells)} field{'s' if len(cells) != 1 else ''} where "
                    f"the header has {len(header)}: quote a cell that holds a comma, close "
                    "every quote, or export the decisions again with 'screen decisions export'"
                )
            rows.append(_row(dict(zip(header, cells, strict=True)), f"{name}:{line}", line))
    except csv.Error as exc:  # the field limit is the process's (larger once orders are read)
        where = f"{name}:{max(reader.line_num, 1)}"
        if "field limit" in str(exc):
            raise InputError(_too_long(where)) from None
        raise InputError(
            f"{where}: not CSV as 'screen decisions export' writes it ({exc})"
        ) from None
    return rows


def _too_long(where: str) -> str:
    return (
        f"{where}: a field over {MAX_CELL:,} characters, which no decision holds: a quote "
        "opened and never closed?"
    )


def _check_header(header: list[str], name: str) -> None:
    """InputError when a column is missing or given twice (which of two verdicts
    would count?)."""
    counts = Counter(header)
    twice = [c for c in CSV_COLUMNS if counts[c] > 1]
    if twice:
        raise InputError(
            f"{name}:1: column{'s' if len(twice) > 1 else ''} {', '.join(twice)} given more "
            "than once: keep one of each"
        )
    missing = [c for c in CSV_COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"{name}: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; "
            f"a decisions file has {', '.join(CSV_COLUMNS)} (see 'screen decisions export')"
        )


def _row(row: dict[str, str], where: str, line: int) -> dict[str, str]:
    """A row's cells (each without the mark export gave a formula cell) and its line."""
    if any(len(cell) > MAX_CELL for cell in row.values()):
        raise InputError(_too_long(where))
    if row["verdict"] not in VERDICTS:
        raise InputError(f"{where}: verdict '{row['verdict']}' is neither clear nor confirm")
    for column in CSV_COLUMNS[:-1]:  # all but valid_until
        if column == "country":
            continue  # empty: the decision holds for the party in any country
        if not row[column].strip():
            raise InputError(f"{where}: {column} is empty")
    cells = {c: _MARKED.sub("", row[c]) for c in CSV_COLUMNS}
    return {**cells, "line": str(line)}
