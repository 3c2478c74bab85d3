"""Plain-data (JSON-ready) forms of rules, hits and results."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from enum import Enum
from typing import Any

from screen.models import Exception_, Result, Rule, Rulebook, Shipment, Source, Vocabulary


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Source):
        return value.as_dict()
    if isinstance(value, Exception_):
        return {"terms": list(value.terms), "hs_codes": list(value.hs_codes), "note": value.note}
    if isinstance(value, Vocabulary):
        return {"source": value.source, "terms": list(value.terms)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    """Every field of a rule (file and line included), JSON-ready."""
    return {f.name: _plain(getattr(rule, f.name)) for f in fields(rule)}


def rulebook_info(rulebook: Rulebook) -> dict[str, Any]:
    return {"version": rulebook.version, "sha256": rulebook.sha256, "path": rulebook.path}


def result_to_dict(result: Result, shipment: Shipment, rulebook: Rulebook) -> dict[str, Any]:
    understood = result.understood
    return {
        "status": result.status.value,
        "hits": [h.as_dict() for h in result.hits],
        "shipment": {
            "description": shipment.description,
            "consignee": shipment.consignee,
            "country": shipment.country,
            "country_code": understood.country_code,
            "country_codes": list(understood.country_codes),
            "country_name": understood.country_name,
            "date": understood.date.isoformat(),
            "direction": understood.direction.value,
            "hs_code": shipment.hs_code,
            "end_user": shipment.end_user,
            "address": shipment.address,
        },
        "notes": list(result.notes),
        "rulebook": rulebook_info(rulebook),
    }
