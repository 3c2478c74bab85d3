"""Screen an order stream on several processes, output in input order.

Worker processes are forked after the screener is built, so they share its
rulebook and indexes without loading anything.  The parent cuts the file into
chunks between records (`io/chunks.py`: it never parses a row it need not); a
chunk of a file on disk goes to a worker as the span of bytes it lies in, which
the worker reads from the file itself (no row text goes down a pipe), a chunk of
standard input as its text.  Each worker parses and screens a chunk and returns it
rendered (CSV or JSON Lines text) with its counts, and the parent writes the
chunks in order.  Each worker keeps its own caches.

Failures end the run promptly: at most two chunks per worker are in flight, a
worker that dies (killed by the system, out of memory) or fails is a `RunFailure`
(exit 2), and on any failure or signal in the parent the workers are terminated
at once.  Workers ignore Ctrl-C (the parent alone reports it, in one line) and
die quietly on SIGTERM and SIGHUP.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any

from screen.engine import Screener
from screen.errors import RunFailure
from screen.io.chunks import FileSpan, RawChunk, read_span
from screen.io.orders import parse_text
from screen.io.writers import Writer
from screen.runs.decisions import Decisions
from screen.runs.fused import ClearPath
from screen.runs.rows import RowScreener, Summary
from screen.runs.sharing import VerdictLog
from screen.runs.stream import screen_into

CHUNK_CHARS = 1 << 19  # about 6,000 rows of a typical order file per chunk
SMALL_CHUNKS = 32  # first chunks of 64 K characters: early verdicts shared sooner

# Set in the parent just before the fork; read by the workers.
_JOB: dict[str, Any] = {}


# The order file a run's spans lie in: its descriptor (inherited by the workers,
# so a file renamed or replaced meanwhile is not read), codec and name.
SpanFile = tuple[int, str, str]


def _render(item: RawChunk | FileSpan) -> Rendered:
    """In a worker: one chunk rendered, with its counts; the verdicts the other
    workers learned are taken in first, those this one learns passed on after."""
    if isinstance(item, FileSpan):
        fd, codec, name = _JOB["file"]
        chunk = read_span(fd, item, codec, name)
    else:
        chunk = item
    buffer = io.StringIO()
    summary = Summary()
    path: ClearPath | None = _JOB["clear_path"]
    if path is None:
        screen_into(_JOB["row_screener"], parse_text(chunk), _JOB["make_writer"](buffer), summary)
        text = buffer.getvalue()
    else:
        log: VerdictLog | None = _JOB["log"]
        if log is not None:
            path.absorb(log.collect())
        text = path.render(chunk, _JOB["make_writer"], buffer, summary)
        if log is not None:
            log.publish(path.learned)
        path.learned = []
    summary.finish()
    data = encoded(text, _JOB["codec"])
    return data, summary.statuses, summary.rules, summary.rows, _JOB["kept"]()


def encoded(text: str, codec: str | None) -> str | bytes:
    """A chunk's output as bytes in `codec`; as text when there is no codec, or when
    a character does not encode (the parent's writer then reports it, as it does
    in one process)."""
    if codec is not None:
        with contextlib.suppress(UnicodeEncodeError):
            return text.encode(codec)
    return text


AUTO_MIN_BYTES = 1024 * 1024  # below this, starting workers costs more than it saves


def available() -> bool:
    """Whether worker processes can be forked here (POSIX only)."""
    return "fork" in multiprocessing.get_all_start_methods()


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def capped(requested: int) -> int:
    """`--workers N` limited to the usable cores: more processes than cores only
    cost memory (and `--workers 99999` would fork until the kernel stops it)."""
    return max(1, min(requested, usable_cores()))


def auto_workers(size: int | None) -> int:
    """Workers for `--workers 0`: one per core (up to 4) for a large regular file,
    else 1.  Measured on 2 cores: 2 workers screen 1,000,000 rows in about 70% of
    the time one takes (bench/batch.py)."""
    cores = usable_cores()
    if size is None or size < AUTO_MIN_BYTES or cores < 2 or not available():
        return 1
    return min(cores, 4)


# A chunk's rendered text (encoded when the parent asked for bytes), status counts,
# rule counts, row count, and what the writer kept for the parent (the chunk's rows
# for the audit trail).
Rendered = tuple[str | bytes, Counter[str], Counter[str], int, list[Any]]


_STOPPING = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP while the workers are forked: one arriving
    inside the fork would be raised in an at-fork callback, where Python prints and
    drops it (the run then went on to the end); held, it is raised right after."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_signals() -> None:
    """In a worker: Ctrl-C is the parent's to report; SIGTERM and SIGHUP end it, and
    on Linux so does the parent's end, however it ends (a worker left waiting on a
    pipe would hold the run's output open for ever)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _die_with_parent()
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)  # held by the parent at the fork


