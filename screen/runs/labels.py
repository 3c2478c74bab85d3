"""Read the label and category columns of a labelled file for `screen eval`."""

from __future__ import annotations

from screen.errors import InputError
from screen.io.columns import header_key
from screen.io.orders import OrderRow
from screen.runs.evaluate import LABELS, Labelled
from screen.runs.rows import Outcome


def read_labels(
    rows: list[OrderRow],
    keys: list[str],
    header: list[str],
    label_column: str,
    category_column: str,
    outcomes: list[Outcome],
) -> list[Labelled]:
    """Pair each outcome with its label; InputError naming every row with a bad label."""
    wanted = header_key(label_column)
    if wanted not in keys:
        raise InputError(
            f"no label column '{label_column}': the columns are "
            + ", ".join(repr(h) for h in header)
            + "; name it with --label-column"
        )
    label_at = keys.index(wanted)
    category_at = (
        keys.index(header_key(category_column)) if header_key(category_column) in keys else None
    )
    id_at = 0
    bad: list[str] = []
    items = []
    for row, outcome in zip(rows, outcomes, strict=True):
        cells = row.cells
        label = cells[label_at].strip().lower() if label_at < len(cells) else ""
        if label not in LABELS:
            bad.append(f"{row.number} ({label or 'empty'!s})")
            continue
        category = (
            cells[category_at].strip()
            if category_at is not None and category_at < len(cells)
            else ""
        )
        items.append(Labelled(outcome, label, category, cells[id_at] if cells else ""))
    if bad:
        shown = ", ".join(bad[:20]) + (f" and {len(bad) - 20} more" if len(bad) > 20 else "")
        raise InputError(f"bad labels in rows {shown}: use flag, clear or either")
    return items
