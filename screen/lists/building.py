"""The rows of a list store, computed from a list's names: on every core for a
big list.

Reducing a name to its parts is the slow step of building a list's index (a few
hundred microseconds a name, in Python); a list of more than `PARALLEL_FROM`
names (the OFAC SDN has about 18,000) is cut into chunks reduced in forked worker
processes, which send back only the encoded rows (text and integers), in order.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import NamedTuple

from screen.lists.listedrows import encode_listed
from screen.matching.names.rows import encode_shape, index_rows, posting_kinds, shape_of

PARALLEL_FROM = 10_000  # names: below this, forking costs more than it saves
CHUNK = 2_000


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


def _chunks(names: Names) -> Iterator[Names]:
    it = iter(names)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def encoded_rows(names: Names) -> Iterator[Encoded]:
    """The encoded rows of these (owner, name, weak alias?, person?), in order."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    methods = multiprocessing.get_all_start_methods()
    # forking a process that runs other threads (a Dask worker) could copy a held lock
    alone = threading.active_count() == 1
    if len(names) < PARALLEL_FROM or (cores or 1) < 2 or "fork" not in methods or not alone:
        yield from encode(names)
        return
    with multiprocessing.get_context("fork").Pool(min(cores or 1, 8)) as pool:
        for chunk in pool.imap(encode, _chunks(names)):
            yield from chunk
