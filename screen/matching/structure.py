"""The shape of a Latin-script goods description: clauses, noun phrases, their
heads, the complements they hang off, and what negation governs.

Built from the tokens and the punctuation between them in the user's own text:

* a clause ends at ";", a full stop, a line break or "|";
* a phrase ends at a comma, colon, slash, bracket or symbol ("⚡", "✅"), and
  before a preposition ("for", "of", "with", "ex", "для"), a word that opens a
  relative clause ("that", "while") or a conjunction ("and", "or", and "&" or "+"
  written apart: "cobots + vision system");
* "to" before a person or a town opens a complement too ("ICs to customer", "machine
  to the Rybinsk plant"), and so do "to" and "as" after a participle of sending or
  selling ("shipped to Moscow customer"); any other "to" after a noun ends its phrase
  ("vaccine to pig complex"); a preposition inside a compound opens none ("7-in-1");
* a verb telling the shipper what to do, first in its clause, is no word of a phrase
  ("Ship 2 t of TNT"), a clause of speech ends one ("system will ship", `speech.py`),
  and so does a participle before a preposition ("vaccine rejected due to excursion");
* a phrase opened by a preposition is a complement of the last phrase before it
  ("machines | for the manufacture | of semiconductor wafers"), "for" after a word of
  asking none ("quote for 10 robots"); one opened by a conjunction stands beside the
  phrase before it and shares its complement;
* brackets hold phrases of their own, the phrase around them going on after them
  ("light-emitting diode (LED) lamps" is one phrase, headed by "lamps"); a phrase of
  filler words alone heads its "for" complement ("Tray | for DRAM chips");
* the head of a phrase is its last word, fillers ("new", "original") and the
  specifications after a part number or figure left aside;
* negation: "other than", "excluding", "except", "кроме" govern the rest of the
  clause (or of the brackets they stand in), "not"/"no" the rest of the phrase,
  "non-"/"не" the next word; "excluded", "not included" after the goods the phrase
  before them; "whether or not" is no negation;
* words of other trades (`lexicon.py`) are noted per clause, with the colons before
  each token: what stands before a colon heads what follows it ("Palm oil: crude oil").
"""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.clauses import (
    AMPERSANDS,
    CLOSE,
    OPEN,
    PHRASE,
    ends_clause,
    symbol_break,
    token_gaps,
    trades_by_clause,
)
from screen.matching.compounds import elisions
from screen.matching.compounds import written as as_written
from screen.matching.heads import PhraseHeads
from screen.matching.lexicon import Lexicon, lexicon
from screen.matching.makers import names
from screen.matching.recipients import adjectival, compounded, goes_to
from screen.matching.shape import Phrase, Structure
from screen.matching.speech import (
    COMPOSED,
    PURPOSE,
    after_goods,
    asks,
    clause_word,
    english_not_foreign,
    question_verb,
)
from screen.matching.titles import quotes
from screen.text.tokens import Analyzed

_MEASURED = frozenset({"of", "de", "di", "du", "des", "del", "von"})  # "a lot of ICs"


