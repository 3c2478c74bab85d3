"""Item rules that apply through a country named outside the country field.

A consignee's ship-to address in Moscow, an end user in Saint Petersburg, or a
description that says "re-export to Russia" or "of Russian origin" names a
country the goods may go to or come from, whatever the country field says: an
item rule scoped to that country then applies at review at most (a diversion red
flag, not a proven destination), and the hit says which field named the country
and how.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from screen.engine.places import FieldHits
from screen.matching.countries import countries
from screen.matching.named import (
    ADDRESS,
    DESTINATION,
    ORIGIN,
    Named,
    address_places,
    after_own_name,
    description_places,
    field_towns,
    own_name,
)
from screen.models import Direction, Hit, Kind, Rule, Severity, Shipment

Candidates = tuple[tuple[Hit, Rule], ...]
PARTY_FIELDS = ("consignee", "end_user", "address")
# The embargoed regions' own country and the state that claims them (the rulebook's
# destination rules: regions of Ukraine under Russia's occupation): a party there may
# be named after its town.
REGION_STATES = ("UA", "RU")


def named_places(shipment: Shipment) -> tuple[tuple[str, Named], ...]:
    """(field, place) of every country the shipment names outside its country field:
    places in a party's address, a destination or origin its address pieces or the
    description state with a cue word, and a big city in the country field."""
    out = [
        (field, named)
        for field in PARTY_FIELDS
        if (text := getattr(shipment, field))
        for named in address_places(field, text)
    ]
    for field in ("consignee", "end_user"):  # "Dubai Ventures LLC, on behalf of Russian MoD"
        if rest := after_own_name(getattr(shipment, field)):
            out += [(field, n) for n in description_places(rest)]
    if shipment.description:
        out += [("description", n) for n in description_places(shipment.description)]
    if shipment.country:
        out += [("country", n) for n in field_towns(shipment.country)]
    return tuple(out)


def _counts(named: Named, direction: Direction) -> bool:
    """A place in an address counts either way; a stated destination for exports,
    a stated origin for imports."""
    if named.role == ADDRESS or direction is Direction.BOTH:
        return True
    return named.role == (ORIGIN if direction is Direction.IMPORT else DESTINATION)


def _why(field: str, named: Named, direction: Direction) -> str:
    country = countries().name_of(named.code)
    way = "come from" if direction is Direction.IMPORT else "go to"
    label = field.replace("_", " ")
    rule = "a country named outside the country field is a review"
    if field == "country":  # "St Petersburg, KZ"
        label, rule = "country field", "a city of a country the field does not name is a review"
    return f"the {label} names '{named.quote}' ({named.how}): the goods may {way} {country}; {rule}"


def named_candidates(
    places: tuple[tuple[str, Named], ...],
    codes: tuple[str, ...],
    direction: Direction,
    taken: set[str],
    candidates_for: Callable[[tuple[str, ...]], Candidates],
) -> list[tuple[Hit, Rule]]:
    """The item hits that apply only through a named place, each at review with
    why. `candidates_for(codes)`: the item candidates for those countries; `taken`:
    the rules that already hit."""
    out: list[tuple[Hit, Rule]] = []
    for field, named in places:
        if named.code in codes or not _counts(named, direction):
            continue
        for hit, rule in candidates_for((named.code,)):
            if rule.id in taken:
                continue
            taken.add(rule.id)
            detail = f"{hit.detail}; {_why(field, named, direction)}"
            out.append((replace(hit, level=Severity.REVIEW, detail=detail), rule))
    return out


def named_after_a_region(
    field: str,
    text: str,
    candidates: Candidates,
    codes: tuple[str, ...],
    hits: FieldHits,
) -> tuple[Candidates, tuple[str, ...]]:
    """A region's word inside a party's own name, when the country field names only
    countries other than the region's and its claimant's, is a name, not an address:
    (the candidates kept, a note for each set aside). A town or an oblast (a review
    term: "Donetsk Coal Museum Trust (UK)", GB) is set aside so; the region's own
    names (the terms of a review rule: "Crimea", "Sevastopol"; a block rule's terms
    name the occupation authorities, "Donetsk People's Republic") only when the
    address pieces after the name place the party in a country the field names and
    name no place of the region ("Crimea Grill Restaurant, London", GB): a firm of the
    region giving a third country (no address, or an address in the region) is the
    transshipment the rule is there for. `hits(field, text)`: a field's term hits."""
    if not codes or any(code in REGION_STATES for code in codes):
        return candidates, ()
    name = own_name(text)
    rest = after_own_name(text)
    placed = {n.code for n in address_places(field, text)}
    abroad = bool(placed) and placed <= set(codes)
    named_there = {h.rule.id for h in hits("address", rest)} if abroad and rest.strip() else set()
    kept: list[tuple[Hit, Rule]] = []
    notes: list[str] = []
    for hit, rule in candidates:
        town = hit.matched in rule.review_terms  # a town or an oblast, not the region itself
        place = rule.severity is Severity.REVIEW  # a block rule's terms name a regime
        own = abroad and place and hit.matched in rule.terms and rule.id not in named_there
        if hit.kind is Kind.DESTINATION and (town or own) and hit.query in name:
            where = ", ".join(countries().name_of(c) for c in codes)
            there = f", its address pieces are in {where}," if own and not town else ""
            notes.append(
                f"{rule.id}: not counted: '{hit.query}' is in the {field.replace('_', ' ')}'s "
                f"own name ('{name}'){there} and the country field names {where}: "
                "a name, not an address"
            )
        else:
            kept.append((hit, rule))
    return tuple(kept), tuple(notes)
