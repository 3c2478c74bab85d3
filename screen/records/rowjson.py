"""A chunk's rows as JSON text, exactly as `json.dumps` writes them, faster; or
kept as their own text where the database can read them from it (`plain_rows`).

A chunk holds thousands of rows of a few short strings, and most strings need no
escaping.  Joining the strings with the JSON punctuation between them (two joins,
in C) gives the same text as the encoder when no string holds a quote, a
backslash or a control character; one count of the quotes and one search tell
whether that is so, and otherwise the encoder writes the chunk.  Rows read from
plain text (no quotes: each line is its cells joined by the delimiter) are
encoded from the text itself, by replacing the delimiters and line ends.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Callable, Mapping, Sequence

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


@functools.cache
def _unsafe(delimiter: str) -> re.Pattern[str]:
    """What a line kept as text must not hold: a quote, a backslash, a control
    character but LF, CR (a lone CR is ruled out apart) and `delimiter`, a surrogate
    (an undecodable byte)."""
    kept = {"\n", "\r", delimiter}
    controls = "".join(re.escape(chr(c)) for c in range(32) if chr(c) not in kept)
    return re.compile(f'["\\\\{controls}\ud800-\udfff]')


@functools.cache
def _controls(delimiter: str) -> bytes:
    """The control characters `_unsafe` looks for, as bytes to delete."""
    return bytes(c for c in range(32) if chr(c) not in ("\n", "\r", delimiter))


def _finder(text: str, delimiter: str) -> Callable[[int], int]:
    """Where the next character `_unsafe` looks for stands from a position on (-1:
    none).  Most texts hold no control character nor surrogate (a deletion over the
    UTF-8 bytes, in C, tells): then only quotes and backslashes are looked for,
    each with `str.find`."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a surrogate
        data = b""
    if not data or len(data.translate(None, _controls(delimiter))) != len(data):
        search = _unsafe(delimiter).search

        def searched(pos: int) -> int:
            found = search(text, pos)
            return -1 if found is None else found.start()

        return searched
    ahead = {'"': -2, "\\": -2}  # the next of each from the last position asked (-2: unknown)

    def find(pos: int) -> int:
        for char, at in ahead.items():
            if at != -1 and at < pos:
                ahead[char] = text.find(char, pos)
        found = [at for at in ahead.values() if at >= 0]
        return min(found) if found else -1

    return find


def _utf8(text: str) -> str:
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def text_rows(text: str, delimiter: str) -> tuple[str, dict[int, list[str]]] | None:
    """The rows of `text` (one per line: lines end with LF or CRLF; no NUL nor lone
    CR, see `runs.lines.plain_text`) kept as text that the view `screened_rows`
    reads as JSON by replacing the delimiters and line ends: `text` with each line
    that could not be read so emptied (its line end kept), and {line index: [the
    line as read, its cells]} for those lines.  None when such a line is not a whole
    record on its own (a quoted field runs on): the rows are then kept as JSON."""
    if len(delimiter) != 1 or delimiter in '"\\\r\n':
        return None
    find = _finder(text, delimiter)
    at = find(0)
    if at < 0:
        return text, {}
    lines: dict[int, list[str]] = {}
    parts: list[str] = []
    copied = counted = number = 0  # text copied up to; lines counted up to; that line
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        number += text.count("\n", counted, begin)
        counted = begin
        raw = text[begin:end]
        line = raw.rstrip("\n").removesuffix("\r")
        try:
            cells = next(csv.reader([line], delimiter=delimiter, strict=True), [])
        except csv.Error:  # a quoted field left open: the record runs on
            return None
        lines[number] = [_utf8(raw), *map(_utf8, cells)]
        parts.append(text[copied:begin])
        parts.append(raw[len(line) :])  # the line end alone
        copied = end
        at = find(end)
    parts.append(text[copied:])
    return "".join(parts), lines


def text_of(blanked: str, lines: dict[str, list[str]]) -> str:
    """The text `text_rows` was given, from what it returned (with the lines' keys as
    JSON has them)."""
    if not lines:
        return blanked
    pieces = blanked.split("\n")
    for key, (raw, *_) in lines.items():
        pieces[int(key)] = raw[:-1] if raw.endswith("\n") else raw
    return "\n".join(pieces)
