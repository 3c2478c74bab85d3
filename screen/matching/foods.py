"""A word of a term a food's name makes a food: "lemon wafers", "strawberry
wafers", as the rule's exclusions say of "chocolate wafer" and "vanilla wafer".

Which words a food's name turns so is read from each rule's exclusions
(`goods._foods`: an exclusion of two words whose first is a food's name by
WordNet's first sense); a food is any noun whose first sense is one ("lemon",
"strawberry", "sugar"; not "silicon", a substance).  Only a term of one word, its
food's name right before it in its phrase: "silicon wafers" and "lemon-scented
cleaning wafers for CMP" stay the rule's.
"""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.goods import Goods
from screen.matching.shape import Structure
from screen.text.english import noun_kind


def food_before(
    s: Structure, first: int, last: int, goods: Goods, quote: Callable[[int, int], str]
) -> str:
    """The reason a term on tokens first..last is a food, or ""."""
    before = first - 1
    if first != last or before < 0 or s.keys[last] not in goods.foods:
        return ""
    if s.phrase[before] != s.phrase[first] or s.hyphened[first] or s.foreign[before]:
        return ""
    if noun_kind(s.keys[before]) != "food":
        return ""
    return f"'{quote(first, last)}' after '{quote(before, before)}': a food, not {goods.noun}"