class _Builder(PhraseHeads):
    def __init__(
        self,
        keys: list[str],
        is_word: Callable[[str], bool],
        lex: Lexicon,
        named: list[bool] | None = None,
        elided: list[str] | None = None,
        texts: list[str] | None = None,
    ) -> None:
        self.keys, self.is_word, self.lex = keys, is_word, lex
        self.named = named or [False] * len(keys)
        self.elided = elided or [""] * len(keys)  # a French elided word before each
        self.texts = texts or keys  # the tokens as written (normalised)
        self.phrases: list[Phrase] = []
        self.phrase = [-1] * len(keys)
        self.negated = [""] * len(keys)
        self.stack: list[int] = []  # open phrase per bracket level
        self.last_head: list[int | None] = []
        self.scopes: list[tuple[str, int, str]] = []  # (cue, bracket depth, kind)
        self.word_cue = ""
        self.colons = 0
        self.gaps: list[str] = [""] * len(keys)
        self.leading = True  # no word but fillers yet in the clause
        self.question = False  # the clause begins with an auxiliary ("Does ...")
        self.composed = False  # after "consisting", "comprising": what the goods are

    def open(self, marker: str = "", parent: int | None = None, *, push: bool = False) -> None:
        self.phrases.append(Phrase(marker=marker, parent=parent, bracketed=push))
        if push or not self.stack:
            self.stack.append(len(self.phrases) - 1)
            self.last_head.append(None)
        else:
            self.close_top()
            self.stack[-1] = len(self.phrases) - 1

    def close_top(self) -> None:
        phrase = self.phrases[self.stack[-1]]
        phrase.head = self.head_of(phrase)
        if phrase.head is not None:
            self.last_head[-1] = phrase.head

    def pop(self) -> None:  # close the phrase of the innermost bracket level
        self.close_top()
        self.stack.pop()
        self.last_head.pop()

    def punctuation(self, gap: str, i: int) -> bool:
        """Apply the punctuation before token i; True when a clause ended."""
        if i and ends_clause(gap, self.keys[i - 1], self.keys[i], self.lex):
            self.colons = 0
            self.scopes.clear()
            self.word_cue = ""
            while len(self.stack) > 1:
                self.pop()
            self.open()
            self.last_head[-1] = None
            self.leading, self.question = True, False
            return True
        if symbol_break(gap):  # ("⚡ DDR4 memory ICs ⚡ best price")
            self.scopes = [s for s in self.scopes if s[2] == "clause"]
            self.open()
        for ch in gap:
            if ch in OPEN:
                self.open(push=True)
            elif ch in CLOSE and len(self.stack) > 1:
                self.pop()
                depth = len(self.stack)
                self.scopes = [s for s in self.scopes if s[1] < depth + 1]
            elif ch in PHRASE or (ch in "-–—" and " " in gap):
                self.colons += ch in ":："
                self.scopes = [s for s in self.scopes if s[2] == "clause"]
                self.open()
            elif ch in AMPERSANDS and " " in gap:  # "cobots + vision system": "and"
                self.coordinate()
        return False

    def coordinate(self) -> None:
        """Open a phrase that stands beside the one before and shares its complement."""
        current = self.phrases[self.stack[-1]]
        self.open(current.marker, current.parent)
        self.phrases[-1].listed = True

    def nouned(self) -> bool:
        """Does the open phrase hold a word that is no filler (a noun, so far)?"""
        return any(
            not self.lex.filler.has(self.keys[t]) for t in self.phrases[self.stack[-1]].tokens
        )

    def negate_before(self, cue: str) -> None:
        """Negate the phrase before a cue put after it, back to a figure or part
        number ("Generator 100 kVA, freight not included": the freight)."""
        for t in reversed(self.phrases[self.stack[-1]].tokens):
            key = self.keys[t]
            if any(c.isdigit() for c in key) and not self.is_word(key):
                break
            self.negated[t] = self.negated[t] or cue

    def complement(self, key: str) -> None:
        """Open a complement at the preposition `key`."""
        self.close_top()
        now, parent = self.phrases[self.stack[-1]], self.last_head[-1]
        alone = now.tokens and now.head is None and not (now.marker or now.listed)
        if key in PURPOSE and alone:  # a packing for goods ("Tray for DRAM chips")
            parts = [t for t in now.tokens if self.lex.part_head.has(self.keys[t])]  # "pièces"
            parent = (parts or now.tokens)[-1]
            if self.lex.request.has(self.keys[parent]) or self.modifier(parent):
                parent = None  # (what is asked for: "pls quote for 5 DRAM modules")
        elif (
            (key in _MEASURED and alone)  # ("2 reels of FPGA chips")
            or self.composed
            or (key in PURPOSE and now.tokens and self.lex.request.has(self.keys[now.tokens[-1]]))
        ):  # (what is quoted: "customer accepted quote for 10 x arc welding robots")
            parent = None
        self.composed = False
        self.open(key, parent)

    def build(self, gaps: list[str]) -> tuple[list[int], list[int], list[Phrase]]:
        keys, lex = self.keys, self.lex
        self.gaps = gaps
        clause, colons, number = [], [], 0
        self.open()
        skip = 0
        for i, key in enumerate(keys):
            if self.punctuation(gaps[i], i) and i:
                number += 1
            clause.append(number)
            colons.append(self.colons)
            depth = len(self.stack)
            cue = next((c for c, d, _ in self.scopes if d <= depth), "") or self.word_cue
            self.negated[i] = cue
            self.word_cue = ""
            if skip:
                skip -= 1
                continue
            if size := lex.negation_after.at(keys, i):  # "Generators excluded"
                self.negate_before(" ".join(self.texts[i : i + size]))
                skip = size - 1
            elif size := lex.not_negation.at(keys, i):
                skip = size - 1
            elif (size := lex.negation_clause.at(keys, i, self.texts)) and not (
                size == 1 and english_not_foreign(keys, i)  # ("used sem scanning ...")
            ):
                self.scopes.append((" ".join(self.texts[i : i + size]), depth, "clause"))
                skip = size - 1
                self.open()
            elif lex.negation_phrase.has(key) and not self.numbered(i + 1):
                self.scopes.append((key, depth, "phrase"))
                self.open()
            elif lex.negation_word.has(key):
                self.word_cue = key
            elif self.leading and lex.instruction.has(key):
                continue  # ("Ship 2 t of TNT flakes ...": what to do, no goods)
            elif clause_word(self.texts, i, self.phrases[self.stack[-1]].marker):
                self.open()  # ("... system will ship to Hefei": no ship)
                self.question = self.question or (self.leading and asks(self.texts[i]))
                self.leading = True
                skip = int(keys[i + 1 : i + 2] == ["that"])  # ("said that": what is said)
            elif key in COMPOSED:  # ("cell consisting of 4-axis industrial robot ...")
                self.open()
                self.composed = True
            elif self.question and self.nouned() and question_verb(self.texts, i):
                self.open()  # ("Does the used Kuka robot include teach pendant?")
            elif (
                (
                    lex.complement.has(key)
                    and not compounded(keys, gaps, i)
                    and not adjectival(keys, i, lex.complement.has)
                    and not english_not_foreign(keys, i)
                )
                or (key == "to" and goes_to(keys, i + 1))
                or (key == "worth" and keys[i + 1 : i + 2] != ["of"])  # ("ICs worth USD 5")
                # after "shipped", "sold", "to" and "as" say where and how the goods went
                # ("microcontrollers shipped to Moscow customer", "sold as scrap")
                or (key in ("to", "as") and i and lex.sent.has(keys[i - 1]))
            ):
                self.complement(key)
            elif key == "to" and self.nouned():  # ("vaccine to pig complex": no head of it)
                self.open()
            elif key in ("to", "as"):
                continue  # ("to be shipped", "genset as used by data centres")
            elif self.phrases[self.stack[-1]].tokens and after_goods(keys, i, lex):
                self.open()  # ("vaccine rejected due to excursion": no excursion)
            elif lex.coordination.has(key):
                self.coordinate()
            else:
                if self.elided[i] == "d":  # "détecteur d'explosifs": "d'" is "de"
                    self.complement("de")
                self.phrase[i] = self.stack[-1]
                self.phrases[self.stack[-1]].tokens.append(i)
                self.leading = self.leading and lex.filler.has(key)  # ("Please ship")
                self.composed = False
        while self.stack:
            self.pop()
        return clause, colons, self.phrases


