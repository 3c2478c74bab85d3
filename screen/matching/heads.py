"""The head of a goods phrase: its last word, fillers ("new", "original") and the
specifications after a part number or figure left aside, and words that describe
("trailer-mounted", "complete") never heading it (`structure.py` builds on it)."""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.lexicon import Lexicon, qualifier
from screen.matching.shape import Phrase


class PhraseHeads:
    """What a phrase builder needs to find heads (`structure._Builder`)."""

    keys: list[str]
    is_word: Callable[[str], bool]
    lex: Lexicon
    named: list[bool]
    gaps: list[str]

    def head_of(self, phrase: Phrase) -> int | None:
        words = phrase.tokens
        for n, i in enumerate(words):  # specifications follow a figure or part number
            key = self.keys[i]
            figure = any(c.isdigit() for c in key) or len(key) == 1
            # a reference's letters joined to its figure are the reference's ("SM-2291
            # PAYMENT FOR ...", "RF-7720"), no noun before it
            start = n - 1 if n and self.gaps[i] == "-" and self.code(words[n - 1]) else n
            # (not after names alone: a title may name its goods after the model's code)
            if start and figure and not self.is_word(key) and self.noun_before(words[:start]):
                # ... and so does the word that says it is a number ("caps No. 8")
                marked = start > 1 and self.lex.number_marker.has(self.keys[words[start - 1]])
                words = words[: start - marked]
                break
        # a brand's or a model's name after the goods' own noun ("vaccine Vaxigrip
        # Tetra", "microscope Hitachi SU5000") heads nothing, as a part number does
        while len(words) > 1 and self.named[words[-1]]:
            words = words[:-1]
        for i in reversed(words):
            if (
                not self.lex.filler.has(self.keys[i])
                and not self.lex.abbreviation.has(self.keys[i])  # "approx.", "ed."
                and not self.modifier(i)
                and not (any(c.isdigit() for c in self.keys[i]) and not self.is_word(self.keys[i]))
            ):
                return i
        return None

    def code(self, i: int) -> bool:
        """Is token i letters as a reference's are: of three at most ("SM", "RF",
        "EM": a word or not, before a hyphen and a figure they are initials) or of
        four no word is ("INVC")?"""
        key = self.keys[i]
        return key.isalpha() and (len(key) <= 3 or (len(key) == 4 and not self.is_word(key)))

    def noun_before(self, words: list[int]) -> bool:  # more than names ("iRobot Roomba j7+")
        return any(not self.named[i] and not self.lex.filler.has(self.keys[i]) for i in words)

    def modifier(self, i: int) -> bool:
        """Is token i a participle or another word that is never a noun after a noun
        ("generator, diesel engine driven", "3D printer complete"), or the first part
        of a compound joined to one by a hyphen ("trailer-mounted")?  Such words
        describe the goods before them and name no goods of their own."""
        if qualifier(self.keys[i], self.lex):
            return True
        if i and self.gaps[i] == "-" and self.lex.negation_word.has(self.keys[i - 1]):
            return True  # ("Diamonds polished non-ind.": "non-" makes a word describe)
        after = i + 1
        return after < len(self.keys) and self.gaps[after] == "-" and self.modifier(after)

    def numbered(self, i: int) -> bool:
        """Does a number or a reference start at token i, so that a "no" before it
        marks a number ("No. 8", "AGREEMENT NO TT-17"; not "not 3D")?"""
        keys, gaps = self.keys, self.gaps
        if i >= len(keys):
            return False
        if keys[i][:1].isdigit():
            return not self.is_word(keys[i])
        # (a reference's letters before a hyphen and its figure: `code`)
        return (
            i + 1 < len(keys) and gaps[i + 1] == "-" and keys[i + 1][:1].isdigit() and self.code(i)
        )
