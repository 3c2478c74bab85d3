"""Name parts compared by consonant skeleton: a name written in an abjad (Arabic
script, Hebrew) or in katakana against its Latin spelling (`text/skeleton.py`).

A part read from such a script carries its skeletons ("a:bd", "a:lkdr"); a Latin
part is reduced in the same scheme when it meets one.  Parts are compared one to
one and, because the scripts and the lists split names differently ("Abdul
Qadir" / "عبد القادر", "Abdelkader", "Najibullah" / "نجیب الله"), also two
adjacent parts written as one on either side.  Only the scorer (`score.py`) and
the index (`index.py`) call this, and only when a skeleton is there: a Latin
query against Latin names never pays for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from screen.matching.names.parts import Part
from screen.text import skeleton

EDIT_WEIGHT = 0.75  # an edit costs three quarters of its share of the skeleton
Unit = tuple[tuple[int, ...], frozenset[str]]  # positions, "scheme:skeleton" strings


@lru_cache(maxsize=262144)
def similarity(a: str, b: str) -> float:
    """Similarity of two skeletons of one scheme (0 when too far)."""
    if a == b:
        return skeleton.base(len(a))
    longest = max(len(a), len(b))
    limit = skeleton.edits_allowed(min(len(a), len(b)))
    if not limit or abs(len(a) - len(b)) > limit:
        return 0.0
    distance = OSA.distance(a, b, score_cutoff=limit)
    if distance > limit:
        return 0.0
    return skeleton.base(longest) * (1 - EDIT_WEIGHT * distance / longest)


def best(left: frozenset[str], right: frozenset[str]) -> float:
    out = 0.0
    for a in left:
        scheme, _, sa = a.partition(":")
        for b in right:
            if b.startswith(scheme) and b[1] == ":":
                out = max(out, similarity(sa, b[2:]))
    return out


def _skeletons(part: Part, schemes: frozenset[str]) -> frozenset[str]:
    """A part's own skeletons, or a Latin part's in the schemes it meets."""
    if part.skel:
        return frozenset(part.skel)
    if part.role in ("initial", "number") or not part.form.isalpha():
        return frozenset()
    return frozenset(f"{s}:{k}" for s in schemes for k in skeleton.latin_variants(part.form, s))


def _joined(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return frozenset(x[:2] + skeleton.joined(x[2:], y[2:]) for x in a for y in b if x[:2] == y[:2])


def evidence(parts: Sequence[Part], positions: tuple[int, ...]) -> int:
    """Consonants a skeleton match rests on (of its side read from a script)."""
    return sum(max((len(s) - 2 for s in parts[i].skel), default=0) for i in positions)


def schemes_of(parts: Sequence[Part]) -> frozenset[str]:
    return frozenset(s[0] for p in parts for s in p.skel)


def units(
    parts: Sequence[Part], schemes: frozenset[str], lo: int, hi: int, any_order: bool
) -> list[Unit]:
    """Each part in [lo, hi), each two adjacent ones written as one, and three
    around an article ("Abd al Hamid" / "عبدالحميد")."""
    single = [_skeletons(parts[i], schemes) for i in range(lo, hi)]
    out: list[Unit] = [((lo + i,), s) for i, s in enumerate(single) if s]
    for i in range(len(single) - 1):
        a, b = single[i], single[i + 1]
        if a and b:
            out.append(((lo + i, lo + i + 1), _joined(a, b)))
            if any_order:
                out.append(((lo + i + 1, lo + i), _joined(b, a)))
            c = single[i + 2] if i + 2 < len(single) else frozenset()
            if c and parts[lo + i + 1].role == "particle":
                out.append(((lo + i, lo + i + 1, lo + i + 2), _joined(_joined(a, b), c)))
    return out


def candidates(
    lparts: Sequence[Part], qparts: Sequence[Part], lo: int, hi: int
) -> Iterator[tuple[float, tuple[int, ...], tuple[int, ...]]]:
    """(similarity, listed positions, query positions) of skeleton matches between
    a script side and a Latin side (a name read from a script meets its own
    script's words by their spelling, not here)."""
    q_schemes = schemes_of(qparts[lo:hi])
    l_schemes = schemes_of(lparts)
    if not q_schemes and not l_schemes:
        return
    schemes = q_schemes | l_schemes
    lunits = units(lparts, schemes, 0, len(lparts), True)
    qunits = units(qparts, schemes, lo, hi, False)
    for lpos, lskel in lunits:
        l_script = any(lparts[i].skel for i in lpos)
        for qpos, qskel in qunits:
            if len(lpos) > 1 and len(qpos) > 1 and len(lpos) + len(qpos) > 4:
                continue  # words written as one meet one word or two
            if l_script == any(qparts[i].skel for i in qpos):
                continue
            sim = best(lskel, qskel)
            if sim:
                yield sim, lpos, qpos


Where = tuple[int, tuple[int, ...]]
Table = tuple[dict[str, list[Where]], dict[str, set[str]]]


class SkeletonIndex:
    """Listed skeletons (names read from a script: their own; Latin names: in one
    scheme), and the deletions that lead to them, built when a query first needs
    them: a Latin-only screening never builds it."""

    def __init__(self, names: Sequence[tuple[int, Sequence[Part], bool]]) -> None:
        """`names`: (name id, parts, index every part?) of the listed names."""
        self.names = names
        self.tables: dict[tuple[str, bool], Table] = {}
        self.script_schemes = frozenset(s[0] for _, ps, _ in names for p in ps for s in p.skel)

    def _table(self, scheme: str, script: bool) -> Table:
        """Skeletons of listed units read from a script (`script`) or Latin ones."""
        if (scheme, script) not in self.tables:
            exact: dict[str, list[Where]] = defaultdict(list)
            near: dict[str, set[str]] = defaultdict(set)
            schemes = frozenset((scheme,))
            for name_id, parts, every in self.names:
                if script and not any(p.skel for p in parts):
                    continue
                for positions, skels in units(parts, schemes, 0, len(parts), True):
                    if script != any(parts[i].skel for i in positions):
                        continue
                    if not every and not any(
                        parts[i].role in ("word", "number") for i in positions
                    ):
                        continue
                    for s in skels:
                        if s[0] == scheme:
                            exact[s[2:]].append((name_id, positions))
            for s in exact:
                for d in _deletions(s):
                    near[d].add(s)
            self.tables[scheme, script] = (exact, near)
        return self.tables[scheme, script]

    def reached(self, qparts: Sequence[Part]) -> Iterator[tuple[Where, float]]:
        """Listed parts the query comes near by skeleton, with the best similarity:
        its parts read from a script against Latin names, its Latin parts against
        names read from a script."""
        q_schemes = schemes_of(qparts)
        for script_query, schemes in ((True, q_schemes), (False, self.script_schemes)):
            for scheme in schemes:
                exact, near = self._table(scheme, not script_query)
                for qpos, qskels in units(qparts, frozenset((scheme,)), 0, len(qparts), False):
                    if script_query != any(qparts[i].skel for i in qpos):
                        continue
                    for q in qskels:
                        if q[0] != scheme:
                            continue
                        found: set[str] = set()
                        for d in _deletions(q[2:]):
                            found.update(near.get(d, ()))
                        for listed in found:
                            sim = similarity(listed, q[2:])
                            for where in exact[listed] if sim else ():
                                yield where, sim


@lru_cache(maxsize=262144)
def _deletions(word: str) -> frozenset[str]:
    out = {word}
    if skeleton.edits_allowed(len(word)):
        frontier = {word}
        for _ in range(skeleton.edits_allowed(len(word))):
            frontier = {w[:i] + w[i + 1 :] for w in frontier if len(w) > 1 for i in range(len(w))}
            out |= frontier
    return frozenset(out)
