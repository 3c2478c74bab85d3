"""Generic heads and what stands around a term in plain English (s31 ships3, M3).

* a property of the goods between a term and a head that keeps it ("IGBT power
  module": power is an attribute, by WordNet's first sense) heads nothing; a thing
  there still does ("chip resistor array", "diode laser module"), and so does an act
  or an idea ("robot vision system" is a vision system);
* "&" and "+" written apart join items as "and" does ("cobots + vision system");
* goods sent back, repaired or in exchange are shipped all the same ("Return of
  replaced ICs"), and "to" before a person says whom they go to ("ICs to customer");
* a column's internals are parts of it; a "starter kit" is no engine's starter;
* technology for the goods ("process know-how for ...") names them at review, and
  "know-how" is one word, not a "how".
"""

from __future__ import annotations

import pytest

from screen.models import Status
from screen.text.english import noun_kind
from tests.conftest import assert_named, ship

SEMI, ROBOTS, REFINING = "RU-SEMICONDUCTORS", "RU-ROBOTS", "RU-OIL-REFINING-EQUIPMENT"
SME, GEN, VAC = "RU-SEMICONDUCTOR-EQUIPMENT", "RU-POWER-GENERATORS", "RU-VACCINES"
PRINT3D = "RU-3D-PRINTERS"

CASES = [
    # the tester's rows
    ("Replacement IGBT power module for inverter", SEMI),
    ("Automation kit: 2x cobots + vision system", ROBOTS),
    ("Return of replaced ICs to customer after warranty repair", SEMI),
    ("Microcontroller starter kit (STM32 MCU, breadboard, cables)", SEMI),
    ("Crude distillation column internals for refinery revamp", REFINING),
    # new words: a property before a keeping head
    ("MOSFET high voltage module", SEMI),
    ("Thyristor capacity assembly, 2 pcs", SEMI),
    ("Diesel generator power system 500 kVA", GEN),
    # "&" and "+" apart; sent back, repaired, exchanged; to a person
    ("Welding robots & spare parts", ROBOTS),
    ("Repair of industrial robot arm", ROBOTS),
    ("Exchange of defective memory chips", SEMI),
    ("Vaccines to the end user, cold chain", VAC),
    ("Refinery column internals, trays and packing", REFINING),
    # guards: a thing between the term and the head, or an act or idea there
    ("Chip resistor array", None),
    ("Diode laser module", None),
    ("Robot vision system", None),
    ("GPU server system", None),
    ("IGBT power supply", None),
    ("LED lamp module", None),
    ("Chip clip set", None),
    ("Wafer biscuits & cookies", None),
    ("Fish & chips", None),
    ("Potato chips + dip", None),
    ("R&D robot kit for STEM education", None),
    ("Starter motors and dual purpose starter-generators", None),
    ("Starter for diesel generator", None),
    ("Robot repair tools", None),
    ("Refrigerators for storing vaccines", None),
]


@pytest.mark.parametrize(("text", "rule"), CASES)
def test_generic_heads_and_what_stands_around_a_term(terms, text, rule) -> None:
    assert_named(terms, text, rule)


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("power", "property"),
        ("voltage", "property"),
        ("customer", "person"),
        # a thing one can ship: made; a food; a substance: a material
        ("resistor", "thing"),
        ("lamp", "thing"),
        ("flour", "food"),
        ("lemon", "food"),
        ("resin", "substance"),
        ("project", "act"),
        # an animal; an idea, a plant, no noun: ""
        ("vision", ""),
        ("falcon", "animal"),
        ("maple", ""),
        ("qwzx", ""),
    ],
)
def test_a_noun_s_kind_is_wordnet_s_first_sense(word, kind) -> None:
    assert noun_kind(word) == kind


TECHNOLOGY = [
    ("Technical drawings and process know-how for semiconductor wafer fab", SME),
    ("Know-how for industrial robots", ROBOTS),
    ("Software for 3D printers", PRINT3D),
    ("Technical documentation for diesel generators", GEN),
]


@pytest.mark.parametrize(("text", "rule"), TECHNOLOGY)
def test_technology_for_the_goods_is_a_review(screener, text, rule) -> None:
    result = screener.screen(ship(text, "OOO Tekhnoservis, Yekaterinburg"))
    assert result.status is Status.REVIEW, result.hits
    hit = next(h for h in result.hits if h.rule_id == rule)
    assert "(technology for the goods: review)" in hit.detail


def test_know_how_is_one_word(terms) -> None:
    finding = terms.find("Know-how for potato chips")
    assert not finding.named
    finding = terms.find("Process know-how of chip sorting line")
    reasons = [h.reason for h in finding.set_aside]
    assert not any("a how" in r for r in reasons), reasons


def test_a_property_before_the_head_says_so_nowhere_and_the_hit_stands(screener) -> None:
    result = screener.screen(ship("Replacement IGBT power module for inverter", "OOO Tekhnoservis"))
    assert result.status is Status.BLOCKED
    assert [(h.rule_id, h.query) for h in result.hits] == [(SEMI, "IGBT")]
