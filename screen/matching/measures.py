"""Is the word before "of" a measure of the goods after it, not other goods?

"500 kg of TNT", "42 carats of polished diamonds", "2 t of TNT flakes", "5 lbs of
smokeless powder", "100 ct of polished diamonds": the goods are what follows "of".
A word names a measure when WordNet's first sense of it is a property (a quantity:
"kg", "carat", "tonne"), or when a figure stands right before it and it names no
thing one ships, no work, food or animal ("2 t", "100 ct", "3 cylinders of"): a unit
written short or a count's container ("t" is thymine to WordNet, a tonne on a packing
list).  After a figure, a word of WordNet's other kinds keeps its own meaning ("3
photos of robots" are photos).  A word followed in its phrase by what the goods come
as ("samples", "lot", "cartons"; not "toy model of") heads no complement either:
"pre-production samples of LPDDR4 memory chips" are chips.
"""

from __future__ import annotations

from screen.matching.lexicon import lexicon
from screen.matching.shape import Structure
from screen.text.english import noun_kind

# what goods come as, after a word that describes them ("pre-production samples of")
_LOTS = frozenset("sample lot batch consignment shipment quantity qty stock piece pc unit".split())
# the kinds of noun that, counted, are goods of their own ("3 manuals of", "2 kits of")
_GOODS_KINDS = frozenset({"thing", "work", "food", "animal", "person", "act"})


def is_measure(s: Structure, at: int) -> bool:
    """Does token `at`, the head before an "of" complement, measure what follows?"""
    key = s.keys[at]
    kind = noun_kind(key)
    if kind == "property":
        return True
    after = at + 1
    lot = after < len(s.keys) and s.phrase[after] == s.phrase[at]
    if lot and (s.keys[after] in _LOTS or lexicon().packing.has(s.keys[after])):
        return True  # what the goods come as follows it ("pre-production samples of")
    figure = at > 0 and s.keys[at - 1][:1].isdigit() and s.phrase[at - 1] == s.phrase[at]
    return figure and key.isalpha() and kind not in _GOODS_KINDS
