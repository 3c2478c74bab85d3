"""`screen eval` counts in one pass over streamed rows: the same counts, at every
step of the sweep, as counting each threshold on its own."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from screen.models import Hit, Kind, Severity, Source, Status
from screen.runs.evaluate import SWEEP, Labelled, evaluate
from screen.runs.rows import Outcome

ROW = st.tuples(
    st.sampled_from(["flag", "clear", "either"]),
    st.sampled_from(["", "goods", "names"]),
    st.lists(st.floats(min_value=0, max_value=100), max_size=3),
    st.booleans(),  # unscreenable
)


def items(rows: list[tuple[str, str, list[float], bool]]) -> Iterator[Labelled]:
    for number, (label, category, scores, error) in enumerate(rows, 1):
        hits = tuple(
            Hit("R", Kind.ITEM, "description", "q", "m", s, Severity.REVIEW, "t", Source())
            for s in scores
        )
        status = Status.ERROR if error else (Status.REVIEW if hits else Status.CLEAR)
        outcome = Outcome(number, [str(number)], status, () if error else hits)
        yield Labelled(outcome, label, category, str(number))


def naive(rows: list[tuple[str, str, list[float], bool]], step: float) -> tuple[int, int, int]:
    """(caught, missed, false alarms) counted the plain way."""
    caught = missed = alarms = 0
    for label, _category, scores, error in rows:
        flagged = not error and max(scores, default=0.0) >= step
        if label == "flag":
            caught, missed = caught + flagged, missed + (not flagged)
        elif label == "clear":
            alarms += flagged or error
    return caught, missed, alarms


@settings(max_examples=100, deadline=None)
@given(st.lists(ROW, max_size=30), st.sampled_from([60.0, 75.0, 90.0]))
def test_one_pass_counts_as_each_threshold_alone(rows, threshold) -> None:
    report = evaluate(items(rows), threshold)
    counts = report.overall
    assert (counts.caught, counts.missed, counts.false_alarms) == naive(rows, threshold)
    assert len(report.misses) == counts.missed
    assert len(report.false_alarms) == counts.false_alarms
    assert sum(c.flag + c.clear + c.either for c in report.categories.values()) == len(rows)
    for entry, step in zip(report.sweep, SWEEP, strict=True):
        caught, missed, alarms = naive(rows, step)
        flags = caught + missed
        clears = sum(1 for r in rows if r[0] == "clear")
        assert entry["recall"] == (caught / flags if flags else None)
        assert entry["false_positive_rate"] == (alarms / clears if clears else None)
