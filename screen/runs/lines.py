"""Lines of a chunk of text, for the fused path (`fused.py`): whether a chunk splits
into its lines as the csv module reads it, how it splits into lines, a line holding a
quote read on its own, rows written as their lines handed to the recorder."""

from __future__ import annotations

import csv
from typing import IO

from screen.runs.rowrecords import RowRecorder


def plain_text(text: str, delimiter: str) -> bool:
    """Whether every line of `text` ends at a line feed (CRLF or LF) and holds no
    NUL, so that a line without a quote reads as `line.split(delimiter)`."""
    return (
        "\x00" not in text
        and delimiter not in '\r\n"\x00'
        and ("\r" not in text or text.count("\r") == text.count("\r\n"))
    )


def split_lines(text: str, delimiter: str) -> tuple[list[str], str, bool] | None:
    """`text` split at its line ends (CRLF where every line end is one, else LF),
    the line end split at, and whether a CR must still be cut off each line; None
    unless `plain_text`.  A CRLF text is split once and its CRs and LFs counted (a
    count of CRLF pairs takes as long as the split)."""
    if "\x00" in text or delimiter in '\r\n"\x00':
        return None
    if "\r" not in text:
        return text.split("\n"), "\n", False
    pieces = text.split("\r\n")
    crs = text.count("\r")
    if crs != len(pieces) - 1:  # a CR not before an LF
        return None
    if text.count("\n") == crs:
        return pieces, "\r\n", False
    return text.split("\n"), "\n", True


def hand_over(
    recorded: RowRecorder | None,
    kept: list[list[str]],
    first: int,
    pieces: list[str],
    end: int,
    ending: str,
) -> None:
    """Record the kept rows, the pieces (lines, split at `ending`) before piece
    `end`; empty `kept`."""
    assert recorded is not None
    start = end - len(kept)
    text = ending.join(pieces[start:end])
    recorded.add_block(first + start, kept, text if end == len(pieces) else text + ending)
    kept.clear()


def one_line_record(line: str, delimiter: str) -> list[str] | None:
    """The cells of a line holding a quote when it is a whole record that reads the
    same strictly (every quoted field closed on this line), else None."""
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=True))
    except csv.Error:
        return None


def drain(buffer: IO[str]) -> str:
    """What was written to `buffer` since the last drain; the buffer is emptied."""
    text = buffer.getvalue()  # type: ignore[attr-defined]
    buffer.seek(0)
    buffer.truncate()
    return text  # type: ignore[no-any-return]


def formula_after(text: str, delimiter: str) -> bool:
    """Whether a line end or a delimiter in `text` is followed by a character a cell
    a spreadsheet would run starts with (= + - @ tab).  A search for each character
    first (most never occur) and for the pairs only then: three times faster than
    one regular expression over the text."""
    return any(c in text and (delimiter + c in text or "\n" + c in text) for c in "=+-@\t")
