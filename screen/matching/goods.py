"""What the judges (`judge.py`, `cjkjudge.py`, `components.py`) know about an item rule."""

from __future__ import annotations

from screen.models import Rule
from screen.tuples import NamedTuple

REVIEW = " (review)"  # ends every verdict that leaves the hit a review, not no hit


class Goods(NamedTuple):
    noun: str  # what the rule's goods are called in explanations ("a semiconductor")
    words: frozenset[str]  # the token keys of its terms
    equipment: bool  # its goods are machines for what its terms name
    components: bool = False  # its goods include their parts (`components.py`)


def goods_of(rule: Rule, words: frozenset[str]) -> Goods:
    """The rule's `Goods`, `words` the token keys of its terms."""
    first = rule.terms[0] if rule.terms else rule.id
    plain = first.split()[-1].lower() in ("equipment", "machinery")
    noun = first if plain else ("an " if first[:1].lower() in "aeiou" else "a ") + first
    return Goods(noun, words, rule.equipment, rule.components)
