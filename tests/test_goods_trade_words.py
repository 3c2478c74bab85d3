"""English trade wording of the banned goods (s31 ships3, M4 and H1).

The blasting trade's boosters, emulsions and commercial charges (UN Model
Regulations), a kVA rating beside an engine's fuel (HS 8502.11-13 rates generating
sets so), ISO/ASTM 52900's rapid prototyping, a collaborative arm (ISO 10218), plasma
etching (Wassenaar 3.B.1), with words between a term's words or head first; an
immunization product and a perforating gun are reviews (an antiserum or an empty gun
is no banned good).  What goods are for, after them ("Diamonds for industrial use"),
qualifies them as a word before them does: the exception holds.
"""

from __future__ import annotations

import pytest

from screen.models import Status
from tests.conftest import assert_named, ship

EXPL, VAC, ROBOTS = "RU-EXPLOSIVES", "RU-VACCINES", "RU-ROBOTS"
GEN, PRINT3D = "RU-POWER-GENERATORS", "RU-3D-PRINTERS"
SME = {"RU-SEMICONDUCTOR-EQUIPMENT", "CN-SEMICONDUCTOR-EQUIPMENT"}  # (one vocabulary)

CASES = [
    # the tester's rows
    ("dets & boosters for open-pit blasting", EXPL),
    ("Perforating guns with shaped charges for oil wells", EXPL),
    ("Seismic exploration charges", EXPL),
    ("Bulk emulsion for blasting", EXPL),
    ("Rabies immunization doses for dogs", VAC),
    ("mRNA-based immunization product", VAC),
    ("Plug-and-play collaborative arm for SMEs", ROBOTS),
    ("Backup power solution 500 kVA (diesel)", GEN),
    ("Rapid prototyping machine (SLS)", PRINT3D),
    ("Plasma etching chamber components", SME),
    # new wording
    ("Cast boosters and blasting boosters, 400 g", EXPL),
    ("Ammonium nitrate emulsion, UN 3375", EXPL),
    ("Explosive charges, commercial, UN 0442", EXPL),
    ("Seismic charges 1 kg", EXPL),
    ("Silent 250 kVA diesel, containerised", GEN),
    ("Petrol 5 kVA portable set", GEN),
    ("Industrial rapid prototyping system", PRINT3D),
    ("Collaborative robot arm UR10e", ROBOTS),
    ("Plasma etch chamber parts", SME),
    # guards
    ("Office chairs, commercial charges included", None),
    ("Booster pump for water supply", None),
    ("Signal booster for mobile phones", None),
    ("Emulsion paint, white, 10 L", None),
    ("Battery charger 12 V", None),
    ("Transformer 500 kVA", None),
    ("Diesel engine 500 kW", None),
    ("Seismic sensors for earthquake monitoring", None),
    ("Immunization record cards", None),
    ("Rapid prototyping services", None),
    ("Plasma cutting machine", None),
    ("Robot arm lamp, collaborative workspace", None),
]


@pytest.mark.parametrize(("text", "rule"), CASES)
def test_trade_wording_names_the_goods(terms, text, rule) -> None:
    assert_named(terms, text, rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Rabies immunization doses for dogs", VAC),
        ("Perforating guns, 3 3/8 in, for oil wells", EXPL),
    ],
)
def test_wording_that_may_name_other_goods_is_a_review(screener, text, rule) -> None:
    result = screener.screen(ship(text, "OOO Tekhnoservis, Yekaterinburg"))
    assert result.status is Status.REVIEW, result.hits
    assert {h.rule_id for h in result.hits} == {rule}


PURPOSE = [
    # (description, the diamond rule blocks): the tester's H1, then new words
    ("Diamonds for industrial use", False),
    ("Diamonds for industrial purposes", False),
    ("Diamonds, for industrial applications", False),
    ("Diamonds for jewellery use", True),
    ("Diamonds for non-industrial use", True),
    ("Diamonds for use in jewellery", True),
]


@pytest.mark.parametrize(("text", "blocked"), PURPOSE)
def test_what_goods_are_for_qualifies_them(screener, text, blocked) -> None:
    result = screener.screen(ship(text, "Alrosa Trading", direction="import"))
    assert (result.status is Status.BLOCKED) is blocked, (result.hits, result.notes)
    if not blocked:
        assert any("excepted" in n for n in result.notes), result.notes


def test_robots_for_industrial_use_are_industrial_robots(terms) -> None:
    finding = terms.find("Robots for industrial use")
    assert "industrial robot" in {h.term for h in finding.hits}
