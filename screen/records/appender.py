"""Write a run's chunks of rows from a thread of its own, while screening goes on.

SQLite lets go of Python's lock while it writes, so the inserts of one chunk run
beside the screening of the next on another core.  The queue is short (a few
chunks): when the database is slower than screening, screening waits for it, and
memory stays bounded.  A failed write (disk full, a lock held past every retry)
stops the writing; the next `put` or the `close` raises it in the run's thread.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable

from screen.records.trail import ChunkRecord, add_chunk

DEPTH = 4  # chunks waiting to be written at most


class Appender:
    """Appends chunks to run `run_id` through a connection `connect` opens in the
    writing thread."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], run_id: int) -> None:
        self._connect = connect
        self.run_id = run_id
        self._queue: queue.Queue[ChunkRecord | None] = queue.Queue(DEPTH)
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="screen-records", daemon=True)
        self._thread.start()

    def put(self, chunk: ChunkRecord) -> None:
        """Queue a chunk (waits while the queue is full)."""
        self._raise_failure()
        self._queue.put(chunk)

    def close(self) -> None:
        """Write what is queued, end the thread; raise what made a write fail."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._raise_failure()

    def _raise_failure(self) -> None:
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    def _write(self) -> None:
        connection = None
        try:
            connection = self._connect()
            while (chunk := self._queue.get()) is not None:
                add_chunk(connection, self.run_id, chunk)
        except BaseException as exc:  # handed to the run's thread
            self._failure = exc
            while self._queue.get() is not None:  # unblock a waiting put, up to close
                pass
        finally:
            if connection is not None:
                connection.close()
