"""Screened rows gathered into chunks for the audit trail, at little cost per row.

Most rows of a batch are plain clear rows, and most chunks of text the fused path
screens are lines of cells joined by the delimiter: such a chunk is kept as its
text alone (`begin_text`), with the status, error and hits of each row that is
not clear, and the few lines the database could not read as JSON by replacing
their delimiters (a quote, a backslash, a control character) beside it with their
cells (`rowjson.text_rows`; the view `screened_rows` reads the rest).  Nothing is
done per clear row.  Otherwise a row is recorded as its status followed by its
cells: blocks of plain lines handed over by the fused path are encoded from their
text (`rowjson.block_json`), other rows one by one, `BATCH_ROWS` at a time, in C
(`rowjson.rows_json`).  Every `ROWS_PER_CHUNK` rows go to `submit` as one chunk:
written by the process that started the run, or (in a worker process) handed
back with the worker's result.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from itertools import repeat
from operator import add

from screen.io.writers import Outcome, Writer, printable
from screen.models import Hit, Source
from screen.records.rowjson import block_json, dumps, rows_json, text_rows
from screen.records.trail import ChunkRecord, HitRecord
from screen.tuples import NamedTuple

ROWS_PER_CHUNK = 5000  # rows per chunk (one transaction)
BATCH_ROWS = 500  # rows encoded at a time
CLEAR = ["clear"]  # a plain clear row's status, before its cells
TEXT, OPEN = 1, 2  # a chunk kept as text; a piece of it open (`RowRecorder.begin_text`)


def hit_records(
    run_id: int, row: int, hits: Iterable[Hit], sources: dict[int, tuple[Source, str]]
) -> list[HitRecord]:
    """The hits of a row as the database keeps them; `sources` caches each source's
    JSON (a rule's hits share one source object)."""
    records: list[HitRecord] = []
    for position, h in enumerate(hits, 1):
        known = sources.get(id(h.source))
        if known is None or known[0] is not h.source:
            known = sources[id(h.source)] = (h.source, dumps(h.source.as_dict()))
        records.append(
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
                known[1],
                h.cleared,
            )
        )
    return records


class Layout(NamedTuple):
    """A run's rows: `width` is the header's width, `delimiter` how a row with no
    line read (a workbook's, a flagged row's) is written back as text."""

    run_id: int
    width: int
    delimiter: str


