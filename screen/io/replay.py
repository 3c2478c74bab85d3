"""A raw stream that replays the bytes already read to detect the encoding, then reads
on, leaving out a DOS end-of-file mark at the end."""

from __future__ import annotations

import io
from typing import BinaryIO

# A DOS end-of-file mark (Ctrl-Z), and the blank space after it, ends the text: old
# Windows tools write one, and nothing after it is an order (as list files read it).
_BLANK = b" \t\r\n\x0b\x0c"


def _mark_at(data: bytes) -> int:
    """Where an end-of-file mark starts in the blank bytes at the end of `data` (its
    length when there is none)."""
    text_end = len(data.rstrip(b"\x1a" + _BLANK))
    mark = data.find(b"\x1a", text_end)
    return len(data) if mark < 0 else mark


class Replay(io.RawIOBase):
    """A raw stream that first replays the sample already read, then reads on; with
    `eof_mark`, a Ctrl-Z followed only by blank space up to the end is left out
    (held back until bytes of text after it show that it was not the end)."""

    def __init__(self, head: bytes, rest: BinaryIO, eof_mark: bool = False) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._eof_mark = eof_mark
        self._ready = memoryview(b"")  # bytes to give, the text before any mark
        self._held = b""  # a possible end-of-file mark

    def readable(self) -> bool:
        return True

    def _read(self, size: int) -> bytes:
        if self._head.nbytes:
            data = bytes(self._head[:size])
            self._head = self._head[size:]
            return data
        return self._rest.read(size)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._ready.nbytes:
            data = self._read(len(buffer))
            if not self._eof_mark or not data:  # the end: a mark held back is dropped
                self._ready = memoryview(data)
                break
            data = self._held + data if self._held else data
            cut = _mark_at(data)
            self._ready, self._held = memoryview(data)[:cut], data[cut:]
        n = min(len(buffer), self._ready.nbytes)
        buffer[:n] = self._ready[:n]
        self._ready = self._ready[n:]
        return n
