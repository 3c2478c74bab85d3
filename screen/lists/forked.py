"""A list store's chunks encoded in forked worker processes, written in order here.

Reducing names is most of a build's work and each chunk of entries is reduced
alone, so a list of `PARALLEL_FROM` entries or more is cut into chunks that
worker processes, forked after the list is parsed (they inherit its entries),
encode in turn: worker `w` takes chunks `w`, `w + K`, ... and sends each back
through its own pipe as one `marshal` message (text, integers and bytes only:
nothing that could run code, and only between this process and its children).
This process reads them in order and writes them (`storewrite`) while the
workers go on, so the build takes about the time of its slower half.

Forking copies the locks of every thread: a process that runs another thread
(a Dask worker, a thread pool) builds in itself, as does one core, a platform
without `fork` and a short list.  The workers run no `atexit` handler and touch
no open file or connection of this process.  A worker that fails or dies only
costs time: its remaining chunks are encoded here, so the rows are always those
an in-process build writes (tests compare them).
"""

from __future__ import annotations

import marshal
import os
import signal
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, TypeVar

T = TypeVar("T")
PARALLEL_FROM = 4_000  # entries: below this, forking costs more than it saves
MAX_WORKERS = 4
_SIZE = struct.Struct("<q")
_FAILED = -1  # a worker's message: it could not encode the chunk


def workers_for(entries: int) -> int:
    """How many worker processes a list of `entries` entries is built with (0:
    built in this process)."""
    if entries < PARALLEL_FROM or not hasattr(os, "fork") or threading.active_count() != 1:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, MAX_WORKERS) if (cores or 1) >= 2 else 0


def _serve(out: BinaryIO, chunks: range, encode: Callable[[int], Any]) -> None:
    """In a worker: each of these chunks, encoded, as one message."""
    for c in chunks:
        try:
            data = marshal.dumps(encode(c))
        except Exception:  # the parent encodes it, and says why if it fails there too
            out.write(_SIZE.pack(_FAILED))
            return
        out.write(_SIZE.pack(len(data)))
        out.write(data)


def _fork(chunks: range, encode: Callable[[int], Any]) -> tuple[int, BinaryIO]:
    """A worker encoding these chunks; its pid and the pipe it writes them to."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: leaves by os._exit whatever happens
        code = 1
        try:
            os.close(read)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            with os.fdopen(write, "wb", buffering=1 << 16) as out:
                _serve(out, chunks, encode)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    return pid, os.fdopen(read, "rb", buffering=1 << 16)


def _message(pipe: BinaryIO) -> tuple[Any] | None:
    """The next chunk a worker sent (in a 1-tuple); None when it failed or ended early."""
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


def forked_map(
    count: int, encode: Callable[[int], Any], decode: Callable[[Any], T], workers: int
) -> Iterator[T]:
    """`decode(encode(c))` for chunks c = 0 .. count - 1, in order, `encode` run by
    `workers` forked processes (`encode(c)`: a value `marshal` writes)."""
    started: list[tuple[int, BinaryIO]] = []
    alive: list[bool] = []
    try:
        for w in range(min(workers, count)):
            started.append(_fork(range(w, count, workers), encode))
            alive.append(True)
        for c in range(count):
            w = c % workers
            got = _message(started[w][1]) if alive[w] else None
            if got is None:
                alive[w] = False
                got = (encode(c),)
            yield decode(got[0])
    finally:
        _reap(started)


def _reap(started: Sequence[tuple[int, BinaryIO]]) -> None:
    """Close the pipes; end the workers still running (a build stopped early) and
    wait for every one."""
    for pid, pipe in started:
        pipe.close()
        try:
            if os.waitpid(pid, os.WNOHANG) == (0, 0):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        except ChildProcessError:
            pass
