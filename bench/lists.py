"""Benchmark big sanctions lists: load cold and warm, memory, query time, names/s.

    python bench/lists.py [--sizes 100000 300000 1000000] [--queries 2000] [--sample 50]

Lists: the OFAC sample (tests/data/lists/ofac/sdn.csv, with its aliases) and
synthetic lists in the simple CSV format of N names each, in two vocabularies:

* shared: names drawn from a few thousand words, so every token is shared by
  hundreds of names (the hard case for an index: long postings);
* open: names made of invented words, mostly unique.

For each list, in fresh processes: the cold load (parse and build the index,
empty cache), the warm load (from the on-disk cache) and the resident memory
after it; then, in the warm process, the time per query and names/s over
`--queries` distinct names (typos of listed names, people, companies), and on a
`--sample` of them the hand-written `process.extractOne(name, names,
scorer=WRatio)` scan and `process.cdist(sample, names, scorer=token_sort_ratio,
workers=-1)`, the fastest script a skilled user would write; with the ratios.
Loads, screen and extractOne are timed in CPU time (one thread each, so a busy
shared machine disturbs them less); cdist runs on every core and is timed by the
wall clock, which favours it on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SDN = ROOT / "tests" / "data" / "lists" / "ofac" / "sdn.csv"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from names import FAMILY, GIVEN, INDUSTRY, SYLLABLES, typo  # noqa: E402

FORMS = ["LLC", "Ltd", "GmbH", "OOO", "JSC", "Co", "SA", "Trading", "Holding"]


def invented(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def synthetic(path: Path, size: int, vocabulary: str, seed: int = 5) -> None:
    rng = random.Random(seed)
    words = [invented(rng) for _ in range(3000)] if vocabulary == "shared" else []
    with path.open("w", encoding="utf-8") as out:
        out.write("id,name,aliases,type,country,program\n")
        for i in range(size):
            if rng.random() < 0.4:
                name = f"{rng.choice(GIVEN)} {invented(rng) if not words else rng.choice(words)}"
                name += f" {rng.choice(FAMILY)}"
                kind = "person"
            else:
                parts = [rng.choice(words) if words else invented(rng) for _ in range(2)]
                name = f"{' '.join(parts)} {rng.choice(INDUSTRY)} {rng.choice(FORMS)}"
                kind = "organization"
            out.write(f"{i},{name},,{kind},RU,SYN\n")


def queries(listed: list[str], count: int, seed: int = 9) -> list[str]:
    rng = random.Random(seed)
    listed = [n for n in listed if any(c.isalpha() for c in n)]
    out: dict[str, None] = {}
    while len(out) < count:
        roll = rng.random()
        if roll < 0.2:
            out[typo(rng, rng.choice(listed))] = None
        elif roll < 0.4:
            out[f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"] = None
        else:
            out[f"{invented(rng)} {rng.choice(INDUSTRY)} {rng.choice(FORMS)}"] = None
    return list(out)


def child(path: str, count: int, sample: int, threshold: float) -> None:
    """In a fresh process: load the list, then (if asked) time queries."""
    start = time.process_time()
    from screen.lists import load_list

    loaded = load_list(path)
    load = time.process_time() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, object] = {"load": load, "rss": rss, "entries": len(loaded.rules)}
    if count:
        index = loaded.index
        listed = [n for rule in loaded.rules for n in (*rule.names, *rule.weak_names)]
        qs = queries(listed, count)
        start = time.process_time()
        hits = sum(1 for q in qs if index.could_match(q) and index.search(q, threshold))
        ours = time.process_time() - start
        from rapidfuzz import fuzz, process

        picked = random.Random(3).sample(qs, min(sample, len(qs)))
        start = time.process_time()
        for q in picked:
            process.extractOne(q, listed, scorer=fuzz.WRatio)
        scan = time.process_time() - start
        import numpy as np

        start = time.perf_counter()
        for i in range(0, len(picked), 10):  # ten queries per call bounds the matrix
            process.cdist(
                picked[i : i + 10],
                listed,
                scorer=fuzz.token_sort_ratio,
                workers=-1,
                dtype=np.uint8,
                score_cutoff=int(threshold),
            )
        cdist = time.perf_counter() - start
        result.update(
            names=len(listed),
            queries=len(qs),
            hits=hits,
            ours=ours,
            scan=scan,
            cdist=cdist,
            sampled=len(picked),
        )
    print(json.dumps(result))


def run(path: Path, cache: Path, count: int, sample: int, threshold: float) -> dict[str, float]:
    env = {**os.environ, "SCREEN_CACHE_DIR": str(cache)}
    cmd = [sys.executable, __file__, "--child", str(path), str(count), str(sample), str(threshold)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode:
        sys.exit(f"{path}: {proc.stderr}")
    out: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall"] = time.perf_counter() - start
    return out


def report(label: str, path: Path, args: argparse.Namespace, tmp: Path) -> None:
    cache = tmp / f"cache-{path.stem}"
    cold = run(path, cache, 0, 0, args.threshold)
    warm = run(path, cache, args.queries, args.sample, args.threshold)
    per_query = warm["ours"] / warm["queries"]
    ours_rate = warm["queries"] / warm["ours"]
    scan_rate = warm["sampled"] / warm["scan"]
    cdist_rate = warm["sampled"] / warm["cdist"]
    print(f"{label}: {int(warm['entries']):,} entries, {int(warm['names']):,} names")
    print(
        f"  load CPU cold {cold['load']:7.2f} s (process wall {cold['wall']:.2f} s, peak RSS"
        f" {cold['rss']:,.0f} MB)   warm {warm['load']:6.2f} s (resident {warm['rss']:,.0f} MB)"
    )
    print(
        f"  query {per_query * 1e6:8.0f} µs  screen {ours_rate:>9,.0f} names/s"
        f"  ({int(warm['hits']):,} of {int(warm['queries']):,} hit at {args.threshold:g})"
    )
    print(
        f"  extractOne(WRatio) {scan_rate:>9,.1f} names/s  ratio {ours_rate / scan_rate:>8,.0f}x"
        f"   cdist(token_sort_ratio, workers=-1) {cdist_rate:>9,.1f} names/s"
        f"  ratio {ours_rate / cdist_rate:>7,.1f}x"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        path, count, sample, threshold = sys.argv[2:6]
        child(path, int(count), int(sample), float(threshold))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--vocabularies", nargs="+", default=["shared", "open"])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--threshold", type=float, default=75.0)
    args = parser.parse_args()
    print("timings on a shared machine are noisy; every figure from one run")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        report("OFAC sample", SDN, args, tmp)
        for size in args.sizes:
            for vocabulary in args.vocabularies:
                path = tmp / f"synthetic-{vocabulary}-{size}.csv"
                synthetic(path, size, vocabulary)
                report(f"synthetic {size:,} names, {vocabulary} vocabulary", path, args, tmp)
                path.unlink()


if __name__ == "__main__":
    main()
