"""Match a consignee or end-user name against listed names and aliases.

A listed name and a query are each reduced to tokens: normalised (script, case,
width, homoglyphs), legal forms dropped, transliteration variants folded.  The
score (0-100) is the weighted share of the listed name's tokens found in the
query, each counted by its similarity, lowered a little for every distinctive
query token the listed name lacks:

    score = 100 * matched / (listed + 0.25 * extra)

Generic tokens ("bank", "trading") weigh 0.2, patronymics 0.5, initials match a
person's given name at 0.7.  Token order does not matter ("Vorontsova, Maria").
A name whose only matched tokens are generic scores 0; an acronym ("VTB") must be
the query's only distinctive token; "Gazprom Bank" meets "Gazprombank" because
adjacent query tokens are also tried joined.

Candidates come from an index (exact tokens, and a deletion index for typos), so
only names sharing a near-identical distinctive token are scored; `search` and
`search_exhaustive` return the same hits (a test proves it).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import OSA

from screen.text.namefold import fold
from screen.text.normalize import cjk_part, normalize
from screen.text.orgwords import (
    GENERIC,
    is_patronymic,
    join_letter_runs,
    strip_cjk_legal_forms,
    strip_legal_forms,
)

GENERIC_WEIGHT = 0.2
PATRONYMIC_WEIGHT = 0.5
INITIAL_SIMILARITY = 0.7
EXTRA_PENALTY = 0.25
WEAK_ALIAS_FACTOR = 0.85
ACRONYM_MAX = 4
MAX_EDITS = 2  # the largest typo budget of any token (see `typo_budget`)
SHORT_NAME_MAX = 6  # a single-word name this short must match that word exactly
COMMON_POSTINGS = 100  # a token in more names than this is "common" for retrieval
COMMON_FLOORS = (60.0, 75.0)  # thresholds the common-token shortcut is built for


class NameTokens(NamedTuple):
    """A name reduced for comparison (a tuple: lists are large, and tuples pickle fast)."""

    tokens: tuple[str, ...]  # folded
    generic: tuple[bool, ...]
    patronymic: tuple[bool, ...]
    cjk: str  # compact CJK part, legal forms removed
    joined_at: int = -1  # in a query variant: the token made of two joined ones


_LATIN_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def _reduce(text: str) -> NameTokens:
    """A name reduced for comparison (cached: `could_match` and `search` share it)."""
    norm = normalize(text)
    raw = join_letter_runs(strip_legal_forms(_LATIN_TOKEN.findall(norm)))
    cjk = cjk_part(norm)
    return NameTokens(
        tokens=tuple(fold(t) for t in raw),
        generic=tuple(t in GENERIC for t in raw),
        patronymic=tuple(is_patronymic(t) for t in raw),
        cjk=strip_cjk_legal_forms(cjk) if cjk else "",
    )


class ListedName(NamedTuple):
    id: int
    owner: Hashable  # whose name this is: a rule id
    text: str  # as the rulebook or list gives it
    reduced: NameTokens
    weak: bool
    person: bool
    weights: tuple[float, ...]  # of each token, as `_score_tokens` weighs them

    @property
    def acronym(self) -> bool:
        distinctive = [
            t for t, g in zip(self.reduced.tokens, self.reduced.generic, strict=True) if not g
        ]
        return len(distinctive) == 1 and len(distinctive[0]) <= ACRONYM_MAX


@dataclass(frozen=True)
class NameHit:
    name: ListedName
    score: float


@lru_cache(maxsize=131072)
def typo_budget(token: str) -> int:
    """Edits a name token may carry: none up to 4 letters, 1 up to 9, 2 from 10;
    none for tokens with digits, which are identifiers ("Company 123456" is not
    "Company 123457").  Two edits in a short name are another name ("Petrova",
    "Pavlova"), and one edit covers most transliteration slips once folded."""
    if not token.isalpha():
        return 0
    length = len(token)
    return 0 if length < 5 else (1 if length < 10 else 2)


def token_similarity(listed: str, query: str, person: bool) -> float:
    """0-1; 0 unless within the typo allowance of the shorter token."""
    if listed == query:
        return 1.0
    if person and len(query) == 1 and listed.startswith(query):
        return INITIAL_SIMILARITY
    limit = min(typo_budget(listed), typo_budget(query))
    if not limit or abs(len(listed) - len(query)) > limit:
        return 0.0
    distance = OSA.distance(listed, query, score_cutoff=limit)
    if distance > limit:
        return 0.0
    return 1 - distance / max(len(listed), len(query))


def _variants(query: NameTokens) -> Iterator[NameTokens]:
    """The query as given, and with each pair of adjacent tokens joined.

    A joined token is there for compounds written apart ("Gazprom Bank" for
    "Gazprombank"); it must match exactly, so it never costs a typo search."""
    yield query
    for i in range(len(query.tokens) - 1):
        if not (query.tokens[i].isalpha() and query.tokens[i + 1].isalpha()):
            continue
        joined = query.tokens[i] + query.tokens[i + 1]
        yield NameTokens(
            (*query.tokens[:i], joined, *query.tokens[i + 2 :]),
            (*query.generic[:i], False, *query.generic[i + 2 :]),
            (*query.patronymic[:i], False, *query.patronymic[i + 2 :]),
            query.cjk,
            i,
        )


@lru_cache(maxsize=65536)
def _query_variants(query: NameTokens) -> tuple[NameTokens, ...]:
    """`_variants`, built once per query (every candidate is scored against them)."""
    return tuple(_variants(query))


def _token_weights(reduced: NameTokens) -> tuple[float, ...]:
    return tuple(
        GENERIC_WEIGHT if g else (PATRONYMIC_WEIGHT if p else 1.0)
        for g, p in zip(reduced.generic, reduced.patronymic, strict=True)
    )


def _score_tokens(name: ListedName, query: NameTokens) -> float:
    listed = name.reduced
    weights = name.weights
    pairs = []
    joined_at = query.joined_at
    for li, lt in enumerate(listed.tokens):
        size = len(lt)
        for qi, qt in enumerate(query.tokens):
            if lt == qt:
                sim = 1.0
            elif qi == joined_at or (len(qt) > 1 and abs(size - len(qt)) > MAX_EDITS):
                continue  # a joined pair must match exactly; too long or short for a typo
            else:
                sim = token_similarity(lt, qt, name.person)
                if not sim:
                    continue
            pairs.append((sim * weights[li], sim, li, qi))
    pairs.sort(reverse=True)
    used_l: set[int] = set()
    used_q: set[int] = set()
    matched = 0.0
    distinctive_matched = False
    distinctive = [i for i, g in enumerate(listed.generic) if not g]
    # A name whose only distinctive word is short ("SHIBA", "PANHA") needs that word
    # exactly: one typo away lie countless unrelated names ("Shiha Pharma").
    exact_only = len(distinctive) == 1 and len(listed.tokens[distinctive[0]]) <= SHORT_NAME_MAX
    for weighted, sim, li, qi in pairs:
        if li in used_l or qi in used_q:
            continue
        if exact_only and li == distinctive[0] and sim < 1.0:
            continue
        used_l.add(li)
        used_q.add(qi)
        matched += weighted
        if not listed.generic[li] and len(query.tokens[qi]) > 1:
            distinctive_matched = True
    if not any(not g for g in listed.generic):
        # A name made only of generic words ("Bank Rossiya") must match in full.
        distinctive_matched = len(used_l) == len(listed.tokens)
    if not distinctive_matched:
        return 0.0
    extra = 0.0
    extra_distinctive = 0
    for qi, qt in enumerate(query.tokens):
        if qi in used_q or query.generic[qi]:
            continue
        if query.patronymic[qi]:
            extra += 0.1
        elif len(qt) == 1:
            extra += 0.2
        else:
            extra += 1.0
            extra_distinctive += 1
    if name.acronym and extra_distinctive:
        return 0.0
    return 100.0 * matched / (sum(weights) + EXTRA_PENALTY * extra)


def score_name(name: ListedName, query: NameTokens) -> float:
    """The 0-100 score of `query` against one listed name."""
    best = 0.0
    if (
        name.reduced.cjk
        and query.cjk
        and len(name.reduced.cjk) >= 2
        and name.reduced.cjk in query.cjk
    ):
        best = 100.0
    if name.reduced.tokens and query.tokens:
        listed = name.reduced.tokens
        for variant in _query_variants(query):
            # a joined pair counts only as the listed word it spells ("gazprombank")
            if variant.joined_at < 0 or variant.tokens[variant.joined_at] in listed:
                best = max(best, _score_tokens(name, variant))
    return best * WEAK_ALIAS_FACTOR if name.weak else best


@lru_cache(maxsize=131072)
def _deletions(word: str, depth: int) -> frozenset[str]:
    """`word` with up to `depth` letters deleted (never down to nothing)."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier if len(w) > 1 for i in range(len(w))}
        out |= frontier
    return frozenset(out)


