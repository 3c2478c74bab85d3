"""The rows of a list store, computed from a list's rules, a chunk at a time.

Reducing a name to its parts is the slow step of building a list's index (tens
of microseconds a name, in Python).  Rules and names are encoded chunk by chunk
and handed to the writer as they come, so a build holds one chunk of rows, the
postings being gathered and the distinct words: memory grows with the list's
vocabulary, not with copies of every entry.  A list of a few thousand entries or
more is encoded in forked workers (`forked.py`) while this process writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar, cast

from screen.lists.entry import Entry, entry_names, rule_fields
from screen.lists.forked import Forked, workers_for
from screen.lists.listedrows import encode_listed
from screen.lists.rulerows import encode_fields
from screen.lists.storeschema import CRAFT
from screen.matching.names.rows import index_rows, person_letters, stored_shape
from screen.matching.names.tables import read_variants_whole
from screen.models import CRAFTS
from screen.tuples import NamedTuple

CHUNK = 20_000  # entries encoded and written at a time
FORKED_CHUNK = 500  # the fewest entries a forked worker encodes at a time
T = TypeVar("T")


class Encoded(NamedTuple):
    """One listed name as the store writes it."""

    owner: str
    text: str
    weak: int
    person: int
    letters: int  # a person's `rows.person_letters`, else 0
    shape: bytes
    listed: str
    strings: tuple[tuple[str, int], ...]  # (string, position) it is found under
    alone: bool  # one reached part may be enough for it (`Shape.reached_alone`)
    words: frozenset[str]
    acronym: str
    single: str
    cjk: str


Name = tuple[str, str, bool, bool, bool]  # (owner, name, weak alias?, person?, a craft's?)
RuleRow = tuple[str, str, str]  # (rule id, list name, JSON row)


class Chunk(NamedTuple):
    """Consecutive entries of a list: their rules as stored rows, and their names."""

    rules: Sequence[RuleRow]
    names: Iterable[Encoded]


def encoded_rows(names: Iterable[Name]) -> Iterator[Encoded]:
    """The encoded rows of these names, in order (names that reduce to nothing are
    left out)."""
    for row in index_rows(names):
        shape, alone = stored_shape(row.listed)
        yield Encoded(
            str(row.owner),
            row.text,
            int(row.weak) | CRAFT * row.listed.craft,
            int(row.person),
            person_letters(row.listed),
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
        rule_id, list_name, row = rule_row(
            entry, title=title, authority=authority, file=file, sha256=sha256
        )
        yield rule_id, list_name, row, names_of(entry)


def chunks(
    entries: Iterable[tuple[str, str, str, list[Name]]], size: int = CHUNK
) -> Iterator[Chunk]:
    """`stored_entries` in chunks of `size`."""
    rows: list[RuleRow] = []
    names: list[Name] = []
    for rule_id, list_name, row, its_names in entries:
        rows.append((rule_id, list_name, row))
        names += its_names
        if len(rows) >= size:
            yield Chunk(rows, encoded_rows(names))
            rows, names = [], []
    if rows:
        yield Chunk(rows, encoded_rows(names))


Message = list[tuple[object, ...]]  # a chunk's encoded names, in a pipe


def entry_chunks(
    entries: list[Entry], *, title: str, authority: str, file: str, sha256: str
) -> Iterator[Chunk]:
    """The chunks of these entries, their names encoded in forked workers when the
    list is big enough (`forked.workers_for`), else here (letting go of each entry
    once encoded).  With workers, this process makes the rules' rows (and resolves
    their countries) while the workers reduce the names."""
    about = {"title": title, "authority": authority, "file": file, "sha256": sha256}
    workers = workers_for(len(entries))
    if not workers:
        yield from chunks(stored_entries(drained(entries), **about))
        return
    # a few chunks a worker, so that writing starts early and the work evens out
    size = max(FORKED_CHUNK, min(CHUNK, -(-len(entries) // (workers * 4))))

    held = cast("list[Entry | None]", entries)

    def encode(c: int) -> Message:
        """The names of chunk c encoded (in a worker, or here when its worker
        failed), its entries then let go of: a worker copies only the memory of
        its own chunks."""
        part = entries[c * size : (c + 1) * size]
        message = [tuple(row) for row in encoded_rows(n for e in part for n in names_of(e))]
        held[c * size : (c + 1) * size] = [None] * len(part)
        return message

    def decode(message: Message) -> list[Encoded]:
        return [Encoded._make(row) for row in message]

    # what every worker would otherwise work out (or read from the cache) alone
    read_variants_whole()
    for _ in encoded_rows([("", "Warm Up Trading LLC", False, False, False)]):
        pass
    count = -(-len(entries) // size)
    with Forked(count, encode, decode, workers) as encoded:
        names = iter(encoded)
        for c in range(count):
            part = entries[c * size : (c + 1) * size]
            rules = [rule_row(entry, **about) for entry in part]  # while the workers encode
            yield Chunk(rules, next(names))
            held[c * size : (c + 1) * size] = [None] * len(part)


def names_of(entry: Entry) -> list[Name]:
    """(owner, name, weak alias?, person?, a craft's?) of each name of the entry's
    rule, as `stored_entries` gives them."""
    rule_id, person = f"{entry.list_name}:{entry.entry_id}", entry.type == "person"
    craft = entry.type in CRAFTS
    names, weak = entry_names(entry)
    return [(rule_id, n, False, person, craft) for n in names] + [
        (rule_id, n, True, person, craft) for n in weak
    ]


def rule_row(entry: Entry, *, title: str, authority: str, file: str, sha256: str) -> RuleRow:
    """(rule id, list name, JSON row) of the entry's rule."""
    fields = rule_fields(entry, title=title, authority=authority, file=file, sha256=sha256)
    return fields["id"], entry.list_name, encode_fields(fields)


def drained(items: list[T]) -> Iterator[T]:
    """The items of a list in order, each let go of once handed out."""
    items.reverse()
    while items:
        yield items.pop()
