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
from typing import Protocol

from screen.matching.names.lookup import begun_by, find_in, typo_table
from screen.matching.names.prepared import Listed
from screen.matching.names.reduced import Part
from screen.matching.names.rows import Row, Shape, person_letters, shape_of
from screen.tuples import NamedTuple


class ListedName(NamedTuple):
    id: int
    owner: Hashable  # whose name this is: a rule id
    text: str  # as the rulebook or list gives it
    weak: bool
    person: bool
    listed: Listed  # (`Listed.craft`: a vessel's or an aircraft's name)
    # other owners list this very name (same text, kind and reduction): they are
    # found through this one only, and scored with it (`Tables.copies`)
    shared: bool = False


class PostingList(NamedTuple):
    """The listed parts found under one string, by how they may count (`Postings.add_row`)."""

    few: Sequence[int]  # (name, position) pairs, flat: names one reached part may be enough for
    single: Mapping[int, int]  # other names it meets at one position: name -> position
    multi: Sequence[int]  # (name, position) pairs, flat: other names it meets at several


class Tables(Protocol):
    """The storage behind a `NameIndex`."""

    def __len__(self) -> int: ...

    def names(self, ids: Sequence[int]) -> list[ListedName]:
        """These names, in this order (read at once)."""
        ...

    def shapes(self, ids: Collection[int]) -> Mapping[int, Shape]:
        """The shape of each of these names."""
        ...

    def postings(self, strings: Collection[str]) -> dict[str, PostingList]:
        """The posting list of each of these strings that has one."""
        ...

    def typo_words(self, keys: Collection[str]) -> Iterable[tuple[str, str]]:
        """(deletion, listed word) for the listed words these deletions lead to."""
        ...

    def prefixed(self, first: str) -> Sequence[str]:
        """The listed words a typo may reach that begin with `first` and go on
        (`truncated.py`: a word a field cut short)."""
        ...

    def lookup(
        self, strings: Collection[str], acronyms: Collection[str], singles: Collection[str]
    ) -> tuple[dict[str, PostingList], set[int]]:
        """`postings(strings)`, and the names these acronyms and one-word forms
        stand for (`acronyms`, `singles`), at once."""
        ...

    def acronyms(self, form: str) -> Sequence[int]: ...

    def singles(self, form: str) -> Sequence[int]: ...

    def cjk(self) -> Sequence[tuple[int, str]]: ...

    def person_letters(self) -> Sequence[int]:
        """By id: 0 for a name not a person's, else `rows.person_letters` (the first
        letters of its distinctive parts)."""
        ...

    def every_name(self) -> Iterator[tuple[int, tuple[Part, ...], bool]]:
        """Each name's id, parts and whether it is of generic words only, in one pass
        (of a shared name, the first only)."""
        ...

    def copies(self, first: int, count: int) -> Sequence[tuple[int, Hashable]]:
        """(id, owner) of each name a shared name stands for (itself included), by
        owner as text then id: the first `count` of them (0: all)."""
        ...


_EMPTY: array[int] = array("i")  # read only


class Postings:
    """Posting lists being gathered, string by string: per kind of posting
    (`add_row`), the (name, position) pairs under each string, flat in one
    array made when the string first has a posting of that kind."""

    def __init__(self) -> None:
        self.kinds: tuple[dict[str, array[int]], ...] = ({}, {}, {})  # FEW, SINGLE, MULTI

    def add_row(self, strings: Sequence[tuple[str, int]], alone: bool, name: int) -> None:
        """A name's postings, from the (string, position) pairs it is found under:
        FEW when one reached part may be enough for the name (`alone`), else SINGLE
        when the string meets it at one position and MULTI at several (then one
        string may reach two of its parts).  One loop: a big list has millions."""
        few, single, multi = self.kinds
        if alone:
            for s, pos in strings:
                held = few.get(s)
                if held is None:
                    held = few[s] = array("i")
                held.append(name)
                held.append(pos)
            return
        seen = {s for s, _ in strings}
        several = set() if len(seen) == len(strings) else _repeated(strings)
        for s, pos in strings:
            table = multi if s in several else single
            held = table.get(s)
            if held is None:
                held = table[s] = array("i")
            held.append(name)
            held.append(pos)

    def strings(self) -> list[str]:
        """Every string with a posting."""
        return list({s: None for table in self.kinds for s in table})

    def pop(self, s: str) -> tuple[array[int], array[int], array[int], array[int]]:
        """A string's (name, position) pairs one reached part may be enough for, the
        names and positions it meets once, and the pairs it meets several times;
        let go of here."""
        few, single, multi = self.kinds
        found = few.pop(s, _EMPTY), single.pop(s, _EMPTY), multi.pop(s, _EMPTY)
        return found[0], found[1][0::2], found[1][1::2], found[2]


