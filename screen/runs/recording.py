"""Record runs in the audit trail: what was screened, against what, with what result.

A `Recorder` starts a run (rulebook, lists, thresholds, input), wraps the batch
writer so that every row written is also recorded (`RecordingWriter`, flushed in
chunks, one transaction each), records a `check` or the outcomes of an `eval`,
and stamps the run's end with its counts.  Worker processes record their own
chunks through their own connection (opened in the process that uses it).
"""

from __future__ import annotations

import csv
import getpass
import hashlib
import io
import json
import os
import socket
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from screen.engine import Screener
from screen.io.columns import order_column
from screen.io.writers import Outcome, Writer, printable
from screen.models import Hit, Result, Shipment
from screen.records.database import connect
from screen.records.trail import (
    HitRecord,
    ListUsed,
    NewRun,
    RowRecord,
    add_rows,
    finish_run,
    start_run,
)
from screen.version import __version__

OutcomeT = TypeVar("OutcomeT", bound=Outcome)

FLUSH_ROWS = 5000  # rows per chunk (one transaction) in a single process, as in a worker
KEY_FIELDS = ("order_id", "description", "consignee", "end_user", "country", "date")


def file_sha256(path: str) -> str | None:
    """The SHA-256 of a regular file; None for standard input."""
    if path == "-" or not Path(path).is_file():
        return None
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def lists_used(screener: Screener) -> list[ListUsed]:
    """The sanctions lists loaded into the screener: file, SHA-256, entry count."""
    found: dict[tuple[str, str], list[Any]] = {}
    for loaded in screener.lists:
        source = loaded.rules[0].source if loaded.rules else None
        if source and source.list and source.file and source.sha256:
            key = (source.file, source.sha256)
            found.setdefault(key, [source.list, 0])[1] += len(loaded.rules)
    return [ListUsed(name, file, sha, count) for (file, sha), (name, count) in found.items()]


def user_and_host() -> tuple[str, str]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return user, socket.gethostname()


def hit_records(run_id: int, row: int, hits: Iterable[Hit]) -> list[HitRecord]:
    return [
        (
            run_id,
            row,
            position,
            h.rule_id,
            h.kind.value,
            h.field,
            h.query,
            h.matched,
            h.score,
            h.level.value,
            h.title,
            h.detail,
            json.dumps(h.source.as_dict(), ensure_ascii=False),
            h.cleared,
        )
        for position, h in enumerate(hits, 1)
    ]


class Recorder:
    """One run in the records database at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.run_id = 0
        self._connections: dict[int, sqlite3.Connection] = {}
        self._columns: dict[str, int] = {}
        self.delimiter = ","

    def connection(self) -> sqlite3.Connection:
        """This process's connection (a forked worker opens its own)."""
        pid = os.getpid()
        found = self._connections.get(pid)
        if found is None:
            found = self._connections[pid] = connect(self.path)
        return found

    def close(self) -> None:
        """Close this process's connection (before forking workers, and at the end)."""
        found = self._connections.pop(os.getpid(), None)
        if found is not None:
            found.close()

    def start(
        self,
        command: str,
        options: Mapping[str, Any],
        screener: Screener,
        *,
        input_name: str | None = None,
        header: list[str] | None = None,
        delimiter: str | None = None,
        columns: dict[str, int] | None = None,
    ) -> int:
        """Record the start of a run; its id (also kept as `run_id`)."""
        user, host = user_and_host()
        rulebook = screener.rulebook
        run = NewRun(
            command=command,
            options=json.dumps(dict(options), ensure_ascii=False, default=str),
            user=user,
            host=host,
            tool_version=__version__,
            rulebook_version=rulebook.version,
            rulebook_sha256=rulebook.sha256,
            rulebook_path=rulebook.path,
            block_threshold=screener.thresholds.block,
            review_threshold=screener.thresholds.review,
            input_name=input_name,
            input_sha256=file_sha256(input_name) if input_name else None,
            input_header=json.dumps(header, ensure_ascii=False) if header is not None else None,
            input_delimiter=delimiter,
        )
        self.run_id = start_run(self.connection(), run, lists_used(screener))
        self.delimiter = delimiter or ","
        if header is not None and columns is not None:
            self._columns = dict(columns)
            found = order_column(header)
            if found is not None:
                self._columns["order_id"] = found
        return self.run_id

    def key_getter(self) -> tuple[int, Any]:
        """(width, getter) picking the key fields out of a row's cells padded with one
        "" at index `width` (for the fields the file does not have)."""
        width = max(self._columns.values(), default=-1) + 1
        return width, itemgetter(*[self._columns.get(name, width) for name in KEY_FIELDS])

    def writer(self, inner: Writer) -> RecordingWriter:
        return RecordingWriter(self, inner)

    def record_check(self, shipment: Shipment, result: Result) -> None:
        row: RowRecord = (
            1,
            "",
            shipment.description,
            shipment.consignee,
            shipment.end_user,
            shipment.country,
            result.understood.date.isoformat(),
            result.status.value,
            None,
        )
        add_rows(self.connection(), self.run_id, [row], hit_records(self.run_id, 1, result.hits))

    def record_outcomes(
        self, outcomes: Iterable[OutcomeT], counts: Counter[str]
    ) -> Iterator[OutcomeT]:
        """Record screened rows (`screen eval`) as they stream by, in chunks, counting
        their statuses into `counts`."""
        rows = RowBuffer(self)
        for outcome in outcomes:
            rows.add(
                outcome.number,
                outcome.cells,
                outcome.status.value,
                outcome.hits,
                outcome.error,
                outcome.raw,
            )
            counts[outcome.status.value] += 1
            yield outcome
        rows.flush()

    def finish(self, counts: Mapping[str, int]) -> None:
        finish_run(self.connection(), self.run_id, counts)
        self.close()


