"""The fused path: rows that are plainly clear, decided and written in a few steps.

Most order rows hold nothing any rule could match.  For a chunk of text with no
quote character, no NUL and no carriage return outside a CRLF line end, the csv
module reads every line as exactly `line.split(delimiter)` (and an empty line as
no cells), so such a chunk is split instead of parsed.  Each row is then decided
from the verdicts on its description, consignee, date, direction and country, each
cached per value (`verdicts.py`).

A row whose verdicts are all non-zero, with something visible in the
description or the consignee, is clear for sure; when it is also plain ASCII and
no cell starts like a formula, its own line plus the clear columns is the output
row, as `CsvWriter.write_clear` would write it.  Every other row (something to
find, an HS code, end user or address filled in, a wrong width, non-ASCII text, a
formula prefix) takes the full path: `RowScreener.screen` and the writer, exactly
as before.  A chunk whose every line is plain is decided column by column
(`clearblock.py`), others line by line.  `tests/test_fused.py` checks that the
paths write the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import re
import time
from collections.abc import Callable, Iterator
from typing import IO

from screen.io.chunks import RawChunk
from screen.io.orders import OrderFile, parse_text
from screen.io.rowtext import MAX_FIELD_CHARS, OrderRow, row_error
from screen.io.writers import CsvWriter, Writer, safe_cells
from screen.runs.clearblock import FORMULA_STARTS, Core, join_block, not_clear, split_block
from screen.runs.lines import drain, formula_after, hand_over, one_line_record, split_lines
from screen.runs.rowrecords import RecordingWriter, RowRecorder
from screen.runs.rows import RowScreener, Summary
from screen.runs.stream import Progress, screen_into
from screen.runs.verdicts import Tables, Verdicts

_FORMULA = frozenset(FORMULA_STARTS)
STEP_CHARS = 1 << 16  # one process: small steps keep a progress bar moving


def render_file(
    path: ClearPath,
    source: OrderFile,
    stream: IO[str],
    make_writer: Callable[[IO[str]], Writer],
    summary: Summary,
    progress: Progress | None = None,
) -> None:
    """Screen an order file in this process, in steps of `STEP_CHARS`, into `stream`."""
    side = io.StringIO()
    for chunk in source.raw_chunks(STEP_CHARS):
        stream.write(path.render(chunk, make_writer, side, summary))
        if progress:
            progress(summary.rows, time.perf_counter() - summary.started)


@contextlib.contextmanager
def _text_piece(as_text: RowRecorder | None, failed: Callable[[], int]) -> Iterator[None]:
    """Close the piece of a chunk kept as text (`RowRecorder.begin_text`) once its
    rows are written; on a failure, with the rows before the one `failed` gives."""
    try:
        yield
    except BaseException:
        if as_text is not None:
            as_text.end_text(failed())
        raise
    if as_text is not None:
        as_text.end_text()


def line_suffix(writer: Writer) -> str | None:
    """The text a plainly clear row's own line is followed by, or None when this
    writer does not write clear rows as their lines (JSON Lines, a workbook, a
    delimiter other than a comma)."""
    if isinstance(writer, RecordingWriter):
        writer = writer.inner
    return writer.line_suffix if isinstance(writer, CsvWriter) else None


class ClearPath(Verdicts):
    """Renders chunks, writing plainly clear rows as their own lines."""

    def __init__(
        self,
        row_screener: RowScreener,
        suffix: str,
        share: bool = False,
        tables: Tables | None = None,
    ) -> None:
        """`tables`: verdict tables to use and fill, kept from an earlier run with the
        same screener (a verdict depends on the value and the screener alone)."""
        super().__init__(row_screener, share, tables)
        self.suffix = suffix

    def render(
        self,
        chunk: RawChunk,
        make_writer: Callable[[IO[str]], Writer],
        side: IO[str],
        summary: Summary,
    ) -> str:
        """The chunk's output rows as text; `side` is a scratch buffer for the
        writer of rows that take the full path."""
        writer = make_writer(side)
        # a recorded run: the chunk kept as its text (rows not clear noted as they
        # are written), else rows written as their line recorded in blocks of
        # consecutive rows (`kept`) handed over before any other row is written
        recorded = writer.rows if isinstance(writer, RecordingWriter) else None
        kept: list[list[str]] = []
        lines = split_lines(chunk.text, chunk.delimiter)
        if lines is None or chunk.width < self.rows.width:
            screen_into(self.rows, parse_text(chunk), writer, summary)
            return drain(side)
        parts: list[str] = []
        delimiter, width, suffix = chunk.delimiter, chunk.width, self.suffix
        # one scan of the chunk each: most chunks need no check per line
        text = chunk.text
        check_ascii = not text.isascii()
        fields = self.rows.getter(width)  # the padding "" appended at index `width`
        core = self.rows.core_getter(width)  # when the file has no extra field
        describe_get, party_get = self.tables[0].get, self.tables[1].get
        clear = 0
        pieces, ending, mixed = lines
        last = len(pieces) - 1
        rows = last + bool(pieces[last])
        as_text = (
            recorded if recorded and recorded.begin_text(chunk.first_row, text, rows) else None
        )
        if as_text is not None:
            recorded = None
        columns = self.rows.core_columns(width)
        if (
            recorded is None
            and columns is not None
            and not (mixed or check_ascii)
            and (len(text) <= MAX_FIELD_CHARS or max(map(len, pieces)) <= MAX_FIELD_CHARS)
        ):
            block = pieces[:rows]
            split = split_block(block, delimiter, width, '"' in text)
            if split is not None:  # (None also when a cell starts like a formula)
                ends = (ending, len(pieces) - 1)
                return self._render_block(
                    chunk, block, split, columns, ends, writer, side, summary, as_text
                )
        formula = re.compile(f"{re.escape(delimiter)}[=+\\-@\t]").search
        check_formula = text[:1] in _FORMULA or formula_after(text, delimiter)
        index = 0
        with _text_piece(as_text, lambda: index):
            for index, piece in enumerate(pieces):
                line = piece[:-1] if mixed and piece.endswith("\r") else piece
                if not line:
                    if index == last:
                        break  # the text ended with a line end: no row after it
                    cells = []
                else:
                    if '"' in line:
                        record = one_line_record(line, delimiter)
                        if record is None:  # a quoted field runs on (or odd quoting): parse
                            if kept:
                                hand_over(recorded, kept, chunk.first_row, pieces, index, ending)
                            rest = RawChunk(
                                chunk.first_row + index,
                                chunk.first_line + index,
                                ending.join(pieces[index:]),
                                delimiter,
                                width,
                            )
                            screen_into(self.rows, parse_text(rest), writer, summary)
                            parts.append(drain(side))
                            break
                        cells = record
                        safe = safe_cells(cells) is cells
                    else:
                        cells = line.split(delimiter)
                        safe = not check_formula or not (line[0] in _FORMULA or formula(line))
                    if (
                        len(cells) == width
                        and safe
                        and len(line) <= MAX_FIELD_CHARS
                        and (not check_ascii or line.isascii())
                    ):
                        if core is not None:
                            desc, consignee, country, date, direction = core(cells)
                            extra = False
                        else:
                            cells.append("")
                            desc, consignee, country, date, direction, hs, user, addr = fields(
                                cells
                            )
                            cells.pop()
                            extra = bool(hs or user or addr)
                        d = describe_get(desc)
                        if d is None:
                            d = self._field(0, desc, "description")
                        if d:
                            c = party_get(consignee)
                            if c is None:
                                c = self._field(1, consignee, "consignee")
                            if (
                                c
                                and (d | c) & 2
                                and self._readable(date, direction, country)
                                and (not extra or self.rows.plain_clear(cells))
                            ):
                                parts.append(line + suffix)
                                clear += 1
                                if recorded is not None:
                                    kept.append(cells)
                                continue
                if kept:
                    hand_over(recorded, kept, chunk.first_row, pieces, index, ending)
                raw = piece if index == last else piece + ending
                row = OrderRow(chunk.first_row + index, cells, row_error(cells, width), raw)
                parts.append(self._full(row, writer, side, summary))
        if kept:  # the last piece, when not empty, is a row
            end = last + 1 if pieces[last] else last
            hand_over(recorded, kept, chunk.first_row, pieces, end, ending)
        summary.rows += clear
        summary.clear_rows += clear
        return "".join(parts)

    def _render_block(
        self,
        chunk: RawChunk,
        lines: list[str],
        split: tuple[list[list[str]], list[int]],
        columns: Core,
        ends: tuple[str, int],
        writer: Writer,
        side: IO[str],
        summary: Summary,
        as_text: RowRecorder | None,
    ) -> str:
        """A chunk whose every line is plain and a whole record as wide as the
        header (`split`: the cells of the lines column by column, and the lines that
        take the full path whatever their verdicts), decided column by column
        (`clearblock.py`): its
        rows that are not plainly clear take the full path, the runs of clear rows
        between them are written at once.  `ends`: the line end, and the index of
        the last piece of the chunk's text (the one row, if any, that has no line end)."""
        ending, last = ends
        cells, forced = split
        bad = not_clear(cells, forced, columns, self.tables, self._field, self._context)
        at = 0  # the row on the full path

        def full(index: int) -> str:
            nonlocal at
            at, row = index, [column[index] for column in cells]
            raw = lines[index] + ending if index < last else lines[index]
            number = chunk.first_row + index
            order = OrderRow(number, row, row_error(row, chunk.width), raw)
            return self._full(order, writer, side, summary)

        with _text_piece(as_text, lambda: at):
            text = join_block(lines, bad, self.suffix, full)
        clear = len(lines) - len(bad)
        summary.rows += clear
        summary.clear_rows += clear
        return text

    def _full(self, row: OrderRow, writer: Writer, side: IO[str], summary: Summary) -> str:
        """A row screened on the full path and written: its output text."""
        outcome = self.rows.screen(row)
        writer.write(outcome)
        summary.add(outcome)
        return drain(side)
