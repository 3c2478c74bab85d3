"""The names a query's strings reach, with the positions they reach and how well.

`gather` walks the posting lists of the strings a query comes near (`index.py`
says which, `Wanted`): each reached name, its reached positions at their best
similarity, and the query parts that reached it (a bit each).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain

from screen.matching.names.memory import PostingList

PAIRWISE = 6  # up to this many strings meeting names that need two parts: set intersections

Held = dict[int, dict[int, float]]  # name -> listed position -> best similarity reached
# string -> best similarity; string -> query parts (any one of them enough); the
# strings met only by parts written together (all of them needed)
Wanted = tuple[dict[str, float], dict[str, int], frozenset[str]]
Posted = dict[str, PostingList]
Where = dict[int, dict[int, int]]  # name -> listed position -> query parts that reached it


def _add(
    held: Held,
    reached: dict[int, int],
    where: Where | None,
    pairs: Iterable[tuple[int, int]],
    sim: float,
    mask: int,
) -> None:
    """Each (name, position) of `pairs` reached at `sim` by the query parts `mask`."""
    for name_id, pos in pairs:
        best = held.get(name_id)
        if best is None:
            held[name_id] = {pos: sim}
            reached[name_id] = mask
        else:
            if sim > best.get(pos, 0.0):
                best[pos] = sim
            reached[name_id] |= mask
        if where is not None:
            at = where.setdefault(name_id, {})
            at[pos] = at.get(pos, 0) | mask


def _apart(a: int, a_run: bool, b: int, b_run: bool) -> bool:
    """Whether strings of the query parts `a` and `b` may both meet a name, each at
    a part of its own (one query part meets one listed part): any one part of a
    mask is enough, but a run of parts written together needs all of them."""
    if a_run and b_run:
        return not a & b
    if a_run or b_run:
        run, other = (a, b) if a_run else (b, a)
        return bool(other & ~run)
    return True  # (two groups of such strings have different masks)


def _pairs(flat: Iterable[int]) -> Iterable[tuple[int, int]]:
    """(name, position) of a flat posting array: name, position, name, position ..."""
    it = iter(flat)
    return zip(it, it, strict=True)


def _met_twice(group: list[Mapping[int, int]]) -> set[int]:
    """The names that the posting lists of one group meet at two positions or more."""
    first: dict[int, int] = {}
    twice: set[int] = set()
    for single in group:
        for name_id, pos in single.items():
            if first.setdefault(name_id, pos) != pos:
                twice.add(name_id)
    return twice


def gather(
    posted: Posted,
    wanted: Wanted,
    capped: bool,
    where: Where | None = None,
    persons: Sequence[int] | None = None,
    initials: Sequence[int] = (),
) -> tuple[Held, dict[int, int]]:
    """Each reached name's reached positions, at their best similarity, and the
    query parts that reached it (`posted`: the posting list of each wanted string
    that has one; `where`, when given, gets the query parts that reached each
    position).  When `capped`, a name that needs two of its
    parts (`Shape.reached_alone` false) is gathered only when two strings (or
    one that meets two of its parts) reach it: the long posting lists of common
    words are met in C, by set intersections, instead of walked one by one.
    `persons` (by name: 0, or a person's `rows.person_letters`), when given,
    keeps persons' names reached at one part too, when the query's initials may
    meet their other given names: some of their first letters are among the
    letters of `initials` (by query part: the `rows.letter_bits` of the letters
    it may be the initials of, 0 for none) of the parts besides the one that
    reached the name."""
    held: Held = {}
    reached: dict[int, int] = {}
    sims, masks, together = wanted
    singles: list[tuple[float, int, bool, Mapping[int, int]]] = []
    names: set[int] = set()  # names that need two parts, reached at two
    for s, found in posted.items():
        sim, mask = sims[s], masks[s]
        if found.few:
            _add(held, reached, where, _pairs(found.few), sim, mask)
        if found.multi:
            _add(held, reached, where, _pairs(found.multi), sim, mask)
            names.update(found.multi[::2])
        if found.single:
            singles.append((sim, mask, s in together, found.single))
    if not capped:
        for sim, mask, _run, single in singles:
            _add(held, reached, where, single.items(), sim, mask)
        return held, reached
    # a name met at one position by one string alone cannot pass the cap
    # and one query part meets one listed part: the strings of one query part
    # (its spellings and their typos) count once
    by_part: dict[tuple[int, bool], list[Mapping[int, int]]] = {}
    for _, mask, run, single in singles:
        by_part.setdefault((mask, run), []).append(single)
    # (a part's one posting list is met as it is, never copied)
    groups = [g[0].keys() if len(g) == 1 else set().union(*g) for g in by_part.values()]
    for (mask, run), lists in by_part.items():
        if not run and mask & (mask - 1) and len(lists) > 1:
            names |= _met_twice(lists)  # (its strings may come from two query parts)
    if len(groups) > PAIRWISE:
        counts = Counter(chain.from_iterable(groups))
        names.update(n for n, c in counts.items() if c > 1)
    else:
        keys = list(by_part)
        for i, a in enumerate(groups):
            for j in range(i + 1, len(groups)):
                if _apart(*keys[i], *keys[j]):
                    names |= a & groups[j]
    if persons is not None:
        for (mask, run), met in zip(by_part, groups, strict=True):
            # a part meets one listed part: as a word or as initials, never both
            # (a string of several parts, any one enough, leaves the others free)
            alone = run or not mask & (mask - 1)
            free = 0
            for qi, letters in enumerate(initials):
                if not (alone and mask >> qi & 1):
                    free |= letters
            if free:
                names.update(n for n in met if persons[n] & free)
    if names:
        for sim, mask, _run, single in singles:
            _add(held, reached, where, ((n, single[n]) for n in names & single.keys()), sim, mask)
    return held, reached
