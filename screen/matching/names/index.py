"""The name index: listed names, and the candidates a query could reach.

`search` scores only the names a query comes near (through a distinctive part,
two parts written together, an acronym, or CJK text) whose upper bound reaches
the threshold; `search_exhaustive` scores every name.  The bound never falls
short of the score (`_bound`), so both return the same hits (a property test
checks it on random names, in memory and on disk).  The tables behind it are in
memory (`MemoryTables`) or on disk (`screen.lists.store`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise

from screen.matching.names.explain import explain
from screen.matching.names.lookup import NearWords
from screen.matching.names.memory import ListedName, MemoryTables, Tables
from screen.matching.names.parts import Reduced, reduce_query
from screen.matching.names.rows import INITIAL_KEY, index_rows
from screen.matching.names.score import LISTED_EXTRA, SINGLE_PART_CAP, initials, score_listed
from screen.matching.names.similarity import INITIAL
from screen.matching.names.skeletons import SKELETON_KEY, SkeletonIndex, query_strings
from screen.text.skeleton import SCHEMES

WEAK_ALIAS_FACTOR = 0.85
ROUNDING = 0.05  # a score is rounded to one decimal before it meets the threshold
PAIRWISE = 6  # up to this many strings meeting names that need two parts: set intersections

__all__ = ["ListedName", "NameHit", "NameIndex"]


@dataclass(frozen=True)
class NameHit:
    name: ListedName
    score: float
    detail: str = ""  # which query parts matched which listed parts, and how


Held = dict[int, dict[int, float]]  # name -> listed position -> best similarity reached


class NameIndex:
    """Listed names with an index for candidate retrieval."""

    def __init__(
        self, entries: Iterable[tuple[Hashable, str, bool, bool]] = (), tables: Tables | None = None
    ) -> None:
        """`entries`: (owner, name as listed, weak alias?, person?), indexed in memory;
        or `tables` already built (on disk)."""
        self.tables: Tables = tables if tables is not None else MemoryTables(index_rows(entries))
        self.near = NearWords(self.tables.typo_words)
        # names read from an abjad or kana (skeletons.py): the schemes some listed name
        # is in, and the Latin names by skeleton, built for the first such query
        self.script_schemes = frozenset(
            s for s in SCHEMES if self.tables.postings((SKELETON_KEY + s,))
        )
        self._by_skeleton: SkeletonIndex | None = None

    def _skeletons(self) -> SkeletonIndex:
        if self._by_skeleton is None:
            names = (self.tables.name(i) for i in range(len(self.tables)))
            self._by_skeleton = SkeletonIndex(
                [(n.id, n.listed.reduced.parts, not n.listed.distinctive) for n in names]
            )
        return self._by_skeleton

    def __len__(self) -> int:
        return len(self.tables)

    # -- retrieval ---------------------------------------------------------------

    def _wanted(self, query: Reduced) -> dict[str, float]:
        """Listed strings a query part (or two together) comes near, each with the
        best similarity it could have."""
        wanted: dict[str, float] = {}
        parts = query.parts
        spellings: dict[str, None] = {}
        for p in parts:
            for s in (p.form, p.key, *p.alts, INITIAL_KEY + p.form[0]):
                wanted[s] = 1.0
            if p.role == "initial":
                continue
            spellings.update(dict.fromkeys((p.form, p.key)))
            if p.how == "transliterated":
                spellings.update(dict.fromkeys(p.alts))
        for near in self.near.typos_of(spellings).values():
            for listed, sim in near:
                if sim > wanted.get(listed, 0.0):
                    wanted[listed] = sim
        for a, b in pairwise(parts):
            if a.role in ("initial", "number") or b.role in ("initial", "number"):
                continue
            for s in (a.form + b.form, a.key + b.key):
                if self.tables.joinable(s):
                    wanted[s] = 1.0
        if self.script_schemes:
            wanted.update(query_strings(parts, self.script_schemes))
        return wanted

    @lru_cache(maxsize=1024)  # noqa: B019 - could_match, then search, ask for the same text
    def _reach(self, text: str) -> tuple[Reduced, dict[str, float]]:
        query = reduce_query(text)
        return query, self._wanted(query)

    def _held(self, wanted: dict[str, float], capped: bool) -> Held:
        """Each reached name's reached positions, at their best similarity.  When
        `capped`, a name that needs two of its parts (`Shape.reached_alone` false)
        is gathered only when two strings (or one that meets two of its parts)
        reach it: the long posting lists of common words are met in C, by set
        intersections, instead of walked one name at a time."""
        held: Held = {}

        def add(name_id: int, pos: int, sim: float) -> None:
            best = held.get(name_id)
            if best is None:
                held[name_id] = {pos: sim}
            elif sim > best.get(pos, 0.0):
                best[pos] = sim

        singles: list[tuple[float, Mapping[int, int]]] = []
        names: set[int] = set()  # names that need two parts, reached at two
        for s, found in self.tables.postings(wanted).items():
            sim = wanted[s]
            flat = found.few
            for k in range(0, len(flat), 2):
                add(flat[k], flat[k + 1], sim)
            flat = found.multi
            for k in range(0, len(flat), 2):
                add(flat[k], flat[k + 1], sim)
                names.add(flat[k])
            if found.single:
                singles.append((sim, found.single))
        if not capped:
            for sim, single in singles:
                for name_id, pos in single.items():
                    add(name_id, pos, sim)
            return held
        # a name met at one position by one string alone cannot pass the cap
        if len(singles) > PAIRWISE:
            counts = Counter(chain.from_iterable(single.keys() for _, single in singles))
            names.update(n for n, c in counts.items() if c > 1)
        else:
            for i, (_, a) in enumerate(singles):
                for _, b in singles[i + 1 :]:
                    names |= a.keys() & b.keys()
        for sim, single in singles:
            for name_id in names & single.keys():
                add(name_id, single[name_id], sim)
        return held

    def _special(self, query: Reduced) -> set[int]:
        """Names always scored when reached: acronyms, CJK text, generic-only names."""
        ids: set[int] = set()
        tables = self.tables
        for p in query.parts:
            if p.role == "word":
                ids.update(tables.acronyms(p.form))
        spans = [(0, len(query.parts)), *query.segments]
        for lo, hi in spans:
            if hi - lo >= 2:
                ids.update(tables.singles(initials(query.parts[lo:hi])))
        if query.cjk:
            ids.update(i for i, text in tables.cjk() if text in query.cjk)
        return ids

    def could_match(self, text: str) -> bool:
        """False only when `search` would surely find nothing (most consignees stop here)."""
        query, wanted = self._reach(text)
        return (
            bool(self._special(query))
            or bool(self.tables.postings(wanted))
            or (query.skeletal and any(True for _ in self._skeletons().reached(query.parts)))
        )

    def candidates(
        self, query: Reduced, min_score: float, wanted: dict[str, float] | None = None
    ) -> set[int]:
        """Names whose score could reach `min_score`: the bound adds each reached
        distinctive part at its best similarity, every part that is not indexed in
        full, and what the query's initials could add."""
        ids = self._special(query)
        n_initials = sum(1 for p in query.parts if p.role == "initial")
        # one distinctive part of several reached: the score is capped below review
        capped = min_score > SINGLE_PART_CAP and not n_initials
        if wanted is None:
            wanted = self._wanted(query)
        # a query read from an abjad or kana also reaches Latin names by skeleton
        reached = self._held(wanted, capped and not query.skeletal)
        if query.skeletal:
            for (name_id, positions), sim in self._skeletons().reached(query.parts):
                best = reached.setdefault(name_id, {})
                for pos in positions:
                    if sim > best.get(pos, 0.0):
                        best[pos] = sim
        shapes = self.tables.shapes(reached)
        for name_id, held in reached.items():
            form = shapes[name_id]
            if form.generic_only:
                # a name of generic words only must match in full: every part reached
                if len(held) == len(form.weights):
                    ids.add(name_id)
            elif capped and len(held) < 2 and form.n_distinct >= 2:
                continue
            elif self._bound(name_id, held, n_initials) >= min_score - ROUNDING:
                ids.add(name_id)
        return ids

    def _bound(self, name_id: int, held: dict[int, float], n_initials: int) -> float:
        """The most a name could score: its parts that are not indexed count as
        matched in full; of its reached parts (and what the query's initials could
        meet), the best prefix by similarity counts, the way `score.py` adds them:
        E / (M + LISTED_EXTRA * (total - M)) is largest over such a prefix."""
        shape = self.tables.shapes((name_id,))[name_id]
        weights, distinct = shape.weights, shape.distinct
        size = len(distinct)  # (a damaged store's position past the name counts nothing)
        found = [(sim, weights[i]) for i, sim in held.items() if i < size and distinct[i]]
        hits = len(found)
        if shape.person and n_initials:
            found.extend([(INITIAL, 1.0)] * n_initials)
            hits += n_initials
        found.sort(reverse=True)
        total = shape.total
        evidence = weight = shape.base
        best = evidence / (LISTED_EXTRA * total + (1 - LISTED_EXTRA) * weight) if weight else 0.0
        for sim, w in found:
            evidence += w * sim
            weight += w
            best = max(best, evidence / (LISTED_EXTRA * total + (1 - LISTED_EXTRA) * weight))
        bound = 100.0 * min(best, 1.0)
        if shape.n_distinct >= 2 and hits < 2:
            bound = min(bound, SINGLE_PART_CAP)
        family = shape.family
        if family and not n_initials and not any(i in held or not distinct[i] for i in family):
            bound = min(bound, SINGLE_PART_CAP)
        return bound

    # -- scoring -----------------------------------------------------------------

    def _hits(self, ids: Iterable[int], query: Reduced, min_score: float) -> list[NameHit]:
        best: dict[Hashable, tuple[float, int, NameHit]] = {}
        for i in ids:
            name = self.tables.name(i)
            match = score_listed(name.listed, query)
            score = match.score * (WEAK_ALIAS_FACTOR if name.weak else 1.0)
            score = round(score, 1)
            if score < min_score or score <= 0:
                continue
            held = best.get(name.owner)
            # best score per owner; among equal scores the first listed name
            if held is None or (score, -i) > (held[0], -held[1]):
                best[name.owner] = (score, i, NameHit(name, score, explain(match, name.weak)))
        return sorted((h for _, _, h in best.values()), key=lambda h: (-h.score, str(h.name.owner)))

    @lru_cache(maxsize=65536)  # noqa: B019 - one index per rulebook, kept for the process
    def search(self, query: str, min_score: float) -> list[NameHit]:
        """Best hit per owner scoring at least `min_score`, best first."""
        reduced, wanted = self._reach(query)
        return self._hits(self.candidates(reduced, min_score, wanted), reduced, min_score)

    def search_exhaustive(self, query: str, min_score: float) -> list[NameHit]:
        """The same as `search`, scoring every listed name (slow; for tests)."""
        return self._hits(range(len(self.tables)), reduce_query(query), min_score)
