"""Order rows from the text lines of a CSV file, with their raw text; a quote that
runs on over lines where no field of the file could is a stray, and loses no line.

`parse_records` is the one reader of records: `OrderFile.rows` and the workers'
chunks (`parse_text`) read through it, and the chunker (`io/chunks.py`) counts the
rows of a record over several lines with it, so that a file gives the same rows
whether it is read in one piece or in chunks.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterable, Iterator

from screen.tuples import NamedTuple

MAX_FIELD_CHARS = 10_000  # longer cells are refused: no real description is that long
SURROGATE = re.compile("[\udc80-\udcff]")

# A line inside a quoted field is taken for an order when it has the header's number
# of fields give or take one (a missing trailing field, a comma in an unquoted address)
# in files this wide; in narrower ones, where an address line ("Springfield, IL") has
# nearly as many delimiters, only with exactly the header's number and no quote.
MIN_ORDER_WIDTH = 4

csv.field_size_limit(max(MAX_FIELD_CHARS * 100, 1 << 24))


class OrderRow(NamedTuple):
    number: int  # 1-based, header excluded
    cells: list[str]
    error: str | None = None
    raw: str = ""  # the row's text as read (lines and line ends included)


def row_error(cells: list[str], width: int) -> str | None:
    joined = "".join(cells)
    if not joined.strip():
        return "empty row: nothing to screen"
    if len(cells) != width:
        return (
            f"row has {len(cells)} field{'s' if len(cells) != 1 else ''}, the header has "
            f"{width}: check the quoting and the delimiter"
        )
    if len(joined) > MAX_FIELD_CHARS:
        oversized = too_long(cells)
        if oversized:
            return oversized
    if not joined.isascii() and SURROGATE.search(joined):
        return "undecodable bytes in this row: save the file as UTF-8, or pass --encoding"
    return None


def too_long(cells: list[str]) -> str | None:
    """The error of a row with a cell over `MAX_FIELD_CHARS` (a CSV field or a
    workbook cell alike), or None."""
    for index, cell in enumerate(cells):
        if len(cell) > MAX_FIELD_CHARS:
            limit = f"the limit is {MAX_FIELD_CHARS:,}"
            return f"field {index + 1} is {len(cell):,} characters long; {limit}"
    return None


def record_limit(width: int) -> int:
    """The characters a record of `width` fields can take without holding a field
    over `MAX_FIELD_CHARS` (each field quoted, every quote in it doubled)."""
    return width * (2 * FIELD_CHARS[0] + 3) + 2


FIELD_CHARS = [MAX_FIELD_CHARS]  # the limit `record_limit` reckons with (tests lower it)


class RecordTooLong(Exception):
    """A record still open after `record_limit` characters: a quote never closed."""


def recording(source: Iterable[str], lines: list[str], limit: int = 0) -> Iterator[str]:
    """`source`'s lines, each also appended to `lines` (the current record's text,
    emptied by the reader's user after each record).  With a `limit`, asking for
    another line of a record already longer raises `RecordTooLong`."""
    size = 0
    lines_in = iter(source)
    while True:
        if not lines:
            size = 0
        elif limit and size > limit:  # checked before taking a line: none is lost
            raise RecordTooLong
        line = next(lines_in, None)
        if line is None:
            return
        lines.append(line)
        size += len(line)
        yield line


def _never_closed(lines: list[str], delimiter: str) -> bool:
    """Whether a record's text ends inside a quote: a quote opened and never closed,
    so the csv reader ran on to the end of the input."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def runs_over(lines: list[str], cells: list[str], delimiter: str, width: int) -> bool:
    """Whether a record read over several `lines` is a stray quote's doing rather
    than a quoted field with line breaks: it has not the header's number of fields,
    or a strict reader refuses it (a closing quote not followed by a delimiter or a
    line end), or a line inside it looks like an order of its own (`_shaped_like_a_row`)."""
    if len(cells) != width:
        return True
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return True
    return any(_shaped_like_a_row(line, delimiter, width) for line in lines[1:-1])


