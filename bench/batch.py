"""Benchmark `screen batch` against a plain csv read-and-write copy of the same file.

    python bench/batch.py [--rows 1000000,3000000] [--repeat 3] [--workers 1 2]

(sizes as one comma-separated list or several values; `--workers` alone times no
other worker count than the default).

For each size, generates N synthetic orders (consignees drawn from a pool of
`--consignees` names, a few thousand distinct descriptions, about 2% that must be
flagged), then times, each in a fresh process, `--repeat` interleaved pairs of the
baseline copy and `screen batch --no-record` with the default workers, and prints
the median wall time, the median of the pairs' ratios beside the target (at most
2.0x the copy) and the peak memory (RSS) of the largest single process of the run
beside its target (under 300 MB).  Then once each: `--workers N` for each N given,
Wall times on a shared machine are noisy (the load average is printed); the CPU
figures (all processes of the run) less so.

Recording (at the sizes in `--record-rows`): for the default workers and each of
`--record-workers`, `--repeat` interleaved pairs of `screen batch --no-record`
and `screen batch` recording into a fresh audit database; the overhead is the
median of the pairs' wall-time ratios, printed beside its target (at most 1.25),
with the database's size per million rows and whether `screen history export` of
a recorded run gives the run's output byte for byte.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

BENIGN = [
    "green tea",
    "wooden toys",
    "frozen salmon",
    "wool sweaters",
    "office chairs",
    "ball bearings",
    "stainless steel bolts",
    "ceramic tiles",
    "printer paper",
    "rice crackers",
    "cotton t-shirts",
    "bicycle parts",
    "kitchen knives",
    "led desk lamps",
    "garden hoses",
    "plastic buckets",
]
ADJ = [
    "small",
    "large",
    "blue",
    "red",
    "premium",
    "standard",
    "set of 10",
    "boxed",
    "bulk",
    "spare",
]
FLAGGED_ITEMS = [
    "semiconductor diodes",
    "industrial robot",
    "3d printer",
    "electron microscope",
    "diesel generator",
    "blasting explosives",
    "covid-19 vaccine",
    "quantum computer",
]
LISTED = ["Sberbank", "Bank VTB PJSC", "Gazprom Bank", "Vorontsova, Maria", "Rosselkhozbank"]
COUNTRIES = ["JP", "DE", "US", "CN", "KR", "FR", "Russia", "RU", "KZ", "TR"]

COPY = """
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as src, open(sys.argv[2], "w", newline="", encoding="utf-8") as dst:
    writer = csv.writer(dst, lineterminator="\\n")
    for row in csv.reader(src):
        writer.writerow(row)
