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

A run is `running` from its start.  `finish` closes it as completed; a run that
stops before (a signal, a closed pipe, an error: `close_open_runs`, called where
the command line handles them) is closed as interrupted or failed with the counts
of the rows it recorded, so that its counts always match its rows.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from screen.engine import Screener
from screen.io.writers import Outcome, Writer
from screen.models import Result, Shipment
from screen.records.database import connect, write_faults
from screen.records.trail import (
    RECORDED_FIELDS,
    ChunkRecord,
    HitRecord,
    NewPart,
    add_changes,
    add_chunk,
    add_part,
    finish_run,
    record_run,
    start_run,
)
from screen.runs.rowrecords import Layout, RecordingWriter, RowRecorder, hit_records
from screen.runs.runstart import file_sha256, layout_of, lists_used, new_run
from screen.tuples import NamedTuple

if TYPE_CHECKING:  # (a check writes its one row itself: no thread, no queue)
    from screen.runs.chunkwriter import ChunkWriter

OutcomeT = TypeVar("OutcomeT", bound=Outcome)

KEY_FIELDS = RECORDED_FIELDS[:6]  # the columns of a `check` run's export
# A check leaves the write-ahead log to the next run unless it has grown past this
# size (about nine checks' worth): then it closes the connection, which, when it is
# the last, check-points the log and deletes it.  Each new process reads the whole
# log back (its index is rebuilt when no other connection holds it).
CHECK_WAL_BYTES = 1 << 20


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


_OPEN: list[Recorder] = []  # runs this process started and has not closed


def close_open_runs(status: str) -> None:
    """Close every run this process started and did not finish, with `status`
    (interrupted or failed) and the counts of the rows it recorded."""
    while _OPEN:
        _OPEN.pop().abort(status)


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
        with write_faults(self.path):
            self.run_id = start_run(self.connection(), run, lists_used(screener))
        _OPEN.append(self)
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
        with write_faults(self.path):
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
            connection, run_id, path = self.connection(), self.run_id, self.path

            def write(found: ChunkRecord) -> None:
                with write_faults(path):
                    add_chunk(connection, run_id, found)

            from screen.runs.chunkwriter import ChunkWriter

            self._writer = ChunkWriter(write)
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
        with write_faults(self.path):
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

    def record_rescreen(
        self,
        options: Mapping[str, Any],
        screener: Screener,
        changes: list[dict[str, Any]],
        counts: Mapping[str, int],
    ) -> int:
        """Record a re-screen: a run of command `rescreen` and its changes; its id."""
        self.start("rescreen", options, screener)
        with write_faults(self.path):
            add_changes(self.connection(), self.run_id, changes)
        self.finish(counts)
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
        with write_faults(self.path):
            finish_run(self.connection(), self.run_id, counts)
        if self in _OPEN:
            _OPEN.remove(self)
        self.close()

    def abort(self, status: str) -> None:
        """Close a run that stopped before its end: the rows handed over so far are
        written, and the run gets `status` and the counts of its recorded rows.  A
        database that cannot be written any more leaves the run `running` (the
        cause is what the command reports)."""
        if not self.run_id or os.getpid() != self._owner:
            return
        with contextlib.suppress(Exception):
            self.stop()
        with contextlib.suppress(Exception):  # the run's own failure is what is reported
            connection = self.connection()
            from screen.records.history import recorded_counts

            finish_run(connection, self.run_id, recorded_counts(connection, self.run_id), status)
        with contextlib.suppress(Exception):
            self.close()
