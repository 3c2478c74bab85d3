"""Screen an order stream on several processes, output in input order.

Worker processes are forked after the screener is built, so they share its
rulebook and indexes without loading anything.  The parent cuts the file into
chunks of raw text between records (a string pickles in no time; parsed rows do
not), each worker parses and screens a chunk and returns it rendered (CSV or JSON
Lines text) with its counts, and the parent writes the chunks in order.  Each
worker keeps its own caches.
"""

from __future__ import annotations

import datetime as dt
import io
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from screen.engine import Screener
from screen.io.orders import RawChunk, parse_text
from screen.io.writers import Writer
from screen.runs.rows import RowScreener, Summary
from screen.runs.stream import screen_into

CHUNK_ROWS = 5000

# Set in the parent just before the fork; read by the workers.
_JOB: dict[str, Any] = {}


def _render(chunk: RawChunk) -> tuple[str, Counter[str], Counter[str], int]:
    buffer = io.StringIO()
    summary = Summary()
    screen_into(_JOB["row_screener"], parse_text(chunk), _JOB["make_writer"](buffer), summary)
    summary.finish()
    return buffer.getvalue(), summary.statuses, summary.rules, summary.rows


AUTO_MIN_BYTES = 16 * 1024 * 1024  # below this, starting workers costs more than it saves


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


def render_in_parallel(
    screener: Screener,
    chunks: Iterable[RawChunk],
    columns: dict[str, int],
    make_writer: Callable[[IO[str]], Writer],
    workers: int,
    today: dt.date | None = None,
) -> Iterator[tuple[str, Counter[str], Counter[str], int]]:
    """(rendered text, status counts, rule counts, row count) per chunk, in order."""
    _JOB.update(row_screener=RowScreener(screener, columns, today), make_writer=make_writer)
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(_render, chunks)
