"""A listed name as the scorer holds it (`score.Listed`), as one JSON row and back.

A list store keeps each name reduced, so that scoring a candidate read from disk
costs a JSON decode instead of reducing the name again.  Reading checks the shape
of every value (a damaged row is a ValueError); the store's digest of the
matcher's code makes sure the fields are the ones this version writes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from json.encoder import encode_basestring as _string  # JSON string, not ASCII-escaped

from screen.matching.names.parts import Part, Reduced
from screen.matching.names.score import Listed, Unit


def encode_listed(listed: Listed) -> str:
    """The row: exactly what `json.dumps` writes of the fields (compact, not ASCII),
    put together piece by piece (a big list has millions of names)."""
    reduced = listed.reduced
    units = ",".join([_unit(u.positions, u.form, u.key) for u in listed.units])
    return (
        f"[[{','.join(map(_part_json, reduced.parts))}],{_string(reduced.cjk)},"
        f"{_ints_json(tuple(sorted(reduced.family)))},{_string(reduced.initials)},[{units}],"
        f"{_string(listed.initials)},{listed.total!r},{_ints_json(listed.distinctive)}]"
    )


def _unit(positions: tuple[int, ...], form: str, key: str) -> str:
    text = _string(form)
    return f"[{_ints_json(positions)},{text},{text if key == form else _string(key)}]"


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


def decode_parts(text: str) -> tuple[tuple[Part, ...], bool]:
    """A listed name's parts, and whether it is of generic words only (no
    distinctive part), from its row: what the skeleton index reads of every name."""
    value = json.loads(text)
    if not (isinstance(value, list) and len(value) == 8 and isinstance(value[0], list)):
        raise ValueError("a listed name's row is malformed")
    return tuple(_part(p) for p in value[0]), not value[7]


def decode_listed(text: str, person: bool) -> Listed:
    """The listed name `encode_listed` wrote; ValueError for anything else."""
    value = json.loads(text)
    if not (isinstance(value, list) and len(value) == 8 and isinstance(value[0], list)):
        raise ValueError("a listed name's row is malformed")
    raw_parts, cjk, family, initials, units, letters, total, distinctive = value
    parts = tuple(_part(p) for p in raw_parts)
    n = len(parts)
    if not isinstance(units, list) or not isinstance(total, (int, float)):
        raise ValueError("a listed name's row is malformed")
    skeletal = any(p.skel for p in parts)
    family_ = frozenset(_ints(family, n))
    reduced = Reduced(parts, _str(cjk), (), family_, _str(initials), {}, skeletal)
    made = []
    for unit in units:
        if not (isinstance(unit, list) and len(unit) == 3):
            raise ValueError("a listed name's unit is malformed")
        made.append(Unit(_ints(unit[0], n), _str(unit[1]), _str(unit[2])))
    return Listed(reduced, person, tuple(made), _str(letters), float(total), _ints(distinctive, n))
