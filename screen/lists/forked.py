"""Parts of a list store's build run in forked worker processes, read back in order.

Reducing names is most of a build's work and each chunk of entries is reduced
alone, so a list of `PARALLEL_FROM` entries or more is cut into chunks that
worker processes, forked after the list is parsed (they inherit its entries),
encode in turn: worker `w` takes chunks `w`, `w + K`, ... and sends each back
through its own pipe as one `marshal` message (text, integers and bytes only:
nothing that could run code, and only between this process and its children).
This process reads them in order and writes them (`storewrite`) while the
workers go on, letting go of each chunk's entries once it is written (a worker
lets go of its own once encoded, so it copies little of this process's memory);
at the end the posting rows and the deletion dictionary are made the same way.

Forking copies the locks of every thread: a process that runs another thread
(a Dask worker, a thread pool) builds in itself, as does one core, a platform
without `fork`, a short list and a machine with more processes waiting than
cores (by its load average).  The workers run no `atexit` handler and touch no open file or
connection of this process.  A worker that fails or dies only
costs time: its remaining parts are made here, so the rows are always those an
in-process build writes (tests compare them).
"""

from __future__ import annotations

import marshal
import os
import signal
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, Generic, TypeVar

T = TypeVar("T")
PARALLEL_FROM = 4_000  # entries: below this, forking costs more than it saves
MAX_WORKERS = 4
# cores the load average must leave idle: with every core busy and more waiting,
# forking costs its tenth more CPU and gains nothing (measured side by side)
IDLE = 0.0
_SIZE = struct.Struct("<q")
_FAILED = -1  # a worker's message: it could not make the part


def workers_for(items: int, least: int = PARALLEL_FROM) -> int:
    """How many worker processes a job of `items` items is run with (0: in this
    process): none below `least`, and none when the load average says more
    processes wait than there are cores (forking costs about a tenth more CPU,
    which such a machine pays in time)."""
    if items < least or not hasattr(os, "fork") or threading.active_count() != 1:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    if cores < 2 or cores - os.getloadavg()[0] < IDLE:
        return 0
    return min(cores, MAX_WORKERS)


def _serve(out: BinaryIO, parts: range, make: Callable[[int], Any]) -> None:
    """In a worker: each of these parts as one message."""
    for c in parts:
        try:
            data = marshal.dumps(make(c))
        except Exception:  # this process makes it, and says why if it fails here too
            out.write(_SIZE.pack(_FAILED))
            return
        out.write(_SIZE.pack(len(data)))
        out.write(data)


def _message(pipe: BinaryIO) -> tuple[Any] | None:
    """The next part a worker sent (in a 1-tuple); None when it failed or ended early."""
    head = pipe.read(_SIZE.size)
    if len(head) < _SIZE.size:
        return None
    (size,) = _SIZE.unpack(head)
    if size < 0:
        return None
    data = pipe.read(size)
    if len(data) < size:
        return None
    return (marshal.loads(data),)


class Forked(Generic[T]):
    """`decode(make(c))` for parts c = 0 .. count - 1, `make` run by `workers`
    processes forked at once (worker w makes parts w, w + workers, ...; `make(c)`:
    a value `marshal` writes), read back in order by iterating; use it as a
    context manager, so that every worker is ended and waited for."""

    def __init__(
        self, count: int, make: Callable[[int], Any], decode: Callable[[Any], T], workers: int
    ) -> None:
        self.count, self.make, self.decode = count, make, decode
        self.workers = max(0, min(workers, count))  # 0: every part made here
        self.started: list[tuple[int, BinaryIO]] = []
        try:
            for w in range(self.workers):
                self.started.append(self._fork(range(w, count, self.workers)))
        except BaseException:
            self.close()
            raise

    def _fork(self, parts: range) -> tuple[int, BinaryIO]:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: leaves by os._exit whatever happens
            code = 1
            try:
                os.close(read)
                for _, pipe in self.started:  # the pipes of the workers before it
                    pipe.close()
                if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
                    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it at once
                with os.fdopen(write, "wb", buffering=1 << 16) as out:
                    _serve(out, parts, self.make)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        return pid, os.fdopen(read, "rb", buffering=1 << 16)

    def __iter__(self) -> Iterator[T]:
        alive = [True] * len(self.started)
        for c in range(self.count):
            w = c % self.workers if self.workers else -1
            got = _message(self.started[w][1]) if w >= 0 and alive[w] else None
            if got is None:
                if w >= 0:
                    alive[w] = False
                got = (self.make(c),)
            yield self.decode(got[0])

    def close(self) -> None:
        """Close the pipes; end the workers still running (a build stopped early)
        and wait for every one."""
        for pid, pipe in self.started:
            pipe.close()
            try:
                if os.waitpid(pid, os.WNOHANG) == (0, 0):
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        self.started = []

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
