"""Open a text file whose encoding is not known in advance.

Order files come from ERPs and Excel: UTF-8 (with or without BOM), UTF-16 with
BOM (Excel "Unicode text", tab-separated) and CP932/Shift_JIS (Japanese Excel).
The encoding is decided from the BOM, else from whether a sample decodes as
UTF-8, else CP932.  Bytes that still do not decode are kept as lone surrogates
(`surrogateescape`) so the row holding them can be reported, not lost.
"""

from __future__ import annotations

import codecs
import io
from typing import BinaryIO

SAMPLE_BYTES = 1 << 16

ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf8-sig": "utf-8-sig",
    "utf-16": "utf-16",
    "utf16": "utf-16",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "cp932": "cp932",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "latin-1": "latin-1",
    "latin1": "latin-1",
    "cp1252": "cp1252",
}


def canonical_encoding(name: str) -> str | None:
    """The codec for a user-given encoding name, or None if Python does not know it."""
    key = name.strip().lower()
    if key in ALIASES:
        return ALIASES[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def _is_private_use(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff"


def detect_encoding(sample: bytes) -> str:
    """The encoding of a file, judged from its first bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    as_utf8 = sample.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    if not bad:
        return "utf-8"
    good = sum(1 for c in as_utf8 if ord(c) > 0x7F and c != "\ufffd")
    # Mostly valid UTF-8 with a few broken bytes (or one cut at the end of the
    # sample): UTF-8, and the broken rows become error rows.
    if good >= bad:
        return "utf-8"
    try:
        as_cp932 = sample.decode("cp932")
    except UnicodeDecodeError:
        return "utf-8"
    # CP932 decodes almost any byte; private-use characters mean it is not CP932.
    return "utf-8" if any(_is_private_use(c) for c in as_cp932) else "cp932"


class _Replay(io.RawIOBase):
    """A raw stream that first replays the sample already read, then reads on."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head.nbytes:
            n = min(len(buffer), self._head.nbytes)
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def open_text(raw: BinaryIO, encoding: str | None) -> tuple[io.TextIOWrapper, str, bytes]:
    """Wrap a binary stream as text: (text stream, encoding used, the first bytes)."""
    sample = raw.read(SAMPLE_BYTES)
    chosen = encoding or detect_encoding(sample)
    # surrogateescape keeps undecodable bytes visible; UTF-16 cannot escape them.
    errors = "replace" if chosen.startswith("utf-16") else "surrogateescape"
    buffered = io.BufferedReader(_Replay(sample, raw), buffer_size=SAMPLE_BYTES)
    return io.TextIOWrapper(buffered, encoding=chosen, errors=errors, newline=""), chosen, sample
