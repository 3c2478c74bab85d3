"""`screen.frozen` and `screen.tuples` make what `dataclasses` and `typing.NamedTuple`
make, without compiling source at start: the same fields, signatures, docstrings,
repr, equality, hash, pickling and errors, side by side with the real thing."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import typing
from collections.abc import Callable
from typing import Any

import pytest

from screen.frozen import FACTORY, frozen, frozen_identity, frozen_slots, mutable
from screen.tuples import NamedTuple

_set = object.__setattr__


@dataclasses.dataclass(frozen=True)
class RealFrozen:
    """A frozen class."""

    name: str
    sizes: tuple[int, ...] = ()
    extra: dict[str, int] = dataclasses.field(default_factory=dict)


@frozen
class MadeFrozen:
    """A frozen class."""

    name: str
    sizes: tuple[int, ...] = ()
    extra: dict[str, int] = dataclasses.field(default_factory=dict)

    def __init__(
        self, name: str, sizes: tuple[int, ...] = (), extra: dict[str, int] = FACTORY
    ) -> None:
        _set(self, "name", name)
        _set(self, "sizes", sizes)
        _set(self, "extra", {} if extra is FACTORY else extra)


@dataclasses.dataclass(frozen=True, eq=False)
class RealIdentity:
    words: frozenset[str]
    note: str = ""


@frozen_identity
class MadeIdentity:
    words: frozenset[str]
    note: str = ""

    def __init__(self, words: frozenset[str], note: str = "") -> None:
        _set(self, "words", words)
        _set(self, "note", note)


@dataclasses.dataclass(frozen=True, slots=True)
class RealSlots:
    first: int
    last: int = 0


@frozen_slots
class MadeSlots:
    first: int
    last: int = 0

    def __init__(self, first: int, last: int = 0) -> None:
        _set(self, "first", first)
        _set(self, "last", last)


@dataclasses.dataclass
class RealMutable:
    keys: list[str]
    marker: str = ""


@mutable
class MadeMutable:
    keys: list[str]
    marker: str = ""

    def __init__(self, keys: list[str], marker: str = "") -> None:
        self.keys = keys
        self.marker = marker


class RealTuple(typing.NamedTuple):
    """A named tuple."""

    key: str
    tokens: tuple[str, ...]
    gap: int = 0

    def width(self) -> int:
        return len(self.tokens) + self.gap


class MadeTuple(NamedTuple):
    """A named tuple."""

    key: str
    tokens: tuple[str, ...]
    gap: int = 0

    def width(self) -> int:
        return len(self.tokens) + self.gap


def _outcome(action: Callable[..., Any], *args: Any) -> str:
    """What an action gives or raises, with the class names made alike."""
    try:
        shown = repr(action(*args))
    except Exception as exc:  # the error is what is compared
        shown = f"{type(exc).__name__}: {exc}"
    return shown.replace("Real", "X").replace("Made", "X")


def _fields(cls: type) -> list[tuple[object, ...]]:
    return [
        (f.name, f.type, f.default, getattr(f.default_factory, "__name__", None), f.hash)
        for f in dataclasses.fields(cls)
    ]


PAIRS = [
    (RealFrozen, MadeFrozen, ("a", (1, 2))),
    (RealIdentity, MadeIdentity, (frozenset({"x"}),)),
    (RealSlots, MadeSlots, (1970, 1975)),
    (RealMutable, MadeMutable, (["a"], "of")),
]


@pytest.mark.parametrize(("real", "made", "args"), PAIRS)
def test_a_made_dataclass_is_the_dataclass(real: type, made: type, args: tuple[Any, ...]) -> None:
    assert _fields(real) == _fields(made)
    assert str(inspect.signature(real)) == str(inspect.signature(made))
    assert real.__doc__.replace("Real", "Made") == made.__doc__  # type: ignore[union-attr]
    assert repr(real.__dataclass_params__) == repr(made.__dataclass_params__)  # type: ignore[attr-defined]
    assert real.__match_args__ == made.__match_args__  # type: ignore[attr-defined]
    assert (real.__hash__ is None) == (made.__hash__ is None)
    assert hasattr(real, "__slots__") == hasattr(made, "__slots__")
    one, two = real(*args), made(*args)
    same = real(*args), made(*args)
    for action in (
        lambda x, y: repr(x),
        lambda x, y: x == y,
        lambda x, y: x == 1,
        lambda x, y: hash(x) == hash(y),
        lambda x, y: dataclasses.asdict(x),
        lambda x, y: dataclasses.replace(x) == x,
        lambda x, y: pickle.loads(pickle.dumps(x)) == x,
        lambda x, y: copy.deepcopy(x) == x,
        lambda x, y: setattr(x, dataclasses.fields(x)[0].name, 1),
        lambda x, y: delattr(x, dataclasses.fields(x)[0].name),
        lambda x, y: type(x)(),
        lambda x, y: type(x)(*args, zzz=1),
    ):
        assert _outcome(action, one, same[0]) == _outcome(action, two, same[1])


def test_a_made_named_tuple_is_the_named_tuple() -> None:
    real, made = RealTuple("r", ("a", "b")), MadeTuple("r", ("a", "b"))
    assert MadeTuple._fields == RealTuple._fields
    assert MadeTuple._field_defaults == RealTuple._field_defaults
    assert MadeTuple.__doc__ == RealTuple.__doc__
    assert MadeTuple.__match_args__ == RealTuple.__match_args__
    assert sorted(vars(MadeTuple)) == sorted(vars(RealTuple))
    assert MadeTuple.__new__.__defaults__ == RealTuple.__new__.__defaults__
    assert list(inspect.signature(MadeTuple).parameters) == ["key", "tokens", "gap"]
    for action in (
        lambda x: repr(x),
        lambda x: x == ("r", ("a", "b"), 0),
        lambda x: hash(x) == hash(("r", ("a", "b"), 0)),
        lambda x: x._asdict(),
        lambda x: x._replace(gap=2),
        lambda x: x.width(),
        lambda x: pickle.loads(pickle.dumps(x)),
        lambda x: copy.deepcopy(x),
        lambda x: type(x)._make(["k", ()]),
        lambda x: type(x)._make(["k"]),
        lambda x: x._replace(zzz=1),
        lambda x: type(x)("k"),
        lambda x: type(x)("k", (), 1, 2),
        lambda x: type(x)(key="k", tokens=(), zzz=1),
        lambda x: setattr(x, "key", "k"),
    ):
        assert _outcome(action, real) == _outcome(action, made)
    assert type(pickle.loads(pickle.dumps(made))) is MadeTuple


def test_an_unusual_named_tuple_is_refused_as_typing_refuses_it() -> None:
    meta: Any = typing.NamedTupleMeta  # type: ignore[attr-defined]
    base: Any = typing._NamedTuple  # type: ignore[attr-defined]
    for body in (
        {"__annotations__": {"_a": "int"}},
        {"__annotations__": {"a": "int", "b": "int"}, "a": 1},
        {"__annotations__": {"a": "int"}, "_make": None},
    ):
        namespace = {"__module__": __name__, **body}
        real = _outcome(meta, "X", (base,), dict(namespace))
        made = _outcome(type(NamedTuple), "X", (NamedTuple,), dict(namespace))
        assert made == real


def test_a_python_whose_code_objects_differ_gets_typing_s_class(monkeypatch) -> None:
    import screen.tuples as tuples

    def refuse(*args: object) -> type:
        raise TypeError("replace() got an unexpected keyword argument 'co_varnames'")

    monkeypatch.setattr(tuples, "_namedtuple", refuse)

    class Point(tuples.NamedTuple):
        x: int
        y: int = 0

    assert Point(1) == (1, 0) and Point(1)._replace(y=2).y == 2
    assert repr(Point(1, 2)) == "Point(x=1, y=2)"
