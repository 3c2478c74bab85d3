"""Read an order file (CSV/TSV) row by row, reporting bad rows instead of failing.

Every data row comes out as an `OrderRow`, in order; a row that cannot be read
properly (ragged, oversized field, undecodable bytes, broken quoting) carries an
`error` and is never dropped.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from screen.errors import InputError
from screen.io.chunks import FileSpan, RawChunk, span_codec, spans, text_chunks
from screen.io.encoding import UnsureEncoding, canonical_encoding, open_text
from screen.io.longlines import BoundedLines, LongLine, too_long
from screen.io.rowtext import SURROGATE, OrderRow, parse_records, recording

DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(sample: str) -> str:
    """The delimiter that occurs most in the header line (outside quotes)."""
    first = sample.lstrip("\ufeff").split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# Excel's first line `sep=;` names the delimiter, and Excel skips the line; so do we.
# Spreadsheets that save it again pad it with delimiters (`sep=;;;`), some quote it.
_SEP_LINE = re.compile('\ufeff?"?sep=([^\r\n])"?[,;\t|]*(?:\r\n|\r|\n)', re.IGNORECASE)


def excel_separator(sample: str) -> str | None:
    """The delimiter a `sep=X` first line names, or None when the file has none."""
    found = _SEP_LINE.match(sample)
    return found.group(1) if found else None


def parse_delimiter(value: str) -> str:
    named = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}
    delimiter = named.get(value.lower(), value)
    if len(delimiter) != 1:
        raise InputError(
            f"bad --delimiter '{value}': give one character, or comma, semicolon, tab, pipe"
        )
    return delimiter


class OrderFile:
    """An open order file: its header, encoding and delimiter, and its rows."""

    def __init__(
        self, raw: BinaryIO, name: str, encoding: str | None, delimiter: str | None
    ) -> None:
        chosen = None
        if encoding:
            chosen = canonical_encoding(encoding)
            if chosen is None:
                raise InputError(
                    f"unknown --encoding '{encoding}': use a name Python knows, e.g. utf-8, "
                    "utf-16, cp932, euc-jp, gb18030, big5, cp1251, koi8-r, cp1252"
                )
        self.name = name
        self.raw = raw  # its position is the bytes read so far: the progress bar's measure
        try:
            text, self.detected, sample = open_text(raw, chosen)
        except UnsureEncoding as exc:
            raise InputError(exc.explain(name)) from None
        self.stream = BoundedLines(text)  # (no line read whole past `MAX_LINE_CHARS`)
        try:
            self._start(name, chosen, delimiter, sample)
        except LongLine as exc:
            raise too_long(name, exc.line) from None

    def _start(self, name: str, chosen: str | None, delimiter: str | None, sample: bytes) -> None:
        """The header, delimiter and first order: what opening the file reads."""
        self.encoding = self.detected.encoding
        if not sample.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
            raise InputError(f"{name} is empty: it needs a header row and at least one order")
        try:
            text_sample = sample.decode(self.encoding, errors="replace")
        except LookupError:
            text_sample = ""
        self.sep_line = excel_separator(text_sample)
        if self.sep_line is not None:
            text_sample = _SEP_LINE.sub("", text_sample, count=1)
        if delimiter:
            self.delimiter = parse_delimiter(delimiter)
        else:
            self.delimiter = self.sep_line or sniff_delimiter(text_sample)
        if self.encoding.startswith("utf-16") and b"\x00" not in sample:
            if chosen:
                raise InputError(
                    f"{name} is not {chosen.upper()}: it has no zero bytes, which every "
                    "UTF-16 order file has; leave out --encoding, or name the file's encoding"
                )
            raise InputError(  # a UTF-16 byte-order mark before text in another encoding
                f"{name} starts with a UTF-16 byte-order mark (FF FE or FE FF) but is not "
                "UTF-16: it has no zero bytes, which every UTF-16 order file has; save it "
                "again as UTF-8 (or delete its first two bytes)"
            )
        skipped = self.stream.readline() if self.sep_line is not None else ""
        lines: list[str] = []
        reader = csv.reader(recording(self.stream, lines), delimiter=self.delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(
                f"{name} is empty: it needs a header row and at least one order"
            ) from None
        except csv.Error as exc:
            raise InputError(f"{name}: cannot read the header row ({exc})") from None
        self.header = [h.replace("\ufeff", "").strip() for h in header]
        if not any(self.header):
            raise InputError(f"{name}: the first row is empty; it must name the columns")
        if SURROGATE.search("".join(self.header)):
            raise InputError(
                f"{name}: the header has undecodable bytes; pass --encoding (e.g. cp932)"
            )
        self._header_lines = reader.line_num + (1 if skipped else 0)
        self._header_text = skipped + "".join(lines)  # where the data starts: `spans`
        ahead: list[str] = []
        for line in self.stream:
            ahead.append(line)
            if line.strip():
                break
        else:
            raise InputError(
                f"{name} has a header row but no orders: add the orders below the header"
            )
        self._ahead = ahead  # read to see that an order follows; read again first
        self._source: Iterator[str] = itertools.chain(ahead, self.stream)

    def describe(self) -> str:
        """How the file was read: its encoding and delimiter, for the run's summary."""
        named = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}
        shown = named.get(self.delimiter, repr(self.delimiter))
        named_by = "\\t" if self.sep_line == "\t" else self.sep_line
        sep = f' (named by its first line "sep={named_by}")' if self.sep_line else ""
        return f"{self.detected.describe()}, {shown}-separated{sep}"

    def rows(self) -> Iterator[OrderRow]:
        """Every data row, in order."""
        try:
            yield from parse_records(
                self._source, self.delimiter, len(self.header), first_line=self._header_lines + 1
            )
        except LongLine as exc:
            raise too_long(self.name, exc.line) from None

    def raw_chunks(self, block_chars: int, small: int = 0) -> Iterator[RawChunk]:
        """The data rows as chunks of their own text, cut between records (so a
        quoted field running over lines stays whole), for workers to parse with
        `parse_text`; numbering carries on from chunk to chunk."""
        first_line = self._header_lines + 1
        try:
            yield from text_chunks(
                self.stream,
                first_line,
                self.delimiter,
                len(self.header),
                block_chars,
                head="".join(self._ahead),
                small=small,
            )
        except LongLine as exc:
            raise too_long(self.name, exc.line) from None

    def spans(self, block_chars: int, small: int = 0) -> Iterator[FileSpan] | None:
        """`raw_chunks` as where each chunk lies in the file, for workers that read
        their chunks themselves; None when they cannot (standard input, a pipe, an
        encoding whose chunks might not decode alone: see `chunks.span_codec`)."""
        codec = span_codec(self.encoding)
        try:
            fd = self.raw.fileno()
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
        except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation too
            return None
        if codec is None or not regular:
            return None
        start = len(self._header_text.encode(codec, "surrogateescape"))
        if self.encoding == "utf-8-sig" and os.pread(fd, 3, 0) == codecs.BOM_UTF8:
            start += 3  # the mark the decoder took off
        return spans(self.raw_chunks(block_chars, small), start, codec)


