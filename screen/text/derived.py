"""English words made from one another by an ending ("charity", "charitable";
"machine", "machinery"; "trade", "trading"), as `data/derived_roots.tsv` gives
them (made by `screen/datagen/derived_roots.py`, which says how): a party's kind
word written in another form is the same word to the name matcher, unless the two
are of one class ("general" and "generic", two adjectives, are two words).
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.sortedlines import table_value

DERIVED_MARK = "="  # a root's id among a word's alternatives: "=charit" (no word begins so)


@lru_cache(maxsize=65536)
def derived_roots(word: str) -> tuple[tuple[str, str], ...]:
    """(root, class) of each root `word` shares with an English word of another class."""
    value = table_value("derived_roots.tsv", word)
    if not value:
        return ()
    return tuple((root, kind) for root, _, kind in (r.partition(":") for r in value.split()))


def derived_ids(word: str) -> tuple[str, ...]:
    """The ids of the roots `word` shares with words of another class ("=charit")."""
    return tuple(DERIVED_MARK + root for root, _ in derived_roots(word))


def derived_pair(one: str, other: str) -> bool:
    """Whether two words share a root in two classes ("charity", "charitable")."""
    theirs = derived_roots(other)
    return any(r == root and k != kind for root, kind in derived_roots(one) for r, k in theirs)
