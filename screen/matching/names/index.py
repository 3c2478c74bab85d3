"""The name index: listed names, and the candidates a query could reach.

`search` scores only the names a query comes near (through a distinctive part,
two parts written together, an acronym, or CJK text) whose upper bound reaches
the threshold; `search_exhaustive` scores every name.  The bound never falls
short of the score (`bound.py`), so both return the same hits (a property test
checks it on random names, in memory and on disk).  The tables behind it are in
memory (`MemoryTables`) or on disk (`screen.lists.store`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache, partial

from screen.matching.names import readings
from screen.matching.names.acronyms import self_spelt
from screen.matching.names.bound import (
    bound,
    extra_floor,
    floor_parts,
    generic_bound,
    query_spans,
    reached_from,
)
from screen.matching.names.gather import Posted, Wanted, Where, gather
from screen.matching.names.initials import initial_run, special_forms
from screen.matching.names.lookup import NearWords
from screen.matching.names.memory import ListedName, MemoryTables, Tables
from screen.matching.names.parts import reduce_query
from screen.matching.names.ranking import ROUNDING, NameHit, rank
from screen.matching.names.recent import Recent
from screen.matching.names.reduced import Reduced
from screen.matching.names.rows import INITIAL_KEY, LETTER_KEY, index_rows, letter_bits
from screen.matching.names.score import SINGLE_PART_CAP
from screen.matching.names.similarity import INITIAL
from screen.matching.names.skeletons import SKELETON_KEY, SkeletonIndex, query_strings
from screen.matching.names.spelt import letters_stand_for, trimmed
from screen.matching.names.truncated import CUT, written_short
from screen.matching.names.variants import Entry
from screen.matching.names.written import joins
from screen.text.repair import repaired
from screen.text.skeleton import SCHEMES

__all__ = ["ListedName", "NameHit", "NameIndex"]


class NameIndex:
    """Listed names with an index for candidate retrieval."""

    def __init__(self, entries: Iterable[Entry] = (), tables: Tables | None = None) -> None:
        """`entries`: (owner, name as listed, weak alias?, person?[, a vessel's or an
        aircraft's?]), indexed in memory;
        or `tables` already built (on disk)."""
        self.tables: Tables = tables if tables is not None else MemoryTables(index_rows(entries))
        self.near = NearWords(self.tables.typo_words)
        # names read from an abjad or kana (skeletons.py): the schemes some listed name
        # is in, and the Latin names by skeleton, built for the first such query
        self.script_schemes = frozenset(
            s for s in SCHEMES if self.tables.postings((SKELETON_KEY + s,))
        )
        self._by_skeleton: SkeletonIndex | None = None
        self.recent: Recent[list[NameHit]] = Recent()  # searches, bounded by their hits

    def _skeletons(self) -> SkeletonIndex:
        if self._by_skeleton is None:
            self._by_skeleton = SkeletonIndex(self.tables.every_name)
        return self._by_skeleton

    def __len__(self) -> int:
        return len(self.tables)

    # -- retrieval ---------------------------------------------------------------

    def _wanted(self, query: Reduced) -> Wanted:
        """Listed strings a query part (or two together) comes near, each with the
        best similarity it could have and the query parts it comes from (a bit each),
        and those met only by parts written together."""
        # a string met in full (similarity 1.0): the most it can be
        wanted: dict[str, float] = {}
        masks: dict[str, int] = {}
        parts = query.parts
        spellings: dict[str, int] = {}
        for qi, p in enumerate(parts):
            bit = 1 << qi
            for s in (p.form, p.key, *p.alts):
                wanted[s] = 1.0
                masks[s] = masks.get(s, 0) | bit
            # a listed initial of its letter: met in full only by a letter of its own
            s = INITIAL_KEY + p.form[0]
            one = min(len(p.form), len(p.key), *map(len, p.alts)) <= 1
            wanted[s] = max(wanted.get(s, 0.0), 1.0 if one else INITIAL)
            masks[s] = masks.get(s, 0) | bit
            if len(p.form) == 1:
                wanted[LETTER_KEY + p.form] = 1.0
                masks[LETTER_KEY + p.form] = masks.get(LETTER_KEY + p.form, 0) | bit
            if p.role == "initial":
                continue
            for s in (p.form, p.key, *(p.alts if p.how == "transliterated" else ())):
                spellings[s] = spellings.get(s, 0) | bit

        def want(s: str, sim: float, mask: int) -> None:
            if sim > wanted.get(s, 0.0):
                wanted[s] = sim
            masks[s] = masks.get(s, 0) | mask

        for word, near in self.near.typos_of(spellings).items():
            for listed, sim in near:
                want(listed, sim, spellings[word])
        for listed, at in written_short(self.tables.prefixed, query):  # ("PATRUSH", "TRCTR")
            want(listed, CUT, 1 << at)  # (a word a field cut short, or written short)

        # parts written together: found only where a listed name was indexed under
        # them (a long part, or two of its parts written together).  A string met
        # only so, by one run of parts, needs all of them (`gather`); any other
        # string's parts are each enough on its own
        apart = set(masks)
        runs: dict[str, int] = {}
        for positions, form, key in joins(parts):
            mask = sum(1 << qi for qi in positions)
            for s in (form, key):
                want(s, 1.0, mask)
                if s not in apart:
                    runs[s] = mask if runs.get(s, mask) == mask else 0
        if self.script_schemes:  # by skeleton: the parts of the units that spell it
            for s, (sim, mask) in query_strings(parts, self.script_schemes).items():
                want(s, sim, mask)
                runs.pop(s, None)
        return wanted, masks, frozenset(s for s, mask in runs.items() if mask)

    @lru_cache(maxsize=64)  # noqa: B019 - could_match, then search, ask for the same text
    # (few: each holds the posting lists it reached, which on a list of millions are long)
    def _reach(self, text: str) -> tuple[Reduced, Wanted, set[int], Posted]:
        """The query, the strings it wants, the names always scored, and the posting
        list of each wanted string that has one (read once for both questions)."""
        query = reduce_query(text)
        wanted = self._wanted(query)
        acronyms, singles = special_forms(query)
        posted, special = self.tables.lookup(wanted[0], acronyms, singles)
        return query, wanted, special | self._cjk_names(query), posted

    def _special(self, query: Reduced) -> set[int]:
        """Names always scored when reached: acronyms, CJK text, generic-only names."""
        return self.tables.lookup((), *special_forms(query))[1] | self._cjk_names(query)

    def _cjk_names(self, query: Reduced) -> set[int]:
        """Names whose CJK text the query's holds."""
        if not query.cjk:
            return set()
        return {i for i, text in self.tables.cjk() if text in query.cjk}

    def could_match(self, text: str) -> bool:
        """False only when `search` would surely find nothing (most consignees stop here)."""
        query, _wanted, special, posted = self._reach(text := repaired(text))
        return (
            bool(special)
            or bool(posted)
            or (query.skeletal and any(True for _ in self._skeletons().reached(query.parts)))
            or any(self.could_match(read) for read in readings.reached_readings(text))
        )

    def candidates(
        self,
        query: Reduced,
        min_score: float,
        wanted: Wanted | None = None,
        special: set[int] | None = None,
        posted: Posted | None = None,
        bounds: dict[int, float] | None = None,
    ) -> dict[int, int]:
        """Names whose score could reach `min_score`, each with the spans of the
        query that could (bit 0 the whole query, bit k its k-th wrapped segment;
        `score_listed` scores no other): the bound adds each reached distinctive
        part at its best similarity, every part that is not indexed in full, and
        what the query's initials could add.  `bounds`, when given, gets each
        name's bound (the most any of its spans could score; names always scored
        have none)."""
        every_span = (1 << (1 + len(query.segments))) - 1
        special = self._special(query) if special is None else special
        ids = dict.fromkeys(special, every_span)
        tops: dict[int, float] = {} if bounds is None else bounds
        spans = query_spans(query)
        n_initials = max(s.n_initials for s in spans)
        letters = spans[0].letters  # (every span's are among the whole query's)
        # one distinctive part of several reached: the score is capped below review
        # (unless the query's initials meet a person's other given names)
        capped = min_score > SINGLE_PART_CAP and not query.tail
        persons = self.tables.person_letters() if capped and n_initials else None
        if wanted is None:
            wanted = self._wanted(query)
        if posted is None:
            posted = self.tables.postings(wanted[0])
        # a segment's bound counts only the positions its own parts reached
        where: Where | None = {} if query.segments and not query.skeletal else None
        initials = [
            letter_bits(p.form if p.role == "initial" else initial_run(p)) for p in query.parts
        ]
        found, reached = gather(
            posted, wanted, capped and not query.skeletal, where, persons, initials
        )
        if query.skeletal:
            # a query read from an abjad or kana also reaches Latin names by skeleton
            # (and any of its parts may match by skeleton: all count as reaching)
            every = (1 << len(query.parts)) - 1
            for (name_id, positions), sim in self._skeletons().reached(query.parts):
                best = found.setdefault(name_id, {})
                for pos in positions:
                    if sim > best.get(pos, 0.0):
                        best[pos] = sim
            reached = dict.fromkeys(found, every)
        shapes = self.tables.shapes(found)
        # parts read from a script may meet by skeleton where no string reached:
        # then a query part that reached nothing is not surely an extra one
        plain = not (self.script_schemes or query.skeletal)
        # (by person or not: a title before a person's name costs it little)
        floors: dict[bool, list[list[tuple[int, float]]]] = {}

        def floors_of(person: bool) -> list[list[tuple[int, float]]]:
            """Each span's `floor_parts`, for a person's name or another's."""
            if person not in floors:
                floors[person] = [floor_parts(query, sp.lo, sp.hi, person) for sp in spans]
            return floors[person]

        least = min_score - ROUNDING
        uncapped = bool(query.tail)  # (the caps may be lifted: `truncated.cut_tail`)
        for name_id, held in found.items():
            form = shapes[name_id]
            if form.generic_only:
                # a name of generic words only must match in full: every part reached
                if len(held) < len(form.weights):
                    continue
                if not plain:
                    ids[name_id] = every_span
                    continue
                mask, floor = reached[name_id], floors_of(form.person)
                can, top = 0, 0.0
                for k, sp in enumerate(spans):
                    extra = extra_floor(floor[k], mask, form)
                    most = sp.factor * generic_bound(form, held, extra)
                    if most >= least:
                        can, top = can | 1 << k, max(top, most)
                if can:
                    ids[name_id] = ids.get(name_id, 0) | can
                    tops[name_id] = top
                continue
            alone = len(held) < 2 and form.n_distinct >= 2  # (initials meet persons only)
            if capped and alone and not (form.person and n_initials):
                continue
            # first the bound of every span at once, the most any span's can be
            if bound(form, held, n_initials, 0.0, letters, uncapped) < least:
                continue
            mask, floor = reached[name_id], floors_of(form.person) if plain else []
            can, top = 0, 0.0
            for k, sp in enumerate(spans):
                own = reached_from(held, where[name_id], sp.bits) if k and where else held
                extra = extra_floor(floor[k], mask, form) if plain else 0.0
                most = sp.factor * bound(form, own, sp.n_initials, extra, sp.letters, uncapped)
                if most >= least:
                    can, top = can | 1 << k, max(top, most)
            if can:
                ids[name_id] = ids.get(name_id, 0) | can
                tops[name_id] = top
        for name_id in special.intersection(tops):  # (scored however they met the query)
            del tops[name_id]
        return ids

    # -- scoring -----------------------------------------------------------------

    def search(self, query: str, min_score: float, limit: int = 0) -> list[NameHit]:
        """Best hit per owner at `min_score` or above, best first (a `limit`: the best
        owners only, equal scores by owner as text); a damaged text as repaired."""
        text = repaired(query)
        key = (text, min_score, limit, readings.reading_cut())  # (cut: `readings.MAX_DEPTH`)
        hits = self.recent.get(key)
        if hits is None:
            reduced, wanted, special, posted = self._reach(text)
            bounds: dict[int, float] = {}
            found = self.candidates(reduced, min_score, wanted, special, posted, bounds)
            spelt = self_spelt(reduced)  # (letters it spells out: rare, checked apart)
            hits = rank(self.tables, found, reduced, min_score, 0 if spelt else limit, bounds)
            if spelt:
                words = partial(self.search, min_score=min_score)
                hits = trimmed(letters_stand_for(hits, spelt, words), limit)
            hits = readings.with_readings(hits, text, self.search, min_score, limit)
            self.recent.put(key, hits)
        return readings.as_repaired(hits, query, text)

    def search_exhaustive(self, query: str, min_score: float, limit: int = 0) -> list[NameHit]:
        """The same as `search`, scoring every listed name (slow; for tests)."""
        every = dict.fromkeys(range(len(self.tables)), -1)
        text = repaired(query)
        reduced = reduce_query(text)
        spelt = self_spelt(reduced)
        hits = rank(self.tables, every, reduced, min_score, 0 if spelt else limit, expand=False)
        if spelt:
            words = partial(self.search_exhaustive, min_score=min_score)
            hits = trimmed(letters_stand_for(hits, spelt, words), limit)
        hits = readings.with_readings(hits, text, self.search_exhaustive, min_score, limit)
        return readings.as_repaired(hits, query, text)
