"""Phrases of several words found spread out within one clause.

A goods term names a thing by its head and what qualifies it ("oil refining
equipment"), and descriptions say the same with words between ("oil and gas
refining equipment") or head first with a preposition ("equipment for crude oil
refining", "микроскоп электронный").  A phrase with a `gap` matches:

* in its own order, at most `gap` words between consecutive words;
* head (its last word) first, then its other words in order, each at most `gap`
  words after the one before; only for phrases allowing `HEAD_FIRST_GAP` words or
  more between (terms, not exclusions: "resin 3D printer" is no "3D printer
  resin"), and for any phrase when "of" or "for" joins its head to the rest and
  the rest ends a phrase ("generator of signals" is a "signal generator");
* in tariff wording, the head, a comma, then its other words in order filling the
  phrase after the comma ("Diamonds, industrial, unworked" are industrial diamonds,
  "Generators, signal" signal generators; "Diamonds, industrial abrasives" is a list).

Each word's occurrences are looked up by position (bisect), so the cost grows
with the number of occurrences of the phrase's words, not with the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol, TypeVar


class Spreadable(Protocol):
    @property
    def tokens(self) -> tuple[str, ...]: ...

    @property
    def gap(self) -> int: ...


P = TypeVar("P", bound=Spreadable)

HEAD_FIRST_GAP = 2
Edge = tuple[int, str, float]  # (end token index, vocabulary word, score)
Occurrence = tuple[int, int, float]  # (first token, end token, score)
# tokens joining a head to words after it ("of", "for"), tokens ending a phrase,
# tokens right after a comma
After = tuple[frozenset[int], frozenset[int], frozenset[int]]


def _next(
    found: list[Occurrence],
    starts: list[int],
    after: int,
    gap: int,
    clause: int,
    clauses: Sequence[int],
) -> Occurrence | None:
    """The first occurrence starting from `after` to `after + gap`, in `clause`."""
    at = bisect_left(starts, after)
    if at < len(found):
        occurrence = found[at]
        if occurrence[0] <= after + gap and clauses[occurrence[0]] == clause:
            return occurrence
    return None


def _chain(
    order: Sequence[str],
    start: Occurrence,
    where: Mapping[str, tuple[list[Occurrence], list[int]]],
    gap: int,
    clauses: Sequence[int],
) -> tuple[int, float] | None:
    """Follow `order` from `start`: (last token, lowest score) when every word follows."""
    end, score, clause = start[1], start[2], clauses[start[0]]
    for word in order:
        found, starts = where[word]
        step = _next(found, starts, end, gap, clause, clauses)
        if step is None:
            return None
        end, score = step[1], min(score, step[2])
    return end - 1, score


def spread_hits(
    edges: Mapping[int, list[Edge]],
    by_token: Mapping[str, list[P]],
    clauses: Sequence[int],
    after: After = (frozenset(), frozenset(), frozenset()),
) -> Iterator[tuple[P, int, int, float]]:
    """(phrase, first token, last token + 1, score) of every spread-out match;
    `after`: the tokens that join a head to what qualifies it after it ("of",
    "for"), those that end a phrase and those right after a comma, so that any
    phrase also matches as its head, a joining word or a comma, then its other
    words ending a phrase ("generator of signals" and "generators, signal" are a
    "signal generator"; "generator for signal lamps" is not)."""
    links, ends, commas = after
    occurrences: dict[str, list[Occurrence]] = defaultdict(list)
    for i in sorted(edges):
        for end, word, score in edges[i]:
            occurrences[word].append((i, end, score))
    where = {w: (found, [o[0] for o in found]) for w, found in occurrences.items()}
    candidates = {id(p): p for w in occurrences for p in by_token.get(w, ())}
    for phrase in candidates.values():
        words = phrase.tokens
        if any(w not in where for w in words):
            continue
        orders: list[tuple[str, ...]] = [words]
        loose = phrase.gap >= HEAD_FIRST_GAP
        if loose or ((links or commas) and len(words) > 1):
            orders.append((words[-1], *words[:-1]))
        for order in orders:
            linked = order is not words and not loose
            for start in where[order[0]][0]:
                if linked and start[1] not in links and start[1] not in commas:
                    continue
                # past the "of"; right after a comma, the other words together
                after_comma = linked and start[1] in commas and start[1] not in links
                gap = 0 if after_comma else max(phrase.gap, 1) if linked else phrase.gap
                chained = _chain(order[1:], start, where, gap, clauses)
                if chained is not None:
                    last, score = chained
                    first = start[0]
                    if linked and last not in ends:
                        continue
                    if order is words or last >= first:
                        yield phrase, first, last + 1, score