def _repeated(strings: Sequence[tuple[str, int]]) -> set[str]:
    """The strings found at more than one position."""
    once: set[str] = set()
    several: set[str] = set()
    for s, _ in strings:
        (several if s in once else once).add(s)
    return several


class MemoryTables:
    """Every table in dicts and arrays, built from `index_rows`.  A name listed
    again by another owner, the same in every respect, is a copy of the first:
    only the first is indexed, the copies are found through it."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.listed: list[ListedName] = []
        self._shapes: dict[int, Shape] = {}
        gathered = Postings()
        self._acronyms: dict[str, list[int]] = {}
        self._singles: dict[str, list[int]] = {}
        self._cjk: list[tuple[int, str]] = []
        self._persons: list[int] | None = None
        words: set[str] = set()
        self._copies: dict[int, list[tuple[int, Hashable]]] = {}
        firsts: dict[tuple[object, ...], list[int]] = {}
        for row in rows:
            i = len(self.listed)
            self.listed.append(ListedName(i, row.owner, row.text, row.weak, row.person, row.listed))
            key = (row.text, row.weak, row.person, row.listed.craft, row.strings)
            first = next(
                (f for f in firsts.get(key, ()) if self.listed[f].listed == row.listed), -1
            )
            if first >= 0:
                self._copies.setdefault(first, [(first, self.listed[first].owner)])
                self._copies[first].append((i, row.owner))
                continue
            firsts.setdefault(key, []).append(i)
            shape = shape_of(row.listed)
            self._shapes[i] = shape
            gathered.add_row(row.strings, shape.reached_alone, i)
            words |= row.words
            if row.acronym:
                self._acronyms.setdefault(row.acronym, []).append(i)
            if row.single:
                self._singles.setdefault(row.single, []).append(i)
            if row.cjk:
                self._cjk.append((i, row.cjk))
        for first, group in self._copies.items():
            group.sort(key=lambda member: (str(member[1]), member[0]))
            self.listed[first] = self.listed[first]._replace(shared=True)
        self.lists: dict[str, PostingList] = {}
        for s in gathered.strings():
            few, names, pos, multi = gathered.pop(s)
            self.lists[s] = PostingList(few, dict(zip(names, pos, strict=True)), multi)
        self._typos = typo_table(words)
        self._sorted: list[str] | None = None  # its words in order, on first use

    def __len__(self) -> int:
        return len(self.listed)

    def names(self, ids: Sequence[int]) -> list[ListedName]:
        return [self.listed[i] for i in ids]

    def shapes(self, ids: Collection[int]) -> Mapping[int, Shape]:
        return self._shapes

    def postings(self, strings: Collection[str]) -> dict[str, PostingList]:
        lists = self.lists
        return {s: lists[s] for s in strings if s in lists}

    def typo_words(self, keys: Collection[str]) -> Iterable[tuple[str, str]]:
        return find_in(self._typos, keys)

    def prefixed(self, first: str) -> Sequence[str]:
        if self._sorted is None:
            every = (w for v in self._typos.values() for w in ((v,) if isinstance(v, str) else v))
            self._sorted = sorted(set(every))
        return begun_by(self._sorted.__getitem__, len(self._sorted), first)

    def lookup(
        self, strings: Collection[str], acronyms: Collection[str], singles: Collection[str]
    ) -> tuple[dict[str, PostingList], set[int]]:
        ids = {i for form in acronyms for i in self._acronyms.get(form, ())}
        ids.update(i for form in singles for i in self._singles.get(form, ()))
        return self.postings(strings), ids

    def acronyms(self, form: str) -> Sequence[int]:
        return self._acronyms.get(form, ())

    def singles(self, form: str) -> Sequence[int]:
        return self._singles.get(form, ())

    def cjk(self) -> Sequence[tuple[int, str]]:
        return self._cjk

    def person_letters(self) -> Sequence[int]:
        if self._persons is None:
            self._persons = [person_letters(n.listed) for n in self.listed]
        return self._persons

    def every_name(self) -> Iterator[tuple[int, tuple[Part, ...], bool]]:
        for n in self.listed:
            if n.id in self._shapes:  # (a copy has none)
                yield n.id, n.listed.reduced.parts, not n.listed.distinctive

    def copies(self, first: int, count: int) -> Sequence[tuple[int, Hashable]]:
        group = self._copies.get(first, [(first, self.listed[first].owner)])
        return group[:count] if count else group
