"""Read the label and category columns of a labelled file for `screen eval`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from screen.errors import InputError
from screen.io.columns import named_column
from screen.runs.evaluate import LABELS, Labelled
from screen.runs.rows import Outcome


def label_columns(
    header: list[str], label_column: str, category_column: str
) -> tuple[int, int | None]:
    """Where the label and (if present) the category are; InputError without a label
    column, or with two columns that could each be the label or the category
    (checked before any row is screened)."""
    label_at = named_column(header, label_column, "label column")
    if label_at is None:
        raise InputError(
            f"no label column '{label_column}': the columns are "
            + ", ".join(repr(h) for h in header)
            + "; name it with --label-column"
        )
    return label_at, named_column(header, category_column, "category column")


def read_labels(
    outcomes: Iterable[Outcome], label_at: int, category_at: int | None
) -> Iterator[Labelled]:
    """Each outcome with its row's label, as the rows stream by; at the end an
    InputError naming every row with a bad label (so no report is made from them)."""
    bad: list[str] = []
    bad_count = 0
    for outcome in outcomes:
        cells = outcome.cells
        label = cells[label_at].strip().lower() if label_at < len(cells) else ""
        if label not in LABELS:
            bad_count += 1
            if len(bad) < 20:
                bad.append(f"{outcome.number} ({label or 'empty'!s})")
            continue
        category = (
            cells[category_at].strip()
            if category_at is not None and category_at < len(cells)
            else ""
        )
        yield Labelled(outcome, label, category, cells[0] if cells else "")
    if bad:
        more = f" and {bad_count - 20} more" if bad_count > 20 else ""
        raise InputError(f"bad labels in rows {', '.join(bad)}{more}: use flag, clear or either")
