"""The tables a name index searches, and their in-memory form.

`Tables` is what `NameIndex` asks of its storage: each listed name (in full, for
scoring, and its `Shape`, for the bound), the postings of each string a query
reaches, the deletion dictionary for typos, and the acronym, one-word and CJK
tables.  `MemoryTables` keeps them in dicts and arrays (the rulebook's names,
tests, a list when no cache folder may be used); the sanctions lists keep them on
disk (`screen.lists.store`).
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple, Protocol

from screen.matching.names.lookup import find_in, typo_table
from screen.matching.names.parts import Part
from screen.matching.names.rows import FEW, SINGLE, Row, Shape, posting_kinds, shape_of
from screen.matching.names.score import Listed


class ListedName(NamedTuple):
    id: int
    owner: Hashable  # whose name this is: a rule id
    text: str  # as the rulebook or list gives it
    weak: bool
    person: bool
    listed: Listed


class PostingList(NamedTuple):
    """The listed parts found under one string, by how they may count (`posting_kinds`)."""

    few: Sequence[int]  # (name, position) pairs, flat: names one reached part may be enough for
    single: Mapping[int, int]  # other names it meets at one position: name -> position
    multi: Sequence[int]  # (name, position) pairs, flat: other names it meets at several


class Tables(Protocol):
    """The storage behind a `NameIndex`."""

    def __len__(self) -> int: ...

    def name(self, i: int) -> ListedName: ...

    def shapes(self, ids: Collection[int]) -> Mapping[int, Shape]:
        """The shape of each of these names."""
        ...

    def postings(self, strings: Collection[str]) -> dict[str, PostingList]:
        """The posting list of each of these strings that has one."""
        ...

    def typo_words(self, keys: Collection[str]) -> Iterable[tuple[str, str]]:
        """(deletion, listed word) for the listed words these deletions lead to."""
        ...

    def acronyms(self, form: str) -> Sequence[int]: ...

    def singles(self, form: str) -> Sequence[int]: ...

    def cjk(self) -> Sequence[tuple[int, str]]: ...

    def every_name(self) -> Iterator[tuple[int, tuple[Part, ...], bool]]:
        """Each name's id, parts and whether it is of generic words only, in one pass."""
        ...


class Postings:
    """Posting lists being gathered, string by string (`finish` makes them read-only)."""

    def __init__(self) -> None:
        self.lists: dict[str, tuple[array[int], array[int], array[int], array[int]]] = {}

    def add_all(self, postings: Iterable[tuple[str, int, int]], name: int) -> None:
        """A name's (string, kind, position) postings (one loop: a big list has millions)."""
        lists = self.lists
        for s, kind, pos in postings:
            held = lists.get(s)
            if held is None:
                held = lists[s] = (array("i"), array("i"), array("i"), array("i"))
            if kind == FEW:
                held[0].append(name)
                held[0].append(pos)
            elif kind == SINGLE:
                held[1].append(name)
                held[2].append(pos)
            else:
                held[3].append(name)
                held[3].append(pos)

    def add_row(self, row: Row, shape: Shape, name: int) -> None:
        self.add_all(posting_kinds(row, shape), name)


class MemoryTables:
    """Every table in dicts and arrays, built from `index_rows`."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.names: list[ListedName] = []
        self._shapes: dict[int, Shape] = {}
        gathered = Postings()
        self._acronyms: dict[str, list[int]] = {}
        self._singles: dict[str, list[int]] = {}
        self._cjk: list[tuple[int, str]] = []
        words: set[str] = set()
        for row in rows:
            i = len(self.names)
            shape = shape_of(row.listed)
            self.names.append(ListedName(i, row.owner, row.text, row.weak, row.person, row.listed))
            self._shapes[i] = shape
            gathered.add_row(row, shape, i)
            words |= row.words
            if row.acronym:
                self._acronyms.setdefault(row.acronym, []).append(i)
            if row.single:
                self._singles.setdefault(row.single, []).append(i)
            if row.cjk:
                self._cjk.append((i, row.cjk))
        self.lists = {
            s: PostingList(few, dict(zip(names, pos, strict=True)), multi)
            for s, (few, names, pos, multi) in gathered.lists.items()
        }
        self._typos = typo_table(words)

    def __len__(self) -> int:
        return len(self.names)

    def name(self, i: int) -> ListedName:
        return self.names[i]

    def shapes(self, ids: Collection[int]) -> Mapping[int, Shape]:
        return self._shapes

    def postings(self, strings: Collection[str]) -> dict[str, PostingList]:
        lists = self.lists
        return {s: lists[s] for s in strings if s in lists}

    def typo_words(self, keys: Collection[str]) -> Iterable[tuple[str, str]]:
        return find_in(self._typos, keys)

    def acronyms(self, form: str) -> Sequence[int]:
        return self._acronyms.get(form, ())

    def singles(self, form: str) -> Sequence[int]:
        return self._singles.get(form, ())

    def cjk(self) -> Sequence[tuple[int, str]]:
        return self._cjk

    def every_name(self) -> Iterator[tuple[int, tuple[Part, ...], bool]]:
        for n in self.names:
            yield n.id, n.listed.reduced.parts, not n.listed.distinctive
