"""Verdicts the workers of a run learn, passed to each other through files.

A worker that meets a value for the first time derives its verdict (the name
index, the phrase matcher: tens of microseconds), and every other worker would
derive it again on meeting the same value before hearing of it.  Handed over
through the parent, a verdict reached the others only with the chunks submitted
after its own chunk's result was taken, some `2 x workers` chunks later; about a
quarter of all verdicts were derived twice on two workers.  Here each worker
appends what it learned after each chunk to a file of its own in a folder of the
run's (`publish`), and reads what the others appended before each chunk
(`collect`): a verdict reaches the others about one chunk later.

The files hold JSON (no code runs on reading them), one frame a chunk: its length
in 8 bytes, then the text.  A reader takes only whole frames, so a frame still
being written is read on the next chunk.  A verdict is a pure function of its
value, so who derived it, and when it arrives, changes no output; sharing only
saves work, so a file that cannot be written or read (a full disk) ends the
sharing, never the run.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

from screen.runs.verdicts import Learned

_LENGTH = struct.Struct("<Q")


class VerdictLog:
    """The verdicts of one run's workers, in `folder` (made by the parent, 0700)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._mine: int | None = None  # this worker's file, opened on first publish
        self._pid = 0
        self._read: dict[str, int] = {}  # another worker's file: bytes read of it
        self.broken = False  # a file failed: no more sharing

    def publish(self, learned: list[Learned]) -> None:
        """Append this worker's new verdicts to its file."""
        if not learned or self.broken:
            return
        text = json.dumps(learned, separators=(",", ":")).encode("ascii")
        frame = memoryview(_LENGTH.pack(len(text)) + text)
        try:
            if self._mine is None or self._pid != os.getpid():
                self._pid = os.getpid()
                flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
                self._mine = os.open(self.folder / str(self._pid), flags, 0o600)
            while frame:  # one write but for a signal
                frame = frame[os.write(self._mine, frame) :]
        except OSError:
            self.broken = True  # a frame cut short is never whole: no reader takes it

    def collect(self) -> list[Learned]:
        """The verdicts the other workers appended since the last call."""
        found: list[Learned] = []
        mine = str(os.getpid())
        try:
            names = [] if self.broken else os.listdir(self.folder)
        except OSError:
            names = []
        for name in names:
            if name == mine:
                continue
            done = self._read.get(name, 0)
            try:
                with open(self.folder / name, "rb") as file:
                    file.seek(done)
                    data = file.read()
            except OSError:
                continue
            at = 0
            while at + _LENGTH.size <= len(data):
                (size,) = _LENGTH.unpack_from(data, at)
                end = at + _LENGTH.size + size
                if end > len(data):
                    break  # still being written
                for table, value, verdict in json.loads(data[at + _LENGTH.size : end]):
                    found.append((table, value, verdict))
                at = end
            self._read[name] = done + at
        return found

    def close(self) -> None:
        if self._mine is not None and self._pid == os.getpid():
            os.close(self._mine)
        self._mine = None
