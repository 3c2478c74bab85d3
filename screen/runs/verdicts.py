"""The verdicts of the fused path (`fused.py`), cached per value.

A plainly clear row is decided from five verdicts, each a pure function of one
field's text and the screener, derived on the first meeting of a value and kept:

* the description: something to find (0), nothing and nothing visible (1), or
  nothing and something visible (2);
* the consignee: the same;
* the date, the direction: readable (1) or not (0);
* the country: readable and naming nothing a rule could match (1), or not (0).

The three verdicts on a row's context are kept apart (a few hundred dates, a few
directions and countries) rather than per combination: each reads on its own,
exactly as `RowScreener.readable` reads the three together.
"""

from __future__ import annotations

from screen.errors import InputError
from screen.io.values import parse_date, parse_direction
from screen.runs.rows import RowScreener
from screen.text.visible import has_visible

VERDICTS_KEPT = 200_000  # values remembered per verdict table: memory stays flat

# One verdict learned on a miss: (table, value, verdict); tables 0 description,
# 1 consignee, 2 date, 3 direction, 4 country.  Workers pass these on to each other.
Learned = tuple[int, str, int]
Tables = tuple[dict[str, int], ...]
DATE, DIRECTION, COUNTRY = 2, 3, 4  # the tables of the verdicts on a row's context


def new_tables() -> Tables:
    """Empty verdict tables: descriptions, consignees, dates, directions, countries."""
    return ({}, {}, {}, {}, {})


class Verdicts:
    """The verdict tables of one screener, and the derivation of a new verdict."""

    def __init__(
        self, row_screener: RowScreener, share: bool = False, tables: Tables | None = None
    ) -> None:
        self.rows = row_screener
        self.tables = tables or new_tables()
        self.share = share  # keep what was learned on misses, for other workers
        self.learned: list[Learned] = []

    def absorb(self, learned: list[Learned]) -> None:
        """Verdicts another worker computed (each a pure function of its value)."""
        tables = self.tables
        for table, key, verdict in learned:
            tables[table][key] = verdict

    def _field(self, table: int, text: str, field: str) -> int:
        """The verdict on a description (table 0) or a consignee (table 1)."""
        nothing = self.rows.screener.nothing_to_find
        if field == "description":
            found = not nothing(text, "", "", "")
        else:
            found = not nothing("", "", text, "")
        verdict = 0 if found else 2 if has_visible(text) else 1
        return self._keep(table, text, verdict)

    def _context(self, table: int, text: str) -> int:
        """The verdict on a date, a direction or a country (table 2, 3 or 4)."""
        try:
            if table == DATE:
                parse_date(text)
            elif table == DIRECTION:
                parse_direction(text)
            else:
                self.rows.screener.check_fields("-", "", text)
            ok = table != COUNTRY or self.rows.screener.nothing_to_find("", "", "", text)
        except InputError:
            ok = False
        return self._keep(table, text, int(ok))

    def _readable(self, date: str, direction: str, country: str) -> int:
        """The verdicts on the date, direction and country of a row, together."""
        for table, text in ((DATE, date), (DIRECTION, direction), (COUNTRY, country)):
            verdict = self.tables[table].get(text)
            if not (verdict if verdict is not None else self._context(table, text)):
                return 0
        return 1

    def _keep(self, table: int, key: str, verdict: int) -> int:
        cache = self.tables[table]
        if len(cache) >= VERDICTS_KEPT:
            cache.clear()
        cache[key] = verdict
        if self.share:
            self.learned.append((table, key, verdict))
        return verdict
