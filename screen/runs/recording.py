"""Record runs in the audit trail: what was screened, against what, with what result.

A `Recorder` starts a run (rulebook, lists, thresholds, input), wraps the batch
writer so that every row written is also recorded (`RecordingWriter`: rows
gathered into chunks, `rowrecords.py`), records a `check` or the outcomes of an
`eval`, and stamps the run's end with its counts.  Only the process that started
the run writes to the database, on a thread of its own (`chunkwriter.py`: a chunk
is thousands of rows, so the thread costs few switches of Python's lock, and
SQLite's work and its waits on the disk overlap the screening); a worker process
keeps its chunks (`take_chunks`) and returns them with its rendered rows for the
parent to write, and a Dask partition its rows as a part (`add_part`).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from screen.engine import Screener
from screen.io.columns import order_column
from screen.io.writers import Outcome, Writer
from screen.models import Result, Shipment
from screen.records.database import connect
from screen.records.trail import (
    RECORDED_FIELDS,
    ChunkRecord,
    HitRecord,
    ListUsed,
    NewPart,
    NewRun,
    add_chunk,
    add_part,
    finish_run,
    record_run,
    start_run,
)
from screen.runs.chunkwriter import ChunkWriter
from screen.runs.rowrecords import Layout, RecordingWriter, RowRecorder, hit_records
from screen.version import __version__

OutcomeT = TypeVar("OutcomeT", bound=Outcome)

KEY_FIELDS = RECORDED_FIELDS[:6]  # the columns of a `check` run's export
# A check leaves the write-ahead log to the next run unless it has grown past this
# size (about nine checks' worth): then it closes the connection, which, when it is
# the last, check-points the log and deletes it.  Each new process reads the whole
# log back (its index is rebuilt when no other connection holds it).
CHECK_WAL_BYTES = 1 << 20


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


def new_run(command: str, options: Mapping[str, Any], screener: Screener) -> NewRun:
    """What a run records when it starts: who ran what, with which rulebook."""
    user, host = user_and_host()
    rulebook = screener.rulebook
    return NewRun(
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
    )


def user_and_host() -> tuple[str, str]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return user, socket.gethostname()


def layout_of(header: list[str], columns: Mapping[str, int]) -> tuple[int | None, ...]:
    """Where each of `RECORDED_FIELDS` stands in a row's array (0 is the status)."""
    found = dict(columns)
    order = order_column(header)
    if order is not None:
        found["order_id"] = order
    return tuple(None if (c := found.get(name)) is None else c + 1 for name in RECORDED_FIELDS)


class PartRows(NamedTuple):
    """A part of a run in parts as its worker hands it back: its index, row count,
    what it read and wrote, and its rows as chunks numbered from 1."""

    part: int
    rows: int
    input_name: str
    sha256: str | None
    header: list[str]
    delimiter: str
    output_name: str
    layout: tuple[int | None, ...]
    chunks: list[ChunkRecord]


