"""The rows of a list store, computed from a list's rules, a chunk at a time.

Reducing a name to its parts is the slow step of building a list's index (tens
of microseconds a name, in Python).  The build runs in this process: a build in
forked workers hung once inside `screen check` (a worker stuck on a lock it
inherited) and is left out until that is understood.  Rules and names are
encoded chunk by chunk and handed to the writer as they come, so a build holds
one chunk of rows, the postings being gathered and the distinct words: memory
grows with the list's vocabulary, not with copies of every entry.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

from screen.lists.listedrows import encode_listed
from screen.lists.rulerows import encode_rule
from screen.matching.names.rows import encode_shape, index_rows, posting_kinds, shape_of
from screen.models import Rule

CHUNK = 20_000  # entries encoded and written at a time
T = TypeVar("T")


class Encoded(NamedTuple):
    """One listed name as the store writes it."""

    owner: str
    text: str
    weak: int
    person: int
    shape: bytes
    listed: str
    postings: tuple[tuple[str, int, int], ...]  # (string, kind, position)
    words: frozenset[str]
    joinable: frozenset[str]
    acronym: str
    single: str
    cjk: str


Name = tuple[str, str, bool, bool]  # (owner, name, weak alias?, person?)


class Chunk(NamedTuple):
    """Consecutive entries of a list: their rules as stored rows, and their names."""

    rules: Sequence[tuple[str, str, str]]  # (rule id, list name, JSON row)
    names: Iterable[Encoded]


def encoded_rows(names: Iterable[Name]) -> Iterator[Encoded]:
    """The encoded rows of these names, in order (names that reduce to nothing are
    left out)."""
    for row in index_rows(names):
        shape = shape_of(row.listed)
        yield Encoded(
            str(row.owner),
            row.text,
            int(row.weak),
            int(row.person),
            encode_shape(shape),
            encode_listed(row.listed),
            tuple(posting_kinds(row, shape)),
            row.words,
            row.joinable,
            row.acronym,
            row.single,
            row.cjk,
        )


def rule_names(rule: Rule) -> Iterator[Name]:
    """(owner, name, weak alias?, person?) for the names and weak aliases of an entry."""
    person = rule.type == "person"
    for names, weak in ((rule.names, False), (rule.weak_names, True)):
        for name in names:
            yield rule.id, name, weak, person


def chunks(rules: Iterable[Rule], size: int = CHUNK) -> Iterator[Chunk]:
    """The rules in chunks of `size`, each rule encoded as its stored row."""
    rows: list[tuple[str, str, str]] = []
    names: list[Name] = []
    for rule in rules:
        rows.append((rule.id, rule.source.list or "", encode_rule(rule)))
        names.extend(rule_names(rule))
        if len(rows) >= size:
            yield Chunk(rows, encoded_rows(names))
            rows, names = [], []
    if rows:
        yield Chunk(rows, encoded_rows(names))


def drained(items: list[T]) -> Iterator[T]:
    """The items of a list in order, each let go of once handed out."""
    items.reverse()
    while items:
        yield items.pop()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """A build makes millions of small objects and no cycles: a collector pass every
    few hundred of them would cost a fifth of the build, for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
