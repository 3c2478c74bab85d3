"""The name index: listed names, and the candidates a query could reach.

`search` scores only the names a query comes near (through a distinctive part,
two parts written together, an acronym, or CJK text) whose upper bound reaches
the threshold; `search_exhaustive` scores every name.  The bound never falls
short of the score (`Bound`), so both return the same hits (a property test
checks it on random names).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from screen.matching.names.explain import explain
from screen.matching.names.lookup import JOIN_MIN, NearWords
from screen.matching.names.parts import Part, Reduced, reduce_listed, reduce_query
from screen.matching.names.score import (
    LISTED_EXTRA,
    SINGLE_PART_CAP,
    Listed,
    initials,
    prepare,
    score_listed,
)
from screen.matching.names.similarity import INITIAL
from screen.matching.names.skeletons import SkeletonIndex

WEAK_ALIAS_FACTOR = 0.85
DISTINCT = ("word", "number")
INITIAL_KEY = "\x00"  # before a letter: the listed initials of that letter


class ListedName(NamedTuple):
    id: int
    owner: Hashable  # whose name this is: a rule id
    text: str  # as the rulebook or list gives it
    weak: bool
    person: bool
    listed: Listed


@dataclass(frozen=True)
class NameHit:
    name: ListedName
    score: float
    detail: str = ""  # which query parts matched which listed parts, and how


Where = tuple[int, tuple[int, ...]]  # a name, and the positions of its parts


class NameIndex:
    """Listed names with an index for candidate retrieval."""

    def __init__(self, entries: Iterable[tuple[Hashable, str, bool, bool]]) -> None:
        """`entries`: (owner, name as listed, weak alias?, person?)."""
        self.names: list[ListedName] = []
        self.strings: dict[str, list[Where]] = defaultdict(list)
        self.acronyms: dict[str, list[int]] = defaultdict(list)
        self.single_words: dict[str, list[int]] = defaultdict(list)
        self.cjk_names: list[int] = []
        self.always: set[int] = set()  # names of generic words only: scored when reached
        words: set[str] = set()
        joinable: set[str] = set()
        for owner, text, weak, person in entries:
            reduced = reduce_listed(text, person)
            if not reduced.parts and not reduced.cjk:
                continue
            listed = prepare(reduced, person)
            name = ListedName(len(self.names), owner, text, weak, person, listed)
            self.names.append(name)
            self._add(name, words, joinable)
        self.near = NearWords(words, joinable)
        self.base = [self._base(n.listed) for n in self.names]
        self.many_distinct = frozenset(n.id for n in self.names if len(n.listed.distinctive) >= 2)
        # names by consonant skeleton, for names read from abjads and kana (lazy)
        self.skeletons = SkeletonIndex(
            [(n.id, n.listed.reduced.parts, not n.listed.distinctive) for n in self.names]
        )

    def _add(self, name: ListedName, words: set[str], joinable: set[str]) -> None:
        parts = name.listed.reduced.parts
        if name.listed.reduced.cjk:
            self.cjk_names.append(name.id)
        generic_only = not name.listed.distinctive
        if generic_only and parts:
            self.always.add(name.id)
        for i, p in enumerate(parts):
            if generic_only and name.person:
                # an initial on either side meets any word of its letter on the other
                self.strings[INITIAL_KEY + p.form[0]].append((name.id, (i,)))
            if p.role in DISTINCT or generic_only:
                for s in {p.form, p.key, *p.alts}:
                    self.strings[s].append((name.id, (i,)))
                words.update((p.form, p.key))
                if p.how == "transliterated":
                    words.update(p.alts)
                if len(p.form) >= JOIN_MIN:
                    joinable.update((p.form, p.key))
        for unit in name.listed.units:
            if len(unit.positions) < 2:
                continue
            both = parts[unit.positions[0]], parts[unit.positions[1]]
            if any(p.role in DISTINCT for p in both) or generic_only:
                for s in (unit.form, unit.key):
                    self.strings[s].append((name.id, unit.positions))
                joinable.update((unit.form, unit.key))
        if len(name.listed.initials) >= 3 and not name.person and len(parts) >= 2:
            self.acronyms[name.listed.initials].append(name.id)
        if len(parts) == 1 and parts[0].role == "word":
            self.single_words[parts[0].form].append(name.id)

    @staticmethod
    def _base(listed: Listed) -> float:
        """Weight of the parts that are not indexed (any query part may match them)."""
        return sum(p.weight for p in listed.reduced.parts if p.role not in DISTINCT)

    # -- retrieval ---------------------------------------------------------------

    def _reached(self, query: Reduced) -> Iterator[tuple[Where, float]]:
        """Listed parts a query part (or two together) comes near, each with the
        best similarity it could have."""
        strings = self.strings
        parts = query.parts
        for p in parts:
            for s in {p.form, p.key, *p.alts, INITIAL_KEY + p.form[0]}:
                for where in strings.get(s, ()):
                    yield where, 1.0
            if p.role == "initial":
                continue
            spellings = {p.form, p.key}
            if p.how == "transliterated":
                spellings.update(p.alts)
            for s in spellings:
                for listed, sim in self.near.typos(s):
                    for where in strings.get(listed, ()):
                        yield where, sim
        for a, b in pairwise(parts):
            if a.role in ("initial", "number") or b.role in ("initial", "number"):
                continue
            for s in {a.form + b.form, a.key + b.key}:
                if self.near.joins(s):
                    for where in strings.get(s, ()):
                        yield where, 1.0
        if self.skeletons.script_schemes or query.skeletal:
            yield from self.skeletons.reached(parts)

    def _special(self, query: Reduced) -> set[int]:
        """Names always scored when reached: acronyms, CJK text, generic-only names."""
        ids: set[int] = set()
        for p in query.parts:
            if p.role == "word":
                ids.update(self.acronyms.get(p.form, ()))
        spans = [(0, len(query.parts)), *query.segments]
        for lo, hi in spans:
            if hi - lo >= 2:
                ids.update(self.single_words.get(initials(query.parts[lo:hi]), ()))
        if query.cjk:
            ids.update(i for i in self.cjk_names if self.names[i].listed.reduced.cjk in query.cjk)
        return ids

    def could_match(self, text: str) -> bool:
        """False only when `search` would surely find nothing (most consignees stop here)."""
        query = reduce_query(text)
        return bool(self._special(query)) or any(True for _ in self._reached(query))

    def candidates(self, query: Reduced, min_score: float) -> set[int]:
        """Names whose score could reach `min_score`: the bound adds each reached
        distinctive part at its best similarity, every part that is not indexed in
        full, and what the query's initials could add."""
        best: dict[int, dict[int, float]] = defaultdict(dict)
        for (name_id, positions), sim in self._reached(query):
            held = best[name_id]
            for i in positions:
                if sim > held.get(i, 0.0):
                    held[i] = sim
        ids = self._special(query)
        n_initials = sum(1 for p in query.parts if p.role == "initial")
        # one distinctive part of several reached: the score is capped below review
        capped = min_score > SINGLE_PART_CAP and not n_initials
        many = self.many_distinct
        always = self.always
        for name_id, held in best.items():
            if name_id in always:
                # a name of generic words only must match in full: every part reached
                if len(held) == len(self.names[name_id].listed.reduced.parts):
                    ids.add(name_id)
            elif capped and len(held) < 2 and name_id in many:
                continue
            elif self._bound(name_id, held, n_initials) >= min_score:
                ids.add(name_id)
        return ids

    def _bound(self, name_id: int, held: dict[int, float], n_initials: int) -> float:
        """The most a name could score: its parts that are not indexed count as
        matched in full; of its reached parts (and what the query's initials could
        meet), the best prefix by similarity counts, the way `score.py` adds them:
        E / (M + LISTED_EXTRA * (total - M)) is largest over such a prefix."""
        name = self.names[name_id]
        parts: tuple[Part, ...] = name.listed.reduced.parts
        found = [(sim, parts[i].weight) for i, sim in held.items() if parts[i].role in DISTINCT]
        hits = len(found)
        if name.person and n_initials:
            found.extend([(INITIAL, 1.0)] * n_initials)
            hits += n_initials
        found.sort(reverse=True)
        total = name.listed.total
        evidence = weight = self.base[name_id]
        best = evidence / (LISTED_EXTRA * total + (1 - LISTED_EXTRA) * weight) if weight else 0.0
        for sim, w in found:
            evidence += w * sim
            weight += w
            best = max(best, evidence / (LISTED_EXTRA * total + (1 - LISTED_EXTRA) * weight))
        bound = 100.0 * min(best, 1.0)
        family = name.listed.reduced.family
        if len(name.listed.distinctive) >= 2 and hits < 2:
            bound = min(bound, SINGLE_PART_CAP)
        if (
            family
            and not n_initials
            and not any(i in held or parts[i].role not in DISTINCT for i in family)
        ):
            bound = min(bound, SINGLE_PART_CAP)
        return bound

    # -- scoring -----------------------------------------------------------------

    def _hits(self, ids: Iterable[int], query: Reduced, min_score: float) -> list[NameHit]:
        best: dict[Hashable, tuple[float, int, NameHit]] = {}
        for i in ids:
            name = self.names[i]
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
        reduced = reduce_query(query)
        return self._hits(self.candidates(reduced, min_score), reduced, min_score)

    def search_exhaustive(self, query: str, min_score: float) -> list[NameHit]:
        """The same as `search`, scoring every listed name (slow; for tests)."""
        return self._hits(range(len(self.names)), reduce_query(query), min_score)