def structure(text: Analyzed, is_word: Callable[[str], bool]) -> Structure:
    """The structure of `text`; `is_word(key)` says whether a token with digits is a
    word of the vocabulary ("3d") rather than a figure or part number."""
    lex = lexicon()
    keys = [t.key for t in text.tokens]
    original, offsets = text.norm.original, text.norm.offsets
    foreign = [not original[offsets[t.start]].isascii() for t in text.tokens]
    written = as_written(text)
    gaps = token_gaps(text)
    named = names(keys, written, foreign, is_word, [gap == "-" for gap in gaps])
    texts = [t.text for t in text.tokens]
    # a cue met only as written ("sem=") is no acronym in capitals in a text of small
    # letters too ("SEM stub": a scanning electron microscope's, no Portuguese "without")
    small = any(w.islower() for w in written)
    cues = [
        w if small and len(w) > 1 and w.isupper() else t
        for w, t in zip(written, texts, strict=True)
    ]
    builder = _Builder(keys, is_word, lex, named, elisions(text), cues)
    clause, colons, phrases = builder.build(gaps)
    trades = trades_by_clause(keys, clause, lex)
    parts = (builder.phrase, phrases, builder.negated, colons, trades)
    hyphened = [gap == "-" for gap in builder.gaps]
    quoted, in_quotes = quotes(builder.gaps, clause)
    return Structure(
        keys, texts, foreign, clause, *parts, hyphened, builder.elided, quoted, in_quotes
    )
