"""A thread that writes a run's chunks of rows while the run screens on.

SQLite does its work (and waits for the disk at each checkpoint) without Python's
lock, so a chunk written on a thread of its own costs the screening thread only
the hand-over: one chunk of some thousands of rows at a time, a few hundred per
million rows.  At most `DEPTH` chunks wait (memory stays flat when the disk is
slow); a write that fails is raised in the screening thread at its next hand-over
or at `close`, which writes every chunk handed over before it returns.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from screen.records.trail import ChunkRecord

DEPTH = 8  # chunks waiting to be written


class ChunkWriter:
    """Calls `write` with each chunk `put` to it, in order, on a thread of its own."""

    def __init__(self, write: Callable[[ChunkRecord], None]) -> None:
        self._write = write
        self._queue: queue.Queue[ChunkRecord | None] = queue.Queue(DEPTH)
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="screen-records", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._failed is None:  # after a failure the rest are dropped
                try:
                    self._write(chunk)
                except BaseException as exc:  # raised in the screening thread
                    self._failed = exc

    def put(self, chunk: ChunkRecord) -> None:
        """Hand a chunk over (waiting while `DEPTH` chunks wait)."""
        self._raise()
        self._queue.put(chunk)

    def close(self) -> None:
        """Write every chunk handed over, end the thread; raise a write that failed."""
        self._queue.put(None)
        self._thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._failed is not None:
            raise self._failed
