"""The hits among a query's candidates: each scored, the best per owner kept.

With a `limit` (the engine reports ten names a field), the candidates are scored
by falling bound, in small batches read at once, until no name left could reach
the `limit`-th best owner's score or tie with it: a common name on a list of
millions meets thousands of names, and the best are among the first scored.
Exactly `limit` owners are kept: among owners tied at the last place kept, those
whose ids sort first as text (the order hits are shown in), whichever way the
names were reached, so the index and exhaustive scoring keep the same.  Only the
hits kept are explained.
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Mapping

from screen.matching.names.explain import explain
from screen.matching.names.memory import ListedName, Tables
from screen.matching.names.reduced import Match, Reduced
from screen.matching.names.spans import score_listed
from screen.tuples import NamedTuple

WEAK_ALIAS_FACTOR = 0.85
ROUNDING = 0.05  # a score is rounded to one decimal before it meets the threshold
FIRST_BATCH, BATCH = 8, 64  # names read from the tables at once: first, and at most
_UNBOUNDED = float("inf")  # a name scored however it met the query (acronym, CJK)


class NameHit(NamedTuple):
    name: ListedName
    score: float
    detail: str = ""  # which query parts matched which listed parts, and how


def rank(
    tables: Tables,
    ids: Mapping[int, int],
    query: Reduced,
    min_score: float,
    limit: int = 0,
    bounds: Mapping[int, float] | None = None,
    expand: bool = True,
) -> list[NameHit]:
    """The best hit per owner at `min_score` or above, best first (`ids`: the names
    to score, each with the spans of the query to score, a bit each).  With a
    `limit`, only the `limit` best owners (ties by owner, as text).  A shared name
    scores for every owner that lists it (`expand`: exhaustive scoring reads them
    all as names of their own)."""
    tops = bounds or {}
    order = list(ids)
    if limit:
        order.sort(key=lambda i: (-tops.get(i, _UNBOUNDED), i))
    best: dict[Hashable, tuple[float, int, ListedName, Match]] = {}
    kth = -1.0  # the limit-th best owner's score, once there are that many
    at, size = 0, FIRST_BATCH
    while at < len(order):
        batch, at, size = order[at : at + size], at + size, min(2 * size, BATCH)
        for name in tables.names(batch):
            i = name.id
            if kth >= 0 and tops.get(i, _UNBOUNDED) + ROUNDING < kth:
                break  # (every name after it is bounded lower still)
            match = score_listed(name.listed, query, ids[i], not name.weak)
            score = round(match.score * (WEAK_ALIAS_FACTOR if name.weak else 1.0), 1)
            if score < min_score or score <= 0:
                continue
            for one in _owners(tables, name, limit) if expand and name.shared else (name,):
                held = best.get(one.owner)
                # best score per owner; among equal scores the first listed name
                if held is None or (score, -one.id) > (held[0], -held[1]):
                    best[one.owner] = (score, one.id, one, match)
            if limit and len(best) >= limit and score > kth:
                kth = heapq.nlargest(limit, (v[0] for v in best.values()))[-1]
        else:
            continue
        break
    kept = sorted(best.values(), key=lambda v: (-v[0], str(v[2].owner)))
    if limit:
        del kept[limit:]
    return [NameHit(name, score, explain(match, name.weak)) for score, _, name, match in kept]


def _owners(tables: Tables, name: ListedName, limit: int) -> list[ListedName]:
    """The names a shared name stands for, each its owner's: all of them, or with a
    `limit` the first by owner as text until `limit` owners (all a cap could keep:
    an owner past them sorts after `limit` owners of the same score)."""
    count = limit
    while True:
        group = tables.copies(name.id, count)
        if not count or len(group) < count or len({o for _, o in group}) >= limit:
            break
        count *= 2
    return [name if i == name.id else name._replace(id=i, owner=o, shared=False) for i, o in group]
