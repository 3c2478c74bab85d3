"""`screen batch --engine dask`: order files screened on a Dask cluster, one output
file per partition.

CSV inputs are one partition per file, read by screen's own reader on the worker
(so error rows and the row count are exactly those of `screen batch FILE`);
Parquet inputs are cut into partitions of whole row groups, each read on its worker
and screened with `screen_frame` (`dask_parquet.py`).  Every partition is written by its
worker to `part-NNNNN.csv` or `.parquet` in a staging folder inside the output
folder; only when every partition is done do the parts replace those of an
earlier run, so a failed run leaves the folder as it was.  What crosses the wire
is the `ScreenerSpec` (a few hundred bytes) and each partition's counts (and, in a
recorded run, its rows, which this process writes into the records database).
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screen.errors import InputError
from screen.runs.dask_parquet import parquet_parts, screen_parquet
from screen.runs.dask_parts import Counts, Output, screen_csv
from screen.runs.frames import ScreenerSpec, require
from screen.runs.rows import Summary

if TYPE_CHECKING:
    from screen.runs.recording import Recorder

PARQUET = (".parquet", ".pq")
ORDER_FILES = (".csv", ".tsv", ".txt", *PARQUET)


def input_files(pattern: str) -> list[Path]:
    """The files a pattern names (a glob, a folder of order files or one file), sorted."""
    path = Path(pattern).expanduser()
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in ORDER_FILES)
    else:
        found = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
    files = [p for p in found if p.is_file()]
    if not files:
        raise InputError(
            f"no order files match '{pattern}': check the path, and quote a pattern "
            "('orders/*.csv') so the shell passes it on"
        )
    kinds = {p.suffix.lower() in PARQUET for p in files}
    if len(kinds) > 1:
        raise InputError(f"'{pattern}' matches both CSV and Parquet files: screen them apart")
    return files


def output_folder(out: str, inputs: Sequence[Path]) -> Path:
    """The folder parts go to, made if its parent exists."""
    folder = Path(out).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InputError(
            f"the output {out} is a file: --engine dask writes one file per partition "
            "into a folder; give -o FOLDER"
        )
    if not folder.exists():
        if not folder.parent.exists():
            raise InputError(f"cannot write {out}: the folder {folder.parent} does not exist")
        folder.mkdir()
    resolved = folder.resolve()
    if any(p.resolve().parent == resolved for p in inputs):
        raise InputError(f"the output folder {out} holds input files: choose another -o")
    return folder


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, workers: int = 0) -> Iterator[Any]:
    """A client of the scheduler at `scheduler`, else of a local cluster of `workers`
    single-threaded worker processes (0: one per core), closed at the end."""
    distributed = require("distributed")
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc}): check --scheduler, "
                "e.g. tcp://10.0.0.5:8786"
            ) from None
        with client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: 8787 may be taken
            # a partition's failure reaches the client as its exception, said in one
            # line; the workers' own "Compute Failed ... Traceback" log is not for users
            silence_logs=logging.CRITICAL,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def plan(
    spec: ScreenerSpec,
    files: Sequence[Path],
    staging: Path,
    output: Output,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> list[Any]:
    """One delayed task per partition, each writing `part-NNNNN` into `staging`."""
    dask = require("dask")
    suffix = ".parquet" if output.format == "parquet" else ".csv"

    def target(index: int) -> str:
        return str(staging / f"part-{index:05d}{suffix}")

    if files[0].suffix.lower() in PARQUET:
        screen = dask.delayed(screen_parquet, pure=False)
        return [
            screen(spec, part, target(i), output, i) for i, part in enumerate(parquet_parts(files))
        ]
    task = dask.delayed(screen_csv, pure=False)
    return [
        task(spec, str(p), target(i), output, encoding, delimiter, i) for i, p in enumerate(files)
    ]


def prepare(spec: ScreenerSpec, pattern: str, out: str) -> tuple[list[Path], Path]:
    """The input files and the output folder, checked before any cluster starts; the
    spec's screener built here first, so a bad rulebook, list or threshold fails
    before any work is sent."""
    files = input_files(pattern)
    folder = output_folder(out, files)
    spec.screener()
    return files, folder


def run_dask(
    spec: ScreenerSpec,
    files: Sequence[Path],
    folder: Path,
    output: Output,
    *,
    client: Any,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: Callable[[int], None] | None = None,
    recorder: Recorder | None = None,
) -> tuple[Summary, list[Counts]]:
    """Screen `files` (see `prepare`) into `folder`/part-NNNNN files on `client`'s
    cluster; the run's summary and each partition's counts, in order.  `recorder`:
    the run being recorded (`output.run_id`), each partition's rows written as it
    comes back."""
    summary = Summary()
    staging = Path(tempfile.mkdtemp(prefix=".screen-", dir=folder))
    distributed = require("distributed")
    futures: list[Any] = []
    try:
        futures = client.compute(plan(spec, files, staging, output, encoding, delimiter))
        found: dict[int, Counts] = {}
        index = {id(f): i for i, f in enumerate(futures)}
        for future in distributed.as_completed(futures):
            counts = future.result()
            summary.merge(counts.statuses, counts.rules, counts.rows)
            if recorder is not None and counts.part is not None:
                recorder.add_part(counts.part)
            found[index[id(future)]] = counts._replace(part=None)  # the rows go
            if progress:
                progress(summary.rows)
        parts = [found[i] for i in range(len(futures))]
        _replace_parts(staging, folder)
    finally:
        # When one partition fails the others may still be writing into the staging
        # folder: let them finish first, or a part written after the removal would
        # leave the folder behind.
        distributed.wait(futures)
        shutil.rmtree(staging, ignore_errors=True)
    summary.finish()
    return summary, parts


def _replace_parts(staging: Path, folder: Path) -> None:
    """The new parts in place of an earlier run's."""
    for old in folder.glob("part-*"):
        if old.suffix in (".csv", ".parquet") and old.is_file():
            old.unlink()
    for new in sorted(staging.iterdir()):
        os.replace(new, folder / new.name)
