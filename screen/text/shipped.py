"""A table built from shipped data on first need, or handed in already built.

Runs take such tables from the on-disk cache (`runs/loading.py`) and hand them
in with `use`, or hand in with `defer` how to read one from the cache when only
some inputs need it; a process that does neither (a test, a library caller)
builds each the first time it is needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Shipped(Generic[T]):
    """The table in use: `build()` on first need, unless `use` gave one."""

    def __init__(
        self, build: Callable[[], T], on_change: Callable[[], None] = lambda: None
    ) -> None:
        self._build = build
        self._on_change = on_change  # clears what was derived from the table before
        self._table: T | None = None

    def get(self) -> T:
        if self._table is None:
            self._table = self._build()
        return self._table

    def use(self, table: T) -> None:
        """Use `table` (built earlier by the same builder, e.g. read from a cache)."""
        self._table = table
        self._on_change()

    def defer(self, load: Callable[[], T]) -> None:
        """Get the table from `load` (e.g. a cache read) the first time it is needed."""
        self._build = load
        self._table = None
        self._on_change()


DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def data_text(name: str) -> str:
    """The text of the shipped table `name`: read from the package's `data` folder, or
    through importlib.resources where the package is no folder (run from a zip file):
    opening the file costs a check no import of importlib.resources' machinery."""
    try:
        with open(os.path.join(DATA, name), encoding="utf-8") as file:
            return file.read()
    except (FileNotFoundError, NotADirectoryError):
        from importlib import resources

        return resources.files("screen.data").joinpath(name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """The lines of the shipped table `name` (in `screen/data`), its comment lines
    (the generator's header) left out."""
    text = data_text(name)
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """A shipped table of a key and its words (`key<TAB>word word ...`), read into a
    dict: the name table's Latin spellings, the Korean readings of characters."""
    out: dict[str, tuple[str, ...]] = {}
    for line in data_lines(name):
        key, words = line.split("\t")
        out[key] = tuple(words.split(" "))
    return out
