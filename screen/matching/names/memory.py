"""The tables a name index searches, and their in-memory form.

`Tables` is what `NameIndex` asks of its storage: each listed name (in full, for
scoring, and its `Shape`, for the bound), the postings of the strings a query
reaches, the deletion dictionary for typos, and the acronym, one-word and CJK
tables.  `MemoryTables` keeps them in dicts (the rulebook's names, tests); the
sanctions lists keep them on disk (`screen.lists.store`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Sequence
from typing import NamedTuple, Protocol

from screen.matching.names.lookup import find_in, typo_table
from screen.matching.names.rows import Row, Shape, shape_of
from screen.matching.names.score import Listed


class ListedName(NamedTuple):
    id: int
    owner: Hashable  # whose name this is: a rule id
    text: str  # as the rulebook or list gives it
    weak: bool
    person: bool
    listed: Listed


class Tables(Protocol):
    """The storage behind a `NameIndex`."""

    def __len__(self) -> int: ...

    def name(self, i: int) -> ListedName: ...

    def shape(self, i: int) -> Shape: ...

    def postings(self, strings: Collection[str]) -> Iterable[tuple[int, int, str]]:
        """(name id, listed position, string) for every listed part under these strings."""
        ...

    def reaches(self, strings: Collection[str]) -> bool:
        """Whether any listed part is found under these strings."""
        ...

    def typo_words(self, keys: Collection[str]) -> Iterable[str]:
        """The listed words these deletions lead to."""
        ...

    def joinable(self, text: str) -> bool: ...

    def acronyms(self, form: str) -> Sequence[int]: ...

    def singles(self, form: str) -> Sequence[int]: ...

    def cjk(self) -> Sequence[tuple[int, str]]: ...


class MemoryTables:
    """Every table in dicts, built from `index_rows`."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.names: list[ListedName] = []
        self.shapes: list[Shape] = []
        self.strings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._acronyms: dict[str, list[int]] = defaultdict(list)
        self._singles: dict[str, list[int]] = defaultdict(list)
        self._cjk: list[tuple[int, str]] = []
        words: set[str] = set()
        joinable: set[str] = set()
        for row in rows:
            i = len(self.names)
            self.names.append(ListedName(i, row.owner, row.text, row.weak, row.person, row.listed))
            self.shapes.append(shape_of(row.listed))
            for s, pos in row.strings:
                self.strings[s].append((i, pos))
            words |= row.words
            joinable |= row.joinable
            if row.acronym:
                self._acronyms[row.acronym].append(i)
            if row.single:
                self._singles[row.single].append(i)
            if row.cjk:
                self._cjk.append((i, row.cjk))
        self._joinable = frozenset(joinable)
        self._typos = typo_table(words)

    def __len__(self) -> int:
        return len(self.names)

    def name(self, i: int) -> ListedName:
        return self.names[i]

    def shape(self, i: int) -> Shape:
        return self.shapes[i]

    def postings(self, strings: Collection[str]) -> Iterable[tuple[int, int, str]]:
        table = self.strings
        return [(i, pos, s) for s in strings for i, pos in table.get(s, ())]

    def reaches(self, strings: Collection[str]) -> bool:
        return any(s in self.strings for s in strings)

    def typo_words(self, keys: Collection[str]) -> Iterable[str]:
        return find_in(self._typos, keys)

    def joinable(self, text: str) -> bool:
        return text in self._joinable

    def acronyms(self, form: str) -> Sequence[int]:
        return self._acronyms.get(form, ())

    def singles(self, form: str) -> Sequence[int]:
        return self._singles.get(form, ())

    def cjk(self) -> Sequence[tuple[int, str]]:
        return self._cjk
