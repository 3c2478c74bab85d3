"""Screen a stream of order rows: the loop behind `screen batch` and `screen eval`.

No file handling here: rows come in from `io.orders`, outcomes go out to
`io.writers`.  Each row is screened exactly as `screen check` would screen it;
field values repeat heavily in real order files, and the engine caches what it
derives from each, so the per-row cost is mostly lookups.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from screen.engine import Screener
from screen.errors import InputError
from screen.io.columns import FIELDS
from screen.io.rowtext import OrderRow
from screen.io.values import parse_date, parse_direction
from screen.models import Hit, Shipment, Status
from screen.text.visible import has_visible

if TYPE_CHECKING:
    from screen.runs.decisions import Decisions


@dataclass(slots=True)
class Outcome:
    number: int
    cells: list[str]
    status: Status
    hits: tuple[Hit, ...] = ()
    error: str | None = None
    raw: str = ""  # the input line, for a clear row written as it was read
    note: str = ""  # why a row with no hit is not clear (a field that reads otherwise)


@dataclass
class Summary:
    rows: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    clear_rows: int = 0  # counted apart: a plain int is cheaper per row than a Counter
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def add_clear(self) -> None:
        """A clear row, counted without an outcome (the batch fast path)."""
        self.rows += 1
        self.clear_rows += 1

    def add(self, outcome: Outcome) -> None:
        self.rows += 1
        self.statuses[outcome.status] += 1  # a StrEnum: counts by its text too
        if outcome.hits:
            for rule_id in dict.fromkeys(h.rule_id for h in outcome.hits):
                self.rules[rule_id] += 1

    def merge(self, statuses: Counter[str], rules: Counter[str], rows: int) -> None:
        """Add the counts of a chunk screened elsewhere (a worker process)."""
        self.rows += rows
        self.statuses.update(statuses)
        self.rules.update(rules)

    def finish(self) -> None:
        self.elapsed = time.perf_counter() - self.started
        if self.clear_rows:
            self.statuses[Status.CLEAR] += self.clear_rows
            self.clear_rows = 0

    @property
    def flagged(self) -> bool:
        return any(self.statuses[s] for s in ("review", "blocked", "error"))

    @property
    def incomplete(self) -> bool:
        """Some rows could not be screened."""
        return bool(self.statuses["error"])


@contextlib.contextmanager
def relaxed_gc() -> Iterator[None]:
    """Fewer cyclic-GC passes while screening a stream.

    The caches grow to hundreds of thousands of small objects that the collector
    would walk again and again (a third of the run time on a million rows); the
    objects made per row hold no cycles, so rare collections lose nothing.
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(200_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


class RowScreener:
    """Screens order rows (cell lists) with a fixed column mapping.

    `plain_clear` answers the common case (a readable row whose fields hold nothing
    any rule could match) with a few cache lookups; `screen` handles every row,
    exactly as `Screener.screen` would.
    """

    def __init__(
        self,
        screener: Screener,
        columns: dict[str, int],
        today: dt.date | None = None,
        decisions: Decisions | None = None,
    ) -> None:
        self.screener = screener
        self.today = today or dt.date.today()
        self.decisions = decisions  # reviewers' decisions applied to each result
        self.columns = columns
        self.width = max(columns.values()) + 1
        # index `width` is the padding "", for fields the file does not have
        self._fields = self.getter(self.width)
        self._readable: dict[tuple[str, str, str], bool] = {}

    def getter(self, padding: int) -> itemgetter[Any]:
        """The fields of a row of cells with the padding "" at index `padding` (at
        least `width`), in the order of `FIELDS`."""
        return itemgetter(*[self.columns.get(name, padding) for name in FIELDS])

    def core_getter(self, width: int) -> itemgetter[Any] | None:
        """description, consignee, country, date and direction of a row of `width`
        cells, when the file has those five columns and no other field; else None."""
        columns = self.core_columns(width)
        return None if columns is None else itemgetter(*columns)

    def core_columns(self, width: int) -> tuple[int, int, int, int, int] | None:
        """The column numbers `core_getter` reads."""
        core, extra = FIELDS[:5], FIELDS[5:]
        if any(name in self.columns for name in extra) or not all(
            self.columns.get(name, width) < width for name in core
        ):
            return None
        desc, consignee, country, date, direction = (self.columns[name] for name in core)
        return desc, consignee, country, date, direction

    def fields(self, cells: list[str]) -> tuple[str, ...]:
        width = self.width
        return self._fields([*cells, ""] if len(cells) == width else [*cells[:width], ""])  # type: ignore[no-any-return]

    def plain_clear(self, cells: list[str]) -> bool:
        """True when the row is clear for sure; False means "use `screen`"."""
        if len(cells) < self.width:
            return False
        desc, consignee, country, date, direction, hs_code, end_user, address = self.fields(cells)
        readable = self._readable.get((date, direction, country))
        if readable is None:
            readable = self.readable(date, direction, country)
        if not readable or not (has_visible(desc) or has_visible(consignee)):
            return False
        return self.screener.nothing_to_find(desc, hs_code, consignee, country, end_user, address)

    def readable(self, date: str, direction: str, country: str) -> bool:
        """Whether the date, direction and country read without error (cached per
        combination: they repeat far more than whole rows)."""
        try:
            parse_date(date)
            parse_direction(direction)
            self.screener.check_fields("-", "", country)
            ok = True
        except InputError:
            ok = False
        if len(self._readable) >= 100_000:
            self._readable.clear()
        self._readable[(date, direction, country)] = ok
        return ok

    def screen(self, row: OrderRow) -> Outcome:
        if row.error is not None:
            return Outcome(row.number, row.cells, Status.ERROR, (), row.error)
        cells = row.cells
        if len(cells) < self.width:  # only when columns were mapped past a short header
            return Outcome(row.number, cells, Status.ERROR, (), "row is missing mapped columns")
        desc, consignee, country, date, direction, hs_code, end_user, address = self.fields(cells)
        try:
            shipment = Shipment(
                desc,
                consignee,
                country,
                parse_date(date),
                parse_direction(direction),
                hs_code,
                end_user,
                address,
            )
            result = self.screener.screen(shipment, self.today)
        except InputError as exc:
            return Outcome(row.number, cells, Status.ERROR, (), str(exc))
        if self.decisions:
            parties = {"consignee": consignee, "end_user": end_user}
            code = result.understood.country_code or ""
            hits, status = self.decisions.apply(result.hits, parties, code)
            if status is not None:
                return Outcome(row.number, cells, status, hits)
        note = "; ".join(result.notes) if result.status is Status.REVIEW and not result.hits else ""
        return Outcome(row.number, cells, result.status, result.hits, note=note)


def screen_rows(
    screener: Screener,
    rows: Iterable[OrderRow],
    columns: dict[str, int],
    today: dt.date | None = None,
) -> Iterator[Outcome]:
    """One `Outcome` per row, in order; bad rows become `error` outcomes."""
    rows_screener = RowScreener(screener, columns, today)
    plain_clear = rows_screener.plain_clear
    for row in rows:
        if row.error is None and plain_clear(row.cells):
            yield Outcome(row.number, row.cells, Status.CLEAR, raw=row.raw)
        else:
            yield rows_screener.screen(row)
