"""Screened rows gathered into chunks for the audit trail, at little cost per row.

A row is recorded as its status followed by its cells (the view `screened_rows`
picks the key fields out by the run's layout).  Most rows of a batch are plain
clear rows: the fused path hands them over in blocks of consecutive rows with the
text they were read from, and a block of plain lines becomes JSON by replacing
its delimiters and line ends (`rowjson.block_json`), a few passes in C.  Other
rows are kept one by one (cells and line) and encoded `BATCH_ROWS` at a time, in
C too (`rowjson.rows_json`): a few hundred at a time lets their cells go while
they are still in the processor's cache.  Every `ROWS_PER_CHUNK` rows the text
goes to `submit` as one chunk: to the database's writing thread, or (in a worker
process) back with the worker's result.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from itertools import repeat
from operator import add
from typing import NamedTuple

from screen.io.writers import Outcome, Writer, printable
from screen.models import Hit, Source
from screen.records.rowjson import block_json, dumps, rows_json
from screen.records.trail import ChunkRecord, HitRecord

ROWS_PER_CHUNK = 5000  # rows per chunk (one transaction)
BATCH_ROWS = 500  # rows encoded at a time
CLEAR = ["clear"]  # a plain clear row's status, before its cells


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

    def add_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        """A plain clear row (`raw`: the text it was read from)."""
        if not self._cells:
            self._batch_first = number
        self._cells.append(cells)
        self._lines.append(raw or self._as_text(cells))
        if len(self._cells) >= BATCH_ROWS:
            self._encode()

    def add_block(self, first: int, cells: list[list[str]], text: str) -> None:
        """Consecutive plain clear rows from row `first` on: their cells, and `text`,
        the lines they were read from."""
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
            return
        rows = ",".join(self._json)
        chunk = ChunkRecord(
            self._first,
            self._first + self._count - 1,
            f"[{rows}]",
            "".join(self._input),
            self._hits,
            dumps(self._errors) if self._errors else None,
        )
        self._count, self._json, self._input, self._errors, self._hits = 0, [], [], {}, []
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
