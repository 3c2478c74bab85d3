"""The most a listed name could score, from what a query reached of it.

`bound` adds each reached distinctive part at its best similarity to the parts
the index does not hold (counted as matched in full), the way `score.py` adds
them; `extra_floor` says how much of the query the name must leave unmatched.
The bound never falls short of the score, so the index may skip every name
whose bound is below the threshold and still return what exhaustive scoring
returns (property tests, in memory and on disk).
"""

from __future__ import annotations

from screen.matching.names.initials import initial_letters, initial_run
from screen.matching.names.inside import INSIDE
from screen.matching.names.lineage import unmatched_weight
from screen.matching.names.reduced import Reduced
from screen.matching.names.rows import Shape
from screen.matching.names.score import (
    LISTED_EXTRA,
    QUERY_EXTRA,
    SEGMENT_FACTOR,
    SINGLE_PART_CAP,
)
from screen.matching.names.similarity import INITIAL
from screen.tuples import NamedTuple


class Span(NamedTuple):
    """A span of the query the scorer scores (the whole query, or a wrapped segment:
    `spans.py`), with what its own parts can bring to a bound."""

    factor: float  # its score counts this much (a segment's is discounted)
    lo: int
    hi: int
    bits: int  # its query parts, a bit each
    n_initials: int  # given names its initials could stand for
    letters: frozenset[str]  # the letters its initials (and initials run together) could meet


def query_spans(query: Reduced) -> list[Span]:
    """The whole query first, then each wrapped segment."""
    out = []
    for factor, lo, hi in [(1.0, 0, len(query.parts))] + [
        (SEGMENT_FACTOR, *s) for s in query.segments
    ]:
        parts = query.parts[lo:hi]
        runs = "".join(p.form if p.role == "initial" else initial_run(p) for p in parts)
        bits = (1 << hi) - (1 << lo)
        out.append(Span(factor, lo, hi, bits, initial_letters(parts), frozenset(runs)))
    return out


def reached_from(held: dict[int, float], where: dict[int, int], bits: int) -> dict[int, float]:
    """The positions of `held` that the query parts `bits` reached (`where`: the
    parts that reached each): only those can a span of them match."""
    return {pos: sim for pos, sim in held.items() if where[pos] & bits}


def floor_parts(query: Reduced, lo: int, hi: int, person: bool) -> list[tuple[int, float]]:
    """The query parts in [lo, hi) that may be left unmatched, with what that costs
    a name (a person's or not; a craft's, when less), heaviest first: each part but
    an initial, or initials run together ("JC"), which may meet a given name the
    index does not see."""
    return sorted(
        (
            (qi, min(unmatched_weight(p, person), unmatched_weight(p, person, True)))
            for qi, p in enumerate(query.parts[lo:hi], lo)
            if p.role != "initial" and not initial_run(p)
        ),
        key=lambda qw: -qw[1],
    )


def extra_floor(parts: list[tuple[int, float]], mask: int, shape: Shape) -> float:
    """The least weight of query parts (`floor_parts` of a span) that the name
    leaves unmatched (`mask`: the query parts that reached some part of it).  A
    part that reached none of its parts can only meet a part the index does not
    hold (a generic word, a particle ...): the heaviest `Shape.absorbs` of them
    may, the others are surely left over."""
    left = [w for qi, w in parts if not mask >> qi & 1]
    return sum(left[shape.absorbs :])


def generic_bound(shape: Shape, held: dict[int, float], extra: float) -> float:
    """The most a name of generic words only could score, every part reached (each
    of its parts is indexed, so `extra`, the query parts that reached none, counts
    in full): E / (M + QUERY_EXTRA * extra), E at most each part at its best
    similarity reached and M its whole weight."""
    weights = shape.weights
    evidence = sum(w * held.get(i, 0.0) for i, w in enumerate(weights))
    return 100.0 * min(evidence / (shape.total + QUERY_EXTRA * extra), 1.0)


def bound(
    shape: Shape,
    held: dict[int, float],
    n_initials: int,
    extra: float = 0.0,
    initials: frozenset[str] = frozenset(),
    uncapped: bool = False,
) -> float:
    """The most a name of this shape could score: its parts that are not indexed
    count as matched in full; of its reached parts (and what the query's initials
    could meet: `n_initials` of them at most, each a distinctive part whose first
    letter is one of the `initials`), the best prefix by similarity counts, the way
    `score.py` adds them: E / (M + LISTED_EXTRA * (total - M) + QUERY_EXTRA * extra)
    is largest over such a prefix (a part raises the ratio exactly when its
    similarity is above a level the prefix sets, whatever the constant terms).
    `uncapped`: a query whose last word a field may have cut, whose name's other
    parts may be unseen (`truncated.cut_tail`)."""
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
    if shape.n_distinct >= 2 and hits < 2 and not uncapped:
        top = min(top, SINGLE_PART_CAP)
    family = shape.family
    if (
        family
        and not met
        and not uncapped
        and not any(i in held or not distinct[i] for i in family)
    ):
        top = min(top, SINGLE_PART_CAP)
    if (
        not shape.person
        and shape.n_distinct
        and all(held.get(i, 0.0) >= 1.0 for i, d in enumerate(distinct) if d)
    ):
        top = max(top, INSIDE)  # (it may stand whole inside the query: `inside.py`)
    return top
