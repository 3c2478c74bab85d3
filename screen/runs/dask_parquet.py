"""Parquet order files for `screen batch --engine dask`: each file cut into
partitions of whole row groups (`parquet_parts`, in the process that starts the
run, from the files' footers alone), each partition read, screened by
`screen_frame` and written by a worker (`screen_parquet`).

A partition's input columns keep their Parquet types in Parquet output.  When the
run is recorded, the worker records each row as it is screened and hands the rows
back with the partition's counts, as a CSV partition does: the part names its
file, the file's SHA-256 (hashed once per worker process, however many partitions
the file is cut into) and the row groups' columns.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from screen.errors import InputError
from screen.io.columns import map_columns
from screen.records.trail import ChunkRecord
from screen.runs.dask_parts import Counts, Output, write_frame
from screen.runs.frames import ScreenerSpec, require, screen_frame
from screen.runs.recording import PartRows
from screen.runs.rowrecords import Layout, RowRecorder
from screen.runs.runstart import file_sha256, layout_of
from screen.tuples import NamedTuple

PART_ROWS = 250_000  # rows a partition holds at least (whole row groups), but the last
DELIMITER = ","  # how a recorded row of a Parquet part is written back as text


class ParquetPart(NamedTuple):
    """One partition: a Parquet file and which of its row groups (none: an empty file)."""

    path: str
    groups: tuple[int, ...]


def parquet_parts(files: Sequence[Path], rows: int = PART_ROWS) -> list[ParquetPart]:
    """The partitions of `files`, in order: consecutive row groups of one file, at
    least `rows` rows each except a file's last; an empty file is one partition."""
    pq = require("pyarrow.parquet")
    parts: list[ParquetPart] = []
    for path in files:
        try:
            with pq.ParquetFile(str(path)) as file:
                sizes = [file.metadata.row_group(i).num_rows for i in range(file.num_row_groups)]
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            raise InputError(
                f"{path}: not a Parquet file pyarrow can read ({exc}): check the file, or "
                "give CSV files"
            ) from None
        groups: list[int] = []
        count = 0
        first = len(parts)
        for index, size in enumerate(sizes):
            groups.append(index)
            count += size
            if count >= rows:
                parts.append(ParquetPart(str(path), tuple(groups)))
                groups, count = [], 0
        if groups or len(parts) == first:
            parts.append(ParquetPart(str(path), tuple(groups)))
    return parts


_HASHED: dict[tuple[str, int, int], str | None] = {}
_HASHING = threading.Lock()


def _sha256_once(path: str) -> str | None:
    """The file's SHA-256, hashed once per process while the file is unchanged."""
    stat = Path(path).stat()
    key = (path, stat.st_size, stat.st_mtime_ns)
    with _HASHING:
        if key not in _HASHED:
            _HASHED[key] = file_sha256(path)
        return _HASHED[key]


def screen_parquet(
    spec: ScreenerSpec, part: ParquetPart, target: str, output: Output, index: int = 0
) -> Counts:
    """Read, screen and write one partition into `target`; with `output.run_id` (a
    recorded run), its rows are handed back in `Counts.part`."""
    pq = require("pyarrow.parquet")
    with pq.ParquetFile(part.path) as file:
        frame = file.read_row_groups(list(part.groups)).to_pandas()
    header = [str(c) for c in frame.columns]
    kept: list[ChunkRecord] = []
    recorder = None
    layout = None
    if output.run_id is not None:  # (an order id of two columns refused before screening)
        layout = layout_of(header, map_columns(header, dict(spec.column_map)))
        recorder = RowRecorder(Layout(output.run_id, len(header), DELIMITER), kept.append)
    screened = screen_frame(
        frame, spec, on_outcome=None if recorder is None else recorder.add_outcome
    )
    counts = write_frame(screened, target, output)
    if recorder is None or layout is None:
        return counts
    recorder.flush()
    rows = PartRows(index, counts.rows, part.path, _sha256_once(part.path), header, DELIMITER,
                    Path(target).name, layout, kept)  # fmt: skip
    return counts._replace(part=rows)
