"""Benchmark `screen batch --engine dask` (a local cluster) against `screen batch
--workers N` on the same rows, and what a bigger cluster would give.

    python bench/dask_batch.py [--rows 10000000] [--files 20] [--workers 2]

Generates `rows / files` synthetic orders (bench/batch.py's generator) and copies
them into `files` CSV files (the Dask partitions) and into one file with all the
rows (for the single-machine run), so both screen the same rows.  Then, in one
run:

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
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from batch import generate


def make_inputs(tmp: Path, rows: int, files: int, seed: int) -> tuple[Path, Path]:
    """`files` copies of one generated file, and one file with all their rows."""
    chunk = tmp / "chunk.csv"
    generate(chunk, rows // files, seed)
    parts = tmp / "parts"
    parts.mkdir()
    header, body = chunk.read_bytes().split(b"\n", 1)
    whole = tmp / "all.csv"
    with whole.open("wb") as out:
        out.write(header + b"\n")
        for i in range(files):
            shutil.copyfile(chunk, parts / f"orders-{i:03d}.csv")
            out.write(body)
    return parts, whole


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        parts, whole = make_inputs(tmp, args.rows, args.files, args.seed)
        rows = (args.rows // args.files) * args.files
        size = whole.stat().st_size / 1e6
        local_out = tmp / "local.csv"
        local = run_local(whole, local_out, args.workers)
        dask = run_dask_cluster(parts, tmp / "dask", args.workers)
        header, body = local_out.read_bytes().split(b"\n", 1)
        pieces = [p.read_bytes().split(b"\n", 1) for p in sorted((tmp / "dask").iterdir())]
        same = all(h == header for h, _ in pieces) and b"".join(b for _, b in pieces) == body
    w = args.workers
    per_worker = dask["rows"] / dask["busy"]
    overhead = dask["run"] - dask["busy"] / w
    fixed = dask["prepare"] + dask["cluster start"] + dask["cluster stop"]
    print(f"rows: {rows:,} ({size:.0f} MB) in {args.files} files; {w} workers on each side")
    print(f"screen batch --workers {w}        : {local:7.2f} s  {rows / local:>10,.0f} rows/s")
    print(
        f"--engine dask, local cluster ({w}) : {dask['total']:7.2f} s  "
        f"{rows / dask['total']:>10,.0f} rows/s  ratio to --workers {dask['total'] / local:.2f}"
    )
    print(
        f"  of which: cluster start {dask['cluster start']:.2f} s, screening {dask['run']:.2f} s, "
        f"cluster stop {dask['cluster stop']:.2f} s, spec and inputs {dask['prepare']:.2f} s"
    )
    print(f"  screening alone, ratio to --workers: {dask['run'] / local:.2f}")
    print(f"outputs identical (parts concatenated vs one file): {same}")
    print(
        f"per-worker throughput: {per_worker:,.0f} rows/s of busy time "
        f"({dask['busy']:.2f} s busy over {args.files} partitions)"
    )
    print(
        f"scheduling overhead: {overhead:.2f} s of {dask['run']:.2f} s "
        f"({overhead / args.files * 1000:.0f} ms a partition), plus {fixed:.2f} s to start and stop"
    )
    per_part = overhead / args.files
    part_rows = rows / args.files
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