class RowRecorder:
    """Rows of one run, handed to `submit` in chunks of `ROWS_PER_CHUNK`: each row
    as its status then its cells."""

    def __init__(self, layout: Layout, submit: Callable[[ChunkRecord], None]) -> None:
        self.run_id = layout.run_id
        self.width = layout.width
        self.delimiter = layout.delimiter
        self._submit = submit
        self._text = io.StringIO()
        self._csv = csv.writer(self._text, delimiter=layout.delimiter, lineterminator="\n")
        self._sources: dict[int, tuple[Source, str]] = {}
        # the rows not yet encoded: from row `_batch_first` on
        self._batch_first = 0
        self._cells: list[list[str]] = []
        self._lines: list[str] = []
        self._others: dict[int, list[str]] = {}  # position: a row not plain clear
        # the chunk so far: rows `_first` on, `_count` of them, encoded
        self._first = 0
        self._count = 0
        self._json: list[str] = []
        self._input: list[str] = []
        self._errors: dict[str, str] = {}  # index in the chunk: error
        self._hits: list[HitRecord] = []
        # a chunk of rows kept as text (`begin_text`): TEXT, with a piece open: OPEN
        self._mode = 0
        self._statuses: dict[str, str] = {}
        self._read: dict[str, list[str]] = {}  # index: a line not read as JSON, cells
        self._piece = 0  # the open piece's rows

    def begin_text(self, first: int, text: str, rows: int) -> bool:
        """Keep the `rows` rows of `text` (one per line, from row `first` on; no NUL
        nor lone CR) as the text itself when the database can read them from it
        (`rowjson.text_rows`); then,
        until `end_text`, a clear row is not kept at all and any other row only with
        its status, error and hits.  False: record them row by row."""
        found = text_rows(text, self.delimiter)
        if found is None:
            return False
        self._encode()
        if self._count and (not self._mode or not self._input[-1].endswith("\n")):
            self.flush()  # rows kept as JSON before (or a text that ends mid-line)
        if not self._count:
            self._first = first
        blanked, read = found
        offset = first - self._first
        for index, record in read.items():
            self._read[str(offset + index)] = record
        self._input.append(blanked)
        self._piece = rows
        self._mode = OPEN
        return True

    def end_text(self, done: int | None = None) -> None:
        """Close the piece `begin_text` opened; `done`: only its first rows were
        screened (the run failed)."""
        rows = self._piece if done is None else min(done, self._piece)
        if rows < self._piece:
            kept = self._input[-1].split("\n")[:rows]
            self._input[-1] = "".join(line + "\n" for line in kept)
            last = self._count + rows
            self._read = {k: v for k, v in self._read.items() if int(k) < last}
        self._count += rows
        self._mode = TEXT
        if self._count >= ROWS_PER_CHUNK:
            self.flush()

    def add_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        """A plain clear row (`raw`: the text it was read from)."""
        if self._mode:
            if self._mode == OPEN:
                return
            self.flush()
        if not self._cells:
            self._batch_first = number
        self._cells.append(cells)
        self._lines.append(raw or self._as_text(cells))
        if len(self._cells) >= BATCH_ROWS:
            self._encode()

    def add_block(self, first: int, cells: list[list[str]], text: str) -> None:
        """Consecutive plain clear rows from row `first` on: their cells, and `text`,
        the lines they were read from."""
        if self._mode:
            self.flush()
        found = block_json(text, len(cells), self.width, self.delimiter, "clear")
        if found is None:  # encoded from the cells
            if not self._cells:
                self._batch_first = first
            self._cells.extend(cells)
            self._lines.append(text)
            if len(self._cells) >= BATCH_ROWS:
                self._encode()
            return
        self._encode()  # the rows before it first
        self._append(first, len(cells), found, text)

    def add(
        self,
        number: int,
        cells: list[str],
        status: str,
        hits: tuple[Hit, ...] = (),
        error: str | None = None,
        raw: str = "",
    ) -> None:
        """Any row, with its status, hits and error."""
        if self._mode:
            if self._mode == OPEN:
                self._note(number - self._first, number, status, hits, error)
                return
            self.flush()
        if error is not None:  # undecodable bytes are kept as replacement characters
            cells, raw = [printable(c) for c in cells], printable(raw)
            self._errors[str(self._count + len(self._cells))] = error
        if not self._cells:
            self._batch_first = number
        self._others[len(self._cells)] = [status, *cells]
        self._cells.append(cells)
        self._lines.append(raw or self._as_text(cells))
        if hits:
            self._hits.extend(hit_records(self.run_id, number, hits, self._sources))
        if len(self._cells) >= BATCH_ROWS:
            self._encode()

    def _note(
        self, index: int, number: int, status: str, hits: tuple[Hit, ...], error: str | None
    ) -> None:
        """A row of an open text piece: its status, error and hits."""
        if status != "clear":
            self._statuses[str(index)] = status
        if error is not None:
            self._errors[str(index)] = error
        if hits:
            self._hits.extend(hit_records(self.run_id, number, hits, self._sources))

    def add_outcome(self, outcome: Outcome) -> None:
        self.add(
            outcome.number,
            outcome.cells,
            outcome.status.value,
            outcome.hits,
            outcome.error,
            outcome.raw,
        )

    def flush(self) -> None:
        """Hand the rows gathered so far to `submit` as one chunk."""
        self._encode()
        if not self._count:
            self._mode, self._input, self._read = 0, [], {}
            return
        chunk = ChunkRecord(
            self._first,
            self._first + self._count - 1,
            None if self._mode else f"[{','.join(self._json)}]",
            "".join(self._input),
            self._hits,
            dumps(self._errors) if self._errors else None,
            dumps(self._statuses) if self._statuses else None,
            dumps(self._read) if self._read else None,
        )
        self._count, self._json, self._input, self._errors, self._hits = 0, [], [], {}, []
        self._mode, self._statuses, self._read = 0, {}, {}
        self._submit(chunk)

    def _encode(self) -> None:
        """Encode the rows gathered one by one."""
        cells = self._cells
        if not cells:
            return
        rows = list(map(add, repeat(CLEAR), cells))
        found = rows_json(rows, self.width + 1, self._others)[1:-1]
        lines = "".join(self._lines)
        self._cells, self._lines, self._others = [], [], {}
        self._append(self._batch_first, len(rows), found, lines)

    def _append(self, first: int, count: int, rows: str, text: str) -> None:
        """Encoded rows, from row `first` on; a chunk is full: submit it."""
        if not self._count:
            self._first = first
        self._count += count
        self._json.append(rows)
        self._input.append(text)
        if self._count >= ROWS_PER_CHUNK:
            self.flush()

    def _as_text(self, cells: list[str]) -> str:
        self._csv.writerow(cells)
        text = self._text.getvalue()
        self._text.seek(0)
        self._text.truncate()
        return text


class RecordingWriter:
    """A batch `Writer` that records every row it writes into `rows` (shared by the
    writers of one process, so that its chunks run on across the writers of one
    run's steps; the run's recorder flushes it)."""

    def __init__(self, inner: Writer, rows: RowRecorder) -> None:
        self.inner = inner
        self.rows = rows
        self._add_clear = rows.add_clear

    def write_header(self) -> None:
        self.inner.write_header()

    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        self.inner.write_clear(number, cells, raw)
        self._add_clear(number, cells, raw)

    def write(self, outcome: Outcome) -> None:
        self.inner.write(outcome)
        self.rows.add_outcome(outcome)

    def finish(self) -> None:
        self.inner.finish()
