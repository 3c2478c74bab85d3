"""Screen a pandas DataFrame: the entry point for Dask, Spark and other frame engines.

`screen_frame(frame, spec)` screens each row of a partition with the same engine,
row loop and result columns as `screen batch`, and returns the partition with the
five result columns added (one output row per input row, index kept).  The
`ScreenerSpec` is what travels to the workers: a few paths and numbers, never the
compiled rulebook or the list indexes.  Each worker thread builds its `Screener`
from the spec the first time it sees it and keeps it (with its caches) for every
later partition.

pandas is imported lazily: this module imports on a plain install, and a call
without the `dask` extra fails with an error that says what to install.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screen.engine import Screener
from screen.errors import InputError
from screen.io.columns import map_columns
from screen.io.rowtext import OrderRow, row_error
from screen.io.writers import Outcome, result_columns, summary_cells
from screen.runs.rows import screen_rows
from screen.runs.verdicts import Tables, new_tables

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ScreenerSpec", "cell_text", "result_columns", "screen_frame"]

EXTRA_HINT = "install the dask extra: pip install 'screen[dask]'"


def require(module: str) -> Any:
    """Import a module of the `dask` extra, or say how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(
            f"this needs {module.split('.')[0]}, which is missing: {EXTRA_HINT}"
        ) from None


@dataclass(frozen=True)
class ScreenerSpec:
    """What a worker needs to build the run's `Screener`: small, picklable, hashable.

    Paths must be readable at the same place on every worker (a shared folder on a
    real cluster).  `rules` None is the built-in rulebook; `today` is fixed when
    the spec is made, so every partition judges dates against the same day.
    """

    rules: str | None = None
    lists: tuple[str, ...] = ()
    list_format: str | None = None
    block_threshold: float | None = None
    review_threshold: float | None = None
    column_map: tuple[tuple[str, str], ...] = ()
    today: str = ""

    @classmethod
    def create(
        cls,
        rules: str | os.PathLike[str] | None = None,
        lists: Sequence[str] = (),
        *,
        list_format: str | None = None,
        block_threshold: float | None = None,
        review_threshold: float | None = None,
        column_map: Mapping[str, str] | None = None,
        today: dt.date | None = None,
    ) -> ScreenerSpec:
        """A spec from a run's options, as the single-machine path reads them here:
        $SCREEN_RULES and $SCREEN_LISTS are resolved now (the workers' own
        environment plays no part) and paths are made absolute."""
        from screen.lists import list_paths
        from screen.rulebook.locate import RULES_ENV, rules_path

        chosen = rules or os.environ.get(RULES_ENV) or None
        return cls(
            rules=str(rules_path(chosen).resolve()) if chosen else None,
            lists=tuple(str(Path(p).expanduser().resolve()) for p in list_paths(lists)),
            list_format=list_format,
            block_threshold=block_threshold,
            review_threshold=review_threshold,
            column_map=tuple(sorted((column_map or {}).items())),
            today=(today or dt.date.today()).isoformat(),
        )

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.today) if self.today else dt.date.today()

    def screener(self) -> Screener:
        """This thread's `Screener` for the spec, built on first use and kept."""
        built: dict[ScreenerSpec, Screener] | None = getattr(_LOCAL, "screeners", None)
        if built is None:
            built = _LOCAL.screeners = {}
        found = built.get(self)
        if found is None:
            found = built[self] = self.build()
        return found

    def verdict_tables(self) -> Tables:
        """This thread's fused-path verdict tables for the spec's screener (see
        `screen.runs.fused`): kept, like the screener, from partition to partition."""
        kept: dict[ScreenerSpec, Tables] | None = getattr(_LOCAL, "verdicts", None)
        if kept is None:
            kept = _LOCAL.verdicts = {}
        return kept.setdefault(self, new_tables())

    def build(self) -> Screener:
        """A new `Screener` for the spec (no caching here; see `screener`)."""
        from screen.rulebook.locate import builtin
        from screen.runs.loading import open_screener

        return open_screener(
            self.rules or builtin("rules"),
            block_threshold=self.block_threshold,
            review_threshold=self.review_threshold,
            lists=self.lists,
            list_format=self.list_format,
            environment=False,
        )


_LOCAL = threading.local()  # a Screener's caches are not shared between threads


def screen_frame(
    frame: pd.DataFrame,
    spec: ScreenerSpec,
    *,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> pd.DataFrame:
    """`frame` with the result columns (status, rule_ids, matched, score, reason, named
    as `screen batch` names them) added, one row out per row in, same index.

    Columns are found as in `screen batch` (header synonyms, then the spec's column
    map); cells are screened as text (empty for missing values, dates as ISO
    dates).  A row that cannot be screened gets status `error` and the reason, as in
    `screen batch`.  Works on an empty frame too (Dask's `meta`).  `on_outcome`, if
    given, sees each row's `Outcome` (its hits and all) in order, e.g. to record it.
    """
    pd_ = require("pandas")
    header = [str(c) for c in frame.columns]
    columns = map_columns(header, dict(spec.column_map))
    texts = [column_text(frame.iloc[:, i].tolist()) for i in range(len(header))]
    width = len(header)
    rows = (
        OrderRow(number, cells, row_error(cells, width))
        for number, cells in enumerate((list(r) for r in zip(*texts, strict=True)), start=1)
    )
    results: list[list[str]] = [[] for _ in range(5)]
    for outcome in screen_rows(spec.screener(), rows, columns, spec.day):
        if on_outcome is not None:
            on_outcome(outcome)
        for column, cell in zip(results, summary_cells(outcome), strict=True):
            column.append(cell)
    out = frame.copy(deep=False)
    for name, values in zip(result_columns(header), results, strict=True):
        out[name] = pd_.Series(values, index=frame.index, dtype=str)
    return out


def column_text(values: list[Any]) -> list[str]:
    """Cells as the text a CSV file would hold."""
    return [v if type(v) is str else cell_text(v) for v in values]


def cell_text(value: Any) -> str:
    """One cell as text: missing values empty, dates ISO, whole floats without '.0'
    (an HS code read as a number), a list or structure (Parquet's nested types) as
    its items in full, apart by "; " (a mark no name is read across)."""
    if value is None or type(value).__name__ in ("NaTType", "NAType"):
        return ""
    if isinstance(value, (list, tuple, dict, set, frozenset)) or type(value).__name__ == "ndarray":
        return "; ".join(_items(value))
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None and value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="surrogateescape")
    return str(value)


def _items(value: Any) -> list[str]:
    """The items of a nested cell as text, depth first, in order (a set's sorted, a
    mapping's as "key: value"), never abridged (str() of a NumPy array of over 1,000
    items prints "..." in place of its middle), and without recursion into lists."""
    found: list[str] = []
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if type(item).__name__ == "ndarray":
            item = item.tolist()  # (its items as Python objects; a 0-d array a scalar)
        if isinstance(item, (set, frozenset)):
            item = sorted(item, key=cell_text)
        if isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.extend(f"{key}: {cell_text(inner)}" for key, inner in item.items())
        else:
            found.append(cell_text(item))
    return found
