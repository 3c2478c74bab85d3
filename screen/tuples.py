"""`NamedTuple` for the package's value types, made without compiling source.

`class X(typing.NamedTuple)` costs about 1 M instructions a class at every start:
`collections.namedtuple` compiles the source of `__new__` with `eval`, and typing
checks every field's annotation (compiling each string `from __future__ import
annotations` leaves, for a `ForwardRef`).  A check imports some 45 of them.  The
`NamedTuple` here builds the same class as `typing.NamedTuple` does on Python
3.11, with `__new__` made from a template compiled once, into this module's
bytecode (a code object of the same arity with the fields' names put in: the same
arguments, defaults, errors and speed), and the annotations kept as written
(strings, which `typing.get_type_hints` reads as before).  Type checkers see
`typing.NamedTuple`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import typing

    try:  # (the field descriptor namedtuple's classes use: CPython's, not a public name)
        from collections import _tuplegetter
    except ImportError:  # another Python: typing makes every class
        _tuplegetter = None

    _tuple_new = tuple.__new__
    # `lambda _cls, a, b: _tuple_new(_cls, (a, b))`, as `collections.namedtuple`
    # writes it, for each number of fields; the names are put in per class
    _TEMPLATES = (
        lambda _cls: _tuple_new(_cls, ()),
        lambda _cls, a: _tuple_new(_cls, (a,)),
        lambda _cls, a, b: _tuple_new(_cls, (a, b)),
        lambda _cls, a, b, c: _tuple_new(_cls, (a, b, c)),
        lambda _cls, a, b, c, d: _tuple_new(_cls, (a, b, c, d)),
        lambda _cls, a, b, c, d, e: _tuple_new(_cls, (a, b, c, d, e)),
        lambda _cls, a, b, c, d, e, f: _tuple_new(_cls, (a, b, c, d, e, f)),
        lambda _cls, a, b, c, d, e, f, g: _tuple_new(_cls, (a, b, c, d, e, f, g)),
        lambda _cls, a, b, c, d, e, f, g, h: _tuple_new(_cls, (a, b, c, d, e, f, g, h)),
        lambda _cls, a, b, c, d, e, f, g, h, i: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i)),
        lambda _cls, a, b, c, d, e, f, g, h, i, j: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j)),
        lambda _cls, a, b, c, d, e, f, g, h, i, j, k: _tuple_new(
            _cls, (a, b, c, d, e, f, g, h, i, j, k)
        ),
        lambda _cls, a, b, c, d, e, f, g, h, i, j, k, l: _tuple_new(  # noqa: E741
            _cls, (a, b, c, d, e, f, g, h, i, j, k, l)
        ),
    )
    _PROHIBITED = frozenset(
        {
            "__new__",
            "__init__",
            "__slots__",
            "__getnewargs__",
            "_fields",
            "_field_defaults",
            "_make",
            "_replace",
            "_asdict",
            "_source",
        }
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _Meta(type):
        def __new__(cls, typename: str, bases: tuple[type, ...], ns: dict[str, Any]) -> Any:
            types = ns.get("__annotations__", {})
            fields = tuple(types)
            defaults = tuple(ns[name] for name in fields if name in ns)
            if (
                _tuplegetter is None
                or bases != (_Base,)
                or len(fields) >= len(_TEMPLATES)
                or any(not f.isidentifier() or f.startswith("_") for f in fields)
                or any(name not in ns for name in fields[len(fields) - len(defaults) :])
                or not _PROHIBITED.isdisjoint(ns)
            ):  # (no class here): typing makes it, or says what is wrong
                return typing.NamedTupleMeta(typename, (typing._NamedTuple,), ns)
            try:
                made = _namedtuple(typename, fields, defaults, ns["__module__"])
            except (TypeError, ValueError, AttributeError):  # (a Python whose code objects differ)
                return typing.NamedTupleMeta(typename, (typing._NamedTuple,), ns)
            made.__annotations__ = made.__new__.__annotations__ = dict(types)
            made.__orig_bases__ = (typing.NamedTuple,)  # (the class statement's base)
            for key, value in ns.items():
                if key not in _SPECIAL and key not in fields:
                    setattr(made, key, value)
            return made

    _Base = type.__new__(_Meta, "NamedTuple", (), {})
    NamedTuple = _Base

    def _namedtuple(
        typename: str, fields: tuple[str, ...], defaults: tuple[Any, ...], module: str
    ) -> type:
        """`collections.namedtuple(typename, fields, defaults=defaults, module=module)`."""
        typename = sys.intern(typename)
        fields = tuple(map(sys.intern, fields))
        count = len(fields)
        arg_list = ", ".join(fields)
        if count == 1:
            arg_list += ","
        repr_fmt = "(" + ", ".join(f"{name}=%r" for name in fields) + ")"
        template = _TEMPLATES[count].__code__
        code = template.replace(co_varnames=("_cls", *fields), co_filename="<string>")
        namespace = {
            "_tuple_new": _tuple_new,
            "__builtins__": {},
            "__name__": f"namedtuple_{typename}",
        }
        __new__: Any = type(_namedtuple)(code, namespace)
        __new__.__name__ = "__new__"
        __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
        __new__.__defaults__ = defaults

        @classmethod  # type: ignore[misc]
        def _make(cls: type, iterable: Any) -> Any:
            result = _tuple_new(cls, iterable)
            if len(result) != count:
                raise TypeError(f"Expected {count} arguments, got {len(result)}")
            return result

        _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

        def _replace(self: Any, /, **kwds: Any) -> Any:
            result = self._make(map(kwds.pop, fields, self))
            if kwds:
                raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
            return result

        _replace.__doc__ = (
            f"Return a new {typename} object replacing specified fields with new values"
        )

        def __repr__(self: Any) -> str:
            "Return a nicely formatted representation string"
            return self.__class__.__name__ + repr_fmt % self  # type: ignore[no-any-return]

        def _asdict(self: Any) -> dict[str, Any]:
            "Return a new dict which maps field names to their values."
            return dict(zip(self._fields, self, strict=False))

        def __getnewargs__(self: Any) -> tuple[Any, ...]:
            "Return self as a plain tuple.  Used by copy and pickle."
            return tuple(self)

        methods: tuple[Callable[..., Any], ...] = (
            __new__,
            _make.__func__,
            _replace,
            __repr__,
            _asdict,
            __getnewargs__,
        )
        for method in methods:
            method.__qualname__ = f"{typename}.{method.__name__}"
            method.__annotations__ = {}  # (written here for the linter, not there)
        class_namespace: dict[str, Any] = {
            "__doc__": f"{typename}({arg_list})",
            "__slots__": (),
            "_fields": fields,
            "_field_defaults": dict(zip(fields[count - len(defaults) :], defaults, strict=True)),
            "__new__": __new__,
            "_make": _make,
            "_replace": _replace,
            "__repr__": __repr__,
            "_asdict": _asdict,
            "__getnewargs__": __getnewargs__,
            "__match_args__": fields,
        }
        for index, name in enumerate(fields):
            doc = sys.intern(f"Alias for field number {index}")
            class_namespace[name] = _tuplegetter(index, doc)
        result = type(typename, (tuple,), class_namespace)
        result.__module__ = module
        return result