class Recorder:
    """One run in the records database at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.run_id = 0
        self._connections: dict[int, sqlite3.Connection] = {}
        self._width = 0
        self.delimiter = ","
        self._owner = os.getpid()  # the process that writes to the database
        self._rows: tuple[int, RowRecorder] | None = None  # (process id, its rows)
        self._kept: list[ChunkRecord] = []  # a worker's chunks, for its parent
        self._writer: ChunkWriter | None = None  # writes the owner's chunks

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
        run = new_run(command, options, screener)._replace(
            input_name=input_name,
            input_sha256=file_sha256(input_name) if input_name else None,
            input_header=json.dumps(header, ensure_ascii=False) if header is not None else None,
            input_delimiter=delimiter,
        )
        if header is not None and columns is not None:
            self._width = len(header)
            run = run._replace(layout=layout_of(header, columns))
        self.run_id = start_run(self.connection(), run, lists_used(screener))
        self._next = 1  # the first row of the next part (a run in parts)
        self._owner = os.getpid()
        self.delimiter = delimiter or ","
        return self.run_id

    def add_part(self, part: PartRows) -> None:
        """Write a part of a run in parts (a Dask partition, handed back by its
        worker): its rows numbered on after the parts written before it."""
        offset = self._next - 1
        rows = part.rows
        self._next += rows
        connection = self.connection()
        header = json.dumps(part.header, ensure_ascii=False)
        last = offset + rows
        found = NewPart(part.part, offset + 1, last, part.input_name, part.sha256, header,
                        part.delimiter, part.output_name, part.layout)  # fmt: skip
        add_part(connection, self.run_id, found)
        for chunk in part.chunks:
            hits: list[HitRecord] = [(h[0], h[1] + offset, *h[2:]) for h in chunk.hits]
            moved = chunk._replace(
                first_row=chunk.first_row + offset, last_row=chunk.last_row + offset, hits=hits
            )
            add_chunk(connection, self.run_id, moved)

    def layout(self) -> Layout:
        return Layout(self.run_id, self._width, self.delimiter)

    def rows(self) -> RowRecorder:
        """The rows this process records (a forked worker gathers its own)."""
        pid = os.getpid()
        if self._rows is None or self._rows[0] != pid:
            self._rows = (pid, RowRecorder(self.layout(), self.submit))
        return self._rows[1]

    def writer(self, inner: Writer) -> RecordingWriter:
        """`inner`, recording every row it writes."""
        return RecordingWriter(inner, self.rows())

    def submit(self, chunk: ChunkRecord) -> None:
        """Write a chunk of rows (in the process that started the run); a worker
        process keeps it for `take_chunks`."""
        if os.getpid() != self._owner:
            self._kept.append(chunk)
            return
        if self._writer is None:  # started here: after any fork of worker processes
            connection, run_id = self.connection(), self.run_id
            self._writer = ChunkWriter(lambda found: add_chunk(connection, run_id, found))
        self._writer.put(chunk)

    def take_chunks(self) -> list[ChunkRecord]:
        """In a worker process, after each chunk of input: its rows, as chunks."""
        self.rows().flush()
        kept, self._kept = self._kept, []
        return kept

    def record_check(
        self, options: Mapping[str, Any], screener: Screener, shipment: Shipment, result: Result
    ) -> int:
        """Record a whole `check` (its start, its row and hits, its end) in one
        transaction; its id.  The connection stays open while the write-ahead log is
        under CHECK_WAL_BYTES: the command's process ends next (`cli/finish.py`) and
        leaves the log for the next run to append to, where closing the last
        connection check-pointed the log and deleted it, and the next run made it
        anew (about 20 ms a check on ext4)."""
        run = new_run("check", options, screener)
        self.run_id = record_run(
            self.connection(),
            run,
            lists_used(screener),
            lambda run_id: self._check_row(run_id, shipment, result),
            {result.status.value: 1},
        )
        with contextlib.suppress(OSError):  # no log: nothing to check-point
            if os.stat(f"{self.path}-wal").st_size > CHECK_WAL_BYTES:
                self.close()
        return self.run_id

    def _check_row(self, run_id: int, shipment: Shipment, result: Result) -> ChunkRecord:
        fields = (
            result.status.value,
            "",
            shipment.description,
            shipment.consignee,
            shipment.end_user,
            shipment.country,
            result.understood.date.isoformat(),
            shipment.direction.value,
        )
        rows = json.dumps([fields], ensure_ascii=False, separators=(",", ":"))
        return ChunkRecord(1, 1, rows, None, hit_records(run_id, 1, result.hits, {}))

    def record_outcomes(
        self, outcomes: Iterable[OutcomeT], counts: Counter[str]
    ) -> Iterator[OutcomeT]:
        """Record screened rows (`screen eval`) as they stream by, in chunks, counting
        their statuses into `counts`."""
        rows = self.rows()
        for outcome in outcomes:
            rows.add_outcome(outcome)
            counts[outcome.status.value] += 1
            yield outcome

    def stop(self) -> None:
        """Write the rows recorded so far (also when the run fails)."""
        if self._rows is not None and self._rows[0] == os.getpid():
            self._rows[1].flush()
        writer, self._writer = self._writer, None
        if writer is not None and os.getpid() == self._owner:
            writer.close()

    def finish(self, counts: Mapping[str, int]) -> None:
        """Stamp the run's end and counts once every chunk is written."""
        self.stop()
        finish_run(self.connection(), self.run_id, counts)
        self.close()
