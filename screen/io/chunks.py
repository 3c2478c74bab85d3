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

A chunk of a file on disk goes to a worker as a `FileSpan`: where its bytes lie
and how many characters they decode to.  The worker reads them itself (`read_span`),
so the parent never sends row text down a pipe.  Only encodings in which a line
end is one byte that no other character contains (UTF-8, single-byte code pages)
are cut this way, so that the bytes of a chunk decode alone to exactly its text.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import encodings
import hashlib
import importlib
import io
import os
import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from screen.errors import InputError
from screen.io.longlines import BoundedLines, LongLine, long_line_at
from screen.io.rowtext import parse_records, record_limit
from screen.tuples import NamedTuple

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


_BARE_CR = re.compile("\r(?!\n)")


def _line_feeds_only(text: str) -> bool:
    """Whether every CR in `text` ends a CRLF, but for one at its very end (a block
    may end between the CR and the LF of a line end).  One search for a CR not
    before an LF: a third of the time of counting the CRLF pairs (the two-character
    count is the slow one), which the parent paid on every block of a CRLF file."""
    if "\r" not in text:
        return True
    bare = _BARE_CR.search(text)
    return bare is None or bare.start() == len(text) - 1


def _runs_on(line: str, delimiter: str, inside: bool) -> bool | None:
    """Whether a quoted field is open at the end of `line` (with its line end), read
    from a record start, or from inside a quoted field when `inside` (a quote put
    first puts the csv reader in the very state a field left open does); None when
    a field of it is over the csv module's limit (the reader ends the record there,
    as an error row, and reads on from the next line)."""
    try:
        cells = next(csv.reader(['"' + line if inside else line], delimiter=delimiter), [])
    except csv.Error:
        return None
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
        runs_on = _runs_on(text[pos : end + 1], delimiter, inside)
        inside = bool(runs_on)
        ends += 1
        pos = end + 1
        if not inside:
            spanned = ends - lines  # the record's lines, from the last record end
            single = spanned == 1 and runs_on is not None
            found = 1 if single else rows_in(text[cut:pos], delimiter, width)
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
    stream: TextIO | BoundedLines,
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
        if (at := long_line_at(text)) is not None:  # (no order is so long: `longlines.py`)
            raise LongLine(line + text.count("\n", 0, at))
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


_ASCII = "".join(map(chr, range(128)))


class FileSpan(NamedTuple):
    """A chunk as where it lies in the order file: `size` bytes from byte `offset`,
    `chars` characters once decoded, and `digest` the digest of the text the parent
    cut (`text_digest`: the worker's text must be that very text, not only as long,
    or the rows it numbers and the records it cuts would be another file's)."""

    first_row: int
    first_line: int
    offset: int
    size: int
    chars: int
    delimiter: str
    width: int
    digest: bytes


def text_digest(text: str) -> bytes:
    """A digest of a chunk's text (BLAKE2b, 128 bits: C speed, a chunk once)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def span_codec(encoding: str) -> str | None:
    """The codec a worker decodes its span of a file in `encoding` with, or None when
    the bytes of a chunk cut after a line end might not decode alone to its text:
    any encoding but UTF-8 and the single-byte code pages that keep ASCII (UTF-16,
    Shift_JIS, GB18030, the stateful ISO-2022-JP...).  A UTF-8 file's byte-order
    mark is in its header, before any span."""
    name = codecs.lookup(encoding).name
    if name in ("utf-8", "utf-8-sig"):
        return "utf-8"
    if name in ("ascii", "iso8859-1"):
        return name
    try:  # a code page of the standard library: a table of 256 characters
        module = importlib.import_module(f"encodings.{encodings.normalize_encoding(name)}")
    except ImportError:
        return None
    table = getattr(module, "decoding_table", None)
    if isinstance(table, str) and len(table) == 256 and table[:128] == _ASCII:
        return name
    return None


def spans(chunks: Iterable[RawChunk], offset: int, codec: str) -> Iterator[FileSpan]:
    """`chunks`, the text of a file in `codec` from byte `offset` on, as spans."""
    for chunk in chunks:
        text = chunk.text
        if text.isascii() or codec != "utf-8":  # a byte a character
            size = len(text)
        else:
            size = len(text.encode(codec, "surrogateescape"))
        yield FileSpan(
            chunk.first_row,
            chunk.first_line,
            offset,
            size,
            len(text),
            chunk.delimiter,
            chunk.width,
            text_digest(text),
        )
        offset += size


def read_span(fd: int, span: FileSpan, codec: str, name: str) -> RawChunk:
    """The chunk a span of the open file `fd` holds (read without moving its offset)."""
    parts, done = [], 0
    while done < span.size:
        part = os.pread(fd, span.size - done, span.offset + done)
        if not part:
            break
        parts.append(part)
        done += len(part)
    text = b"".join(parts).decode(codec, "surrogateescape")
    # the same length is not enough: a file rewritten in place with other rows of the
    # same size would have this worker number and cut records the parent did not
    if len(text) != span.chars or text_digest(text) != span.digest:
        raise InputError(
            f"{name} changed while it was being screened: screen a copy that nothing writes to"
        )
    return RawChunk(span.first_row, span.first_line, text, span.delimiter, span.width)
