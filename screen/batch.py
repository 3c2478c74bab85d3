"""Screen a stream of order rows: the loop behind `screen batch` and `screen eval`.

No file handling here: rows come in from `io.orders`, outcomes go out to
`io.writers`.  Each row is screened exactly as `screen check` would screen it;
field values repeat heavily in real order files, and the engine caches what it
derives from each, so the per-row cost is mostly lookups.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from screen.engine import Screener
from screen.errors import InputError
from screen.io.orders import OrderRow
from screen.models import Hit, Shipment, Status
from screen.parsing import parse_date, parse_direction


@dataclass(frozen=True)
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
        self.statuses[outcome.status.value] += 1
        for rule_id in dict.fromkeys(h.rule_id for h in outcome.hits):
            self.rules[rule_id] += 1

    def finish(self) -> None:
        self.elapsed = time.perf_counter() - self.started

    @property
    def flagged(self) -> bool:
        return any(self.statuses[s] for s in ("review", "blocked", "error"))


def screen_rows(
    screener: Screener,
    rows: Iterable[OrderRow],
    columns: dict[str, int],
    today: dt.date | None = None,
) -> Iterator[Outcome]:
    """One `Outcome` per row, in order; bad rows become `error` outcomes."""
    today = today or dt.date.today()
    width = max(columns.values()) + 1

    def cell(cells: list[str], name: str) -> str:
        index = columns.get(name)
        return cells[index] if index is not None else ""

    for row in rows:
        if row.error is not None:
            yield Outcome(row.number, row.cells, Status.ERROR, (), row.error)
            continue
        cells = row.cells
        if len(cells) < width:  # only when columns were mapped past a short header
            yield Outcome(row.number, cells, Status.ERROR, (), "row is missing mapped columns")
            continue
        try:
            shipment = Shipment(
                description=cell(cells, "description"),
                consignee=cell(cells, "consignee"),
                country=cell(cells, "country"),
                date=parse_date(cell(cells, "date")),
                direction=parse_direction(cell(cells, "direction")),
                hs_code=cell(cells, "hs_code"),
                end_user=cell(cells, "end_user"),
                address=cell(cells, "address"),
            )
            result = screener.screen(shipment, today)
        except InputError as exc:
            yield Outcome(row.number, cells, Status.ERROR, (), str(exc))
            continue
        yield Outcome(row.number, cells, result.status, result.hits)
