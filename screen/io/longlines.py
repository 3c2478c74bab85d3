"""A bound on one line of an order file.

A line is read whole before the csv module sees it, so a file of one endless line
(no line ends: a binary file, a dump, a hostile file) would take memory in
proportion to it, about fourteen times its size by the time it is an error row.
No order needs a line of `MAX_LINE_CHARS` characters: a field over the csv
module's 16 MiB limit is already an error row of its own, and a line twice that
long is refused, naming its line, before it is read whole.
"""

from __future__ import annotations

import re
from typing import TextIO

from screen.errors import InputError

MAX_LINE_CHARS = 32 << 20  # characters of the longest line read: 32 Mi


class LongLine(Exception):
    """A line over `MAX_LINE_CHARS` at `line` (1-based), before its file is known."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def too_long(name: str, line: int) -> InputError:
    return InputError(
        f"{name}: line {line} is longer than {MAX_LINE_CHARS >> 20} Mi characters, which "
        "no order is (a file without line ends, or not an order file?): split it into "
        "one line per order"
    )


def long_line_at(text: str) -> int | None:
    """Where the first line over `MAX_LINE_CHARS` starts in `text` (ended or not),
    None when there is none (decided at once for a text shorter than that)."""
    if len(text) <= MAX_LINE_CHARS:
        return None
    found = re.search(f"[^\r\n]{{{MAX_LINE_CHARS + 1}}}", text)
    return found.start() if found else None


class BoundedLines:
    """A decoded order file read line by line with no line over `MAX_LINE_CHARS`
    (`LongLine` otherwise); `read` hands on blocks, whose caller bounds its lines
    itself (`chunks.text_chunks`)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.lines = 0  # lines read by `readline` so far

    def readline(self) -> str:
        line = self._stream.readline(MAX_LINE_CHARS + 2)  # (and its line end)
        if len(line) > MAX_LINE_CHARS and len(line.rstrip("\r\n")) > MAX_LINE_CHARS:
            raise LongLine(self.lines + 1)
        self.lines += 1 if line else 0
        return line

    def read(self, size: int = -1) -> str:
        return self._stream.read(size)

    def __iter__(self) -> BoundedLines:
        return self

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line
