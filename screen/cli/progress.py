"""Progress on stderr for long runs: only on a terminal, never in pipes.

rich's progress bar is imported only when a bar is drawn: a run with `--quiet`, or
whose stderr is not a terminal (a pipe, a log, a scheduled job), does not pay the
import (about 20 ms of every `screen batch` start)."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class RowProgress:
    """A bar driven by bytes read (the only total known before the end) and a row count."""

    def __init__(self, enabled: bool, total_bytes: int | None, source: Any) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._source = source
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._total = total_bytes

    def __enter__(self) -> RowProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("screening"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rows]:,} rows  {task.fields[rate]:,.0f} rows/s"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=sys.stderr),
                transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("rows", total=self._total, rows=0, rate=0.0)
        return self

    def update(self, rows: int, elapsed: float) -> None:
        if self._progress is None or self._task is None:
            return
        done = None
        if self._source is not None:
            try:
                done = self._source.tell()
            except (OSError, ValueError):
                done = None
        self._progress.update(
            self._task, completed=done, rows=rows, rate=rows / elapsed if elapsed else 0
        )

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.__exit__(kind, exc, tb)
