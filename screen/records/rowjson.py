"""A chunk's rows as JSON text, exactly as `json.dumps` writes them, faster.

A chunk holds thousands of rows of a few short strings, and most strings need no
escaping.  Joining the strings with the JSON punctuation between them (two joins,
in C) gives the same text as the encoder when no string holds a quote, a
backslash or a control character; one count of the quotes and one search tell
whether that is so, and otherwise the encoder writes the chunk.  Rows read from
plain text (no quotes: each line is its cells joined by the delimiter) are
encoded from the text itself, by replacing the delimiters and line ends.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

_SEPARATORS = (",", ":")
_FIELD = '","'
_ROW = '"],["'
_ROW_START = '["'
# escaped besides the quote (counted) and the backslash (looked for): control
# characters; `str.isprintable` rules them out twice as fast as this search
_CONTROL = re.compile("[\\x00-\\x1f]")


def dumps(value: object) -> str:
    """The encoder every chunk's text agrees with."""
    return json.dumps(value, ensure_ascii=False, separators=_SEPARATORS)


def rows_json(rows: list[tuple[str, ...]], width: int, others: Mapping[int, Sequence[str]]) -> str:
    """`dumps(rows)` once the row at each position of `others` is replaced by its
    value there; `rows` holds tuples of `width` strings (and is changed)."""
    if not rows:
        return "[]"
    blank = ("",) * width
    for position in others:
        rows[position] = blank
    texts = list(map(_FIELD.join, rows))
    body = _ROW.join(texts)
    quotes = 2 * (width - 1) * len(rows) + 2 * (len(rows) - 1)
    if (
        body.count('"') != quotes
        or "\\" in body
        or not (body.isprintable() or not _CONTROL.search(body))
        or set(map(len, rows)) != {width}
    ):
        for position, record in others.items():
            rows[position] = tuple(record)
        return dumps(rows)
    if others:
        for position, record in others.items():
            texts[position] = dumps(record)[2:-2]  # a row of strings: ["...","..."]
        body = _ROW.join(texts)
    return '[["' + body + '"]]'


def block_json(text: str, rows: int, width: int, delimiter: str, status: str) -> str | None:
    """`dumps` of the rows `[status, *line.split(delimiter)]` of `text` (`rows` lines,
    each ended by a line feed or CRLF but perhaps the last), without the outer
    brackets; None unless every line splits into `width` cells that need no escaping
    (then the rows are to be encoded from their cells)."""
    body = text.replace("\r\n", "\n") if "\r" in text else text
    if body.endswith("\n"):
        body = body[:-1]
    if (
        body.count("\n") != rows - 1
        or body.count(delimiter) != rows * (width - 1)
        or '"' in body
        or "\\" in body
        or delimiter in '"\\\n'
    ):
        return None
    head = _ROW_START + dumps(status)[1:-1] + _FIELD
    found = head + body.replace(delimiter, _FIELD).replace("\n", '"],' + head) + '"]'
    if not found.isprintable() and _CONTROL.search(found):
        return None
    return found