def _die_with_parent() -> None:
    """SIGTERM when the parent ends (Linux `prctl(PR_SET_PDEATHSIG)`)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    if os.getppid() == 1:  # (the parent ended before the call)
        os._exit(1)


WORKER_DIED = (
    "a worker process died (killed by the system, perhaps out of memory): rerun with --workers 1"
)


POLL_SECONDS = 0.5  # how often a wait for a chunk checks that every worker lives


def _workers(pool: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    return list((getattr(pool, "_processes", None) or {}).values())


def _result(future: Future[Rendered], pool: ProcessPoolExecutor) -> Rendered:
    """A chunk's result.  A worker killed while it sent a result leaves the pool's
    own watcher waiting for the rest of the message for ever (it never reports the
    death), so the wait checks the workers itself."""
    while not wait([future], timeout=POLL_SECONDS).done:
        if any(process.exitcode is not None for process in _workers(pool)):
            raise RunFailure(WORKER_DIED)
    try:
        return future.result()
    except BrokenProcessPool:
        raise RunFailure(WORKER_DIED) from None
    except (OSError, MemoryError) as exc:
        raise RunFailure(
            f"a worker process failed ({type(exc).__name__}: {exc}): rerun with --workers 1"
        ) from None


def _stop(pool: ProcessPoolExecutor, failed: bool) -> None:
    """Shut the pool down; after a failure, end the workers first."""
    if failed:
        processes = _workers(pool)
        for process in processes:
            with contextlib.suppress(Exception):
                process.terminate()
        for process in processes:
            with contextlib.suppress(Exception):
                process.join(POLL_SECONDS)
                if process.exitcode is None:
                    process.kill()
                    process.join(POLL_SECONDS)
        # Chunks still in the pipe to a dead worker would block the exit for ever
        # (multiprocessing joins the queue's feeder thread at exit): drop them.
        queue = getattr(pool, "_call_queue", None)
        if queue is not None:
            queue.cancel_join_thread()
        # The pool's watcher may be reading half a result from a killed worker; with
        # every worker gone, closing this process's end of the pipe ends that read
        # (else the exit, which joins the watcher, would wait for ever).
        results = getattr(pool, "_result_queue", None)
        if results is not None:
            with contextlib.suppress(Exception):
                results._writer.close()
    pool.shutdown(wait=not failed, cancel_futures=True)


def render_in_parallel(
    screener: Screener,
    chunks: Iterable[RawChunk | FileSpan],
    columns: dict[str, int],
    make_writer: Callable[[IO[str]], Writer],
    workers: int,
    today: dt.date | None = None,
    decisions: Decisions | None = None,
    suffix: str | None = None,
    kept: Callable[[], list[Any]] = list,
    file: SpanFile | None = None,
    codec: str | None = None,
) -> Generator[Rendered, None, None]:
    """(rendered text, status counts, rule counts, row count, what `kept` returns in
    the worker after the chunk) per chunk, in order.  `file`: the file the chunks
    lie in when they are `FileSpan`s.  `codec`: the workers encode each chunk's text
    in it (bytes are pickled, piped and written at a third of the cost of text,
    which is encoded to UTF-8 to be pickled and decoded again); a chunk that does
    not encode comes back as text, for the parent's writer to report.

    With `suffix` (see `fused.line_suffix`) workers take the fused path, and what
    one worker learns on a cache miss reaches the others through a folder of the
    run's (`sharing.VerdictLog`), so that they need not derive it again."""
    row_screener = RowScreener(screener, columns, today, decisions)
    path = None if suffix is None else ClearPath(row_screener, suffix, share=True)
    try:  # mode 0700: the user's own
        folder: str | None = tempfile.mkdtemp(prefix="screen-verdicts-")
    except OSError:  # no temporary folder: each worker derives every verdict itself
        folder = None
    _JOB.update(
        row_screener=row_screener,
        make_writer=make_writer,
        clear_path=path,
        kept=kept,
        file=file,
        codec=codec,
        log=None if folder is None or path is None else VerdictLog(folder),
    )
    pool = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=_worker_signals
    )
    pending: deque[Future[Rendered]] = deque()
    failed = True
    try:
        for number, chunk in enumerate(chunks):
            if number:
                pending.append(_submit(pool, chunk))
            else:
                with _signals_held():  # the first submission forks the workers
                    pending.append(_submit(pool, chunk))
            if len(pending) >= 2 * workers:
                yield _result(pending.popleft(), pool)
        while pending:
            yield _result(pending.popleft(), pool)
        failed = False
    finally:
        try:
            _stop(pool, failed)
        finally:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


def _submit(pool: ProcessPoolExecutor, chunk: RawChunk | FileSpan) -> Future[Rendered]:
    """Send a chunk to the workers (a pool whose worker died refuses it: RunFailure)."""
    try:
        return pool.submit(_render, chunk)
    except BrokenProcessPool:
        raise RunFailure(WORKER_DIED) from None
