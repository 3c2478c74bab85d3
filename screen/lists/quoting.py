"""A stray quote in a list in CSV, refused: read on, it glues entries together.

A quote opened and not closed where its field ends makes a csv reader read on
over line ends, taking the rest of the entry and the next entries into one field;
the list loads with fewer entries and a listed party comes out clear.  The records
of a list are read as `screen batch` reads an order file's (`io/rowtext.py`: the
lines of each record kept with it, `runs_over` telling a stray quote from a quoted
field with line breaks), and a record over several lines is refused:

- in a format whose fields never hold a line break (`multiline=False`: a company's
  own list), always;
- in one whose fields may (the Consolidated Screening List's remarks), when the
  record has not the header's number of fields, a strict reader refuses it, a line
  inside it reads as an entry of its own (`runs_over`), or its field over lines
  holds as many delimiters as a whole entry has (`_holds_an_entry`).

A quote closed in the middle of a field (`"KESTREL WORKS,,"1 Nanjing Rd`, which a
lenient reader reads as one field up to the next delimiter) is refused too
(`quote_inside_field`), and so is a quoted field the file ends in (`quotes_closed`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from screen.errors import ListFormatError
from screen.io.rowtext import recording, runs_over

_SHOWN = 40  # characters of the field shown from its opening quote


def field_too_long(path: Path, line: int) -> str:
    """The error of a field over the csv module's limit in a list file."""
    import csv

    return (
        f"{path}:{line}: a field runs on for more than {csv.field_size_limit():,} "
        "characters, which no list entry has: look for a quote that is never closed, or "
        "download the list again"
    )


def quotes_closed(path: Path, text: str, delimiter: str) -> None:
    """Refuse a list in CSV whose last quoted field is never closed: the file ends
    inside it (a csv reader would take the cut field as whole).  Quotes come in pairs
    in a list written right, so only a file with an odd number of them is read."""
    if text.count('"') % 2 == 0:
        return
    import csv
    import io

    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        for _ in reader:
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise ListFormatError(
                f"{path}:{reader.line_num}: a quoted field is not closed by the end of the file"
            ) from None
        if "field limit" in str(exc):
            raise ListFormatError(field_too_long(path, reader.line_num)) from None


def stray_quotes(path: Path, text: str, delimiter: str, *, multiline: bool) -> None:
    """Refuse the list `path` (its `text`) when a quote runs on over line ends where
    no field of it can (read leniently, as `screen batch` reads an order file)."""
    lines: list[str] = []
    reader = csv.reader(recording(io.StringIO(text), lines), delimiter=delimiter)
    width = 0
    try:
        for cells in reader:
            width = width or len(cells)
            if len(lines) > 1 and (
                not multiline
                or runs_over(lines, cells, delimiter, width)
                or _holds_an_entry(cells, delimiter, width)
            ):
                raise ListFormatError(_runs_on(path, reader.line_num, lines, delimiter, multiline))
            lines.clear()
    except csv.Error:
        return  # (not a quote's doing: the format's reader says what it is)


def quote_inside_field(path: Path, text: str, delimiter: str) -> None:
    """Refuse the list `path` when a quoted field is closed with more text after it
    before the next delimiter.  Checked once the list has been read: a line end
    lost before the next entry (`..."remark"999,...`) is the same to a csv reader,
    and the format's own error (more fields than it has) says so better."""
    lines: list[str] = []
    reader = csv.reader(recording(io.StringIO(text), lines), delimiter=delimiter, strict=True)
    try:
        for _ in reader:
            lines.clear()
    except csv.Error as exc:
        if "expected after" in str(exc):  # "',' expected after '"'"
            raise ListFormatError(_closed_inside(path, reader.line_num, lines, delimiter)) from None


def _holds_an_entry(cells: list[str], delimiter: str, width: int) -> bool:
    """Whether a field over several lines holds the delimiters of a whole entry: the
    rest of one entry and the start of the next, glued at the same field."""
    return width > 1 and any(
        ("\n" in cell or "\r" in cell) and cell.count(delimiter) >= width - 1 for cell in cells
    )


def _opening_quote(text: str, delimiter: str, spanning: bool) -> int:
    """Where, in a record's `text`, the quote opens whose field goes wrong: still
    open at a line end (`spanning`), or closed with more text after it before the
    next delimiter; -1 when none is."""
    quoted, opened, at_start, i = False, -1, True, 0
    while i < len(text):
        char = text[i]
        if quoted and spanning and char == "\n":
            return opened
        if quoted and char == '"':
            if text[i + 1 : i + 2] == '"':  # a quote written twice: one in the field
                i += 2
                continue
            quoted = False
            if text[i + 1 : i + 2] not in (delimiter, "\r", "\n", ""):
                return opened
        elif not quoted and char == '"' and at_start:
            quoted, opened = True, i
        at_start = not quoted and char in (delimiter, "\n")
        i += 1
    return opened if quoted else -1


def _where(end: int, lines: list[str], delimiter: str, spanning: bool) -> tuple[int, str]:
    """(line, the field's start) of the quote that goes wrong in the record of
    `lines`, whose last line is line `end`."""
    record = "".join(lines)
    at = max(_opening_quote(record, delimiter, spanning), 0)
    line = end - len(lines) + 1 + record.count("\n", 0, at)
    field = record[at:].split("\n", 1)[0].rstrip("\r")
    shown = field if len(field) <= _SHOWN else field[:_SHOWN] + "..."
    return line, shown


def _runs_on(path: Path, end: int, lines: list[str], delimiter: str, multiline: bool) -> str:
    line, shown = _where(end, lines, delimiter, spanning=True)
    what = (
        "gluing what reads as further entries into one field"
        if multiline
        else "gluing the lines into one field (no field of this list runs over lines)"
    )
    return (
        f"{path}:{line}: a quote opens here ({shown!r}) and runs on to line {end}, {what}: "
        f"close the quote on line {line} or remove it"
    )


def _closed_inside(path: Path, end: int, lines: list[str], delimiter: str) -> str:
    line, shown = _where(end, lines, delimiter, spanning=False)
    closes = "closes" if line == end else f"closes on line {end}"
    sep = "tab" if delimiter == "\t" else repr(delimiter)
    return (
        f"{path}:{line}: a quote opens here ({shown!r}) and {closes} with more text after "
        f"it before the next {sep}, gluing fields together: close the quote on line {line} "
        "where its field ends, or remove it"
    )
