"""Measure screening against labelled shipments: recall, false alarms, a threshold sweep.

Rows are screened once at the lowest threshold of the sweep; a row counts as
flagged at threshold T when one of its hits scores T or more, which is exactly
what screening at review threshold T would report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from screen.models import Hit, Status
from screen.runs.rows import Outcome

LABELS = ("flag", "clear", "either")
SWEEP = tuple(range(60, 101, 5))


@dataclass(frozen=True)
class Labelled:
    outcome: Outcome
    label: str
    category: str
    row_id: str


@dataclass
class Counts:
    flag: int = 0
    clear: int = 0
    either: int = 0
    caught: int = 0  # flag rows flagged
    missed: int = 0  # flag rows clear (or unscreenable)
    false_alarms: int = 0  # clear rows flagged (or unscreenable)

    @property
    def recall(self) -> float | None:
        return self.caught / self.flag if self.flag else None

    @property
    def false_positive_rate(self) -> float | None:
        return self.false_alarms / self.clear if self.clear else None

    @property
    def precision(self) -> float | None:
        flagged = self.caught + self.false_alarms
        return self.caught / flagged if flagged else None

    def as_dict(self) -> dict[str, object]:
        return {
            "recall": self.recall,
            "false_positive_rate": self.false_positive_rate,
            "precision": self.precision,
            "counts": {
                "flag": self.flag,
                "clear": self.clear,
                "either": self.either,
                "caught": self.caught,
                "missed": self.missed,
                "false_alarms": self.false_alarms,
            },
        }


@dataclass
class Report:
    threshold: float
    overall: Counts
    categories: dict[str, Counts]
    misses: list[dict[str, object]] = field(default_factory=list)
    false_alarms: list[dict[str, object]] = field(default_factory=list)
    sweep: list[dict[str, object]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        overall = self.overall.as_dict()
        return {
            "threshold": self.threshold,
            "recall": overall["recall"],
            "false_positive_rate": overall["false_positive_rate"],
            "precision": overall["precision"],
            "counts": overall["counts"],
            "categories": {k: v.as_dict() for k, v in sorted(self.categories.items())},
            "misses": self.misses,
            "false_alarms": self.false_alarms,
            "sweep": self.sweep,
        }


def best_score(hits: Iterable[Hit]) -> float:
    return max((h.score for h in hits), default=0.0)


def flagged_at(outcome: Outcome, threshold: float) -> bool:
    """Would screening at this review threshold have flagged the row?"""
    if outcome.status is Status.ERROR:
        return False
    return best_score(outcome.hits) >= threshold


def _explain(item: Labelled, threshold: float) -> dict[str, object]:
    outcome = item.outcome
    hits = [h for h in outcome.hits if h.score >= threshold] or list(outcome.hits[:1])
    return {
        "row": outcome.number,
        "id": item.row_id,
        "label": item.label,
        "category": item.category,
        "status": "error"
        if outcome.status is Status.ERROR
        else ("flagged" if flagged_at(outcome, threshold) else "clear"),
        "error": outcome.error,
        "hits": [
            {
                "rule_id": h.rule_id,
                "field": h.field,
                "query": h.query,
                "matched": h.matched,
                "score": h.score,
            }
            for h in hits
        ],
    }


def _count(items: Iterable[Labelled], threshold: float) -> Counts:
    counts = Counts()
    for item in items:
        flagged = flagged_at(item.outcome, threshold)
        unscreenable = item.outcome.status is Status.ERROR
        if item.label == "either":
            counts.either += 1
        elif item.label == "flag":
            counts.flag += 1
            if flagged:
                counts.caught += 1
            else:
                counts.missed += 1
        else:
            counts.clear += 1
            if flagged or unscreenable:
                counts.false_alarms += 1
    return counts


def evaluate(items: list[Labelled], threshold: float) -> Report:
    """The report at the run's review threshold, with the sweep from 60 to 100."""
    by_category: dict[str, list[Labelled]] = {}
    for item in items:
        by_category.setdefault(item.category or "-", []).append(item)
    report = Report(
        threshold=threshold,
        overall=_count(items, threshold),
        categories={name: _count(group, threshold) for name, group in by_category.items()},
    )
    for item in items:
        flagged = flagged_at(item.outcome, threshold)
        if item.label == "flag" and not flagged:
            report.misses.append(_explain(item, threshold))
        elif item.label == "clear" and (flagged or item.outcome.status is Status.ERROR):
            report.false_alarms.append(_explain(item, threshold))
    for step in SWEEP:
        counts = _count(items, step)
        report.sweep.append(
            {
                "threshold": step,
                "recall": counts.recall,
                "false_positive_rate": counts.false_positive_rate,
                "precision": counts.precision,
            }
        )
    return report
