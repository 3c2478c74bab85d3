"""Dataclasses whose methods are not compiled at every start.

`dataclasses.dataclass` writes the source of each method it adds (`__init__`,
`__repr__`, `__eq__`, and for a frozen class `__hash__`, `__setattr__`,
`__delattr__`) and compiles it with `exec` at every import: the ten classes of
`screen/models.py` cost 68 M instructions, about a sixth of what `screen check`
adds to a bare typer application's start.  The decorators here make a class
that writes its own `__init__` (compiled once, into the bytecode cache) the
dataclass `@dataclass(...)` would make of it, without that: the dataclass
machinery records the fields (`dataclasses.fields`, `replace`, `asdict`,
`__match_args__`, the signature and `__dataclass_params__` read as before) and
the other methods are closures over the field names that do what the generated
ones do: the same repr, equality and hash (of the tuple of the fields), and the
same `FrozenInstanceError` on assignment.

    @frozen             @dataclass(frozen=True)
    @frozen_identity    @dataclass(frozen=True, eq=False): equal only to itself
    @frozen_slots       @dataclass(frozen=True, slots=True)
    @mutable            @dataclass
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


class Factory:
    """The default of a field whose value is made anew for each instance (shown
    as `dataclasses` shows a `default_factory` in a signature)."""

    def __repr__(self) -> str:
        return "<factory>"


FACTORY: Any = Factory()


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True)` for a class that defines `__init__` setting every
    field in order (with `object.__setattr__`)."""
    return _made(cls, frozen=True, eq=True, slots=False)


@dataclass_transform(frozen_default=True, eq_default=False)
def frozen_identity(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True, eq=False)`: hashed and compared by identity."""
    return _made(cls, frozen=True, eq=False, slots=False)


@dataclass_transform(frozen_default=True)
def frozen_slots(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True, slots=True)` (a new class, as there)."""
    return _made(cls, frozen=True, eq=True, slots=True)


@dataclass_transform(field_specifiers=(dataclasses.field,))
def mutable(cls: type[T]) -> type[T]:
    """`@dataclass`: compared by its fields, not hashable."""
    return _made(cls, frozen=False, eq=True, slots=False)


def _made(cls: type[T], *, frozen: bool, eq: bool, slots: bool) -> type[T]:
    if "__init__" not in vars(cls):
        raise TypeError(f"{cls.__qualname__} must define __init__")
    # its signature (and the docstring made of it) as the generated one's: `-> None`,
    # not the string `from __future__ import annotations` leaves
    vars(cls)["__init__"].__annotations__["return"] = None
    made: Any = dataclasses.dataclass(init=False, repr=False, eq=False, slots=slots)(cls)
    names = tuple(f.name for f in dataclasses.fields(made))
    named = frozenset(names)
    get = attrgetter(*names)
    values: Callable[[object], tuple[Any, ...]] = get if len(names) > 1 else lambda obj: (get(obj),)

    @reprlib.recursive_repr()
    def __repr__(self: object) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, values(self), strict=True))
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self: object, other: object) -> bool:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self: object) -> int:
        return hash(values(self))

    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is made or name in named:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(made, self).__setattr__(name, value)

    def __delattr__(self: object, name: str) -> None:
        if type(self) is made or name in named:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(made, self).__delattr__(name)

    def __getstate__(self: object) -> list[Any]:
        return list(values(self))

    def __setstate__(self: object, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=False):
            object.__setattr__(self, name, value)

    methods: list[Callable[..., Any]] = [__repr__]
    if eq:
        methods.append(__eq__)
    if frozen:
        methods += [__setattr__, __delattr__]
        if slots:  # (pickled as `dataclasses` pickles a frozen class with slots)
            methods += [__getstate__, __setstate__]
    for method in methods:
        method.__qualname__ = f"{made.__qualname__}.{method.__name__}"
        setattr(made, method.__name__, method)
    if eq:  # (as `dataclasses`: hashed by the fields when frozen, else not hashable)
        made.__hash__ = None
        if frozen:
            __hash__.__qualname__ = f"{made.__qualname__}.__hash__"
            made.__hash__ = __hash__
    params = made.__dataclass_params__
    params.init = params.repr = True
    params.eq, params.frozen = eq, frozen
    return made  # type: ignore[no-any-return]
