"""How well the goods matcher tells banned goods from look-alikes of other trades.

    python bench/goods_quality.py [--misses] [--no-speed]

Reads bench/goods_corpus.csv (built by bench/goods_corpus.py from
bench/goods_phrases.py) and screens every description with the built-in
rulebook on every route an item rule bans: as an export to Russia, as an import
from Russia (the diamond and oil rules are import bans) and as an export to China
(its semiconductor-equipment rule).  A banned row is caught when its own
category's rule hits (at review or block); a look-alike row is a false positive
when any item rule hits.  Beside it, in the same run, the script people write by
hand: a rule hits when one of its terms stands in the description as a whole
word (substring for Chinese and Japanese), unless one of its exclusions does.

Then the cost by description length: descriptions of 1,000 to 10,000 characters
made of corpus rows, each screened once by a screener that has seen only the
corpus rows (the description itself is new to it), and the median of 5 such
descriptions per length; timings on a shared machine are noisy, the time per
1,000 characters is what shows linearity.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screen.engine import Screener  # noqa: E402
from screen.models import Direction, Kind, Rule, Shipment  # noqa: E402
from screen.rulebook import load_rulebook  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "goods_corpus.csv"
DAY = dt.date(2025, 6, 1)
LENGTHS = (1_000, 2_500, 5_000, 10_000)


def routes(rules: list[Rule]) -> list[tuple[str, Direction]]:
    """Every country and direction an item rule bans (Russia both ways, China as an
    export): a description is screened once on each."""
    return sorted({(c, r.direction) for r in rules if r.kind is Kind.ITEM for c in r.countries})


def ours(screener: Screener, text: str) -> set[str]:
    found: set[str] = set()
    for country, direction in routes(screener.rulebook.rules):
        result = screener.screen(Shipment(text, "", country, DAY, direction))
        found.update(h.rule_id for h in result.hits if h.kind is Kind.ITEM)
    return found


def _pattern(term: str) -> re.Pattern[str]:
    if any(ord(c) > 0x2E80 for c in term):
        return re.compile(re.escape(term.lower()))
    return re.compile(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)")


class Baseline:
    """Whole-word term search with exclusion veto, per item rule."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = [
            (r.id, [_pattern(t) for t in r.terms], [_pattern(t) for t in r.exclusions])
            for r in rules
        ]

    def __call__(self, text: str) -> set[str]:
        low = text.lower()
        return {
            rule_id
            for rule_id, terms, exclusions in self.rules
            if any(p.search(low) for p in terms) and not any(p.search(low) for p in exclusions)
        }


def quality(show_misses: bool, corpus: Path = CORPUS, by: str = "category") -> None:
    with corpus.open(encoding="utf-8") as f:  # (a blind set's header: lines of "#")
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    rulebook = load_rulebook()
    screener = Screener(rulebook)
    baseline = Baseline([r for r in rulebook.rules if r.kind is Kind.ITEM])
    counts: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {"ours": [0, 0, 0, 0], "base": [0, 0, 0, 0]}
    )  # per category: [banned caught, banned, look-alikes hit, look-alikes]
    misses: list[str] = []
    for row in rows:
        category, banned = row["category"], row["label"] == "banned"
        group = row[by]
        for name, found in (("ours", ours(screener, row["text"])), ("base", baseline(row["text"]))):
            tally = counts[group][name]
            if banned:
                tally[0] += category in found
                tally[1] += 1
            else:
                tally[2] += bool(found)
                tally[3] += 1
            wrong = (category not in found) if banned else bool(found)
            if name == "ours" and wrong:
                misses.append(
                    f"  {row['label']:9} {category:27} {row['text']!r} -> {sorted(found)}"
                )
    print(f"Corpus: {len(rows)} rows ({corpus.name}), by {by}")
    head = (
        f"{by:27} {'banned':>6} {'recall':>7} {'base':>7} {'look-alikes':>11} {'FP':>7} {'base':>7}"
    )
    print(head)
    print("-" * len(head))
    total = {"ours": [0, 0, 0, 0], "base": [0, 0, 0, 0]}
    for category in sorted(counts):
        o, b = counts[category]["ours"], counts[category]["base"]
        ratio = lambda x, y: x / y if y else float("nan")  # noqa: E731
        for name, t in (("ours", o), ("base", b)):
            total[name] = [x + y for x, y in zip(total[name], t, strict=True)]
        print(
            f"{category:27} {o[1]:>6} {ratio(o[0], o[1]):>7.3f} {ratio(b[0], b[1]):>7.3f} "
            f"{o[3]:>11} {ratio(o[2], o[3]):>7.2%} {ratio(b[2], b[3]):>7.2%}"
        )
    o, b = total["ours"], total["base"]
    print("-" * len(head))
    print(
        f"{'overall':27} {o[1]:>6} {o[0] / o[1]:>7.3f} {b[0] / b[1]:>7.3f} "
        f"{o[3]:>11} {o[2] / o[3]:>7.2%} {b[2] / b[3]:>7.2%}"
    )
    print(
        "recall: share of banned rows whose own rule hits; FP: share of look-alikes any item rule hits"
    )
    print("base: whole-word search of the rule terms with exclusion veto, in the same run")
    if show_misses:
        print("\nOur misses and false positives:")
        print("\n".join(misses) or "  none")


def speed() -> None:
    rows = [r["text"] for r in csv.DictReader(CORPUS.open(encoding="utf-8"))]
    rulebook = load_rulebook()
    rng = random.Random(7)
    screener = Screener(rulebook)
    for text in rows:  # the words of the corpus are known; each long description is new
        screener.screen(Shipment(text, "", "RU", DAY, Direction.EXPORT))
    baseline = Baseline([r for r in rulebook.rules if r.kind is Kind.ITEM])
    print("\nCost by description length (median of 5 new descriptions each; noisy timings)")
    print(f"{'chars':>7} {'ours ms':>9} {'ms/1k':>7} {'base ms':>9} {'ms/1k':>7}")
    for length in LENGTHS:
        ours_ms, base_ms = [], []
        for _ in range(5):
            parts: list[str] = []
            while sum(len(p) + 2 for p in parts) < length:
                parts.append(rng.choice(rows))
            text = "; ".join(parts)[:length]
            start = time.perf_counter()
            screener.screen(Shipment(text, "", "RU", DAY, Direction.EXPORT))
            ours_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            baseline(text)
            base_ms.append((time.perf_counter() - start) * 1000)
        o, b = statistics.median(ours_ms), statistics.median(base_ms)
        print(
            f"{length:>7} {o:>9.1f} {o / length * 1000:>7.2f} {b:>9.1f} {b / length * 1000:>7.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list our misses and false positives")
    parser.add_argument("--no-speed", action="store_true", help="skip the cost-by-length figures")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="another labelled corpus of the same columns, e.g. bench/data/goods_heldout_trailing.csv",
    )
    parser.add_argument(
        "--by",
        choices=("category", "variant", "language", "source_kind"),
        default="category",
        help="rows of the table",
    )
    args = parser.parse_args()
    quality(args.misses, args.corpus, args.by)
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
