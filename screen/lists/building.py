"""The rows of a list store, computed from a list's names.

Reducing a name to its parts is the slow step of building a list's index (a few
hundred microseconds a name, in Python).  The build runs in this process: a
build in forked workers hung once inside `screen check` (a worker stuck on a
lock it inherited) and is left out until that is understood.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from screen.lists.listedrows import encode_listed
from screen.matching.names.rows import encode_shape, index_rows, posting_kinds, shape_of


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


Names = Sequence[tuple[str, str, bool, bool]]


def encode(entries: Iterable[tuple[str, str, bool, bool]]) -> list[Encoded]:
    out = []
    for row in index_rows(entries):
        shape = shape_of(row.listed)
        out.append(
            Encoded(
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
        )
    return out


def encoded_rows(names: Names) -> Iterator[Encoded]:
    """The encoded rows of these (owner, name, weak alias?, person?), in order."""
    yield from encode(names)