class RowBuffer:
    """Rows and hits waiting to be written, flushed as one chunk every `FLUSH_ROWS`
    rows: the key fields as JSON, and the input records as CSV text (the line read
    when the loop has it, else the cells written back with the run's delimiter)."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.run_id = recorder.run_id
        self.width, self.keys = recorder.key_getter()
        self.rows: list[RowRecord] = []
        self.hits: list[HitRecord] = []
        self.lines: list[str] = []
        self._text = io.StringIO()
        self._csv = csv.writer(self._text, delimiter=recorder.delimiter, lineterminator="\n")

    def add(
        self,
        number: int,
        cells: list[str],
        status: str,
        hits: tuple[Hit, ...] = (),
        error: str | None = None,
        raw: str = "",
    ) -> None:
        if error is not None:  # undecodable bytes are kept as replacement characters
            cells, raw = [printable(c) for c in cells], printable(raw)
        width, count = self.width, len(cells)
        if count == width:
            padded = [*cells, ""]
        elif count > width:
            padded = [*cells[:width], ""]
        else:
            padded = [*cells, *[""] * (width + 1 - count)]
        self.rows.append((number, *self.keys(padded), status, error))
        if raw:  # the last line of a file may lack its newline
            self.lines.append(raw if raw[-1] == "\n" else raw + "\n")
        else:
            self._csv.writerow(cells)
            self.lines.append(self._text.getvalue())
            self._text.seek(0)
            self._text.truncate()
        if hits:
            self.hits.extend(hit_records(self.run_id, number, hits))
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            add_rows(
                self.recorder.connection(), self.run_id, self.rows, self.hits, "".join(self.lines)
            )
            self.rows, self.hits, self.lines = [], [], []


class RecordingWriter:
    """A batch `Writer` that records every row it writes."""

    def __init__(self, recorder: Recorder, inner: Writer) -> None:
        self.inner = inner
        self.buffer = RowBuffer(recorder)

    def write_header(self) -> None:
        self.inner.write_header()

    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        self.inner.write_clear(number, cells, raw)
        self.buffer.add(number, cells, "clear", (), None, raw)

    def write(self, outcome: Outcome) -> None:
        self.inner.write(outcome)
        self.buffer.add(
            outcome.number,
            outcome.cells,
            outcome.status.value,
            outcome.hits,
            outcome.error,
            outcome.raw,
        )

    def finish(self) -> None:
        self.inner.finish()
        self.buffer.flush()
