"""The score of a query against a listed name: the best of the whole query and
each of its wrapped segments (`score.py` scores one span).

A segment can score only where the whole query's candidate pairs hold a
distinctive listed part met, by more than an initial, by a query part inside
it (or an acronym meets the name there): its pairs are the whole query's that
lie inside it, with initials run together read within it, and a score needs
such a part.  Other segments are not scored at all.
"""

from __future__ import annotations

from screen.matching.names.acronyms import acronym_at
from screen.matching.names.inside import INSIDE, inside
from screen.matching.names.prepared import Listed
from screen.matching.names.reduced import Match, Reduced
from screen.matching.names.score import (
    NO_MATCH,
    SEGMENT_FACTOR,
    Candidate,
    candidates,
    part_pairs,
    score_span,
)
from screen.matching.names.webnames import thin_identifier


def _may_score(listed: Listed, query: Reduced, found: list[Candidate], lo: int, hi: int) -> bool:
    if not listed.distinctive or acronym_at(
        listed, query.parts, lo, hi, query.segments, query.cased
    ):
        return True
    distinctive, parts = listed.distinctive, query.parts
    return any(
        how != "initial"
        and lo <= qpos[0]
        and qpos[-1] < hi
        and any(parts[q].role != "initial" for q in qpos)
        and any(i in distinctive for i in lpos)
        for _sim, _weight, lpos, qpos, how in found
    )


def score_listed(listed: Listed, query: Reduced, spans: int = -1, alone: bool = False) -> Match:
    """The best of the whole query and each of its wrapped segments; `spans`: which
    of them to score (bit 0 the whole query, bit k its k-th segment), when the
    others are known to score below what is asked (the index's bound says so).
    `alone`: the name may stand for its party inside a longer text (`inside.py`:
    not a weak alias)."""
    best = NO_MATCH
    if listed.reduced.cjk and listed.reduced.cjk in query.cjk:
        best = Match(100.0, ((listed.reduced.cjk, listed.reduced.cjk, "exact"),), (), ())
    if listed.reduced.parts and query.parts:
        n = len(query.parts)
        pairs = part_pairs(listed, query, 0, n)
        found = candidates(listed, query, 0, n, pairs)
        if spans & 1:
            whole = score_span(listed, query, 0, n, list(found))
            if whole.score > best.score:
                best = whole
        for k, (lo, hi) in enumerate(query.segments, 1):
            if (
                spans >> k & 1
                and hi - lo < n
                and best.score < 100.0 * SEGMENT_FACTOR
                and _may_score(listed, query, found, lo, hi)
            ):
                part = score_span(listed, query, lo, hi, candidates(listed, query, lo, hi, pairs))
                if part.score * SEGMENT_FACTOR > best.score:
                    best = part._replace(score=part.score * SEGMENT_FACTOR)
        if alone and spans & 1 and best.score < INSIDE:
            best = inside(listed, query, 0, n) or best
    if best.score > 100.0 * SEGMENT_FACTOR and thin_identifier(listed.reduced.parts):
        best = best._replace(score=100.0 * SEGMENT_FACTOR)  # (a short number: a review)
    return best
