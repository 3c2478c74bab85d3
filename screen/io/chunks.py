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


def _complete_records(text: str, delimiter: str) -> tuple[int, int, int]:
    """(characters, records, lines) of the complete records at the start of `text`,
    leaving out the last record (it may run on into the next block)."""
    ends: list[tuple[int, int]] = []  # (characters, lines) after each record
    consumed = [0, 0]

    def lines() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):
            consumed[0] += len(line)
            consumed[1] += 1
            yield line

    reader = csv.reader(lines(), delimiter=delimiter)
    while True:
        try:
            next(reader)
        except StopIteration:
            break
        except csv.Error:
            pass  # the worker meets the same error on the same text
        ends.append((consumed[0], consumed[1]))
    if len(ends) < 2:
        return 0, 0, 0
    chars, line_count = ends[-2]
    return chars, len(ends) - 1, line_count


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
        else:
            cut, rows, lines = _complete_records(text, delimiter)
        if not rows:  # no record ends in this block yet: read on
            pending = text
            continue
        yield RawChunk(number, line, text[:cut], delimiter, width)
        number, line, pending = number + rows, line + lines, text[cut:]
