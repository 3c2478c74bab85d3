"""Name-matching quality on labelled pairs: the product's matcher beside a plain
rapidfuzz `WRatio >= 85` scan of the same pairs, in the same run.

    python bench/names_quality.py [--threshold 75] [--show PATTERN] [--misses]

Pairs come from `names_pairs.py` / `names_generators.py` (OFAC and UN samples,
fixed seed) and `bench/data/names_curated.csv`.  The product is asked the way the
engine asks it: every distinct listed name goes into one `NameIndex`, each query
is searched once at the review threshold, and a pair counts as found when the
listed name is among the hits.  Prints precision, recall and F1 per pattern and
overall for both.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import names_generators as g
from names_arabic import arabic_compounds
from names_pairs import SEED, Pair, Pool, load_ofac, load_un_scripts, read_curated


def build_pairs() -> list[Pair]:
    rng = random.Random(SEED)
    pool = Pool(load_ofac())
    pairs: list[Pair] = []
    for make in (
        g.partial,
        g.context,
        g.typos,
        g.folding,
        g.joined,
        g.numbers,
        g.legal_forms,
        g.acronyms,
        g.abbreviations,
        g.over_match,
    ):
        pairs.extend(make(rng, pool))
    pairs.extend(g.cross_script(rng, load_un_scripts()))
    pairs.extend(g.initials(rng, pool))
    pairs.extend(arabic_compounds(rng, pool))
    pairs.extend(read_curated())
    # (drawn with a generator of its own: the other patterns' pairs stay as they were)
    pairs.extend(g.subsidiaries(random.Random(SEED + 1), pool))
    seen: set[tuple[str, str]] = set()
    out = []
    for p in pairs:
        if (p.query, p.listed) not in seen and p.query.strip():
            seen.add((p.query, p.listed))
            out.append(p)
    return out


SCRIPTS = (
    ("arabic", "\u0600", "\u06ff"),
    ("hebrew", "\u0590", "\u05ff"),
    ("cyrillic", "\u0400", "\u04ff"),
    ("greek", "\u0370", "\u03ff"),
    ("devanagari", "\u0900", "\u097f"),
    ("hangul", "\uac00", "\ud7af"),
    ("kana", "\u3041", "\u30ff"),
    ("han", "\u4e00", "\u9fff"),
)


def script_of(pair: Pair) -> str:
    """The script of a cross-script pair (its non-Latin side), and which side is Latin."""
    for name, lo, hi in SCRIPTS:
        if any(lo <= c <= hi for c in pair.query):
            return f"{name} > latin"
        if any(lo <= c <= hi for c in pair.listed):
            return f"latin > {name}"
    return "latin"


def prf(rows: list[tuple[int, bool]]) -> tuple[float, float, float, int, int]:
    tp = sum(1 for label, hit in rows if label and hit)
    fp = sum(1 for label, hit in rows if not label and hit)
    fn = sum(1 for label, hit in rows if label and not hit)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, sum(1 for label, _ in rows if label), sum(1 for label, _ in rows if not label)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--threshold", type=float, default=75.0, help="the product's review threshold"
    )
    parser.add_argument(
        "--show", default="", help="print the pairs of this pattern the product gets wrong"
    )
    args = parser.parse_args()
    os.environ.setdefault("SCREEN_CACHE_DIR", tempfile.mkdtemp(prefix="screen-bench-"))
    from rapidfuzz import fuzz, utils

    from screen.matching.names import NameIndex

    pairs = build_pairs()
    listed = sorted({p.listed for p in pairs})
    kinds = {p.listed: p.kind for p in pairs}
    # (as a list's entries are indexed: a person's name, a vessel's, an organisation's)
    index = NameIndex(
        (name, name, False, kinds[name] == "person", kinds[name] == "vessel") for name in listed
    )
    found: dict[str, dict[str, float]] = {}
    for q in {p.query for p in pairs}:
        found[q] = {str(h.name.owner): h.score for h in index.search(q, args.threshold)}
    ours: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    theirs: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for p in pairs:
        hit = p.listed in found[p.query]
        ratio = fuzz.WRatio(p.query, p.listed, processor=utils.default_process)
        keys = [p.pattern, "overall"]
        if p.pattern == "cross_script":
            keys.append("  " + script_of(p))
        for key in keys:
            ours[key].append((p.label, hit))
            theirs[key].append((p.label, ratio >= 85))
        if args.show in (p.pattern, "all") and hit != bool(p.label):
            print(
                f"  {'MISS' if p.label else 'FALSE'} {p.pattern:<12} {p.query!r} ~ {p.listed!r} "
                f"screen={found[p.query].get(p.listed, 0):.0f} wratio={ratio:.0f}"
            )
    print(
        f"{len(pairs):,} pairs ({sum(p.label for p in pairs):,} matches), "
        f"{len(listed):,} listed names; screen at review threshold {args.threshold:g}"
    )
    print(
        f"{'pattern (script)':<21}{'pos':>5}{'neg':>5} | {'screen P':>8} {'R':>5} {'F1':>5} | {'WRatio P':>8} {'R':>5} {'F1':>5}"
    )
    scripts = sorted(k for k in ours if k.startswith("  "))
    order = [*sorted(k for k in ours if k != "overall" and k not in scripts), "overall"]
    order[order.index("cross_script") + 1 : order.index("cross_script") + 1] = scripts
    for key in order:
        p, r, f, pos, neg = prf(ours[key])
        wp, wr, wf, _, _ = prf(theirs[key])
        print(
            f"{key:<21}{pos:>5}{neg:>5} | {p:>8.3f} {r:>5.3f} {f:>5.3f} | {wp:>8.3f} {wr:>5.3f} {wf:>5.3f}"
        )


if __name__ == "__main__":
    main()
