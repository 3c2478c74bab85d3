"""Benchmark `screen batch` against a plain csv read-and-write copy of the same file.

    python bench/batch.py [--rows 1000000] [--consignees 50000] [--workers 0 1 2]

Generates N synthetic orders (consignees drawn from a pool of `--consignees`
names, a few thousand distinct descriptions, about 2% that must be flagged), then
in one run times the baseline copy and `screen batch` with each worker count (0 is
the default, automatic), each in a fresh process, and prints wall time, CPU time
(all processes of the run), their ratios to the copy, rows/s and the peak memory
(RSS) of the largest single process.  Wall times on a shared machine are noisy;
the CPU figures less so.  `screen batch` runs twice per worker count: with
`--no-record`, and recording into a fresh audit database; the recording overhead
is the ratio of the two (target: at most 1.25).
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--consignees", type=int, default=50_000, help="size of the consignee pool")
    parser.add_argument(
        "--workers",
        type=int,
        nargs="+",
        default=[0, 1, 2],
        help="worker counts to time, 0 for the default (default: 0 1 2)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        orders = Path(tmp) / "orders.csv"
        generate(orders, args.rows, args.seed, args.consignees)
        size = orders.stat().st_size / 1e6
        base_time, base_cpu, base_rss = timed(
            [sys.executable, "-c", COPY, str(orders), str(Path(tmp) / "copy.csv")]
        )
        runs = []
        recorded = []
        for workers in args.workers:

            def command(out: Path, *extra: str, workers: int = workers) -> list[str]:
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

            out = Path(tmp) / f"screened-{workers}.csv"
            runs.append((workers, *timed(command(out, "--no-record"))))
            db = Path(tmp) / f"records-{workers}.db"
            kept = Path(tmp) / f"recorded-{workers}.csv"
            recorded.append((workers, *timed(command(kept, "--db", str(db))), db_megabytes(db)))
            kept.unlink()
        outputs = {(Path(tmp) / f"screened-{w}.csv").read_bytes() for w in args.workers}
        with (Path(tmp) / f"screened-{args.workers[0]}.csv").open(encoding="utf-8") as f:
            statuses, distinct = [], set()
            for row in csv.DictReader(f):
                statuses.append(row["status"])
                distinct.add(row["consignee"])
    flagged = sum(s != "clear" for s in statuses)
    print(
        f"rows: {args.rows:,} ({size:.0f} MB), {len(distinct):,} distinct consignees, "
        f"flagged {flagged:,} ({flagged / args.rows:.1%})"
    )
    print(
        f"{'baseline csv copy':<25}: {base_time:7.2f} s wall {base_cpu:7.2f} s CPU"
        f"  {args.rows / base_time:>9,.0f} rows/s  peak RSS {base_rss:5.0f} MB"
    )
    for workers, seconds, cpu, rss in runs:
        label = f"screen batch --workers {workers}" if workers else "screen batch (default)"
        print(
            f"{label:<25}: {seconds:7.2f} s wall {cpu:7.2f} s CPU"
            f"  {args.rows / seconds:>9,.0f} rows/s  peak RSS {rss:5.0f} MB"
            f"  ratio wall {seconds / base_time:.2f} CPU {cpu / base_cpu:.2f}"
        )
    print("outputs identical across worker counts:", len(outputs) == 1)
    for (workers, plain, _, _), (_, seconds, _, rss, size_mb) in zip(runs, recorded, strict=True):
        label = f"recording --workers {workers}"
        print(
            f"{label:<25}: {seconds:7.2f} s wall  {args.rows / seconds:>9,.0f} rows/s  peak RSS {rss:5.0f} MB"
            f"  database {size_mb:.0f} MB  overhead {seconds / plain:.2f} (vs --no-record {plain:.2f} s)"
        )


def db_megabytes(db: Path) -> float:
    """The database's size with its write-ahead log, read while the files exist."""
    parts = (db, db.with_name(db.name + "-wal"))
    return sum(p.stat().st_size for p in parts if p.exists()) / 1e6


if __name__ == "__main__":
    main()
