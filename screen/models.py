"""Typed data the engine works on: rules, shipments, hits and results.

Plain frozen dataclasses, no I/O: anyone can build them in-process.  The rule
side (`Rule`, `Source`, the kinds, severities and directions) is defined in
`screen.rulemodel` and given here too.  Each class writes its `__init__` and
`screen.frozen` makes it a frozen dataclass without compiling methods at start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum

from screen.frozen import FACTORY, frozen
from screen.rulemodel import (
    CRAFTS,
    Direction,
    Exception_,
    Kind,
    Rule,
    Severity,
    Source,
    Vocabulary,
)

__all__ = [
    "CRAFTS",
    "Direction",
    "Exception_",
    "Hit",
    "Kind",
    "Result",
    "Rule",
    "Rulebook",
    "Severity",
    "Shipment",
    "Source",
    "Status",
    "Thresholds",
    "Understood",
    "Vocabulary",
]

_set = object.__setattr__  # (as a frozen dataclass's __init__ sets its fields)


class Status(StrEnum):
    CLEAR = "clear"
    REVIEW = "review"
    BLOCKED = "blocked"
    ERROR = "error"


@frozen
class Thresholds:
    """Scores (0-100): at `block` or above a hit takes its rule's severity; from
    `review` up to `block` it is a review; below `review` it is no hit."""

    block: float = 90.0
    review: float = 75.0

    def __init__(
        self,
        block: float = 90.0,
        review: float = 75.0,
    ) -> None:
        _set(self, "block", block)
        _set(self, "review", review)


@frozen
class Rulebook:
    rules: tuple[Rule, ...]
    thresholds: Thresholds = field(default_factory=Thresholds)
    version: str = ""
    title: str = ""
    sha256: str = ""
    path: str = ""
    seeds_dir: str = ""

    def __init__(
        self,
        rules: tuple[Rule, ...],
        thresholds: Thresholds = FACTORY,
        version: str = "",
        title: str = "",
        sha256: str = "",
        path: str = "",
        seeds_dir: str = "",
    ) -> None:
        _set(self, "rules", rules)
        _set(self, "thresholds", Thresholds() if thresholds is FACTORY else thresholds)
        _set(self, "version", version)
        _set(self, "title", title)
        _set(self, "sha256", sha256)
        _set(self, "path", path)
        _set(self, "seeds_dir", seeds_dir)

    def get(self, rule_id: str) -> Rule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None


@frozen
class Shipment:
    """One shipment to screen. `country` is the destination for exports and the
    origin for imports. `date` None means today."""

    description: str = ""
    consignee: str = ""
    country: str = ""
    date: dt.date | None = None
    direction: Direction = Direction.EXPORT
    hs_code: str = ""
    end_user: str = ""
    address: str = ""

    def __init__(
        self,
        description: str = "",
        consignee: str = "",
        country: str = "",
        date: dt.date | None = None,
        direction: Direction = Direction.EXPORT,
        hs_code: str = "",
        end_user: str = "",
        address: str = "",
    ) -> None:
        _set(self, "description", description)
        _set(self, "consignee", consignee)
        _set(self, "country", country)
        _set(self, "date", date)
        _set(self, "direction", direction)
        _set(self, "hs_code", hs_code)
        _set(self, "end_user", end_user)
        _set(self, "address", address)
        self.__post_init__()

    def __post_init__(self) -> None:
        """A library caller's None or number (a database's NULL) is refused by name,
        not met deep in the matcher as "expected string or bytes-like object"."""
        for name in ("description", "consignee", "country", "hs_code", "end_user", "address"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise TypeError(
                    f"Shipment {name} must be text (str), not {type(value).__name__}: "
                    "pass '' for a missing value"
                )
        if self.date is not None and not isinstance(self.date, dt.date):
            raise TypeError(f"Shipment date must be a datetime.date or None, not {self.date!r}")
        if isinstance(self.date, dt.datetime):  # (a date too, but never compared with one)
            object.__setattr__(self, "date", self.date.date())
        if not isinstance(self.direction, Direction):
            if self.direction not in set(Direction):  # ("export" is Direction.EXPORT)
                raise TypeError(f"Shipment direction must be a Direction, not {self.direction!r}")
            object.__setattr__(self, "direction", Direction(self.direction))


@frozen
class Hit:
    """One reason a shipment is flagged, explained."""

    rule_id: str
    kind: Kind
    field: str
    query: str
    matched: str
    score: float
    level: Severity
    title: str
    source: Source
    detail: str = ""
    cleared: str = ""  # the reviewer's decision that clears it: reference, who, when

    def __init__(
        self,
        rule_id: str,
        kind: Kind,
        field: str,
        query: str,
        matched: str,
        score: float,
        level: Severity,
        title: str,
        source: Source,
        detail: str = "",
        cleared: str = "",
    ) -> None:
        _set(self, "rule_id", rule_id)
        _set(self, "kind", kind)
        _set(self, "field", field)
        _set(self, "query", query)
        _set(self, "matched", matched)
        _set(self, "score", score)
        _set(self, "level", level)
        _set(self, "title", title)
        _set(self, "source", source)
        _set(self, "detail", detail)
        _set(self, "cleared", cleared)

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "rule_id": self.rule_id,
            "kind": str(self.kind),
            "field": self.field,
            "query": self.query,
            "matched": self.matched,
            "score": self.score,
            "level": str(self.level),
            "title": self.title,
            "detail": self.detail,
            "source": self.source.as_dict(),
        }
        if self.cleared:
            data["cleared"] = self.cleared
        return data


@frozen
class Understood:
    """The shipment as the engine read it."""

    country_code: str | None  # the destination (or origin) a field names last
    country_name: str | None
    date: dt.date
    direction: Direction
    country_codes: tuple[str, ...] = ()  # every country the field names, in order

    def __init__(
        self,
        country_code: str | None,
        country_name: str | None,
        date: dt.date,
        direction: Direction,
        country_codes: tuple[str, ...] = (),
    ) -> None:
        _set(self, "country_code", country_code)
        _set(self, "country_name", country_name)
        _set(self, "date", date)
        _set(self, "direction", direction)
        _set(self, "country_codes", country_codes)


@frozen
class Result:
    status: Status
    hits: tuple[Hit, ...]
    understood: Understood
    notes: tuple[str, ...] = ()

    def __init__(
        self,
        status: Status,
        hits: tuple[Hit, ...],
        understood: Understood,
        notes: tuple[str, ...] = (),
    ) -> None:
        _set(self, "status", status)
        _set(self, "hits", hits)
        _set(self, "understood", understood)
        _set(self, "notes", notes)
