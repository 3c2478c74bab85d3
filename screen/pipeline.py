"""The whole of a batch run: rows in, rendered rows out, a summary back.

Used by `screen batch`; file opening and terminal output stay in the CLI.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import IO

from screen.batch import RowScreener, Summary, relaxed_gc
from screen.engine import Screener
from screen.io.orders import OrderFile, OrderRow
from screen.io.writers import Writer

Progress = Callable[[int, float], None]
PROGRESS_EVERY = 2000  # rows between progress calls: redrawing per row would cost more


def screen_into(
    row_screener: RowScreener,
    rows: Iterable[OrderRow],
    writer: Writer,
    summary: Summary,
    progress: Progress | None = None,
) -> None:
    """Screen and write each row in order.  A plain clear row (most rows) is written
    straight away, without building an outcome."""
    plain_clear, write_clear = row_screener.plain_clear, writer.write_clear
    for row in rows:
        if row.error is None and plain_clear(row.cells):
            write_clear(row.number, row.cells, row.raw)
            summary.add_clear()
        else:
            outcome = row_screener.screen(row)
            writer.write(outcome)
            summary.add(outcome)
        if progress and summary.rows % PROGRESS_EVERY == 0:
            progress(summary.rows, time.perf_counter() - summary.started)


def run_batch(
    screener: Screener,
    source: OrderFile,
    columns: dict[str, int],
    stream: IO[str],
    make_writer: Callable[[IO[str]], Writer],
    workers: int = 1,
    progress: Progress | None = None,
) -> Summary:
    """Screen the rows of `source` and write one rendered row per input row to
    `stream`, in order."""
    summary = Summary()
    writer = make_writer(stream)
    writer.write_header()
    with relaxed_gc():
        if workers > 1:
            from screen.parallel import CHUNK_ROWS, render_in_parallel

            chunks = source.raw_chunks(CHUNK_ROWS)
            for text, statuses, rules, count in render_in_parallel(
                screener, chunks, columns, make_writer, workers
            ):
                stream.write(text)
                summary.merge(statuses, rules, count)
                if progress:
                    progress(summary.rows, time.perf_counter() - summary.started)
        else:
            screen_into(RowScreener(screener, columns), source.rows(), writer, summary, progress)
    summary.finish()
    return summary
