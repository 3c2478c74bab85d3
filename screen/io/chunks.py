"""Cut the rest of an order stream into chunks of whole records, for workers.

The parent process should do as little as possible per row: it reads the text in
large blocks and cuts each block after its last line end.  A block without a quote
character cannot hold a line end inside a quoted field, so every line end in it
ends a record and the rows in it are counted with `str.count` (C speed), never
parsed.  Only a block holding a quote is read with the csv module, to cut after
its last complete record.  Workers parse each chunk with `parse_text`, which gives
exactly the rows, numbers and errors one process reading the file would.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import NamedTuple, TextIO

from screen.io.rowtext import parse_records


class RawChunk(NamedTuple):
    """Rows as text, with where they start: cheap to send to another process."""

    first_row: int
    first_line: int
    text: str
    delimiter: str
    width: int


def _lines_in(text: str) -> int:
    """Line ends in `text` as universal newlines count them (\\n, \\r\\n, bare \\r)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


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
    """(characters, records, lines) of the complete records at the start of `text`,
    which has line feeds for line ends (LF or CRLF) and no NUL.  A line without a
    quote leaves the reader where it was (in a record or inside a quoted field),
    so only the lines holding a quote are read with the csv module."""
    cut = records = lines = 0  # the last record end found
    pos = 0  # a line start; `inside`: in a quoted field there
    inside = False
    ends = 0  # line ends before `pos`
    held = 0  # of them, inside a quoted field since `cut`
    while True:
        quote = text.find('"', pos)
        stop = text.rfind("\n", pos, len(text) if quote < 0 else quote) + 1
        if stop > pos:  # whole lines without a quote
            between = text.count("\n", pos, stop)
            if inside:
                held += between
            else:
                cut, records, lines = stop, records + between, ends + between
            ends += between
            pos = stop
        if quote < 0:
            return cut, records, lines
        end = text.find("\n", quote)
        if end < 0:  # the line holding the quote is not whole yet
            return cut, records, lines
        inside = _runs_on(text[pos : end + 1], delimiter, inside)
        ends += 1
        pos = end + 1
        if inside:
            held += 1
        else:
            spanned = ends - lines  # the record's lines, from the last record end
            rows = 1 if spanned == 1 else rows_in(text[cut:pos], delimiter, width)
            cut, records, lines = pos, records + rows, ends
            held = 0


def _complete_records(text: str, delimiter: str, width: int) -> tuple[int, int, int]:
    """(characters, rows, lines) of the complete records at the start of `text`,
    leaving out the last record (it may run on into the next block)."""
    ends: list[tuple[int, int, int]] = [(0, 0, 0)]  # (characters, lines, rows) after each
    consumed = [0, 0]

    def lines() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):
            consumed[0] += len(line)
            consumed[1] += 1
            yield line

    reader = csv.reader(lines(), delimiter=delimiter)
    while True:
        rows = 1
        try:
            next(reader)
        except StopIteration:
            break
        except csv.Error:
            pass  # the worker meets the same error on the same text
        else:
            start, first, _ = ends[-1]
            if consumed[1] - first > 1:  # over several lines: a stray quote's doing?
                rows = rows_in(text[start : consumed[0]], delimiter, width)
        ends.append((consumed[0], consumed[1], ends[-1][2] + rows))
    if len(ends) < 3:
        return 0, 0, 0
    chars, line_count, rows = ends[-2]
    return chars, rows, line_count


def text_chunks(
    stream: TextIO,
    first_line: int,
    delimiter: str,
    width: int,
    block_chars: int,
    head: str = "",
) -> Iterator[RawChunk]:
    """The records left in `stream` (positioned at a record start), after the text
    `head` already read from it, as chunks of about `block_chars` characters; rows
    are numbered from 1, lines from `first_line`."""
    number, line = 1, first_line
    pending = head
    while True:
        block = stream.read(block_chars)
        text = pending + block
        if not block:
            if text:
                yield RawChunk(number, line, text, delimiter, width)
            return
        if '"' not in text:
            cut = text.rfind("\n") + 1
            rows = lines = _lines_in(text[:cut])
        elif "\x00" not in text and text.count("\r") == text.count("\r\n"):
            cut, rows, lines = _records_by_quotes(text, delimiter, width)
        else:
            cut, rows, lines = _complete_records(text, delimiter, width)
        if not rows:  # no record ends in this block yet: read on
            pending = text
            continue
        yield RawChunk(number, line, text[:cut], delimiter, width)
        number, line, pending = number + rows, line + lines, text[cut:]
