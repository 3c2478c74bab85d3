"""What the judges (`judge.py`, `cjkjudge.py`, `components.py`) know about an item rule."""

from __future__ import annotations

from functools import lru_cache

from screen.matching.lexicon import lexicon
from screen.matching.technology import technology_at
from screen.models import Rule
from screen.text.english import noun_kind
from screen.text.normalize import normalize
from screen.text.tokens import singular
from screen.tuples import NamedTuple

REVIEW = " (review)"  # ends every verdict that leaves the hit a review, not no hit


class Goods(NamedTuple):
    noun: str  # what the rule's goods are called in explanations ("a semiconductor")
    words: frozenset[str]  # the token keys of its terms
    equipment: bool  # its goods are machines for what its terms name
    components: bool = False  # its goods include their parts (`components.py`)
    foods: frozenset[str] = frozenset()  # its words a food's name before makes a food
    technology: bool = False  # its goods are technology (a term names one: "AI software")


def goods_of(rule: Rule, words: frozenset[str]) -> Goods:
    """The rule's `Goods`, `words` the token keys of its terms."""
    first = rule.terms[0] if rule.terms else rule.id
    plain = first.split()[-1].lower() in ("equipment", "machinery")
    noun = first if plain else ("an " if first[:1].lower() in "aeiou" else "a ") + first
    technology = any(_technology(term) for term in rule.terms)
    return Goods(noun, words, rule.equipment, rule.components, _foods(rule), technology)


def _technology(term: str) -> bool:
    """Does the term name a technology, a technology's word ending it ("AI software",
    "robotics technology")?  Its rule's other terms then name technologies too: one
    before any technology's word names what it is made with ("deep-learning weld-seam
    tracking technology", "deep-learning visual inspection AI source code")."""
    keys = normalize(term).split()  # (normalised once for the rule's words: cached)
    return bool(keys) and keys[-1] in _technology_ends() and technology_at(keys, len(keys) - 1) >= 0


@lru_cache(maxsize=1)
def _technology_ends() -> frozenset[str]:
    """The words a technology's word or words end with ("software", "code" of "source
    code"): a term ending otherwise names none, and is not looked up further."""
    heads = lexicon().technology_head
    return frozenset({*heads.words, *(sequence[-1] for sequence in heads.sequences)})


def _foods(rule: Rule) -> frozenset[str]:
    """The words of the rule's terms that its exclusions make a food after a food's
    name ("chocolate wafer", "potato chips": "wafer", "chip"), by WordNet's first
    sense of the name: any food's name before them makes a food ("lemon wafers")."""
    out = set()
    for exclusion in rule.exclusions:
        words = [singular(w) for w in exclusion.lower().split()]
        if len(words) == 2 and words[0].isalpha() and noun_kind(words[0]) == "food":
            out.add(words[1])
    return frozenset(out)
