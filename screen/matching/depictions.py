"""Goods shown, not shipped: a term after a word that makes it an imitation
("dummy detonators", "replica Urals crude barrel", "inert blasting caps"), or in
the "of" complement of a thing that depicts it ("desk model of an EUV lithography
machine", "figurine of a KUKA robot arm"), names a look-alike, not the goods.

The words are the goods vocabulary's `imitation` and `depiction` classes
(`data/goods_context.yaml`).  An imitation word counts only in the term's own
phrase and right before it (two words between at most: "inert, drilled dummy
detonators"), so that "inert gas system" of a metal printer is the printer's.
"""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.goods import Goods
from screen.matching.lexicon import lexicon
from screen.matching.shape import Structure

BEFORE = 3  # tokens before a term an imitation word may stand


def depicted(
    s: Structure, first: int, last: int, goods: Goods, quote: Callable[[int, int], str]
) -> str:
    """The reason a term on tokens first..last names an imitation or a depiction of
    the goods, or ""."""
    lex = lexicon()
    number = s.phrase[first]
    for i in range(max(0, first - BEFORE), first):
        if s.phrase[i] == number and lex.imitation.has(s.keys[i]) and not s.foreign[i]:
            what = quote(first, last)
            return f"'{what}' after '{quote(i, i)}': an imitation, not {goods.noun}"
    phrase = s.phrases[number] if number >= 0 else None
    if phrase is None or phrase.marker != "of" or phrase.parent is None:
        return ""
    # (the thing, or a word after it before "of": "desk model", where "model" is no head)
    for i in range(phrase.parent, first):
        if s.keys[i] == "of":
            break
        if lex.depiction.has(s.keys[i]):
            owner = quote(i, i)
            return f"'{quote(first, last)}' after '{owner} of': a depiction, not {goods.noun}"
    return ""
