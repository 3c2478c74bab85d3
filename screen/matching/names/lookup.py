"""The near-word dictionary behind the name index: which listed strings a query
string may match, and at most how well.

Listed parts are found by their form, folded key, and the words they stand for
(nicknames, abbreviations), exactly, and within their edit allowance through a
symmetric deletion dictionary (a word and a typo of it share a deletion).  Two
listed parts written together, and long listed parts, are found the same way
exactly, for words joined or split on either side.  The dictionary itself is kept
by the index's tables (in memory: `typo_table`; a list store keeps the words and
hashes of their deletions: `screen.lists.storetypos`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache

from screen.matching.names.similarity import edits_allowed, graded, vowel_mask

JOIN_MIN = 6  # a listed part this long may be met by two query parts written together


def word_deletions(word: str) -> list[str]:
    """The deletions under which a word and its typos meet (none for non-letters):
    the word, each string of it with one letter deleted and, when its allowance is
    two, two, and its vowel mask, under which spellings differing only in vowels
    meet; repeats left in (a word with doubled letters).  Made by slicing: a list
    store's build makes them for every listed word."""
    if not word.isalpha():
        return []
    n, depth = len(word), edits_allowed(len(word))
    out = [word]
    if depth:
        out += [word[:i] + word[i + 1 :] for i in range(n)]
    if depth > 1:  # (two at most: `similarity.MAX_EDITS`)
        out += [
            word[:i] + word[i + 1 : j] + word[j + 1 :] for i in range(n) for j in range(i + 1, n)
        ]
    mask = vowel_mask(word)
    if mask:
        out.append(mask)
    return out


def listed_deletions(word: str) -> frozenset[str]:
    """`word_deletions`, each once.  Not cached: each listed word is met once (a
    query's words: `typo_deletions`)."""
    return frozenset(word_deletions(word))


typo_deletions = lru_cache(maxsize=262144)(listed_deletions)


def typo_rows(words: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(deletion, listed word) for every listed word a typo may reach."""
    for word in words:
        for d in listed_deletions(word):
            yield d, word


def typo_table(words: Iterable[str]) -> dict[str, str | tuple[str, ...]]:
    """The deletion dictionary in memory: most deletions lead to one word (kept bare)."""
    typo: dict[str, set[str]] = defaultdict(set)
    for d, word in typo_rows(words):
        typo[d].add(word)
    return {k: next(iter(v)) if len(v) == 1 else tuple(v) for k, v in typo.items()}


def find_in(
    table: dict[str, str | tuple[str, ...]], keys: Collection[str]
) -> list[tuple[str, str]]:
    """(deletion, listed word) for each listed word these deletions lead to, in an
    in-memory table."""
    found: list[tuple[str, str]] = []
    for d in keys:
        hit = table.get(d)
        if hit is None:
            continue
        if isinstance(hit, str):
            found.append((d, hit))
        else:
            found.extend((d, w) for w in hit)
    return found


class NearWords:
    """Listed words within a query word's edit allowance, through `find` (deletions
    -> the listed words they lead to), asked once for all the words of a query."""

    KEPT = 262144  # words remembered

    def __init__(self, find: Callable[[Collection[str]], Iterable[tuple[str, str]]]) -> None:
        self.find = find
        self.known: dict[str, tuple[tuple[str, float], ...]] = {}

    def typos_of(self, words: Iterable[str]) -> dict[str, tuple[tuple[str, float], ...]]:
        """For each word, the listed words within its edit allowance, with the best
        similarity; the deletions of every word not seen before are looked up at once."""
        known = self.known
        out = {}
        new: dict[str, frozenset[str]] = {}
        for word in words:
            if word in known:
                out[word] = known[word]
            elif not word.isalpha():
                out[word] = ()  # (a number or a code has no deletions: `listed_deletions`)
            elif word not in new:
                new[word] = typo_deletions(word)
        if new:
            keys = frozenset().union(*new.values())
            found = list(self.find(keys)) if keys else []
            if len(known) + len(new) > self.KEPT:
                known.clear()
            for word, dels in new.items():
                near = []
                # the listed words a deletion of this word leads to (one new word: all)
                leads = {w for d, w in found if len(new) == 1 or d in dels}
                for listed in leads:
                    sim = 1.0 if listed == word else graded(listed, word)
                    if sim:
                        near.append((listed, sim))
                known[word] = out[word] = tuple(sorted(near))
        return out

    def typos(self, word: str) -> tuple[tuple[str, float], ...]:
        """Listed words within the edit allowance of `word`, with the best similarity."""
        return self.typos_of((word,))[word]

    def clear(self) -> None:
        self.known.clear()


def begun_by(word_at: Callable[[int], str], count: int, first: str) -> list[str]:
    """The words of a sorted sequence (`word_at`: the word at a rank, of `count`)
    that begin with `first` and go on, found by bisection."""
    lo, hi = 0, count
    while lo < hi:
        mid = (lo + hi) // 2
        if word_at(mid) < first:
            lo = mid + 1
        else:
            hi = mid
    out = []
    while lo < count and (word := word_at(lo)).startswith(first):
        if word != first:
            out.append(word)
        lo += 1
    return out
