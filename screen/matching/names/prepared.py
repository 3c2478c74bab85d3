"""A listed name as scoring needs it, computed once when it is indexed: its parts,
its parts written together, its initials, its weight and its distinctive parts."""

from __future__ import annotations

from screen.matching.names.reduced import Part, Reduced
from screen.matching.names.written import met_apart
from screen.tuples import NamedTuple


class Unit(NamedTuple):
    """One part, or two parts written together, on one side."""

    positions: tuple[int, ...]
    form: str
    key: str


class Listed(NamedTuple):
    """What scoring needs of a listed name, computed once when it is indexed."""

    reduced: Reduced
    person: bool
    units: tuple[Unit, ...]  # two parts written together, and long parts
    initials: str  # of its parts, for acronyms ("pla")
    total: float
    distinctive: tuple[int, ...]  # positions of its distinctive parts
    craft: bool = False  # a vessel's or an aircraft's name


def pair_units(parts: tuple[Part, ...], any_order: bool) -> tuple[Unit, ...]:
    """Adjacent alphabetic parts written together, in order (and reversed, for
    listed names, whose order lists often turn round)."""
    joinable = [p.role not in ("initial", "number") for p in parts]
    n = len(parts)
    out = []
    make = tuple.__new__  # a Unit without its Python-level constructor (a list has millions)
    for i in range(n):
        if not joinable[i]:
            continue
        a = parts[i]
        if any_order and i and joinable[i - 1]:
            b = parts[i - 1]
            out.append(make(Unit, ((i, i - 1), a.form + b.form, a.key + b.key)))
        if i + 1 < n and joinable[i + 1]:
            b = parts[i + 1]
            out.append(make(Unit, ((i, i + 1), a.form + b.form, a.key + b.key)))
    return tuple(out)


def prepare(reduced: Reduced, person: bool, craft: bool = False) -> Listed:
    parts = reduced.parts
    make = tuple.__new__  # (see `pair_units`)
    long = [make(Unit, ((i,), p.form, p.key)) for i, p in enumerate(parts) if met_apart(p.form)]
    return Listed(
        reduced,
        person,
        (*long, *pair_units(parts, True)),
        reduced.initials,
        sum([p.weight for p in parts]),
        reduced.distinctive,
        craft,
    )
