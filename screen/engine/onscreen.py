"""A shipment screened as shown on screen too, where direction controls make a field
read otherwise than it is stored (`text/onscreen.py`).

"\u202eknabrebS\u202c" is stored reversed and shown as "Sberbank": the shipment is
screened as stored and once more with each such field as read on screen.  The hits
of both count (a hit found only as shown says so), and such a field makes the
shipment at least a review, with a note naming the controls: text that shows one
thing and stores another has no innocent use in an order."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from screen.models import Hit, Result, Severity, Shipment, Status
from screen.text.onscreen import controls, readings, without_controls

SHOWN_FIELDS = ("description", "consignee", "end_user", "address")


def _as_shown(shipment: Shipment) -> tuple[list[Shipment], tuple[str, ...]]:
    """The shipment as read on screen (one for each reading a field has) and a note
    for each field that reads otherwise than stored."""
    found = {f: readings(getattr(shipment, f)) for f in SHOWN_FIELDS}
    found = {f: r for f, r in found.items() if r}
    notes = tuple(
        f"{field}: text direction controls ({', '.join(controls(getattr(shipment, field)))}) "
        f"make it read {' / '.join(repr(r) for r in shown)} on screen: screened as "
        "stored and as shown"
        for field, shown in found.items()
    )
    count = max((len(r) for r in found.values()), default=0)
    changes: list[dict[str, Any]] = [
        {f: r[min(i, len(r) - 1)] for f, r in found.items()} for i in range(count)
    ]
    variants = [dataclasses.replace(shipment, **change) for change in changes]
    return variants, notes


def screen_as_shown(
    screen_stored: Callable[[Shipment, dt.date | None], Result],
    shipment: Shipment,
    today: dt.date | None,
) -> Result:
    """`screen_stored`'s result, with the hits of the shipment as shown on screen."""
    result = screen_stored(shipment, today)
    variants, shown_notes = _as_shown(shipment)
    if not variants:
        return result
    hits: list[Hit] = list(result.hits)
    seen = {(h.rule_id, h.field) for h in hits}
    notes = list(shown_notes) + list(result.notes)
    for variant in variants:
        other = screen_stored(variant, today)
        for hit in other.hits:
            if (hit.rule_id, hit.field) not in seen:
                seen.add((hit.rule_id, hit.field))
                stored = " ".join(without_controls(getattr(shipment, hit.field, "")).split())
                why = f"read as shown on screen (stored as '{stored}', controls left out)"
                hits.append(dataclasses.replace(hit, detail=f"{why}; {hit.detail}"))
        notes += [n for n in other.notes if n not in notes]
    hits.sort(key=lambda h: (h.level is not Severity.BLOCK, -h.score, h.rule_id))
    blocked = any(h.level is Severity.BLOCK for h in hits)
    status = Status.BLOCKED if blocked else Status.REVIEW
    return Result(status, tuple(hits), result.understood, tuple(notes))
