"""Typed data the engine works on: rules, shipments, hits and results.

Plain frozen dataclasses, no I/O: anyone can build them in-process.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

CRAFTS = ("vessel", "aircraft")  # entity types whose names are a craft's, not a party's


class Kind(StrEnum):
    ITEM = "item"
    ENTITY = "entity"
    DESTINATION = "destination"


class Severity(StrEnum):
    BLOCK = "block"
    REVIEW = "review"


class Direction(StrEnum):
    EXPORT = "export"
    IMPORT = "import"
    BOTH = "both"


class Status(StrEnum):
    CLEAR = "clear"
    REVIEW = "review"
    BLOCKED = "blocked"
    ERROR = "error"


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: a seed article and a verbatim passage, or a list entry."""

    seed: str | None = None
    quote: str | None = None
    note: str | None = None
    list: str | None = None
    entry_id: str | None = None
    file: str | None = None
    sha256: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v is not None}

    def label(self) -> str:
        if self.seed:
            return self.seed
        return f"{self.list}:{self.entry_id}" if self.list else ""


@dataclass(frozen=True)
class Exception_:
    """A legal exception to a rule: goods that match it are not covered."""

    terms: tuple[str, ...] = ()
    hs_codes: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Vocabulary:
    """Terms of an item rule taken from one named source (a tariff nomenclature's
    heading, a control list's annex), so every term says where it comes from."""

    source: str
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Kind
    title: str
    measure: str
    authority: str
    direction: Direction
    effective_from: dt.date
    severity: Severity
    source: Source
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    towns_of: tuple[str, ...] = ()  # ISO 3166-2 regions whose towns are review terms
    effective_to: dt.date | None = None
    terms: tuple[str, ...] = ()
    review_terms: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    exceptions: tuple[Exception_, ...] = ()
    hs_codes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    weak_names: tuple[str, ...] = ()
    type: str | None = None  # person, organization, vessel, aircraft (entities)
    programs: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    vocabulary: tuple[Vocabulary, ...] = ()
    equipment: bool = False  # item goods are machines for what the terms name
    note: str | None = None
    file: str | None = None
    line: int | None = None
    datasets: tuple[str, ...] = ()  # list entries from OpenSanctions: the source datasets
    born: tuple[str, ...] = ()  # a person's dates of birth (`matching.births.Born.text`)

    def in_force(self, day: dt.date) -> bool:
        if day < self.effective_from:
            return False
        return self.effective_to is None or day <= self.effective_to

    def term_source(self, term: str) -> str | None:
        """The named source a term was taken from (None: the rule's own `terms`)."""
        return next((v.source for v in self.vocabulary if term in v.terms), None)

    def goes(self, direction: Direction) -> bool:
        return self.direction is Direction.BOTH or self.direction is direction

    def index_names(self) -> list[tuple[str, str, bool, bool, bool]]:
        """(rule id, name, weak alias?, person?, a craft's?) of each of its names,
        then of each weak alias, as a name index takes them."""
        person, craft = self.type == "person", self.type in CRAFTS
        return [(self.id, n, False, person, craft) for n in self.names] + [
            (self.id, n, True, person, craft) for n in self.weak_names
        ]


@dataclass(frozen=True)
class Thresholds:
    """Scores (0-100): at `block` or above a hit takes its rule's severity; from
    `review` up to `block` it is a review; below `review` it is no hit."""

    block: float = 90.0
    review: float = 75.0


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    thresholds: Thresholds = field(default_factory=Thresholds)
    version: str = ""
    title: str = ""
    sha256: str = ""
    path: str = ""
    seeds_dir: str = ""

    def get(self, rule_id: str) -> Rule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None


@dataclass(frozen=True)
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
        if not isinstance(self.direction, Direction):
            if self.direction not in set(Direction):  # ("export" is Direction.EXPORT)
                raise TypeError(f"Shipment direction must be a Direction, not {self.direction!r}")
            object.__setattr__(self, "direction", Direction(self.direction))


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Understood:
    """The shipment as the engine read it."""

    country_code: str | None  # the destination (or origin) a field names last
    country_name: str | None
    date: dt.date
    direction: Direction
    country_codes: tuple[str, ...] = ()  # every country the field names, in order


@dataclass(frozen=True)
class Result:
    status: Status
    hits: tuple[Hit, ...]
    understood: Understood
    notes: tuple[str, ...] = ()
