"""Cut the rest of an order stream into chunks of whole records, for workers.

The parent process should do as little as possible per row: it reads the text in
large blocks and cuts each block after its last line end.  A block without a quote
character cannot hold a line end inside a quoted field, so every line end in it
ends a record and the rows in it are counted with `str.count` (C speed), never
parsed.  In a block holding a quote only the lines with a quote are read with the
csv module (a line without one leaves the reader in or out of a quoted field as it
was); a block with a bare CR or a NUL is read with `parse_records` itself.  A record
over several lines counts the rows `parse_records` makes of it (a stray quote's
lines are rows of their own), and a record open longer than `record_limit` ends
after its first line, as `parse_records` ends it.  So workers parsing each chunk
with `parse_text` get exactly the rows, numbers and errors one process reading the
file would, and a quote never closed does not hold the rest of the file back.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator
from typing import NamedTuple, TextIO

from screen.io.rowtext import parse_records, record_limit

SMALL_BLOCK_CHARS = 1 << 16


class RawChunk(NamedTuple):
    """Rows as text, with where they start: cheap to send to another process."""

    first_row: int
    first_line: int
    text: str
    delimiter: str
    width: int


def _lines_in(text: str) -> int:
    """Line ends in `text` as universal newlines count them (\\n, \\r\\n, bare \\r)."""
    if "\r" not in text:  # one search in C: most files have no CR
        return text.count("\n")
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _line_feeds_only(text: str) -> bool:
    """Whether every CR in `text` ends a CRLF, but for one at its very end (a block
    may end between the CR and the LF of a line end)."""
    return "\r" not in text or text.count("\r") - text.endswith("\r") == text.count("\r\n")


def _runs_on(line: str, delimiter: str, inside: bool) -> bool:
    """Whether a quoted field is open at the end of `line` (with its line end), read
    from a record start, or from inside a quoted field when `inside` (a quote put
    first puts the csv reader in the very state a field left open does)."""
    cells = next(csv.reader(['"' + line if inside else line], delimiter=delimiter), [])
    return bool(cells) and cells[-1].endswith("\n")


def rows_in(record: str, delimiter: str, width: int) -> int:
    """The rows one record over several lines gives: one, or more when a stray quote
    ran it on (`rowtext.runs_over`)."""
    lines = io.StringIO(record, newline="")
    return sum(1 for _ in parse_records(lines, delimiter, width))


def _records_by_quotes(text: str, delimiter: str, width: int) -> tuple[int, int, int]:
    """(characters, rows, lines) of the complete records at the start of `text`,
    which has line feeds for line ends (LF or CRLF) and no NUL.  A line without a
    quote leaves the reader where it was (in a record or inside a quoted field),
    so only the lines holding a quote are read with the csv module.  A record still
    open after `record_limit` characters is a quote never closed: its first line is
    a row and the lines after it are records again, as `parse_records` reads them."""
    limit = record_limit(width)
    cut = rows = lines = 0  # the last record end found
    pos = ends = 0  # a line start, and the line ends before it
    inside = False  # in a quoted field at `pos`
    while True:
        if inside and pos - cut > limit:
            pos = cut = text.index("\n", cut) + 1
            rows, lines, inside = rows + 1, lines + 1, False
            ends = lines
            continue
        quote = text.find('"', pos)
        stop = text.rfind("\n", pos, len(text) if quote < 0 else quote) + 1
        if stop > pos:  # whole lines without a quote
            between = text.count("\n", pos, stop)
            if not inside:
                cut, rows, lines = stop, rows + between, ends + between
            ends += between
            pos = stop
            continue
        end = -1 if quote < 0 else text.find("\n", quote)
        if end < 0:  # no quote left, or the line holding it is not whole yet
            return cut, rows, lines
        inside = _runs_on(text[pos : end + 1], delimiter, inside)
        ends += 1
        pos = end + 1
        if not inside:
            spanned = ends - lines  # the record's lines, from the last record end
            found = 1 if spanned == 1 else rows_in(text[cut:pos], delimiter, width)
            cut, rows, lines = pos, rows + found, ends


class _BlockEnd(Exception):
    """The end of a block, which is not the end of the input."""


def _complete_records(text: str, delimiter: str, width: int) -> tuple[int, int, int]:
    """(characters, rows, lines) of the records at the start of `text` that end
    before its last line (the block may end inside that line, or between the CR and
    the LF of a line end), read by `parse_records` itself."""
    whole = io.StringIO(text, newline="").readlines()[:-1]

    def lines() -> Iterator[str]:
        yield from whole
        raise _BlockEnd  # not the end of the input: no record is closed by it

    chars = rows = count = 0
    with contextlib.suppress(_BlockEnd):
        for row in parse_records(lines(), delimiter, width):
            chars, rows, count = chars + len(row.raw), rows + 1, count + _lines_in(row.raw)
    return chars, rows, count


def text_chunks(
    stream: TextIO,
    first_line: int,
    delimiter: str,
    width: int,
    block_chars: int,
    head: str = "",
    small: int = 0,
) -> Iterator[RawChunk]:
    """The records left in `stream` (positioned at a record start), after the text
    `head` already read from it, as chunks of about `block_chars` characters (the
    first `small` of `SMALL_BLOCK_CHARS`: workers start sooner and pass on sooner what
    they learn about the values seen first, most of them new); rows
    are numbered from 1, lines from `first_line`."""
    number, line = 1, first_line
    pending = head
    while True:
        block = stream.read(block_chars if small <= 0 else min(block_chars, SMALL_BLOCK_CHARS))
        small -= 1
        text = pending + block
        if not block:
            if text:
                yield RawChunk(number, line, text, delimiter, width)
            return
        if '"' not in text:
            cut = text.rfind("\n") + 1
            rows = lines = _lines_in(text[:cut])
        elif "\x00" not in text and _line_feeds_only(text):
            cut, rows, lines = _records_by_quotes(text, delimiter, width)
        else:
            cut, rows, lines = _complete_records(text, delimiter, width)
        if not rows:  # no record ends in this block yet: read on
            pending = text
            continue
        yield RawChunk(number, line, text[:cut], delimiter, width)
        number, line, pending = number + rows, line + lines, text[cut:]
