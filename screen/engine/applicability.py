"""Whether a rule's hit applies to a shipment (direction, country) and at what level;
the terms set aside where they would apply."""

from __future__ import annotations

import datetime as dt

from screen.engine.goods import GoodsMatcher
from screen.models import Direction, Rule, Severity, Shipment, Thresholds


def country_role(direction: Direction) -> str:
    return "origin" if direction is Direction.IMPORT else "destination"


def level(
    score: float, severity: Severity, capped: bool, thresholds: Thresholds
) -> Severity | None:
    """The level a hit of this score takes: the rule's severity from the block
    threshold (review for a review-only term), review from the review threshold."""
    if score >= thresholds.block:
        return Severity.REVIEW if capped else severity
    if score >= thresholds.review:
        return Severity.REVIEW
    return None


def item_level(
    rule: Rule,
    score: float,
    capped: bool,
    codes: tuple[str, ...],
    direction: Direction,
    thresholds: Thresholds,
) -> tuple[Severity | None, str | None]:
    """An item rule's level for a shipment going `direction` to (or from) the
    countries `codes` (a transit country and the destination both count), with an
    extra explanation when no country was given; (None, None) when the rule does
    not apply."""
    if not rule.goes(direction):
        return None, None
    if not codes:
        why = f"no {country_role(direction)} given, so it cannot be cleared"
        return level(score, Severity.REVIEW, True, thresholds), why
    if not rule.countries or any(code in rule.countries for code in codes):
        return level(score, rule.severity, capped, thresholds), None
    return None, None


def set_aside(
    goods: GoodsMatcher,
    thresholds: Thresholds,
    shipment: Shipment,
    codes: tuple[str, ...],
    day: dt.date,
) -> tuple[str, ...]:
    """Why terms of rules that would apply here did not count ("'diode' inside
    'LED lamps': a lamp, not a semiconductor"; an exception), one note per rule."""
    if not shipment.description.strip():
        return ()
    return tuple(
        f"{rule.id}: {note}"
        for rule, note in goods.set_aside(shipment.description, shipment.hs_code)
        if rule.in_force(day)
        and item_level(rule, 100.0, False, codes, shipment.direction, thresholds)[0] is not None
    )
