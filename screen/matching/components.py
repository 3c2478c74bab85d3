"""The parts of banned equipment: "semiconductor equipment and components".

A rule whose goods include the parts of what its terms name (`components: true`)
reads a term in the complement of another noun ("wafer chuck for ArF lithography
scanner", "polishing head of a CMP tool"), or before the noun that heads its phrase
("ion implanter source assembly"), as a part of its goods: a review, since the
part may be a common one (a valve, a screw) that no ban reaches.  Not where that
noun names a substance, a work, an act or a person ("die bonder epoxy adhesive",
"manual for lithography scanner", "service of the etcher", "engineer for the
stepper": WordNet's first sense, `noun_kind`),
nor after a preposition that says anything but whose part it is ("wafers made on a
stepper"), nor where the term names no machine ("cleanroom gloves for semiconductor
fab": a plant's supplies).
"""

from __future__ import annotations

from screen.matching.goods import REVIEW, Goods
from screen.matching.lexicon import lexicon
from screen.text.english import noun_kind

# the prepositions that say what a part belongs to, in the languages of the complements
PART_OF = frozenset(
    "for of dlya fur fuer pour para per voor do dla pro untuk von de di del des du".split()
)
NOT_PARTS = frozenset({"substance", "work", "act", "person"})


def machine(key: str) -> bool:
    """Does the word (a term's last) name a machine: a word of the equipment heads or
    an agent noun ("scanner", "implanter", "prober"), not a plant or a trade ("fab",
    "manufacturing") whose supplies are no parts of it ("cleanroom gloves for
    semiconductor fab")?"""
    return key.endswith(("er", "or")) or lexicon().equipment_head.has(key)


def as_part(goods: Goods, marker: str, owner: str, term: tuple[str, str], where: str) -> str:
    """The verdict on a term (`term`: as written, its last word's key) in the
    complement opened by `marker` ("" when it stands before its head) of the noun
    `owner` (a token key): a part of the rule's goods, a review; "" when it is none."""
    what, last = term
    if not goods.components or (marker and marker not in PART_OF):
        return ""
    if noun_kind(owner) in NOT_PARTS or not machine(last):
        return ""
    return f"'{what}' {where}: a part of {goods.noun}{REVIEW}"
