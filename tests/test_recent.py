"""A name index's recent searches stay within their bound of hits and searches."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.recent import Recent

CASES = [  # (hits bound, entries bound, sizes put in order, keys kept)
    (10, 5, [3, 3, 3], ["a", "b", "c"]),
    (10, 5, [3, 3, 3, 3], ["b", "c", "d"]),  # 12 hits: the oldest goes
    (10, 2, [1, 1, 1], ["b", "c"]),  # three searches: the oldest goes
    (10, 5, [20], ["a"]),  # one search above the bound is kept, alone
    (10, 5, [20, 1], ["b"]),
]


@pytest.mark.parametrize(("hits", "entries", "sizes", "kept"), CASES)
def test_recent_searches_are_bounded_by_hits_and_count(hits, entries, sizes, kept) -> None:
    recent: Recent[list[int]] = Recent(hits, entries)
    for key, size in zip("abcdefg", sizes, strict=False):
        recent.put(key, [0] * size)
    assert list(recent.found) == kept
    assert recent.held == sum(len(recent.found[k]) for k in kept)


def test_a_search_is_answered_again_from_what_it_found() -> None:
    index = NameIndex([("E1", "Kestrel Works", False, False)])
    first = index.search("Kestrel Works", 75.0)
    assert index.search("Kestrel Works", 75.0) is first
    assert index.search("Kestrel Works", 75.0, 1) == first  # another question, same answer
    index.recent.clear()
    assert index.search("Kestrel Works", 75.0) == first
