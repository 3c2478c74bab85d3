"""The rule side of the typed data: what a rule is, where it comes from, the
kinds, severities and directions it takes.  `screen.models` gives these names
too, with the shipments, hits and results the engine makes of them.

Plain frozen dataclasses (`screen.frozen`), no I/O.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from screen.frozen import frozen

_set = object.__setattr__  # (as a frozen dataclass's __init__ sets its fields)


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


@frozen
class Source:
    """Where a rule comes from: a seed article and a verbatim passage, or a list entry."""

    seed: str | None = None
    quote: str | None = None
    note: str | None = None
    list: str | None = None
    entry_id: str | None = None
    file: str | None = None
    sha256: str | None = None

    def __init__(
        self,
        seed: str | None = None,
        quote: str | None = None,
        note: str | None = None,
        list: str | None = None,
        entry_id: str | None = None,
        file: str | None = None,
        sha256: str | None = None,
    ) -> None:
        _set(self, "seed", seed)
        _set(self, "quote", quote)
        _set(self, "note", note)
        _set(self, "list", list)
        _set(self, "entry_id", entry_id)
        _set(self, "file", file)
        _set(self, "sha256", sha256)

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v is not None}

    def label(self) -> str:
        if self.seed:
            return self.seed
        return f"{self.list}:{self.entry_id}" if self.list else ""


@frozen
class Exception_:
    """A legal exception to a rule: goods that match it are not covered."""

    terms: tuple[str, ...] = ()
    hs_codes: tuple[str, ...] = ()
    note: str = ""

    def __init__(
        self,
        terms: tuple[str, ...] = (),
        hs_codes: tuple[str, ...] = (),
        note: str = "",
    ) -> None:
        _set(self, "terms", terms)
        _set(self, "hs_codes", hs_codes)
        _set(self, "note", note)


@frozen
class Vocabulary:
    """Terms of an item rule taken from one named source (a tariff nomenclature's
    heading, a control list's annex), so every term says where it comes from."""

    source: str
    terms: tuple[str, ...] = ()

    def __init__(
        self,
        source: str,
        terms: tuple[str, ...] = (),
    ) -> None:
        _set(self, "source", source)
        _set(self, "terms", terms)


@frozen
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
    components: bool = False  # item goods include the parts of what the terms name
    note: str | None = None
    file: str | None = None
    line: int | None = None
    datasets: tuple[str, ...] = ()  # list entries from OpenSanctions: the source datasets
    born: tuple[str, ...] = ()  # a person's dates of birth (`matching.births.Born.text`)

    def __init__(
        self,
        id: str,
        kind: Kind,
        title: str,
        measure: str,
        authority: str,
        direction: Direction,
        effective_from: dt.date,
        severity: Severity,
        source: Source,
        countries: tuple[str, ...] = (),
        regions: tuple[str, ...] = (),
        towns_of: tuple[str, ...] = (),
        effective_to: dt.date | None = None,
        terms: tuple[str, ...] = (),
        review_terms: tuple[str, ...] = (),
        exclusions: tuple[str, ...] = (),
        exceptions: tuple[Exception_, ...] = (),
        hs_codes: tuple[str, ...] = (),
        names: tuple[str, ...] = (),
        weak_names: tuple[str, ...] = (),
        type: str | None = None,
        programs: tuple[str, ...] = (),
        addresses: tuple[str, ...] = (),
        vocabulary: tuple[Vocabulary, ...] = (),
        equipment: bool = False,
        components: bool = False,
        note: str | None = None,
        file: str | None = None,
        line: int | None = None,
        datasets: tuple[str, ...] = (),
        born: tuple[str, ...] = (),
    ) -> None:
        _set(self, "id", id)
        _set(self, "kind", kind)
        _set(self, "title", title)
        _set(self, "measure", measure)
        _set(self, "authority", authority)
        _set(self, "direction", direction)
        _set(self, "effective_from", effective_from)
        _set(self, "severity", severity)
        _set(self, "source", source)
        _set(self, "countries", countries)
        _set(self, "regions", regions)
        _set(self, "towns_of", towns_of)
        _set(self, "effective_to", effective_to)
        _set(self, "terms", terms)
        _set(self, "review_terms", review_terms)
        _set(self, "exclusions", exclusions)
        _set(self, "exceptions", exceptions)
        _set(self, "hs_codes", hs_codes)
        _set(self, "names", names)
        _set(self, "weak_names", weak_names)
        _set(self, "type", type)
        _set(self, "programs", programs)
        _set(self, "addresses", addresses)
        _set(self, "vocabulary", vocabulary)
        _set(self, "equipment", equipment)
        _set(self, "components", components)
        _set(self, "note", note)
        _set(self, "file", file)
        _set(self, "line", line)
        _set(self, "datasets", datasets)
        _set(self, "born", born)

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