"""


def generate(path: Path, rows: int, seed: int, pool: int = 50_000) -> None:
    rng = random.Random(seed)
    descriptions = [f"{rng.choice(ADJ)} {rng.choice(BENIGN)} #{i}" for i in range(3000)]
    consignees = [
        f"Company {rng.randrange(10**7):07d} {rng.choice(['LLC', 'Ltd', 'GmbH', 'OOO'])}"
        for _ in range(pool)
    ]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["order_id", "date", "description", "consignee", "country", "direction"])
        for i in range(rows):
            description, consignee, country = (
                rng.choice(descriptions),
                rng.choice(consignees),
                rng.choice(COUNTRIES),
            )
            roll = rng.random()
            if roll < 0.01:
                description, country = rng.choice(FLAGGED_ITEMS), "RU"
            elif roll < 0.02:
                consignee = rng.choice(LISTED)
            writer.writerow(
                [
                    f"PO-{i:07d}",
                    f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    description,
                    consignee,
                    country,
                    "export",
                ]
            )


def timed(cmd: list[str]) -> tuple[float, float, float]:
    """Wall time, CPU time (s, every process of the run) and peak RSS (MB, largest
    process of the run: parent or a worker)."""
    wrapper = (
        "import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
        "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(u.ru_utime + u.ru_stime, u.ru_maxrss, file=sys.stderr); sys.exit(rc)"
    )
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{cmd} failed: {proc.stderr}")
    cpu, peak_kb = proc.stderr.strip().splitlines()[-1].split()
    return elapsed, float(cpu), int(peak_kb) / 1024


TARGET_RATIO = 2.0  # screen batch (default workers) / plain csv copy, wall time
TARGET_RSS_MB = 300  # peak resident memory of any one process of the run
TARGET_RECORDING = 1.25  # screen batch recording / --no-record, wall time (issue 14)


def command(orders: Path, out: Path, workers: int, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "screen",
        "batch",
        str(orders),
        "-o",
        str(out),
        "--quiet",
        "--workers",
        str(workers),
        *extra,
    ]


def measure(tmp: Path, rows: int, args: argparse.Namespace) -> None:
    orders = tmp / f"orders-{rows}.csv"
    generate(orders, rows, args.seed, args.consignees)
    size = orders.stat().st_size / 1e6
    copy = [sys.executable, "-c", COPY, str(orders), str(tmp / "copy.csv")]
    default_out = tmp / "screened-default.csv"
    # Interleaved pairs (copy, then screen batch with the default workers): the load of
    # a shared machine changes from minute to minute, so each ratio is taken within a pair.
    pairs = []
    for _ in range(args.repeat):
        base = timed(copy)
        pairs.append((base, timed(command(orders, default_out, 0, "--no-record"))))
    base_time, base_cpu, base_rss = (median(p[0][i] for p in pairs) for i in range(3))
    wall_ratio = median(screen[0] / copied[0] for copied, screen in pairs)
    cpu_ratio = median(screen[1] / copied[1] for copied, screen in pairs)
    peak = max(screen[2] for _, screen in pairs)
    seconds = median(screen[0] for _, screen in pairs)
    runs = [
        (workers, *timed(command(orders, tmp / f"screened-{workers}.csv", workers, "--no-record")))
        for workers in args.workers
    ]
    outputs = {
        default_out.read_bytes(),
        *((tmp / f"screened-{w}.csv").read_bytes() for w in args.workers),
    }
    with default_out.open(encoding="utf-8") as f:
        statuses, distinct = [], set()
        for row in csv.DictReader(f):
            statuses.append(row["status"])
            distinct.add(row["consignee"])
    flagged = sum(s != "clear" for s in statuses)
    print(
        f"\n{rows:,} rows ({size:.0f} MB), {len(distinct):,} distinct consignees, "
        f"flagged {flagged:,} ({flagged / rows:.1%}); load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores"
    )
    print(
        f"{'baseline csv copy':<27}: {base_time:7.2f} s wall {base_cpu:7.2f} s CPU"
        f"  {rows / base_time:>9,.0f} rows/s  peak RSS {base_rss:5.0f} MB"
    )
    print(
        f"{'screen batch (default)':<27}: {seconds:7.2f} s wall  {rows / seconds:>9,.0f} rows/s"
        f"  ratio wall {wall_ratio:.2f} (target <= {TARGET_RATIO:.1f}) CPU {cpu_ratio:.2f}"
        f"  peak RSS per process {peak:.0f} MB (target < {TARGET_RSS_MB})"
        f"  [median of {args.repeat} interleaved pair(s)]"
    )
    for workers, secs, cpu, rss in runs:
        label = f"screen batch --workers {workers}"
        print(
            f"{label:<27}: {secs:7.2f} s wall {cpu:7.2f} s CPU"
            f"  {rows / secs:>9,.0f} rows/s  peak RSS {rss:5.0f} MB"
            f"  ratio wall {secs / base_time:.2f} CPU {cpu / base_cpu:.2f}"
        )
    print("outputs identical across worker counts:", len(outputs) == 1)
    if rows in args.record_rows:
        recording(tmp, orders, rows, args)
    orders.unlink()


def recording(tmp: Path, orders: Path, rows: int, args: argparse.Namespace) -> None:
    """The recording overhead: interleaved (--no-record, recording) pairs per worker
    count; the database's size; a recorded run exported again."""
    sizes, exported_same = [], None
    for workers in dict.fromkeys([0, *args.record_workers]):
        plain_out, kept = tmp / "plain.csv", tmp / "recorded.csv"
        pairs = []
        for repeat in range(args.repeat):
            db = tmp / f"records-{workers}-{repeat}.db"
            plain = timed(command(orders, plain_out, workers, "--no-record"))
            pairs.append((plain, timed(command(orders, kept, workers, "--db", str(db)))))
            sizes.append(db_megabytes(db))
            if exported_same is None:
                exported = tmp / "exported.csv"
                export = [sys.executable, "-m", "screen", "history", "export", "1", "--db", str(db)]
                with exported.open("wb") as sink:
                    subprocess.run(export, stdout=sink, check=False)
                exported_same = exported.read_bytes() == kept.read_bytes()
                exported.unlink()
            for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                path.unlink(missing_ok=True)
        overhead = median(r[0] / p[0] for p, r in pairs)
        cpu = median(r[1] / p[1] for p, r in pairs)
        label = f"recording --workers {workers}" if workers else "recording (default)"
        print(
            f"{label:<27}: {median(r[0] for _, r in pairs):7.2f} s wall"
            f" (--no-record {median(p[0] for p, _ in pairs):.2f} s)"
            f"  overhead {overhead:.2f}x wall (target <= {TARGET_RECORDING}x: "
            f"{'met' if overhead <= TARGET_RECORDING else 'MISSED'}) {cpu:.2f}x CPU"
            f"  peak RSS {max(r[2] for _, r in pairs):.0f} MB"
            f"  [median of {args.repeat} interleaved pair(s): "
            f"{', '.join(f'{r[0] / p[0]:.2f}' for p, r in pairs)}]"
        )
        kept.unlink()
        plain_out.unlink()
    size_mb = median(sizes)
    print(
        f"{'records database':<27}: {size_mb:.0f} MB for {rows:,} rows, "
        f"{size_mb * 1e6 / rows:.0f} MB per million rows (write-ahead log included); "
        f"history export is the run's output byte for byte: {exported_same}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=sizes, nargs="+", default=[[1_000_000, 3_000_000]])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--consignees", type=int, default=50_000, help="size of the consignee pool")
    parser.add_argument(
        "--repeat", type=int, default=3, help="interleaved copy/screen pairs (median)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        nargs="*",
        default=[1, 2],
        help="worker counts timed once besides the default (default: 1 2)",
    )
    parser.add_argument(
        "--record-rows",
        type=sizes,
        nargs="*",
        default=[[1_000_000]],
        help="sizes at which the recording overhead is measured (default: 1000000)",
    )
    parser.add_argument(
        "--record-workers",
        type=int,
        nargs="*",
        default=[1],
        help="worker counts whose recording overhead is measured besides the default (default: 1)",
    )
    args = parser.parse_args()
    args.rows = [n for group in args.rows for n in group]
    args.record_rows = [n for group in args.record_rows for n in group]
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            measure(Path(tmp), rows, args)


def sizes(text: str) -> list[int]:
    """Row counts given as "1000000,3000000" (or one at a time)."""
    return [int(part) for part in text.split(",") if part.strip()]


def db_megabytes(db: Path) -> float:
    """The database's size with its write-ahead log, read while the files exist."""
    parts = (db, db.with_name(db.name + "-wal"))
    return sum(p.stat().st_size for p in parts if p.exists()) / 1e6


if __name__ == "__main__":
    main()
