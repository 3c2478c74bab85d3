"""The fused path: rows that are plainly clear, decided and written in a few steps.

Most order rows hold nothing any rule could match.  For a chunk of text with no
quote character, no NUL and no carriage return outside a CRLF line end, the csv
module reads every line as exactly `line.split(delimiter)` (and an empty line as
no cells), so such a chunk is split instead of parsed.  Each row is then decided
with three lookups, the verdicts `RowScreener.plain_clear` gives, cached per value:

* the description: something to find (0), nothing and nothing visible (1), or
  nothing and something visible (2);
* the consignee: the same;
* the date, direction and country together: readable, and the country names
  nothing a rule could match.

A row whose three verdicts are all non-zero, with something visible in the
description or the consignee, is clear for sure; when it is also plain ASCII and
no cell starts like a formula, its own line plus the clear columns is the output
row, as `CsvWriter.write_clear` would write it.  Every other row (something to
find, an HS code, end user or address filled in, a wrong width, non-ASCII text, a
formula prefix) takes the full path: `RowScreener.screen` and the writer, exactly
as before.  `tests/test_fused.py` checks that both paths write the same bytes.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from typing import IO

from screen.io.chunks import RawChunk
from screen.io.orders import OrderFile, parse_text
from screen.io.rowtext import MAX_FIELD_CHARS, OrderRow, row_error
from screen.io.writers import CsvWriter, Writer, safe_cells
from screen.runs.lines import drain, hand_over, one_line_record, split_lines
from screen.runs.rowrecords import RecordingWriter
from screen.runs.rows import RowScreener, Summary
from screen.runs.stream import Progress, screen_into
from screen.text.visible import has_visible

_FORMULA = frozenset("=+-@\t")  # what a cell a spreadsheet would run starts with
STEP_CHARS = 1 << 16  # one process: small steps keep a progress bar moving
VERDICTS_KEPT = 200_000  # values remembered per verdict table: memory stays flat

# One verdict learned on a miss: (table, value, verdict); tables 0 description,
# 1 consignee, 2 (date, direction, country).  Workers pass these on to each other.
Learned = tuple[int, object, int]


Tables = tuple[dict[object, int], dict[object, int], dict[object, int]]


def new_tables() -> Tables:
    """Empty verdict tables: descriptions, consignees, (date, direction, country)."""
    return ({}, {}, {})


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


def line_suffix(writer: Writer) -> str | None:
    """The text a plainly clear row's own line is followed by, or None when this
    writer does not write clear rows as their lines (JSON Lines, a workbook, a
    delimiter other than a comma)."""
    if isinstance(writer, RecordingWriter):
        writer = writer.inner
    return writer.line_suffix if isinstance(writer, CsvWriter) else None


class ClearPath:
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
        self.rows = row_screener
        self.suffix = suffix
        self.tables = tables or new_tables()
        self.share = share  # keep what was learned on misses, for other workers
        self.learned: list[Learned] = []

    def absorb(self, learned: list[Learned]) -> None:
        """Verdicts another worker computed (each a pure function of its value)."""
        tables = self.tables
        for table, key, verdict in learned:
            tables[table][key] = verdict

    def _field(self, table: int, text: str, field: str) -> int:
        nothing = self.rows.screener.nothing_to_find
        if field == "description":
            found = not nothing(text, "", "", "")
        else:
            found = not nothing("", "", text, "")
        verdict = 0 if found else 2 if has_visible(text) else 1
        return self._keep(table, text, verdict)

    def _context(self, key: tuple[str, str, str]) -> int:
        date, direction, country = key
        ok = self.rows.readable(date, direction, country) and self.rows.screener.nothing_to_find(
            "", "", "", country
        )
        return self._keep(2, key, int(ok))

    def _keep(self, table: int, key: object, verdict: int) -> int:
        cache = self.tables[table]
        if len(cache) >= VERDICTS_KEPT:
            cache.clear()
        cache[key] = verdict
        if self.share:
            self.learned.append((table, key, verdict))
        return verdict

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
        formula = re.compile(f"{re.escape(delimiter)}[=+\\-@\t]").search
        anywhere = re.compile(f"[\n{re.escape(delimiter)}][=+\\-@\t]").search
        check_formula = text[:1] in _FORMULA or bool(anywhere(text))
        check_ascii = not text.isascii()
        fields = self.rows.getter(width)  # the padding "" appended at index `width`
        core = self.rows.core_getter(width)  # when the file has no extra field
        describe, party, context = self.tables
        describe_get, party_get, context_get = describe.get, party.get, context.get
        clear = 0
        pieces, ending, mixed = lines
        last = len(pieces) - 1
        rows = last + bool(pieces[last])
        as_text = (
            recorded if recorded and recorded.begin_text(chunk.first_row, text, rows) else None
        )
        if as_text is not None:
            recorded = None
        try:
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
                            if c and (d | c) & 2:
                                k = context_get((date, direction, country))
                                if k is None:
                                    k = self._context((date, direction, country))
                                if k and (not extra or self.rows.plain_clear(cells)):
                                    parts.append(line + suffix)
                                    clear += 1
                                    if recorded is not None:
                                        kept.append(cells)
                                    continue
                if kept:
                    hand_over(recorded, kept, chunk.first_row, pieces, index, ending)
                raw = piece if index == last else piece + ending
                number = chunk.first_row + index
                outcome = self.rows.screen(OrderRow(number, cells, row_error(cells, width), raw))
                writer.write(outcome)
                summary.add(outcome)
                parts.append(drain(side))
        except BaseException:
            if as_text is not None:
                as_text.end_text(index)  # the rows before the one that failed
            raise
        if as_text is not None:
            as_text.end_text()
        if kept:  # the last piece, when not empty, is a row
            end = last + 1 if pieces[last] else last
            hand_over(recorded, kept, chunk.first_row, pieces, end, ending)
        summary.rows += clear
        summary.clear_rows += clear
        return "".join(parts)
