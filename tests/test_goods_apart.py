"""A term is no evidence when its words belong to different things.

* Put together in its own order, its head in a complement of another thing
  ("Diesel fuel | for generators" holds no diesel generator), unless the term's
  own words hold the preposition ("manufacture of semiconductor wafers").
* A Latin term at the start of a Chinese or Japanese compound qualifies the noun
  the compound ends in ("ICカード" is a card, "ICレコーダー" a recorder).
"""

from __future__ import annotations

import pytest

SEMI, GEN, ROBOTS = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-ROBOTS"
SME, REFINING = "RU-SEMICONDUCTOR-EQUIPMENT", "RU-OIL-REFINING-EQUIPMENT"
EXPORT = {SEMI, GEN, ROBOTS, SME, REFINING}


CASES = [
    # the tester's
    ("Diesel fuel for generators, 200 L drum", None),
    ("Power cables for generators, 95 mm2", None),
    ("Electronic cigarette with integrated battery and circuit protection", None),
    ("ICレコーダー", None),
    ("ICカード乗車券（交通系）", None),
    ("ICタグ付き衣料品（Tシャツ）", None),
    # the same mechanism in other words
    ("Diesel tanks for generators", None),
    ("Electronic scales with integrated display and circuit breaker", None),
    ("Industrial oven for robot parts", None),
    ("IC卡", None),
    ("ICタグ", None),
    # guards
    ("Diesel generator for hospitals", GEN),
    ("Spare parts for diesel generators", GEN),
    ("Machines and apparatus for the manufacture of semiconductor wafers", SME),
    ("Equipment for crude oil refining", REFINING),
    ("Equpiment for crude oil refining", REFINING),
    ("oil and gas refining equipment", REFINING),
    ("Integrated circuits for electronic devices", SEMI),
    ("ICチップ", SEMI),
    ("IC回路", SEMI),
    ("ICメモリ", SEMI),
]


@pytest.mark.parametrize(("text", "rule"), CASES)
def test_words_of_different_things(terms, text, rule) -> None:
    finding = terms.find(text)
    found = finding.named & EXPORT
    if rule is None:
        assert found == set(), [h.reason for h in finding.set_aside]
    else:
        assert rule in found, [h.reason for h in finding.set_aside]


def test_the_note_says_what_stands_between(terms) -> None:
    reasons = [h.reason for h in terms.find("Power cables for generators").set_aside]
    assert (
        "'Power cables for generators': 'Power' and 'generators' name different things "
        "('for' stands between them)"
    ) in reasons
