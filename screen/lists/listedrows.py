"""A listed name as the scorer holds it (`score.Listed`), as one JSON row and back.

A list store keeps each name reduced, so that scoring a candidate read from disk
costs a JSON decode instead of reducing the name again.  The row holds what the
reduction found (the parts, the CJK text, the family name, the initials); what
scoring derives from those (the parts written together, the total weight, the
distinctive parts: `score.prepare`) is derived again when the row is read, which
costs less than reading and checking it (and a row is half the size).  Reading
checks the shape of every value (a damaged row is a ValueError); the store's
digest of the matcher's code makes sure the fields are the ones this version
writes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from json.encoder import encode_basestring as _string  # JSON string, not ASCII-escaped

from screen.matching.names.prepared import Listed, prepare
from screen.matching.names.reduced import DISTINCT, Part, Reduced


def encode_listed(listed: Listed) -> str:
    """The row: exactly what `json.dumps` writes of the fields (compact, not ASCII),
    put together piece by piece (a big list has millions of names)."""
    reduced = listed.reduced
    return (
        f"[[{','.join(map(_part_json, reduced.parts))}],{_string(reduced.cjk)},"
        f"{_ints_json(tuple(sorted(reduced.family)))},{_string(reduced.initials)}]"
    )


_INTS: dict[tuple[int, ...], str] = {}  # few: positions within a name


def _ints_json(values: tuple[int, ...]) -> str:
    text = _INTS.get(values)
    if text is None:
        text = "[" + ",".join(map(str, values)) + "]"
        if len(_INTS) < 65536:
            _INTS[values] = text
    return text


@lru_cache(maxsize=131072)
def _part_json(p: Part) -> str:
    """A part as JSON: once per distinct part (a big list shares its words)."""
    return _dumps([p.form, p.key, list(p.alts), p.weight, p.role, p.how, list(p.skel)])


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("a listed name's row holds a value that is not text")
    return value


def _ints(value: object, below: int) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(isinstance(v, int) and 0 <= v < below for v in value):
        raise ValueError("a listed name's row holds positions out of range")
    return tuple(value)


def _part(value: object) -> Part:
    if not (isinstance(value, list) and len(value) == len(Part._fields)):
        raise ValueError("a listed name's part is malformed")
    form, key, alts, weight, role, how, skel = value
    if not (isinstance(alts, list) and isinstance(skel, list)) or not isinstance(
        weight, (int, float)
    ):
        raise ValueError("a listed name's part is malformed")
    return Part(
        _str(form),
        _str(key),
        tuple(_str(a) for a in alts),
        float(weight),
        _str(role),
        _str(how),
        tuple(_str(k) for k in skel),
    )


def _row(text: str) -> tuple[list[object], object, object, object]:
    """The row's parts, CJK text, family name and initials, as read."""
    value = json.loads(text)
    if not (isinstance(value, list) and len(value) == 4 and isinstance(value[0], list)):
        raise ValueError("a listed name's row is malformed")
    parts, cjk, family, initials = value
    return parts, cjk, family, initials


def decode_parts(text: str) -> tuple[tuple[Part, ...], bool]:
    """A listed name's parts, and whether it is of generic words only (no
    distinctive part), from its row: what the skeleton index reads of every name."""
    parts = tuple(_part(p) for p in _row(text)[0])
    return parts, not any(p.role in DISTINCT for p in parts)


def decode_listed(text: str, person: bool, craft: bool = False) -> Listed:
    """The listed name `encode_listed` wrote; ValueError for anything else."""
    raw_parts, cjk, family, initials = _row(text)
    parts = tuple(_part(p) for p in raw_parts)
    skeletal = any(p.skel for p in parts)
    family_ = frozenset(_ints(family, len(parts)))
    reduced = Reduced(parts, _str(cjk), (), family_, _str(initials), {}, skeletal)
    return prepare(reduced, person, craft)
