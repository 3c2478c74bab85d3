"""The row loop every batch path runs: screen each row in order and write it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from screen.io.rowtext import OrderRow
from screen.io.writers import Writer
from screen.runs.rows import RowScreener, Summary

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
    writer.finish()
