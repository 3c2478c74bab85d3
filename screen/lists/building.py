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

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

from screen.lists.entry import Entry, rule_fields
from screen.lists.listedrows import encode_listed
from screen.lists.rulerows import encode_fields
from screen.matching.names.rows import index_rows, stored_shape

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
    strings: tuple[tuple[str, int], ...]  # (string, position) it is found under
    alone: bool  # one reached part may be enough for it (`Shape.reached_alone`)
    words: frozenset[str]
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
        shape, alone = stored_shape(row.listed)
        yield Encoded(
            str(row.owner),
            row.text,
            int(row.weak),
            int(row.person),
            shape,
            encode_listed(row.listed),
            row.strings,
            alone,
            row.words,
            row.acronym,
            row.single,
            row.cjk,
        )


def stored_entries(
    entries: Iterable[Entry], *, title: str, authority: str, file: str, sha256: str
) -> Iterator[tuple[str, str, str, list[Name]]]:
    """(rule id, list name, the rule's JSON row, its names) for each entry, without
    making a `Rule` of it."""
    for entry in entries:
        fields = rule_fields(entry, title=title, authority=authority, file=file, sha256=sha256)
        rule_id, person = fields["id"], fields["type"] == "person"
        names = [(rule_id, name, False, person) for name in fields["names"]]
        names += [(rule_id, name, True, person) for name in fields["weak_names"]]
        yield rule_id, entry.list_name, encode_fields(fields), names


def chunks(
    entries: Iterable[tuple[str, str, str, list[Name]]], size: int = CHUNK
) -> Iterator[Chunk]:
    """`stored_entries` in chunks of `size`."""
    rows: list[tuple[str, str, str]] = []
    names: list[Name] = []
    for rule_id, list_name, row, its_names in entries:
        rows.append((rule_id, list_name, row))
        names += its_names
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
