"""Goods descriptions against the item rules: which rules' goods a description names.

`GoodsMatcher.find` finds every term, exclusion and exception of every item rule
(typo- and split-tolerant, spread out within a clause, see `phrases.py` and
`spread.py`), then keeps a term only where its context makes it evidence (see
`judge.py` and `cjkjudge.py`): not negated, not inside an exclusion, not a
qualifier of another head noun, not in a complement of another thing, not among
words of another trade.  Terms set aside are returned too, with the reason, so
an explanation can say why "diode" in "LED lamps" did not count.

Words are compared by a light stem (`stems.py`: "refinery", "refining" and "refine"
alike; Spanish, Italian and Portuguese number and gender endings alike) and the words
for machines are one word ("apparatus for ..." matches a term written "equipment").
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from typing import Any

from screen.matching.cjkjudge import judge_cjk, negated_cjk
from screen.matching.clauses import clauses, post_modified
from screen.matching.goods import REVIEW, Goods, goods_of
from screen.matching.items import Items
from screen.matching.judge import APART, NEGATED, apart, judge_latin, negated
from screen.matching.judge import split as in_order_apart
from screen.matching.phrases import PhraseHit, PhraseMatcher
from screen.matching.roles import EXCEPTION, EXCLUSION, REVIEW_TERM, TERM, phrases
from screen.matching.shape import Structure
from screen.matching.spread import HEAD_FIRST_GAP
from screen.matching.stems import stem, written_so
from screen.matching.structure import structure
from screen.matching.technology import technology as topic_of
from screen.models import Rule
from screen.text.english import is_english_word
from screen.text.kanareadings import with_readings
from screen.text.normalize import is_cjk, normalize
from screen.text.textcache import text_cache
from screen.text.tokens import Analyzed, analyze, compact, singular
from screen.tuples import NamedTuple

# Words allowed between the words of a term (or head first); exclusions and
# exceptions are tighter, so that "gas turbine generator" is no "gas generator".
GAPS = {TERM: 3, REVIEW_TERM: 3, EXCLUSION: 1, EXCEPTION: 1}
# Languages that put the words qualifying a noun after it ("semi-conducteurs discrets"):
# a word of theirs after a term in one heads nothing (a source names its language)
HEAD_FIRST_LANGUAGES = ("French", "Spanish", "Italian", "Portuguese", "Vietnamese", "Indonesian",
                        "Malay", "Arabic", "Persian", "Hebrew")  # fmt: skip


class GoodsHit(NamedTuple):
    rule_id: str
    term: str  # as written in the rulebook
    review: bool  # a review term: review at most
    start: int  # span in the normalised text
    end: int
    score: float
    spread: bool  # found with words between, or head first
    reason: str  # "" when the term is evidence, else why it is not
    compound: bool = False  # the head of a compound word ("Siliziumhalbleiter")
    technology: str = ""  # the technology whose topic the goods are ("know-how for ..."): review
    unread: str = ""  # the verdict on a word no word list knows after the term: review


class GoodsFinding(NamedTuple):
    hits: tuple[GoodsHit, ...]  # terms that are evidence of their rule's goods
    set_aside: tuple[GoodsHit, ...]  # terms found that are not, with the reason
    excepted: frozenset[str]  # rules whose every term an exception (not negated) vetoed
    exceptions: tuple[tuple[str, int, int], ...] = ()  # (rule id, span) of each that vetoed

    @property
    def named(self) -> frozenset[str]:
        """The rules whose goods the hits name, those an exception points away from left out."""
        return frozenset(h.rule_id for h in self.hits) - self.excepted


def _gap(key: Hashable) -> int:
    if not isinstance(key, tuple):
        return 0
    return HEAD_FIRST_GAP if key[2:] == (RUSSIAN,) else GAPS[key[1]]


RUSSIAN = "written in Russian"


def _keyed(rules: list[Rule]) -> Iterator[tuple[Hashable, str]]:
    """The rules' phrases for the matcher.  An exclusion or exception written in Russian
    also matches head first, as Russian puts the words that qualify a noun after it
    ("ультразвуковой генератор" is "генератор ультразвуковой", "технические алмазы" also)."""
    for key, text in phrases(rules):
        assert isinstance(key, tuple)
        loose = key[1] in (EXCLUSION, EXCEPTION)
        russian = loose and any("\u0400" <= c <= "\u04ff" for c in text)
        yield ((*key, RUSSIAN) if russian else key), text


class _Spans:
    """Hits per rule by start, to find those around a span without a full scan
    (descriptions run to 10,000 characters: the cost stays linear)."""

    def __init__(self, hits: Iterable[PhraseHit]) -> None:
        self.by_rule: dict[str, list[tuple[int, int, Any]]] = defaultdict(list)
        self.widest = 0
        for h in hits:
            self.add(_role(h)[0], h)

    def add(self, rule_id: str, hit: PhraseHit | GoodsHit) -> None:
        insort(self.by_rule[rule_id], (hit.start, id(hit), hit))
        self.widest = max(self.widest, hit.end - hit.start)

    def around(self, rule_id: str, hit: PhraseHit) -> Iterator[Any]:
        """Hits of the rule that start close enough before `hit` to reach it."""
        spans = self.by_rule.get(rule_id)
        if not spans:
            return
        at = bisect_left(spans, (hit.start - self.widest, -1))
        for start, _, other in spans[at:]:
            if start >= hit.end:
                return
            yield other


def _within(hit: PhraseHit, other: PhraseHit | GoodsHit) -> bool:
    """Is `hit` strictly inside `other` (a longer term hit)?"""
    return (
        other is not hit
        and other.start <= hit.start
        and hit.end <= other.end
        and (other.end - other.start) > (hit.end - hit.start)
    )


def _read(hit: PhraseHit, exact: set[tuple[int, int]], shape: Structure | None) -> bool:
    """Does an exclusion count: not a typo's reading of words written as a term are
    ("Diamantohrring" is no "diamantborr"), nor met in its own order across phrases
    (a list of goods, "vaccine with syringes")?"""
    if hit.score < 100 and (hit.start, hit.end) in exact:
        return False
    if hit.first < 0 or shape is None or stem(shape.keys[hit.last]) != hit.phrase.tokens[-1]:
        return True
    return not in_order_apart(shape, hit.first, hit.last, hit.phrase.tokens)


def _role(hit: PhraseHit) -> tuple[str, str]:
    key = hit.phrase.key
    assert isinstance(key, tuple)
    return key[0], key[1]


class GoodsTerms:
    def __init__(self, rules: Iterable[Rule]) -> None:
        rules = list(rules)
        self.matcher = PhraseMatcher(_keyed(rules), fold=stem, spread=_gap, compounds=True)
        self.goods: dict[str, Goods] = {}
        self.cjk_terms: dict[str, tuple[str, ...]] = {}
        for rule in rules:
            texts = (*rule.terms, *rule.review_terms)
            words = {singular(w) for t in texts for w in normalize(t).split() if w.isascii()}
            self.goods[rule.id] = goods_of(rule, frozenset(words))
            self.cjk_terms[rule.id] = tuple(
                compact(normalize(t)) for t in with_readings(texts) if not normalize(t).isascii()
            )
        self.vocab = self.matcher.vocab
        self.head_first = frozenset(
            (rule.id, term)
            for rule in rules
            for v in rule.vocabulary
            if any(language in v.source for language in HEAD_FIRST_LANGUAGES)
            for term in v.terms
        )

    def _is_word(self, key: str) -> bool:
        return stem(key) in self.vocab

    @text_cache(16384)  # one matcher per rulebook, kept for the run
    def find(self, text: str) -> GoodsFinding:
        analyzed = analyze(text)
        numbers = clauses(analyzed) if analyzed.tokens else []
        if analyzed.tokens:
            found = self.matcher.find(analyzed, numbers, post_modified(analyzed))
        else:
            found = self.matcher.find(analyzed)
        if not found:
            return GoodsFinding((), (), frozenset())
        latin = analyzed.tokens and any(h.first >= 0 for h in found)
        shape = structure(analyzed, self._is_word) if latin else None
        live = [h for h in found if not self._negated(h, analyzed, shape)]
        items = Items(analyzed, numbers)
        exceptions = [h for h in live if _role(h)[1] == EXCEPTION]
        terms = [h for h in found if _role(h)[1] in (TERM, REVIEW_TERM)]
        exact = {(h.start, h.end) for h in terms if h.score == 100 and not h.compound}
        exclusions = _Spans(h for h in live if _role(h)[1] == EXCLUSION and _read(h, exact, shape))
        judged = _Spans(())
        quote = analyzed.quote_tokens
        hits: list[GoodsHit] = []
        set_aside: list[GoodsHit] = []
        for h in sorted(terms, key=lambda t: t.start - t.end):  # longest first
            rule_id, role = _role(h)
            longer = [o for o in judged.around(rule_id, h) if _within(h, o)]
            if any(o.reason and NEGATED not in o.reason and APART not in o.reason for o in longer):
                continue  # "ダイヤ" in "ダイヤモンドカッター": the longer term was set aside
            # (not when its words name different things: "robot | with controller")
            reason = self._reason(h, rule_id, analyzed, shape, exclusions)
            unread, reason = (reason, "") if reason.endswith(REVIEW) else ("", reason)
            latin_hit = not reason and h.first >= 0 and shape is not None
            topic = topic_of(shape, h.first, quote, h.last) if latin_hit and shape else ""
            hit = GoodsHit(
                rule_id,
                h.phrase.text,
                role == REVIEW_TERM or bool(topic or unread),
                h.start,
                h.end,
                h.score,
                h.spread,
                reason,
                h.compound,
                topic,
                unread,
            )
            judged.add(rule_id, hit)
            (set_aside if reason else hits).append(hit)
        exceptions_of = [(_role(e)[0], e) for e in exceptions]
        vetoes = items.vetoes(exceptions_of, hits, lambda e: list(judged.around(_role(e)[0], e)))
        vetoed = {id(h) for h, _ in vetoes}
        kept = tuple(h for h in hits if id(h) not in vetoed)
        excepted = frozenset(h.rule_id for h, _ in vetoes) - {h.rule_id for h in kept}
        spans = tuple(dict.fromkeys((h.rule_id, e.start, e.end) for h, e in vetoes))
        return GoodsFinding(kept, tuple(set_aside), excepted, spans)

    @staticmethod
    def _negated(hit: PhraseHit, text: Analyzed, shape: Structure | None) -> bool:
        if hit.first < 0:  # a CJK exclusion or exception: "非工业用钻石"
            return _role(hit)[1] != TERM and bool(negated_cjk(text, hit.start, hit.end))
        if shape is None:
            return False
        return bool(negated(shape, hit.first, hit.last, hit.phrase.tokens))

    def _reason(
        self,
        hit: PhraseHit,
        rule_id: str,
        text: Analyzed,
        shape: Structure | None,
        exclusions: _Spans,
    ) -> str:
        for other in exclusions.around(rule_id, hit):
            if other.start < hit.end and hit.start < other.end:
                return (
                    f"'{text.quote(hit.start, hit.end)}' overlaps "
                    f"'{text.quote(other.start, other.end)}', which the rule excludes"
                )
        goods = self.goods[rule_id]
        if hit.first < 0 or shape is None:
            return judge_cjk(text, hit.start, hit.end, goods, self.cjk_terms[rule_id])
        if hit.end < len(text.text) and is_cjk(text.text[hit.end]):
            # a Latin term at the start of a Chinese or Japanese compound ("ICカード")
            compound = judge_cjk(text, hit.start, hit.end, goods, self.cjk_terms[rule_id])
            if compound:
                return compound
        quote = text.quote_tokens
        stems = {stem(w) for w in goods.words}

        def own(key: str) -> bool:  # a typo of a word of the rule's terms ("micrsocope")
            return any(w in stems for w, _ in self.matcher._corrections(stem(key), key))

        single = len(hit.phrase.tokens) == 1
        cue = negated(shape, hit.first, hit.last, hit.phrase.tokens)
        # a term's head noun: its first word in a language that puts it first
        # ("generatore diesel"), else its last; found with its head last, its words
        # may lie in two phrases ("Diesel fuel | for generators")
        words = hit.phrase.tokens
        romance_term = (rule_id, hit.phrase.text) in self.head_first
        head = words[0] if romance_term else words[-1]
        last = text.tokens[hit.last].key  # (an English word is no Romance one: "Transistor radio")
        in_order = not cue and hit.spread and stem(shape.keys[hit.last]) == head
        split = apart(shape, hit.first, hit.last, words, quote) if in_order else ""
        # a Romance term written as its language writes it, not an English word of the
        # same stem ("vaccin" is no French reading of "vaccine vial labels"); a term of
        # several words found head first is written as these languages write it
        # ("robot industriali" for "industrial robot"): what follows qualifies it too;
        # the term is normalised again only for such a rule's term (a Cyrillic term's
        # reading, "робот" for "robot", would load the transliteration tables for nothing)
        written = (
            romance_term
            and written_so(last, singular(normalize(hit.phrase.text).split()[-1]))
            and not is_english_word(last)
        )
        head_first = written or (
            len(words) > 1 and hit.spread and stem(shape.keys[hit.first]) == head
        )
        return split or judge_latin(
            shape, hit.first, hit.last, goods, quote, is_english_word, own, single, cue, head_first
        )