def _shaped_like_a_row(line: str, delimiter: str, width: int) -> bool:
    """A line that, read alone, has the fields of an order of this file (quotes in it,
    `""` or `12"" bed`, as a csv reader reads them)."""
    text = line.rstrip("\r\n")
    if delimiter not in text:
        return False
    count = len(_first_cells(text, delimiter))
    if width >= MIN_ORDER_WIDTH:
        return abs(count - width) <= 1
    return count == width and '"' not in text


def _first_cells(line: str, delimiter: str) -> list[str]:
    """The cells of a broken record's first line, read alone (split at each
    delimiter when a field of it is over the csv module's limit)."""
    text = line.rstrip("\r\n")
    try:
        return next(csv.reader([text], delimiter=delimiter), [])
    except csv.Error:
        return text.split(delimiter)


MIB = 1 << 20


def unreadable(exc: csv.Error, line: int, lines: list[str]) -> str:
    """The error of a record the csv module refused at `line`: a field over its
    limit (16 MiB: no order has one) says how long the record's text is."""
    if "field limit" not in str(exc):
        return f"cannot read line {line} ({exc})"
    size = sum(map(len, lines)) / MIB
    most = csv.field_size_limit() / MIB
    return (
        f"line {line}: a field of more than {most:.0f} MiB (the row's text is {size:.1f} "
        f"MiB) exceeds the limit of {MAX_FIELD_CHARS:,} characters: check the quoting, "
        "or shorten the cell"
    )


def parse_records(
    source: Iterator[str], delimiter: str, width: int, first_row: int = 1, first_line: int = 1
) -> Iterator[OrderRow]:
    """Rows from the text lines of `source` (each row with its raw text); row and
    line numbers start at `first_row` and `first_line`.

    A quote that is never closed (before the end of the input, or before the record
    is longer than `record_limit`) would swallow every later line into one field:
    the record is reported as an error on the line where the quote opens, and the
    lines after it are read again as records of their own, so no line goes
    unscreened.  A
    quote closed lines later, where a field of this file could not run (see
    `runs_over`), is the same mistake: the error is reported on its first line and
    the record's other lines are read again on their own (within the record, so the
    records after it are what the csv module reads).
    """
    number = first_row - 1
    before = first_line - 1  # lines before the reader's first
    lines: list[str] = []
    limit = record_limit(width)
    restart = False  # a reader whose lines ended early must be made anew
    reader = csv.reader(recording(source, lines, limit), delimiter=delimiter)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            error = unreadable(exc, reader.line_num + before, lines)
        except RecordTooLong:  # open far longer than a record can be: never closed
            error, restart = "", True
        else:
            if len(lines) < 2:  # a quote left open on the last line keeps its line end
                closed = not cells or cells[-1][-1:] not in ("\n", "\r")
            else:
                closed = not _never_closed(lines, delimiter)
            if closed and len(lines) > 1 and runs_over(lines, cells, delimiter, width):
                opened = before + reader.line_num - len(lines) + 1
                first, rest = lines[0], lines[1:]
                lines.clear()
                number += 1
                error = (
                    f"line {opened}: a quote opens here and runs on to line "
                    f"{opened + len(rest)}: close it (the lines after it are screened on "
                    "their own)"
                )
                yield OrderRow(number, _first_cells(first, delimiter), error, first)
                for row in parse_records(iter(rest), delimiter, width, number + 1, opened + 1):
                    number = row.number
                    yield row
                continue
            if closed:
                number += 1
                raw = lines[0] if len(lines) == 1 else "".join(lines)
                lines.clear()
                yield OrderRow(number, cells, row_error(cells, width), raw)
                continue
            error = ""
        number += 1
        opened = before + reader.line_num - len(lines) + 1
        if not error:
            error = (
                f"line {opened}: a quote opens here and is never closed: close it "
                "(the lines after it are screened on their own)"
            )
        first, rest = lines[0], lines[1:]
        lines.clear()
        yield OrderRow(number, _first_cells(first, delimiter), error, first)
        if rest or restart:  # read again, then on from where the reader stopped
            restart = False
            before = opened
            reader = csv.reader(
                recording(itertools.chain(rest, source), lines, limit), delimiter=delimiter
            )
