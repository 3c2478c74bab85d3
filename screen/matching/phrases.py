"""Find phrases (goods terms, exclusions, place names) in free text.

Tolerant of how people really type descriptions:

* plural and singular ("chips"/"chip"), case, width and script (normalisation);
* split and joined words: "semi-conductor", "3 D", "electronmicroscope";
  adjacent tokens are joined and looked up as one word, and every multi-word
  phrase is also known by its joined form;
* typos in proportion to word length ("semicondutor", "elektron"), but never in
  short words (IC, TNT, SEM) and never by turning one real English word into
  another ("explosion" is not "explosive", "water" is not "wafer");
* Japanese and Chinese phrases are matched as substrings of the compact form;
* a word of six letters or more heads a compound written as one word in Latin
  script, as German writes them ("Siliziumhalbleiter", "Halbleiterscheiben" with a
  German plural ending): the compound is that word, with what stands before it
  qualifying it; a word at its start qualifies something else and names nothing
  ("Druckerpapier" is paper, no "Drucker").

Every hit carries the span of normalised text it covers, so an exclusion
("potato chips") can veto exactly the term hits it contains.  Optionally
(`spread`), a phrase of several words also matches with words between them and
head first ("equipment for crude oil refining" for "oil refining equipment"),
within one clause (see `spread.py`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from screen.matching.compounds import Compounds, another_compound, elisions, latin
from screen.matching.spread import After, spread_hits
from screen.matching.typos import allowed_edits, derived, typo_score
from screen.text.english import is_english_word, is_german_word, is_romance_word, word_not_term
from screen.text.normalize import is_cjk, normalize
from screen.text.tokens import Analyzed, compact, singular
from screen.tuples import NamedTuple

NEGATIONS = frozenset({"non", "not", "no"})
MAX_JOIN = 3  # at most this many adjacent tokens are joined into one word
MAX_NEAR = 4  # vocabulary words a typo may stand for


class Phrase(NamedTuple):
    key: Hashable  # the caller's label, e.g. (rule id, role)
    text: str  # as written in the rulebook
    tokens: tuple[str, ...]  # singular (or folded) keys, for Latin-script phrases
    cjk: str  # compact form, for phrases holding Chinese/Japanese
    gap: int = 0  # words allowed between its words (0: contiguous only)


class PhraseHit(NamedTuple):
    phrase: Phrase
    start: int  # span in the normalised text
    end: int
    score: float
    negated: bool  # directly preceded by "non"/"not"/"no"
    first: int = -1  # token span (Latin phrases; -1 for CJK)
    last: int = -1
    spread: bool = False  # matched with words between or head first
    compound: bool = False  # its last word the head of a compound ("Siliziumhalbleiter")


def _known(word: str) -> bool:
    """Is `word` a real word, which no typo tolerance corrects into another (English,
    German, French, Spanish, Italian, Portuguese: "memoria" is no misspelt "memory")?"""
    return is_english_word(word) or is_german_word(word) or is_romance_word(word)


def _written(text: Analyzed, at: int) -> str:
    token, norm = text.tokens[at], text.norm
    return norm.original[norm.offsets[token.start] : norm.offsets[token.end - 1] + 1]


def _same(word: str) -> str:
    return word


def _phrase(key: Hashable, text: str, fold: Callable[[str], str], gap: int) -> Phrase | None:
    norm = normalize(text)
    if not norm:
        return None
    if any(is_cjk(c) for c in norm):
        return Phrase(key, text, (), compact(norm))
    return Phrase(key, text, tuple(fold(singular(t)) for t in norm.split()), "", gap)


class PhraseMatcher:
    """An index over many phrases; `find` returns every phrase found in a text.

    `fold` maps every (singular) token key, of phrases and texts alike, to the form
    compared (a stem); `spread` gives each phrase key the words allowed between its
    words when `find` is given the clause of each token."""

    def __init__(
        self,
        phrases: Iterable[tuple[Hashable, str]],
        fold: Callable[[str], str] = _same,
        spread: Callable[[Hashable], int] | None = None,
        compounds: bool = False,
    ) -> None:
        self.fold = fold
        self.compounds = compounds
        self.by_token: dict[str, list[Phrase]] = defaultdict(list)
        self.by_first: dict[str, list[Phrase]] = defaultdict(list)
        self.by_joined: dict[str, list[Phrase]] = defaultdict(list)
        self.cjk: list[Phrase] = []
        vocab: set[str] = set()
        self._unfold: dict[str, str] = {}  # a word as written (singular) -> its folded key
        for key, text in phrases:
            phrase = _phrase(key, text, fold, spread(key) if spread else 0)
            if phrase is None:
                continue
            if phrase.cjk:
                self.cjk.append(phrase)
                continue
            self.by_first[phrase.tokens[0]].append(phrase)
            for word in normalize(text).split():
                self._unfold.setdefault(singular(word), fold(singular(word)))
            if phrase.gap and len(phrase.tokens) > 1:
                for token in set(phrase.tokens):
                    self.by_token[token].append(phrase)
            vocab.update(phrase.tokens)
            if len(phrase.tokens) > 1:
                joined = "".join(phrase.tokens)
                self.by_joined[joined].append(phrase)
                vocab.add(joined)
        self.vocab = frozenset(vocab)
        heads = Compounds(self._unfold, self.vocab, fold, compounds)
        self.compound_head, self.compound_ending = heads.head, heads.ending
        spelled = vocab | set(self._unfold)  # typos are judged against both forms
        self._fuzzy_vocab = sorted(w for w in spelled if len(w) >= 5 and w.isalpha())

    @lru_cache(maxsize=65536)  # noqa: B019 - one matcher per rulebook, kept for the process
    def _corrections(self, word: str, written: str = "") -> tuple[tuple[str, float], ...]:
        """The other vocabulary words a non-word may be a typo of, with their scores.

        Never one real word for another: not when the word as written (or its key) is
        a word of a language known here (`_known`), and not when one is the other plus
        an English ending ("process" is not a misspelt "processor"); Russian endings are typos to
        forgive ("транзисторы" is "транзистор", "алмазы" is "алмаз" even when
        "алмазы" is itself a word of some other phrase).  A second edit needs the
        length without the ending the fold cuts: an ending tells nothing of which word
        it is ("demining" is no "refining": "demin" and "refin" are 2 edits apart)."""
        limit = allowed_edits(len(word))
        if limit > 1 and allowed_edits(min(len(word), len(self.fold(word)))) < limit:
            limit = 1
        if not limit or not word.isalpha():
            return ()
        found = process.extract(
            word, self._fuzzy_vocab, scorer=OSA.distance, score_cutoff=limit, limit=MAX_NEAR
        )
        head = self.compound_ending(word, 1)  # "ölraffinerie" is no misspelt "goldraffinerie"
        near = [
            w
            for w, _, _ in found
            if w != word
            and not derived(word, w)
            and not self._sibling(word, w)
            and not another_compound(head, self._unfold.get(w, w))
        ]
        if not near or _known(word) or (written and _known(written)):
            return ()
        out = {self._unfold.get(w, w): typo_score(word, w) for w in reversed(near)}
        return tuple((w, score) for w, score in out.items() if w != word)

    def _latin_words(self, text: Analyzed, i: int, elided: list[str]) -> Iterator[str]:
        """The vocabulary words token i reads as, written in Latin script: the head
        of a compound, and the word after a French elided article ("l'imprimante")."""
        keys = [self.fold(text.tokens[i].key)]
        if elided[i]:
            keys.append(self.fold(singular(text.tokens[i].text[len(elided[i]) :])))
        for n, key in enumerate(keys):
            if n and key in self.vocab:
                yield key
            elif head := self.compound_head(key):
                yield head

    def _sibling(self, word: str, other: str) -> bool:
        """Is `other` a phrase written joined that carries on a vocabulary word of
        four letters or more, which `word` carries on in its own way
        ("generatornaya" and "generatorpara", the joined "генератор пара")?  Then
        `word` is that word with an ending, no typo of the phrase."""
        if other not in self.by_joined:
            return False
        for size in range(min(len(word), len(other)) - 1, 3, -1):
            if word[:size] != other[:size]:
                continue
            if word[:size] in self.vocab or word[:size] in self._unfold:
                return True
        return False

    def could_match(self, text: str) -> bool:
        """False only when `find` would surely find nothing in `text`: no token, and no
        run of joined tokens, is a vocabulary word or a typo of one.  The same tests
        `_edges` makes, without building anything (most consignees stop here)."""
        norm = normalize(text)
        if not norm:
            return False
        if not norm.isascii():
            return True  # CJK text: leave it to `find`
        keys = [self.fold(singular(t)) for t in norm.split(" ")]
        vocab = self.vocab
        for i in range(len(keys)):
            joined = keys[i]
            if joined in vocab or self._corrections(joined) or self.compound_head(joined):
                return True
            for j in range(i + 1, min(i + MAX_JOIN, len(keys))):
                joined += keys[j]
                if joined in vocab:
                    return True
        return False

    def _edges(self, text: Analyzed) -> dict[int, list[tuple[int, str, float]]]:
        """From each token index: (end index, vocabulary word, score) for every way the
        tokens starting there read as one vocabulary word."""
        fold = self.fold
        keys = [fold(t.key) for t in text.tokens]
        latins, elided = (latin(text), elisions(text)) if self.compounds else ([], [])
        edges: dict[int, list[tuple[int, str, float]]] = defaultdict(list)
        for i in range(len(keys)):
            joined = ""
            for j in range(i, min(i + MAX_JOIN, len(keys))):
                joined += keys[j]
                if joined in self.vocab:
                    edges[i].append((j + 1, joined, 100.0))
                if j == i and self.compounds and latins[i]:
                    edges[i].extend((j + 1, w, 100.0) for w in self._latin_words(text, i, elided))
                if j == i:
                    written = text.tokens[i]
                    near = dict(self._corrections(joined, written.text))
                    if written.key != joined:
                        near.update(self._corrections(written.key, written.text))
                    edges[i].extend((j + 1, word, score) for word, score in near.items())
        return edges

    def find(
        self,
        text: Analyzed,
        clauses: Sequence[int] = (),
        after: After = (frozenset(), frozenset(), frozenset()),
    ) -> list[PhraseHit]:
        """Every phrase found in `text`; with `clauses` (the clause number of each
        token) phrases with a `gap` also match spread out within a clause, and
        head first after "of", "for" or a comma (`spread_hits`' `after`)."""
        hits: list[PhraseHit] = []
        tokens = text.tokens
        edges = self._edges(text) if tokens else {}

        def hit(phrase: Phrase, first: int, last: int, score: float, spread: bool = False) -> None:
            word = tokens[first].key  # ("Fone de ouvido sem fio": Portuguese "sem", no SEM)
            if last - first == 1 and word_not_term(phrase.text, _written(text, first), word):
                return
            negated = first > 0 and tokens[first - 1].key in NEGATIONS
            start, end = tokens[first].start, tokens[last - 1].end
            key = self.fold(tokens[last - 1].key)
            compound = key not in self.vocab and bool(self.compound_head(key))
            hits.append(
                PhraseHit(phrase, start, end, score, negated, first, last - 1, spread, compound)
            )

        def extend(phrase: Phrase, pos: int, at: int, first: int, score: float) -> None:
            if pos == len(phrase.tokens):
                hit(phrase, first, at, score)
                return
            for end, word, sc in edges.get(at, ()):
                if word == phrase.tokens[pos]:
                    extend(phrase, pos + 1, end, first, min(score, sc))

        for i, outgoing in edges.items():
            for end, word, score in outgoing:
                for phrase in self.by_joined.get(word, ()):
                    hit(phrase, i, end, score)
                for phrase in self.by_first.get(word, ()):
                    extend(phrase, 1, end, i, score)
        if clauses and self.by_token:
            for phrase, first, last, score in spread_hits(edges, self.by_token, clauses, after):
                hit(phrase, first, last, score, True)
        if self.cjk and text.cjk:
            for phrase in self.cjk:
                at = text.compact.find(phrase.cjk)
                while at >= 0:
                    start, end = text.compact_span(at, at + len(phrase.cjk))
                    hits.append(PhraseHit(phrase, start, end, 100.0, False))
                    at = text.compact.find(phrase.cjk, at + 1)
        best: dict[tuple[int, int, int], PhraseHit] = {}
        for h in hits:  # one path through joined and split words is enough
            slot = (id(h.phrase), h.start, h.end)
            if slot not in best or (h.score, not h.spread) > (
                best[slot].score,
                not best[slot].spread,
            ):
                best[slot] = h
        return list(best.values())
