"""Shipped word tables read by bisecting their text, without building a set or a
dict of them: making a set of the 47,000 English words took a `screen check`
about 10 ms, a dict of the 80,000 name spellings far more.

A table is one entry a line, sorted (its generator writes it so, and the datagen
test holds the shipped file to the generator's output), after comment lines at
its top; a line is a word, or a word, a tab and its value.  A word's line is found
by a binary search over the characters, read line by line ("word\\t" sorts just
where "word" does: the tab is below every letter).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache

from screen.text.shipped import data_text


@cache
def sorted_data(name: str) -> tuple[str, int]:
    """A shipped table in `screen/data`, and where its lines start (after the
    comment lines at its top)."""
    text = data_text(name)
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text, start


def line_value(word: str, text: str, lo: int, hi: int) -> str | None:
    """The value of `word`'s line in text[lo:hi] (what follows its tab, "" for a
    line of the word alone), or None when no line is that word."""
    while lo < hi:
        mid = (lo + hi) // 2
        before = text.rfind("\n", lo, mid)
        start = lo if before < 0 else before + 1
        end = text.find("\n", start, hi)
        if end < 0:
            end = hi
        tab = text.find("\t", start, end)
        key = text[start : end if tab < 0 else tab]
        if word == key:
            return "" if tab < 0 else text[tab + 1 : end]
        if word < key:
            hi = start
        else:
            lo = end + 1
    return None


def in_sorted_lines(word: str, text: str, lo: int, hi: int) -> bool:
    """Whether `word` is a whole line of text[lo:hi], whose lines (each ending in a
    newline) are sorted."""
    return line_value(word, text, lo, hi) is not None


# Lookups of one table after which it is read into a dict: a bisection costs about
# 7 µs, a dict of the 80,000 name spellings about 40 ms to build, so a run that asks
# this often (building a list's store, a batch of new names) is quicker with the dict,
# and a check, which asks a few times, never builds it.
BULK = 4096
_asked: dict[str, int] = {}
_as_dict: dict[str, dict[str, str]] = {}


def table_value(name: str, word: str) -> str | None:
    """The value of `word` in the shipped table `name`, or None."""
    held = _as_dict.get(name)
    if held is not None:
        return held.get(word)
    asked = _asked[name] = _asked.get(name, 0) + 1
    if asked >= BULK:
        return read_whole(name).get(word)
    text, start = sorted_data(name)
    return line_value(word, text, start, len(text))


def read_whole_yet(name: str) -> bool:
    """Whether the shipped table `name` is read into a dict (asked `BULK` times): a
    reader may then keep a dict of its own, built from the table, as cheaply."""
    return name in _as_dict


def read_whole(name: str) -> dict[str, str]:
    """The shipped table `name` read into a dict now (a process about to fork
    workers that will each ask it thousands of times reads it once for them)."""
    held = _as_dict.get(name)
    if held is None:
        text, start = sorted_data(name)
        lines = (line.partition("\t") for line in text[start:].splitlines())
        _as_dict[name] = held = {key: value for key, _, value in lines}
    return held


class SortedTable(Mapping[str, str]):
    """A table of words and their values held as its sorted lines ("word<TAB>value"),
    for the cache to keep: unpickled as strings, where a dict of the 16,000 country
    names took about 2 ms to rebuild, and looked up by bisection; read into a dict
    (in the order it was made from) when iterated, or once asked `BULK` times."""

    __slots__ = ("_asked", "_order", "_text", "_whole")

    def __init__(self, text: str, order: str = "") -> None:
        self._text = text  # "word<TAB>value" lines, sorted, each ending in a newline
        self._order = order or text  # the same lines in the order iteration gives
        self._whole: dict[str, str] | None = None
        self._asked = 0

    @classmethod
    def of(cls, table: Mapping[str, str], ordered: bool = True) -> SortedTable:
        """The table of `table`'s items, iterated in its order unless not `ordered`
        (no word or value may hold a tab or a newline)."""
        lines = {word: f"{word}\t{table[word]}\n" for word in table}
        if any(line.count("\t") != 1 or line.count("\n") != 1 for line in lines.values()):
            raise ValueError("a word or value holds a tab or a newline")
        text = "".join(lines[word] for word in sorted(lines))
        order = "".join(lines.values())
        return cls(text, order if ordered and order != text else "")

    def __reduce__(self) -> tuple[type[SortedTable], tuple[str, str]]:
        return SortedTable, (self._text, "" if self._order is self._text else self._order)

    def whole(self) -> dict[str, str]:
        if self._whole is None:
            lines = (line.partition("\t") for line in self._order.splitlines())
            self._whole = {word: value for word, _, value in lines}
        return self._whole

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if self._whole is None:
            self._asked += 1
            if self._asked < BULK:
                found = line_value(word, self._text, 0, len(self._text))
                return default if found is None else found
        return self.whole().get(word, default)

    def __getitem__(self, word: str) -> str:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())
