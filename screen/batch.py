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

from screen.engine import Screener
from screen.errors import InputError
from screen.io.columns import FIELDS
from screen.io.orders import OrderRow
from screen.models import Hit, Shipment, Status
from screen.parsing import parse_date, parse_direction


@dataclass(slots=True)
class Outcome:
    number: int
    cells: list[str]
    status: Status
    hits: tuple[Hit, ...] = ()
    error: str | None = None


@dataclass
class Summary:
    rows: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

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

    @property
    def flagged(self) -> bool:
        return any(self.statuses[s] for s in ("review", "blocked", "error"))


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


def screen_rows(
    screener: Screener,
    rows: Iterable[OrderRow],
    columns: dict[str, int],
    today: dt.date | None = None,
) -> Iterator[Outcome]:
    """One `Outcome` per row, in order; bad rows become `error` outcomes.

    Each row is screened as `Screener.screen` would; rows whose fields hold nothing
    any rule could match (most rows) are answered by `Screener.nothing_to_find`
    without building a shipment.
    """
    today = today or dt.date.today()
    width = max(columns.values()) + 1
    fill = itemgetter(*[columns.get(name, width) for name in FIELDS])
    nothing_to_find = screener.nothing_to_find
    check_fields = screener.check_fields
    pad = [""]
    clear = Status.CLEAR

    for row in rows:
        if row.error is not None:
            yield Outcome(row.number, row.cells, Status.ERROR, (), row.error)
            continue
        cells = row.cells
        if len(cells) < width:  # only when columns were mapped past a short header
            yield Outcome(row.number, cells, Status.ERROR, (), "row is missing mapped columns")
            continue
        # index `width` is the padding "", for fields the file does not have
        desc, consignee, country, date, direction, hs_code, end_user, address = fill(
            cells + pad if len(cells) == width else cells[:width] + pad
        )
        try:
            day = parse_date(date)
            way = parse_direction(direction)
            check_fields(desc, consignee, country)
            if nothing_to_find(desc, hs_code, consignee, country, end_user, address):
                yield Outcome(row.number, cells, clear)
                continue
            shipment = Shipment(desc, consignee, country, day, way, hs_code, end_user, address)
            result = screener.screen(shipment, today)
        except InputError as exc:
            yield Outcome(row.number, cells, Status.ERROR, (), str(exc))
            continue
        yield Outcome(row.number, cells, result.status, result.hits)
