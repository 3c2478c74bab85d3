"""The most a listed name could score, from what a query reached of it.

`bound` adds each reached distinctive part at its best similarity to the parts
the index does not hold (counted as matched in full), the way `score.py` adds
them; `extra_floor` says how much of the query the name must leave unmatched.
The bound never falls short of the score, so the index may skip every name
whose bound is below the threshold and still return what exhaustive scoring
returns (property tests, in memory and on disk).
"""

from __future__ import annotations

from screen.matching.names.lineage import unmatched_weight
from screen.matching.names.parts import JOIN_PIECES, Reduced, initial_run
from screen.matching.names.rows import Shape
from screen.matching.names.score import LISTED_EXTRA, QUERY_EXTRA, SINGLE_PART_CAP
from screen.matching.names.similarity import INITIAL


def floor_parts(query: Reduced, lo: int, hi: int, person: bool) -> list[tuple[int, float]]:
    """The query parts in [lo, hi) that may be left unmatched, with what that costs
    a name (a person's or not), heaviest first: each part but an initial, or
    initials run together ("JC"), which may meet a given name the index does not see."""
    return sorted(
        (
            (qi, unmatched_weight(p, person))
            for qi, p in enumerate(query.parts[lo:hi], lo)
            if p.role != "initial" and not initial_run(p)
        ),
        key=lambda qw: -qw[1],
    )


def extra_floor(parts: list[tuple[int, float]], mask: int, shape: Shape) -> float:
    """The least weight of query parts (`floor_parts` of a span) that the name
    leaves unmatched (`mask`: the query parts that reached some part of it).  A
    part that reached none of its parts can only meet a part the index does not
    hold (a generic word, a particle ...; each may take up to `JOIN_PIECES` query
    parts written together)."""
    left = [w for qi, w in parts if not mask >> qi & 1]
    return sum(left[JOIN_PIECES * (len(shape.weights) - shape.n_distinct) :])


def bound(
    shape: Shape,
    held: dict[int, float],
    n_initials: int,
    extra: float = 0.0,
    initials: frozenset[str] = frozenset(),
) -> float:
    """The most a name of this shape could score: its parts that are not indexed
    count as matched in full; of its reached parts (and what the query's initials
    could meet: `n_initials` of them at most, each a distinctive part whose first
    letter is one of the `initials`), the best prefix by similarity counts, the way
    `score.py` adds them: E / (M + LISTED_EXTRA * (total - M) + QUERY_EXTRA * extra)
    is largest over such a prefix (a part raises the ratio exactly when its
    similarity is above a level the prefix sets, whatever the constant terms)."""
    weights, distinct = shape.weights, shape.distinct
    size = len(distinct)  # (a damaged store's position past the name counts nothing)
    found = [(sim, weights[i]) for i, sim in held.items() if i < size and distinct[i]]
    hits = len(found)
    met = 0  # distinctive parts the query's initials could meet
    if shape.person and n_initials:
        letters = shape.letters
        met = sum(1 for i, d in enumerate(distinct) if d and letters[i : i + 1] in initials)
        met = min(met, n_initials)
        found.extend([(INITIAL, 1.0)] * met)
        hits += met
    found.sort(reverse=True)
    fixed = LISTED_EXTRA * shape.total + QUERY_EXTRA * extra
    evidence = weight = shape.base
    best = evidence / (fixed + (1 - LISTED_EXTRA) * weight) if weight else 0.0
    for sim, w in found:
        evidence += w * sim
        weight += w
        best = max(best, evidence / (fixed + (1 - LISTED_EXTRA) * weight))
    top = 100.0 * min(best, 1.0)
    if shape.n_distinct >= 2 and hits < 2:
        top = min(top, SINGLE_PART_CAP)
    family = shape.family
    if family and not met and not any(i in held or not distinct[i] for i in family):
        top = min(top, SINGLE_PART_CAP)
    return top
