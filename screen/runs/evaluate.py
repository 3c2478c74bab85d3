"""Measure screening against labelled shipments: recall, false alarms, a threshold sweep.

Rows are screened once at the lowest threshold of the sweep; a row counts as
flagged at threshold T when one of its hits scores T or more, which is exactly
what screening at review threshold T would report.  The rows stream through once:
each is counted at the run's threshold, in its category and at every step of the
sweep, and only the misses and false alarms are kept (to explain them), so memory
does not grow with the file.
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


def _tally(counts: Counts, label: str, flagged: bool, unscreenable: bool) -> None:
    if label == "either":
        counts.either += 1
    elif label == "flag":
        counts.flag += 1
        if flagged:
            counts.caught += 1
        else:
            counts.missed += 1
    else:
        counts.clear += 1
        if flagged or unscreenable:
            counts.false_alarms += 1


def evaluate(items: Iterable[Labelled], threshold: float) -> Report:
    """The report at the run's review threshold, with the sweep from 60 to 100, in
    one pass over `items`."""
    report = Report(threshold=threshold, overall=Counts(), categories={})
    steps = [(step, Counts()) for step in SWEEP]
    for item in items:
        outcome, label = item.outcome, item.label
        unscreenable = outcome.status is Status.ERROR
        best = -1.0 if unscreenable else best_score(outcome.hits)
        flagged = best >= threshold
        _tally(report.overall, label, flagged, unscreenable)
        category = report.categories.setdefault(item.category or "-", Counts())
        _tally(category, label, flagged, unscreenable)
        for step, counts in steps:
            _tally(counts, label, best >= step, unscreenable)
        if label == "flag" and not flagged:
            report.misses.append(_explain(item, threshold))
        elif label == "clear" and (flagged or unscreenable):
            report.false_alarms.append(_explain(item, threshold))
    report.sweep = [
        {
            "threshold": step,
            "recall": counts.recall,
            "false_positive_rate": counts.false_positive_rate,
            "precision": counts.precision,
        }
        for step, counts in steps
    ]
    return report
