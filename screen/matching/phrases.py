"""Find phrases (goods terms, exclusions, place names) in free text.

Tolerant of how people really type descriptions:

* plural and singular ("chips"/"chip"), case, width and script (normalisation);
* split and joined words: "semi-conductor", "3 D", "electronmicroscope";
  adjacent tokens are joined and looked up as one word, and every multi-word
  phrase is also known by its joined form;
* typos in proportion to word length ("semicondutor", "elektron"), but never in
  short words (IC, TNT, SEM) and never by turning one real English word into
  another ("explosion" is not "explosive", "water" is not "wafer");
* Japanese and Chinese phrases are matched as substrings of the compact form.

Every hit carries the span of normalised text it covers, so an exclusion
("potato chips") can veto exactly the term hits it contains.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from screen.matching.typos import allowed_edits, similarity
from screen.text.english import is_english_word
from screen.text.normalize import is_cjk, normalize
from screen.text.tokens import Analyzed, compact, singular

NEGATIONS = frozenset({"non", "not", "no"})
MAX_JOIN = 3  # at most this many adjacent tokens are joined into one word


@dataclass(frozen=True)
class Phrase:
    key: Hashable  # the caller's label, e.g. (rule id, role)
    text: str  # as written in the rulebook
    tokens: tuple[str, ...]  # singular keys, for Latin-script phrases
    cjk: str  # compact form, for phrases holding Chinese/Japanese


@dataclass(frozen=True)
class PhraseHit:
    phrase: Phrase
    start: int  # span in the normalised text
    end: int
    score: float
    negated: bool  # directly preceded by "non"/"not"/"no"


def _phrase(key: Hashable, text: str) -> Phrase | None:
    norm = normalize(text)
    if not norm:
        return None
    if any(is_cjk(c) for c in norm):
        return Phrase(key, text, (), compact(norm))
    return Phrase(key, text, tuple(singular(t) for t in norm.split()), "")


class PhraseMatcher:
    """An index over many phrases; `find` returns every phrase found in a text."""

    def __init__(self, phrases: Iterable[tuple[Hashable, str]]) -> None:
        self.by_first: dict[str, list[Phrase]] = defaultdict(list)
        self.by_joined: dict[str, list[Phrase]] = defaultdict(list)
        self.cjk: list[Phrase] = []
        vocab: set[str] = set()
        for key, text in phrases:
            phrase = _phrase(key, text)
            if phrase is None:
                continue
            if phrase.cjk:
                self.cjk.append(phrase)
                continue
            self.by_first[phrase.tokens[0]].append(phrase)
            vocab.update(phrase.tokens)
            if len(phrase.tokens) > 1:
                joined = "".join(phrase.tokens)
                self.by_joined[joined].append(phrase)
                vocab.add(joined)
        self.vocab = frozenset(vocab)
        self._fuzzy_vocab = sorted(w for w in vocab if len(w) >= 5 and w.isalpha())

    @lru_cache(maxsize=65536)  # noqa: B019 - one matcher per rulebook, kept for the process
    def _correct(self, word: str) -> tuple[str, float] | None:
        """The vocabulary word a non-word is a typo of, with its similarity score."""
        limit = allowed_edits(len(word))
        if not limit or not word.isalpha():
            return None
        found = process.extractOne(word, self._fuzzy_vocab, scorer=OSA.distance, score_cutoff=limit)
        if found is None or is_english_word(word):
            return None
        return found[0], similarity(word, found[0])

    def could_match(self, text: str) -> bool:
        """False only when `find` would surely find nothing in `text`: no token, and no
        run of joined tokens, is a vocabulary word or a typo of one.  The same tests
        `_edges` makes, without building anything (most consignees stop here)."""
        norm = normalize(text)
        if not norm:
            return False
        if not norm.isascii():
            return True  # CJK text: leave it to `find`
        keys = [singular(t) for t in norm.split(" ")]
        vocab = self.vocab
        for i in range(len(keys)):
            joined = keys[i]
            if joined in vocab or self._correct(joined) is not None:
                return True
            for j in range(i + 1, min(i + MAX_JOIN, len(keys))):
                joined += keys[j]
                if joined in vocab:
                    return True
        return False

    def _edges(self, text: Analyzed) -> dict[int, list[tuple[int, str, float]]]:
        """From each token index: (end index, vocabulary word, score) for every way the
        tokens starting there read as one vocabulary word."""
        keys = [t.key for t in text.tokens]
        edges: dict[int, list[tuple[int, str, float]]] = defaultdict(list)
        for i in range(len(keys)):
            joined = ""
            for j in range(i, min(i + MAX_JOIN, len(keys))):
                joined += keys[j]
                if joined in self.vocab:
                    edges[i].append((j + 1, joined, 100.0))
                elif j == i:
                    corrected = self._correct(joined)
                    if corrected is not None:
                        edges[i].append((j + 1, corrected[0], corrected[1]))
        return edges

    def find(self, text: Analyzed) -> list[PhraseHit]:
        hits: list[PhraseHit] = []
        tokens = text.tokens
        edges = self._edges(text) if tokens else {}

        def hit(phrase: Phrase, first: int, last: int, score: float) -> None:
            negated = first > 0 and tokens[first - 1].key in NEGATIONS
            hits.append(
                PhraseHit(phrase, tokens[first].start, tokens[last - 1].end, score, negated)
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
            if slot not in best or h.score > best[slot].score:
                best[slot] = h
        return list(best.values())
