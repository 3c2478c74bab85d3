"""Benchmark `screen batch --engine dask` (a local cluster) against `screen batch
--workers N` on the same rows, and what a bigger cluster would give.

    python bench/dask_batch.py [--rows 10000000] [--files 20] [--workers 2]
                               [--data DIR] [--budget 480]

Generates `rows / files` synthetic orders (bench/batch.py's generator) and copies
them into `files` CSV files (the Dask partitions) and into one file with all the
rows (for the single-machine run), so both screen the same rows.  The inputs are
kept in `--data` (default: a folder in the system's temp folder named for the
rows, files and seed) and generated only when absent, so a second run starts at
once; the outputs go to a temporary folder removed at the end.

A pilot first screens one partition with `--workers 1`; if the rows/s it shows
say the two full runs would not finish within `--budget` seconds, the full runs
are made on as many partitions as fit, and every figure printed for the whole
input is labelled as scaled from them.  Then, in one run:

* `screen batch ALL.csv --workers N` in a fresh process (the baseline);
* a local Dask cluster of N worker processes started, every file screened with
  `run_dask` (what `screen batch --engine dask` runs), the cluster stopped, each
  phase timed; each partition reports its own time on its worker.

It prints both end-to-end times and their ratio, the per-worker throughput (rows
per second of worker busy time), the scheduling overhead (the run's wall time
minus the busy time divided by the workers) and, from those two measurements, a
projection for clusters of more workers.  Outputs are checked to be identical.
Timings on a shared machine are noisy: compare figures from the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from batch import generate


def make_inputs(data: Path, rows: int, files: int, seed: int) -> tuple[Path, Path]:
    """`files` copies of one generated file, and one file with all their rows, made
    in `data` unless a finished earlier run left them there."""
    parts, whole, done = data / "parts", data / "all.csv", data / "complete"
    if done.exists():
        return parts, whole
    shutil.rmtree(data, ignore_errors=True)
    parts.mkdir(parents=True)
    chunk = data / "chunk.csv"
    generate(chunk, rows // files, seed)
    header, body = chunk.read_bytes().split(b"\n", 1)
    with whole.open("wb") as out:
        out.write(header + b"\n")
        for i in range(files):
            shutil.copyfile(chunk, parts / f"orders-{i:03d}.csv")
            out.write(body)
    chunk.unlink()
    done.touch()
    return parts, whole


def subset(tmp: Path, parts: Path, count: int) -> tuple[Path, Path]:
    """The first `count` partitions, and one file with their rows (for a scaled run)."""
    chosen = sorted(parts.iterdir())[:count]
    folder, whole = tmp / "subset", tmp / "subset.csv"
    folder.mkdir()
    with whole.open("wb") as out:
        for i, part in enumerate(chosen):
            (folder / part.name).symlink_to(part)
            header, body = part.read_bytes().split(b"\n", 1)
            out.write((header + b"\n" if i == 0 else b"") + body)
    return folder, whole


def digest_body(paths: list[Path]) -> str:
    """SHA-256 of the files' rows after each one's header line, read in blocks."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as f:
            f.readline()
            while block := f.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()


def run_local(whole: Path, out: Path, workers: int) -> float:
    command = [sys.executable, "-m", "screen", "batch", str(whole), "-o", str(out), "-q"]
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "--no-record", "--workers", str(workers)], capture_output=True, check=False
    )
    if done.returncode not in (0, 1):
        sys.exit(f"screen batch failed: {done.stderr.decode()}")
    return time.perf_counter() - start


