"""The near-word dictionary behind the name index: which listed strings a query
string may match, and at most how well.

Listed parts are found by their form, folded key, and the words they stand for
(nicknames, abbreviations), exactly, and within their edit allowance through a
symmetric deletion dictionary (a word and a typo of it share a deletion).  Two
listed parts written together, and long listed parts, are found the same way
exactly, for words joined or split on either side.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from screen.matching.names.similarity import edits_allowed, graded

JOIN_MIN = 6  # a listed part this long may be met by two query parts written together


@lru_cache(maxsize=262144)
def deletions(word: str, depth: int) -> frozenset[str]:
    """`word` with up to `depth` letters deleted (never down to nothing)."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier if len(w) > 1 for i in range(len(w))}
        out |= frontier
    return frozenset(out)


class NearWords:
    """Listed strings, and the deletions that lead to them."""

    def __init__(self, words: set[str], joinable: set[str]) -> None:
        """`words`: forms and keys of listed parts (typos within their allowance);
        `joinable`: strings that words written together or apart may meet exactly."""
        self.joinable = frozenset(joinable)
        typo: dict[str, set[str]] = defaultdict(set)
        for word in words:
            if word.isalpha():
                for d in deletions(word, edits_allowed(len(word))):
                    typo[d].add(word)
        # most deletions lead to one word: keep it bare, a tuple only when several
        self.typo = {k: next(iter(v)) if len(v) == 1 else tuple(v) for k, v in typo.items()}

    @lru_cache(maxsize=262144)  # noqa: B019 - one per index, kept for the process
    def typos(self, word: str) -> tuple[tuple[str, float], ...]:
        """Listed words within the edit allowance of `word`, with the best similarity."""
        found: set[str] = set()
        if word.isalpha():
            table = self.typo
            for d in deletions(word, edits_allowed(len(word))):
                hit = table.get(d)
                if hit is None:
                    continue
                if isinstance(hit, str):
                    found.add(hit)
                else:
                    found.update(hit)
        out = []
        for listed in found:
            sim = 1.0 if listed == word else graded(listed, word)
            if sim:
                out.append((listed, sim))
        return tuple(out)

    def joins(self, text: str) -> bool:
        """Is `text` a listed string that words written together or apart may meet?"""
        return text in self.joinable
