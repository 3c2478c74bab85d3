"""Is a goods term found in a Latin-script description evidence of its rule's goods?

A term is evidence only in its context (see `structure.py` for how the context
is read).  It is not when:

* negation governs it ("lasers, other than laser diodes");
* it sits in a complement of another thing ("refrigerators for storing
  vaccines", "cards incorporating an integrated circuit"), unless that thing is a
  part of the goods ("parts of integrated circuits") or, for a rule whose goods
  are machines, a machine ("equipment for crude oil refining");
* it qualifies a later head noun of another kind ("LED lamps": a lamp; "chip
  resistors": a resistor); fillers, neutral heads ("semiconductor devices"),
  words of the rule's own terms, part numbers and words that are no English word
  (brands, Russian) do not count as another head;
* words of another trade stand in the same clause ("waffles and wafers", "wood
  in chips", "turnings, shavings, chips").

Each verdict comes with the reason, in words a reviewer reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from screen.matching.lexicon import lexicon
from screen.matching.structure import Structure


@dataclass(frozen=True)
class Goods:
    """What the judge needs to know about a rule."""

    noun: str  # what the rule's goods are called in explanations ("a semiconductor")
    words: frozenset[str]  # the token keys of its terms
    equipment: bool  # its goods are machines for what its terms name


NEGATED = "negated: "  # how a negation verdict begins ("non-electric" negates "electric")


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def judge_latin(
    s: Structure,
    first: int,
    last: int,
    goods: Goods,
    quote: Callable[[int, int], str],
    is_english: Callable[[str], bool],
    own: Callable[[str], bool],
) -> str:
    """"" when the term hit on tokens first..last is evidence, else the reason."""
    lex = lexicon()
    keys = s.keys
    what = quote(first, last)
    cue = s.negated[first]
    if cue:
        return f"{NEGATED}'{what}' is governed by '{cue}'"
    number = s.phrase[first]
    phrase = s.phrases[number] if number >= 0 else None
    if phrase is not None and phrase.marker and phrase.parent is not None:
        owner = keys[phrase.parent]
        fits = lex.part_head.has(owner) or (goods.equipment and lex.equipment_head.has(owner))
        if not fits:
            name = quote(phrase.parent, phrase.parent)
            return (
                f"'{what}' after '{name} {phrase.marker}': the goods are {name}, "
                f"not {goods.noun}"
            )
    if phrase is not None and phrase.head is not None and phrase.head > last:
        for i in phrase.tokens:
            if i <= last or i > phrase.head:
                continue
            key = keys[i]
            if (
                lex.filler.has(key)
                or lex.neutral_head.has(key)
                or key in goods.words
                or own(key)
                or (goods.equipment and lex.equipment_head.has(key))
                or not key.isalpha()
                or key.endswith("ed")
                or s.foreign[i]
                or not (len(key) >= 6 or is_english(key) or is_english(s.texts[i]))
            ):
                continue
            head = quote(phrase.head, phrase.head)
            return (
                f"'{what}' inside '{quote(first, phrase.head)}': "
                f"{_article(head.lower())}, not {goods.noun}"
            )
    trade = s.trades.get(s.clause[first])
    if trade is not None and not all(k in goods.words for k in keys[trade[1] : trade[2] + 1]):
        return f"'{what}' beside '{quote(trade[1], trade[2])}': goods of the {trade[0]} trade"
    return ""
