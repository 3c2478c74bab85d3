"""Goods shipped together, and words after a term that only qualify it.

A "with ..." complement or a list of goods shipped together never clears the
banned item in it: an exclusion met across them ("vaccine | with syringes", "3D
printers | and filament") excludes nothing, and a longer term whose words name
different things ("robot | with controller") leaves the shorter term in it.  A
word after a term that is never a noun ("complete", "instantaneous", by the
SPECIALIST Lexicon; an unknown word with an adjective's ending: "quadrivalent")
heads nothing, and a disease after a vaccine names the vaccine ("Vaccine influenza").
"""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms

SEMI, GEN, VAC = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-VACCINES"
MICRO, PRINTERS = "RU-ELECTRON-MICROSCOPES", "RU-3D-PRINTERS"
EXPLOSIVES, ROBOTS, EQUIPMENT = "RU-EXPLOSIVES", "RU-ROBOTS", "RU-SEMICONDUCTOR-EQUIPMENT"


def check(terms: GoodsTerms, text: str, rule: str | None) -> None:
    finding = terms.find(text)
    found = {r for r in finding.named if "IMPORT" not in r}
    reasons = [h.reason for h in finding.set_aside]
    if rule is None:
        assert found == set(), reasons
    else:
        assert rule in found, reasons


SHIPPED_TOGETHER = [
    # the tester's (s28/goods2 group 1)
    ("3D printer complete with enclosure", PRINTERS),
    ("KUKA robot with KRC4 controller", ROBOTS),
    ("Yaskawa robot with DX200 controller and cables", ROBOTS),
    ("Influenza vaccine with syringes", VAC),
    ("Hepatitis B vaccine and syringes", VAC),
    ("3D printers and filament", PRINTERS),
    ("Diesel generator set complete with canopy and fuel tank", GEN),
    ("Etching equipment complete with vacuum pumps", EQUIPMENT),
    ("Electron microscope complete system", MICRO),
    # other words, the same mechanisms
    ("Welding robot with positioner and robot controller", ROBOTS),
    ("Palletizing robot, with controller and teach pendant", ROBOTS),
    ("Measles vaccine with syringes and needles", VAC),
    ("Rabies vaccine and syringes, 10 doses", VAC),
    ("Resin 3D printer and filament spools", PRINTERS),
    ("Scanning electron microscope complete with EDS detector", MICRO),
    ("Gas generator set complete", GEN),
    # look-alikes that stay clear: the exclusion is the goods
    ("Syringes for vaccines", None),
    ("Vaccine syringes, 1 ml", None),
    ("Filament for 3D printer", None),
    ("3D printer filament PLA 1.75 mm", None),
    ("Vaccine cooler with ice packs", None),
    ("Diesel fuel for generators", None),
    ("Power cables for generators", None),
]


@pytest.mark.parametrize(("text", "rule"), SHIPPED_TOGETHER)
def test_goods_shipped_together_keep_the_banned_item(terms, text, rule) -> None:
    check(terms, text, rule)


QUALIFIED_AFTER = [
    # the tester's
    ("Vaccine influenza quadrivalent", VAC),
    ("vacine influenza", VAC),
    ("Detonator electric instantaneous", EXPLOSIVES),
    # other words
    ("Vaccine measles live attenuated", VAC),
    ("Vaccine yellow fever, lyophilised", VAC),
    ("Vaccine tetanus adsorbed", VAC),
    ("Vaccine rotavirus monovalent", VAC),
    ("Detonators electric instantaneous, 1000 pcs", EXPLOSIVES),
    ("Diesel generator stationary", GEN),
    ("Industrial robot refurbished complete", ROBOTS),
    # look-alikes: a noun after the term still heads it
    ("LED lamps", None),
    ("Chip resistors", None),
    ("Vaccine carrier for polio vaccine", None),
    ("Influenza test kit", None),
    ("Generator coolant", None),
]


@pytest.mark.parametrize(("text", "rule"), QUALIFIED_AFTER)
def test_a_word_that_is_no_noun_heads_nothing(terms, text, rule) -> None:
    check(terms, text, rule)


def test_the_split_longer_term_is_explained(terms) -> None:
    finding = terms.find("KUKA robot with KRC4 controller")
    assert "robot" in {h.term for h in finding.hits}
    assert any("name different things" in h.reason for h in finding.set_aside)


@pytest.mark.parametrize(
    ("word", "qualifies"),
    [
        ("complete", True),
        ("instantaneous", True),
        ("controller", False),
        ("syringe", False),
        ("quadrivalent", False),
        ("industrial", False),
    ],
)
def test_english_qualifier_words(word, qualifies) -> None:
    from screen.text.english import is_qualifier_word

    assert is_qualifier_word(word) is qualifies