def run_dask_cluster(parts: Path, out: Path, workers: int) -> dict[str, float]:
    from screen.runs.dask_engine import dask_client, prepare, run_dask
    from screen.runs.dask_parts import Output
    from screen.runs.frames import ScreenerSpec

    timings: dict[str, float] = {}
    start = time.perf_counter()
    spec = ScreenerSpec.create()
    files, folder = prepare(spec, str(parts / "*.csv"), str(out))
    timings["prepare"] = time.perf_counter() - start
    client_cm = dask_client(None, workers)
    mark = time.perf_counter()
    client = client_cm.__enter__()
    timings["cluster start"] = time.perf_counter() - mark
    try:
        mark = time.perf_counter()
        summary, counts = run_dask(spec, files, folder, Output(), client=client)
        timings["run"] = time.perf_counter() - mark
    finally:
        mark = time.perf_counter()
        client_cm.__exit__(None, None, None)
        timings["cluster stop"] = time.perf_counter() - mark
    timings["total"] = time.perf_counter() - start
    timings["busy"] = sum(c.seconds for c in counts)
    timings["rows"] = summary.rows
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--files", type=int, default=20, help="CSV files, i.e. Dask partitions")
    parser.add_argument("--workers", type=int, default=2, help="processes on both sides")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data", type=Path, help="where the inputs are kept (made if absent)")
    parser.add_argument(
        "--budget", type=float, default=480, help="seconds the two full runs may take"
    )
    args = parser.parse_args()
    data = args.data or Path(tempfile.gettempdir()) / (
        f"screen-bench-dask-{args.rows}-{args.files}-{args.seed}"
    )
    mark = time.perf_counter()
    parts, whole = make_inputs(data, args.rows, args.files, args.seed)
    made = time.perf_counter() - mark
    rows = (args.rows // args.files) * args.files
    part_rows = rows // args.files
    size = whole.stat().st_size / 1e6
    w = args.workers
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        first = sorted(parts.iterdir())[0]
        pilot = run_local(first, tmp / "pilot.csv", 1)
        # both runs at about w x the pilot's rows/s (less is safer: Dask has overheads)
        expected = 2 * rows / (part_rows / pilot * max(1, w) * 0.7)
        used = args.files
        if expected > args.budget:
            used = max(1, int(args.files * args.budget / expected))
            parts, whole = subset(tmp, parts, used)
        run_rows = part_rows * used
        local_out = tmp / "local.csv"
        local = run_local(whole, local_out, w)
        dask = run_dask_cluster(parts, tmp / "dask", w)
        same = digest_body([local_out]) == digest_body(sorted((tmp / "dask").iterdir()))
    scale = rows / run_rows
    label = "" if scale == 1 else f"  [SCALED x{scale:.1f} from {run_rows:,} rows measured]"
    per_worker = dask["rows"] / dask["busy"]
    overhead = dask["run"] - dask["busy"] / w
    fixed = dask["prepare"] + dask["cluster start"] + dask["cluster stop"]
    origin = f"made in {made:.0f} s" if made > 1 else "kept from an earlier run"
    print(
        f"rows: {rows:,} ({size:.0f} MB) in {args.files} files; {w} workers on each side; "
        f"inputs in {data} ({origin})"
    )
    if scale != 1:
        print(
            f"pilot: one partition ({part_rows:,} rows) in {pilot:.1f} s with --workers 1, so "
            f"the full runs would exceed --budget {args.budget:.0f} s: measured on {used} of "
            f"{args.files} partitions; whole-input times below are those times x{scale:.1f}"
        )
    local_all = local * scale
    dask_all = dask["run"] * scale + fixed
    print(
        f"screen batch --workers {w}        : {local_all:7.2f} s  {rows / local_all:>10,.0f} rows/s"
        + label
    )
    print(
        f"--engine dask, local cluster ({w}) : {dask_all:7.2f} s  "
        f"{rows / dask_all:>10,.0f} rows/s  ratio to --workers {dask_all / local_all:.2f}" + label
    )
    print(
        f"  of which: cluster start {dask['cluster start']:.2f} s, screening "
        f"{dask['run'] * scale:.2f} s, cluster stop {dask['cluster stop']:.2f} s, spec and "
        f"inputs {dask['prepare']:.2f} s"
    )
    print(f"  screening alone, ratio to --workers: {dask['run'] / local:.2f}")
    print(f"outputs identical (parts concatenated vs one file): {same}")
    print(
        f"per-worker throughput: {per_worker:,.0f} rows/s of busy time "
        f"({dask['busy']:.2f} s busy over {used} partitions)"
    )
    print(
        f"scheduling overhead: {overhead:.2f} s of {dask['run']:.2f} s "
        f"({overhead / used * 1000:.0f} ms a partition), plus {fixed:.2f} s to start and stop"
    )
    per_part = overhead / used
    print(
        "projection, partitions of the same size: rows / (per-worker throughput x workers)"
        " + overhead a partition x partitions / workers + start and stop:"
    )
    for target in (rows, 100_000_000, 1_000_000_000):
        cells = []
        for workers in (w, 8, 32, 128):
            partitions = target / part_rows
            seconds = target / (per_worker * workers) + per_part * partitions / workers + fixed
            cells.append(f"{workers:>3} workers {seconds:>9,.0f} s")
        print(f"  {target:>13,} rows: " + "  ".join(cells))


if __name__ == "__main__":
    main()
