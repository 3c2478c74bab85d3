"""The parts of banned equipment (`screen/matching/components.py`): a rule of
"equipment and components" (`components: true`, RU-SEMICONDUCTOR-EQUIPMENT) reads
a machine its terms name, in the complement of another thing's noun or before the
noun that heads it, as a part of its goods: a review.  Not a work, an act or a
person's noun ("manual", "service"), nor a term that names no machine ("fab"), nor
a rule without the flag (robots: "RV reducer for industrial robot" stays clear,
as the articles ban robots, not their parts)."""

from __future__ import annotations

import pytest

from screen.matching.components import machine
from screen.matching.goodsterms import GoodsTerms
from tests.test_goods_appended import BLOCK, REVIEW, verdict

EQUIP, CN_EQUIP, ROBOTS = "RU-SEMICONDUCTOR-EQUIPMENT", "CN-SEMICONDUCTOR-EQUIPMENT", "RU-ROBOTS"

CASES = [  # (description, rule, verdict)
    ("wafer chuck for ArF lithography scanner, spare", EQUIP, REVIEW),
    ("electrostatic chuck assembly for plasma etcher", EQUIP, REVIEW),
    ("polishing head of the CMP tool", EQUIP, REVIEW),
    ("ion implanter source assembly", EQUIP, REVIEW),
    ("spare parts for lithography scanner", EQUIP, BLOCK),  # a part's own word: as before
    ("lithography scanner", EQUIP, BLOCK),
    # no part
    ("operating manual for lithography scanner", EQUIP, None),  # a work
    ("maintenance service of plasma etcher", EQUIP, None),  # an act
    ("cleanroom gloves for semiconductor fab", EQUIP, None),  # a plant's supplies
    ("heatsink for semiconductor components", EQUIP, None),
    ("photos taken with a lithography scanner", EQUIP, None),  # ("with": no owner)
    # rules without the flag
    ("wafer chuck for ArF lithography scanner, spare", CN_EQUIP, None),
    ("RV reducer for industrial robot", ROBOTS, None),
]


@pytest.mark.parametrize(("text", "rule", "expected"), CASES)
def test_parts_of_banned_equipment(terms: GoodsTerms, text: str, rule: str, expected: str) -> None:
    found = terms.find(text)
    assert verdict(terms, text, rule) == expected, [h.reason for h in found.set_aside]


def test_the_hit_says_it_is_a_part(terms: GoodsTerms) -> None:
    (hit,) = [
        h for h in terms.find("wafer chuck for lithography scanner").hits if h.rule_id == EQUIP
    ]
    assert hit.review
    assert hit.unread == (
        "'lithography scanner' after 'chuck for': a part of semiconductor equipment (review)"
    )


@pytest.mark.parametrize(
    ("key", "expected"),
    [("scanner", True), ("implanter", True), ("tool", True), ("fab", False), ("component", False)],
)
def test_a_machine_is_an_agent_noun_or_an_equipment_word(key: str, expected: bool) -> None:
    assert machine(key) is expected