def parse_text(chunk: RawChunk) -> Iterator[OrderRow]:
    """The rows of a `RawChunk`, exactly as `OrderFile.rows` gives them."""
    lines = io.StringIO(chunk.text, newline="")
    return parse_records(lines, chunk.delimiter, chunk.width, chunk.first_row, chunk.first_line)


@contextlib.contextmanager
def open_orders(
    path: str, encoding: str | None = None, delimiter: str | None = None
) -> Iterator[OrderFile]:
    """Open an order file, or standard input for '-'."""
    if path == "-":
        yield OrderFile(standard_input(), "standard input", encoding, delimiter)
        return
    file = readable_input(path)
    with file.open("rb") as raw:
        yield OrderFile(raw, path, encoding, delimiter)


def readable_input(path: str) -> Path:
    """`path` as an input to read: a file, or a pipe (`<(zcat orders.csv.gz)`); a
    folder or a missing path is an InputError saying which."""
    file = Path(path)
    if file.is_file() or file.is_fifo() or file.is_char_device():
        return file
    if file.is_dir():
        raise InputError(f"{path} is a folder: give an order file")
    raise InputError(f"no such file: {path}")


def standard_input() -> BinaryIO:
    """The bytes of standard input; an InputError when it is closed (`screen batch -
    <&-`, a service started without one: Python then has no `sys.stdin`)."""
    stream = sys.stdin
    if stream is None or stream.closed:
        raise InputError(
            "standard input is closed: pipe the orders in (screen batch - < orders.csv), "
            "or give the order file's name instead of -"
        )
    return stream.buffer