class NameIndex:
    """Listed names with an index for candidate retrieval."""

    def __init__(self, entries: Iterable[tuple[Hashable, str, bool, bool]]) -> None:
        """`entries`: (owner, name as listed, weak alias?, person?)."""
        self.names: list[ListedName] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        # Names made only of generic words are found by those words, and only them.
        self.generic_postings: dict[str, list[int]] = defaultdict(list)
        deletions: dict[str, set[str]] = defaultdict(set)
        self.cjk_names: list[int] = []
        for owner, text, weak, person in entries:
            reduced = _reduce(text)
            if not reduced.tokens and not reduced.cjk:
                continue
            name = ListedName(
                len(self.names), owner, text, reduced, weak, person, _token_weights(reduced)
            )
            self.names.append(name)
            if reduced.cjk:
                self.cjk_names.append(name.id)
            all_generic = all(reduced.generic)
            for token, generic in zip(reduced.tokens, reduced.generic, strict=True):
                if all_generic:
                    self.generic_postings[token].append(name.id)
                elif not generic:
                    self.postings[token].append(name.id)
        for token in [*self.postings, *self.generic_postings]:
            for deleted in _deletions(token, typo_budget(token)):
                deletions[deleted].add(token)
        # Most deletions lead to one token: store it bare, a tuple only when several.
        self.deletions: dict[str, str | tuple[str, ...]] = {
            k: next(iter(v)) if len(v) == 1 else tuple(v) for k, v in deletions.items()
        }
        self.postings = dict(self.postings)
        self.generic_postings = dict(self.generic_postings)
        # Per name: its total weight and that of its generic tokens; per token: its
        # weight (the largest it has in any name, so bounds never fall short).
        self.total = [sum(n.weights) for n in self.names]
        self.base = [
            sum(w for w, g in zip(n.weights, n.reduced.generic, strict=True) if g)
            for n in self.names
        ]
        self.token_weight: dict[str, float] = {}
        for n in self.names:
            for t, w, g in zip(n.reduced.tokens, n.weights, n.reduced.generic, strict=True):
                if not g:
                    self.token_weight[t] = max(w, self.token_weight.get(t, 0.0))
        # Common tokens list only the names they (with generic words) could carry to
        # each floor; a search uses the highest floor not above its threshold.
        self.common: dict[float, dict[str, list[int]]] = {floor: {} for floor in COMMON_FLOORS}
        self.common_counts: dict[str, dict[int, int]] = {}
        for token, ids in self.postings.items():
            if len(ids) > COMMON_POSTINGS:
                self.common_counts[token] = dict(Counter(ids))
                shares = {i: self._common_share(i) * 100 for i in set(ids)}
                for floor in COMMON_FLOORS:
                    self.common[floor][token] = [i for i in ids if shares[i] >= floor]

    def _common_share(self, name_id: int) -> float:
        """The share of a name's weight in tokens that cannot retrieve it alone:
        generic words, single letters and tokens of common postings."""
        name = self.names[name_id]
        common = sum(
            w
            for t, w, g in zip(name.reduced.tokens, name.weights, name.reduced.generic, strict=True)
            if g or len(t) < 2 or len(self.postings.get(t, ())) > COMMON_POSTINGS
        )
        return common / sum(name.weights)

    @lru_cache(maxsize=131072)  # noqa: B019 - one index per rulebook, kept for the process
    def _near_tokens(self, token: str) -> tuple[tuple[str, float], ...]:
        """Listed tokens within the typo budget of `token`, each with its similarity
        (cached per token: words repeat across names far more than names do)."""
        found = {token}
        depth = typo_budget(token)
        if depth:
            for deleted in _deletions(token, depth):
                near = self.deletions.get(deleted)
                if near is None:
                    continue
                if isinstance(near, str):
                    found.add(near)
                else:
                    found.update(near)
        out = []
        for listed in found:
            if listed in self.postings or listed in self.generic_postings:
                sim = token_similarity(listed, token, False)
                if sim > 0:
                    out.append((listed, sim))
        return tuple(out)

    def could_match(self, text: str) -> bool:
        """False only when `search` would surely find nothing: no token of the reduced
        name is near a listed token, no joined pair of them is a listed token, and
        it has no CJK part.  The test `candidates` makes, without scoring (most
        consignees stop here)."""
        reduced = _reduce(text)
        if reduced.cjk:
            return True
        tokens = reduced.tokens
        for i, token in enumerate(tokens):
            if len(token) >= 2 and self._near_tokens(token):
                return True
            if (
                i
                and tokens[i - 1].isalpha()
                and token.isalpha()
                and self._listed(tokens[i - 1] + token)
            ):
                return True
        return False

    def _listed(self, token: str) -> bool:
        return token in self.postings or token in self.generic_postings

    def candidates(self, query: NameTokens, min_score: float = 0.0) -> set[int]:
        """Names that share a near-identical token with the query and could still
        reach `min_score`.

        A name's score can be no more than the weight of its tokens that some query
        token comes near (each counts at most 1) and of its generic tokens, plus what
        the query's initials could add, over its total weight; names whose bound
        falls short are not scored.  A very common token ("al", "mohammad") lists
        only the names it could carry to a floor (COMMON_FLOORS) with generic words
        alone; any other name needs a rarer token to reach that far, and is found
        through it.
        The bound never underestimates, so no hit is lost (a test compares with
        exhaustive scoring).
        """
        # listed tokens some query token comes near, with the best similarity any
        # reaches (a token can add no more than its weight times that)
        near: dict[str, float] = {}
        for variant in _query_variants(query):
            for at, token in enumerate(variant.tokens):
                if at == variant.joined_at:
                    if self._listed(token):
                        near[token] = 1.0
                elif len(token) >= 2:
                    for listed, sim in self._near_tokens(token):
                        if sim > near.get(listed, 0.0):
                            near[listed] = sim
        floors = [f for f in COMMON_FLOORS if f <= min_score]
        common: dict[str, list[int]] = self.common[floors[-1]] if floors else {}
        reach: dict[int, float] = {}
        get = reach.get
        commons = []
        for token, sim in near.items():
            weight = self.token_weight.get(token, 0.0) * sim
            if token in common:
                commons.append((token, weight))
                for name_id in common[token]:
                    reach.setdefault(name_id, 0.0)
            else:
                for name_id in self.postings.get(token, ()):
                    reach[name_id] = get(name_id, 0.0) + weight
            for name_id in self.generic_postings.get(token, ()):
                reach.setdefault(name_id, 0.0)
        # a common token adds its weight to every name reached that holds it
        for token, weight in commons:
            counts = self.common_counts[token]
            for name_id in reach:
                held = counts.get(name_id)
                if held:
                    reach[name_id] += weight * held
        # generic tokens are not indexed: any query token may match them (`base`)
        bonus = INITIAL_SIMILARITY * sum(1 for t in query.tokens if len(t) == 1)
        base, total, need = self.base, self.total, min_score / 100.0
        ids = {i for i, r in reach.items() if r + base[i] + bonus >= need * total[i]}
        if query.cjk:
            ids.update(self.cjk_names)
        return ids

    def _best_per_owner(
        self, scored: Iterable[tuple[ListedName, float]], min_score: float
    ) -> list[NameHit]:
        best: dict[Hashable, tuple[float, int, ListedName]] = {}
        for name, score in scored:
            if score < min_score:
                continue
            held = best.get(name.owner)
            # best score per owner; among equal scores the first listed name
            if held is None or (score, -name.id) > (held[0], -held[1]):
                best[name.owner] = (score, name.id, name)
        hits = [NameHit(name, round(score, 1)) for score, _, name in best.values()]
        return sorted(hits, key=lambda h: (-h.score, str(h.name.owner)))

    @lru_cache(maxsize=65536)  # noqa: B019 - one index per rulebook, kept for the process
    def search(self, query: str, min_score: float) -> list[NameHit]:
        """Best hit per owner scoring at least `min_score`, best first."""
        reduced = _reduce(query)
        ids = self.candidates(reduced, min_score)
        return self._best_per_owner(
            ((self.names[i], score_name(self.names[i], reduced)) for i in ids), min_score
        )

    def search_exhaustive(self, query: str, min_score: float) -> list[NameHit]:
        """The same as `search`, scoring every listed name (slow; for tests)."""
        reduced = _reduce(query)
        return self._best_per_owner(((n, score_name(n, reduced)) for n in self.names), min_score)
