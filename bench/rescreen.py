"""Benchmark `screen rescreen --changed-only OLD NEW` against a full `screen rescreen`.

    python bench/rescreen.py [--parties 20000] [--entries 5000] [--changed 20]

Generates a custom watch list of `--entries` synthetic entries (edition OLD), a
batch of orders with `--parties` distinct consignees, records that batch against
OLD, then writes edition NEW (OLD with `--changed` entries renamed to recorded
consignees and as many added).  In one run it times, each in a fresh process, the
baseline (`rescreen --list NEW`: every party against the whole list) and
`rescreen --changed-only OLD NEW`, prints wall times and their ratio, and checks
that both report the same changes on the entries that changed.  Wall times on a
shared machine are noisy; the ratio less so.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "amber arctic atlas aurora basalt beacon cedar cobalt condor delta ember falcon "
    "granite harbor helix indigo juniper kestrel lattice lumen magnet meridian nimbus "
    "onyx orion pioneer quartz raven sierra summit tundra vector zenith"
).split()
KINDS = "Trading Systems Logistics Components Industries Technologies Holdings".split()
HEADER = ["id", "name", "aliases", "type", "country", "program"]


def name(rng: random.Random) -> str:
    return f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {rng.choice(KINDS)}"


def write_list(path: Path, entries: list[tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for entry_id, listed in entries:
            writer.writerow([entry_id, listed, "", "organization", "AE", "bench-watch"])


def timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return time.perf_counter() - start, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parties", type=int, default=20_000)
    parser.add_argument("--entries", type=int, default=5_000)
    parser.add_argument("--changed", type=int, default=20)
    opts = parser.parse_args()
    rng = random.Random(14)
    screen = [sys.executable, "-m", "screen"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = str(folder / "audit.db")
        parties = sorted({f"{name(rng)} {i}" for i in range(opts.parties)})
        entries = [(f"E{i}", f"{name(rng)} Listed {i}") for i in range(opts.entries)]
        old, new = folder / "old" / "watch.csv", folder / "new" / "watch.csv"
        write_list(old, entries)
        picked = rng.sample(parties, 2 * opts.changed)
        renamed = {f"E{i}": picked[i] for i in range(opts.changed)}
        added = [(f"N{i}", p) for i, p in enumerate(picked[opts.changed :])]
        write_list(new, [(i, renamed.get(i, n)) for i, n in entries] + added)
        orders = folder / "orders.csv"
        with orders.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["order_id", "description", "consignee", "country"])
            for i, party in enumerate(parties):
                writer.writerow([f"PO-{i}", "green tea", party, "JP"])
        seconds, _ = timed(
            [*screen, "batch", str(orders), "-q", "-o", str(folder / "out.csv"), "--list",
             str(old), "--db", db]
        )  # fmt: skip
        print(f"recorded {len(parties)} parties against {len(entries)} entries in {seconds:.1f}s")
        base, full = timed([*screen, "rescreen", "--list", str(new), "--db", db, "-f", "json"])
        fast, changed = timed(
            [*screen, "rescreen", "--changed-only", str(old), str(new), "--db", db, "-f", "json"]
        )
        touched = {f"watch:{i}" for i in renamed} | {f"watch:{i}" for i, _ in added}

        def key(c: dict[str, str]) -> tuple[str, str, str]:
            return c["party"], c["rule_id"], c["change"]

        expected = sorted(key(c) for c in json.loads(full.stdout) if c["rule_id"] in touched)
        got = sorted(key(c) for c in json.loads(changed.stdout))
        print(f"full rescreen (baseline)   {base:7.2f}s  {full.stderr.strip()}")
        print(f"rescreen --changed-only    {fast:7.2f}s  {changed.stderr.strip()}")
        print(f"ratio changed-only / full  {fast / base:7.2f}")
        print(f"same changes on touched entries: {expected == got} ({len(got)} changes)")


if __name__ == "__main__":
    main()
