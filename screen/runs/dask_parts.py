"""What a Dask worker runs for `screen batch --engine dask`: one partition screened
and written to its own file, its counts sent back.

A CSV partition is read with screen's own reader and screened by the same row loop
and writers as the single-machine `screen batch` (error rows, encodings, formula
cells, clear rows keeping their quoting), so its output file is what
`screen batch FILE` writes.  A Parquet partition (`dask_parquet.py`) is screened
by `screen_frame` and written here (`write_frame`).  The `Screener` comes from
the spec, built once per worker thread.
"""

from __future__ import annotations

import contextlib
import csv
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from screen.io.columns import map_columns
from screen.io.orders import OrderFile, open_orders
from screen.io.writers import CsvWriter, Writer, neutralise, result_columns, safe_cells
from screen.records.trail import ChunkRecord
from screen.runs.frames import ScreenerSpec, column_text
from screen.runs.fused import ClearPath, line_suffix, render_file
from screen.runs.recording import PartRows
from screen.runs.rowrecords import Layout, RecordingWriter, RowRecorder
from screen.runs.rows import RowScreener, Summary, relaxed_gc
from screen.runs.runstart import file_sha256, layout_of
from screen.runs.stream import screen_into
from screen.tuples import NamedTuple

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Output:
    """How partitions are written: `csv` or `parquet`, and the CSV encoding."""

    format: str = "csv"
    encoding: str = "utf-8"
    run_id: int | None = None  # a recorded run: its id, written into every row


class Counts(NamedTuple):
    """What a partition sends back: small, whatever its size."""

    statuses: Counter[str]
    rules: Counter[str]
    rows: int
    encoding: str = ""  # how a CSV partition was read (encoding, delimiter), for the summary
    delimiter: str = ""
    seconds: float = 0.0  # a CSV partition's time on its worker (open, screen, write)
    part: PartRows | None = None  # a recorded run: the partition's rows


_GC_LOCK = threading.Lock()
_GC_USERS = [0]
_GC_STACK = contextlib.ExitStack()


@contextlib.contextmanager
def _relaxed_gc_shared() -> Iterator[None]:
    """`relaxed_gc` while any thread of this worker screens (gc settings are global
    to the process, and a worker may run several partitions at once)."""
    with _GC_LOCK:
        _GC_USERS[0] += 1
        if _GC_USERS[0] == 1:
            _GC_STACK.enter_context(relaxed_gc())
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_USERS[0] -= 1
            if _GC_USERS[0] == 0:
                _GC_STACK.close()


def screen_csv(
    spec: ScreenerSpec,
    path: str,
    target: str,
    output: Output,
    encoding: str | None = None,
    delimiter: str | None = None,
    part: int = 0,
) -> Counts:
    """Screen the order file at `path` into `target`, as `screen batch` would; with
    `output.run_id` (a recorded run), its rows are handed back in `Counts.part`."""
    summary = Summary()
    kept: list[ChunkRecord] = []
    recorded: RowRecorder | None = None
    with open_orders(path, encoding, delimiter) as orders:
        columns = map_columns(orders.header, dict(spec.column_map))
        row_screener = RowScreener(spec.screener(), columns, spec.day)
        recorded_layout = None
        if output.run_id is not None:  # (an order id of two columns refused before screening)
            recorded_layout = layout_of(orders.header, columns)
            layout = Layout(output.run_id, len(orders.header), orders.delimiter)
            recorded = RowRecorder(layout, kept.append)
        with _relaxed_gc_shared():
            if output.format == "parquet":
                from screen.io.parquet import ParquetWriter

                parquet: Writer = ParquetWriter(target, orders.header, path, output.run_id)
                if recorded is not None:
                    parquet = RecordingWriter(parquet, recorded)
                screen_into(row_screener, orders.rows(), parquet, summary)  # finishes the file
            else:
                with open(target, "w", encoding=output.encoding, newline="") as stream:
                    passthrough = orders.delimiter == ","

                    def make_writer(out: IO[str]) -> Writer:
                        writer = CsvWriter(
                            out, orders.header, passthrough=passthrough, run_id=output.run_id
                        )
                        return writer if recorded is None else RecordingWriter(writer, recorded)

                    csv_writer = make_writer(stream)
                    csv_writer.write_header()
                    suffix = line_suffix(csv_writer)
                    if suffix is None or not isinstance(orders, OrderFile):
                        screen_into(row_screener, orders.rows(), csv_writer, summary)
                    else:  # the fused path, its verdicts kept by this worker thread
                        fused = ClearPath(row_screener, suffix, tables=spec.verdict_tables())
                        render_file(fused, orders, stream, make_writer, summary)
    summary.finish()
    rows = None
    if recorded is not None and recorded_layout is not None:
        recorded.flush()
        rows = PartRows(part, summary.rows, path, file_sha256(path), orders.header,
                        orders.delimiter, Path(target).name, recorded_layout, kept)  # fmt: skip
    return Counts(
        summary.statuses,
        summary.rules,
        summary.rows,
        orders.describe(),
        orders.delimiter,
        summary.elapsed,
        rows,
    )


def write_frame(frame: pd.DataFrame, target: str, output: Output) -> Counts:
    """Write a partition screened by `screen_frame` to `target` (with `output.run_id`,
    a last column holding it); its counts."""
    width = len(frame.columns) - 5
    names = [str(c) for c in frame.columns]
    status, rule_ids = names[width], names[width + 1]
    if output.run_id is not None:
        run_column = result_columns(names, ("run_id",))[0]
        frame = frame.assign(**{run_column: output.run_id})
    if output.format == "parquet":
        from screen.io.parquet import unique_names

        unique_names(names[:width], target)
        frame.to_parquet(target, index=False)
    else:
        texts = [column_text(frame.iloc[:, i].tolist()) for i in range(len(frame.columns))]
        with open(target, "w", encoding=output.encoding, newline="") as stream:
            CsvWriter(stream, names[:width], run_id=output.run_id).write_header()
            rows = csv.writer(stream, lineterminator="\n")  # CsvWriter's dialect
            for cells in zip(*texts, strict=True):
                rows.writerow([*safe_cells(list(cells[:width])), *map(neutralise, cells[width:])])
    rules: Counter[str] = Counter()
    for ids in frame[rule_ids].tolist():
        if ids:
            rules.update(ids.split(";"))
    statuses = Counter({str(k): int(v) for k, v in frame[status].value_counts().items()})
    return Counts(statuses, rules, len(frame))
