"""Frozen dataclasses whose methods are not compiled at every start.

`dataclasses.dataclass(frozen=True)` writes the source of six methods for each
class (`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`,
`__delattr__`) and compiles it with `exec` at every import: the ten classes of
`screen/models.py` cost 68 M instructions, about a sixth of what `screen check`
adds to a bare typer application's start.  `frozen` makes a class that writes
its own `__init__` (compiled once, into the bytecode cache) a frozen dataclass
without that: the dataclass machinery records the fields (`dataclasses.fields`,
`replace`, `asdict` and `__match_args__` read as before) and the other five
methods are closures over the field names that do what the generated ones do:
the same repr, equality and hash (of the tuple of the fields), and the same
`FrozenInstanceError` on assignment.
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
    """`cls`, which defines `__init__` setting every field in order, made what
    `@dataclass(frozen=True)` would make of it."""
    if "__init__" not in vars(cls):
        raise TypeError(f"{cls.__qualname__} must define __init__")
    # its signature (and the docstring made of it) as the generated one's: `-> None`,
    # not the string `from __future__ import annotations` leaves
    vars(cls)["__init__"].__annotations__["return"] = None
    dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    made: Any = cls  # (a dataclass now, which its type cannot say)
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

    for method in (__repr__, __eq__, __hash__, __setattr__, __delattr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)
    params = made.__dataclass_params__
    params.init = params.repr = params.eq = params.frozen = True
    return cls
