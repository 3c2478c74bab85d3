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


def read_whole(name: str) -> dict[str, str]:
    """The shipped table `name` read into a dict now (a process about to fork
    workers that will each ask it thousands of times reads it once for them)."""
    held = _as_dict.get(name)
    if held is None:
        text, start = sorted_data(name)
        lines = (line.partition("\t") for line in text[start:].splitlines())
        _as_dict[name] = held = {key: value for key, _, value in lines}
    return held
