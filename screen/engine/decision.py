"""The decision: a shipment's status, its hits in order, and notes."""

from __future__ import annotations

from collections.abc import Sequence

from screen.models import Hit, Kind, Result, Rule, Severity, Status, Understood


def decide(
    found: Sequence[tuple[Hit, Rule]], understood: Understood, asides: Sequence[str] = ()
) -> Result:
    """Blocked when any hit blocks, review when any hit remains, else clear; block
    hits first, then by score.  `asides` (terms found but set aside by their
    context) join the notes."""
    ordered = sorted(
        found,
        key=lambda pair: (pair[0].level is not Severity.BLOCK, -pair[0].score, pair[0].rule_id),
    )
    hits = tuple(hit for hit, _ in ordered)
    status = Status.CLEAR
    if any(h.level is Severity.BLOCK for h in hits):
        status = Status.BLOCKED
    elif hits:
        status = Status.REVIEW
    notes = tuple(
        dict.fromkeys(
            f"{rule.id}: controlled item with no country given"
            for hit, rule in ordered
            if hit.kind is Kind.ITEM and understood.country_code is None
        )
    ) + tuple(asides)
    return Result(status, hits, understood, notes)
