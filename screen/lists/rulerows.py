"""A list entry's rule as one JSON row (what the on-disk list store keeps), and back.

Only the fields a list entry's rule has (`entry.to_rule`) are kept; reading a row
checks every field's type, so a damaged or forged row is a ValueError (the store
is then rebuilt), never a wrong rule.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from json.encoder import encode_basestring as _string  # JSON string, not ASCII-escaped
from typing import Any

from screen.models import Direction, Kind, Rule, Severity, Source

TEXTS = ("id", "title", "measure", "authority")
OPTIONAL_TEXTS = ("type", "note")
LISTS = ("countries", "names", "weak_names", "programs", "datasets", "addresses", "born")
SOURCE = ("list", "entry_id", "file", "sha256", "note")


def encode_rule(rule: Rule) -> str:
    return encode_fields(vars(rule))


# a row as `json.dumps` (compact, not ASCII) writes `fields_value`: its keys in order
_ROW = (
    "{"
    + ",".join(f'"{k}":%s' for k in (*TEXTS, *OPTIONAL_TEXTS))
    + "".join(f',"{k}":[%s]' for k in LISTS)
    + ',"from":%s,"to":%s,"severity":%s,"source":[%s]}'
)


def encode_fields(fields: Mapping[str, Any]) -> str:
    """The row of a rule given as its fields (`vars(rule)`, `entry.rule_fields`):
    exactly what `json.dumps` (compact, not ASCII) writes of `fields_value(fields)`,
    put together in one format (a big list has millions of entries)."""
    until = fields["effective_to"]
    source = fields["source"]
    return _ROW % (
        *[_value(fields[k]) for k in TEXTS],
        *[_value(fields[k]) for k in OPTIONAL_TEXTS],
        *[",".join(map(_value, fields[k])) for k in LISTS],
        _value(fields["effective_from"].isoformat()),
        _value(until.isoformat() if until else None),
        _value(fields["severity"].value),
        ",".join([_value(getattr(source, k)) for k in SOURCE]),
    )


def fields_value(fields: Mapping[str, Any]) -> dict[str, object]:
    """The JSON value of a rule's row (`encode_fields` writes it)."""
    value: dict[str, object] = {k: fields[k] for k in (*TEXTS, *OPTIONAL_TEXTS)}
    value.update({k: list(fields[k]) for k in LISTS})
    value["from"] = fields["effective_from"].isoformat()
    until = fields["effective_to"]
    value["to"] = until.isoformat() if until else None
    value["severity"] = fields["severity"].value
    source = fields["source"]
    value["source"] = [getattr(source, k) for k in SOURCE]
    return value


def _value(value: object) -> str:
    """One value as `json.dumps` writes it (compact, not ASCII)."""
    if type(value) is str:
        return _string(value)
    if value is None:
        return "null"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _text(value: object, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValueError("a rule row holds a value that is not text")
    return value


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("a rule row holds a list that is not of texts")
    return tuple(value)


def decode_rule(text: str) -> Rule:
    """The rule `encode_rule` wrote; ValueError for anything else."""
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("a rule row is not an object")
    source = value.get("source")
    if not isinstance(source, list) or len(source) != len(SOURCE):
        raise ValueError("a rule row has no source")
    until = _text(value.get("to"), optional=True)
    return Rule(
        id=str(_text(value.get("id"))),
        kind=Kind.ENTITY,
        title=str(_text(value.get("title"))),
        measure=str(_text(value.get("measure"))),
        authority=str(_text(value.get("authority"))),
        direction=Direction.BOTH,
        effective_from=dt.date.fromisoformat(str(_text(value.get("from")))),
        effective_to=dt.date.fromisoformat(until) if until else None,
        severity=Severity(str(_text(value.get("severity")))),
        source=Source(**{k: _text(v, optional=True) for k, v in zip(SOURCE, source, strict=True)}),
        countries=_texts(value.get("countries")),
        names=_texts(value.get("names")),
        weak_names=_texts(value.get("weak_names")),
        type=_text(value.get("type"), optional=True),
        programs=_texts(value.get("programs")),
        datasets=_texts(value.get("datasets")),
        addresses=_texts(value.get("addresses")),
        born=_texts(value.get("born")),
        note=_text(value.get("note"), optional=True),
    )
