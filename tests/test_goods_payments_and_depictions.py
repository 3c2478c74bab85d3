"""How goods are named in payment fields, carnets, carriers of data and depictions
(s44, goods set 10).

* a reference's letters joined to its figure are the reference's, no noun before
  it ("/INV/SM-2291 PAYMENT FOR ... MICROCONTROLLERS" was "a sm"), and "No" before
  a reference marks a number ("AGREEMENT NO TT-17 ROBOT ..."), not a negation;
* what is paid is the goods, as what is asked for ("ADVANCE FOR PALLETIZING ROBOT
  CELL", "BALANCE", "PREPAYMENT");
* goods shown at a fair are the goods ("quantum computer demonstrator");
* technology on a thing data is carried on is shipped with it ("USB drive
  containing ... model weights", "laptop with preinstalled ... AI software");
* a term after a word that makes it an imitation ("dummy detonators", "replica
  Urals crude barrel") or in the "of" complement of a depiction ("desk model of an
  EUV lithography machine") names a look-alike.

Each mechanism has its look-alike.
"""

from __future__ import annotations

import pytest

from tests.conftest import ship

SEMI, EQUIP, ROBOTS = "RU-SEMICONDUCTORS", "RU-SEMICONDUCTOR-EQUIPMENT", "RU-ROBOTS"
EXPLOSIVES, QUANTUM, AI = "RU-EXPLOSIVES", "RU-QUANTUM-COMPUTERS", "RU-AI-ROBOTICS-TECH"
MICRO, OIL, PRINTERS = "RU-ELECTRON-MICROSCOPES", "RU-OIL-IMPORT", "RU-3D-PRINTERS"
RULES = {SEMI, EQUIP, ROBOTS, EXPLOSIVES, QUANTUM, AI, MICRO, OIL, PRINTERS}

# (description, the rules it names on the Russian route)
CASES = [
    # references in payment fields
    ("/INV/SM-2291 PAYMENT FOR STM32F407VGT6 MICROCONTROLLERS 12000 PCS", {SEMI}),
    ("/INV/EM-090 PAYMENT FOR JEOL JSM-IT510 SCANNING ELECTRON MICROSCOPE", {MICRO}),
    ("Generator housing SM-2291 for robot arms", set()),  # (a housing: no robot)
    ("Blasting caps No. 8, 1000 pcs", {EXPLOSIVES}),
    ("AGREEMENT NO TT-17 INDUSTRIAL ROBOT SPARE PARTS", {ROBOTS}),
    ("no industrial robot, spare parts only", set()),  # (a negation still)
    # what is paid
    ("ADVANCE FOR PALLETIZING ROBOT CELL KUKA KR 180 PA INCL GRIPPER", {ROBOTS}),
    ("PREPAYMENT FOR 2 INDUSTRIAL ROBOTS", {ROBOTS}),
    ("advance cargo information for robot parts", set()),  # (information)
    # shown at a fair
    ("compact trapped-ion quantum computer demonstrator (operational)", {QUANTUM}),
    ("tabletop scanning electron microscope demo unit", {MICRO}),
    # technology carried on a drive or a laptop
    ("USB drive containing licensed machine learning model weights", {AI}),
    ("laptop with preinstalled robot-learning AI software", {AI}),
    ("USB drive with robot photos", set()),
    ("laptop with AI-themed stickers", set()),
    # imitations and depictions
    ("inert, drilled dummy detonators, training display", set()),
    ("painted replica Urals crude barrel, side table", set()),
    ("Acrylic desk model of an EUV lithography machine, 1:100", set()),
    ("figurine of a KUKA industrial robot arm", set()),
    ("electric detonators, 500 pcs", {EXPLOSIVES}),
    ("SLM 280 metal 3D printer, 2 lasers, inert gas system", {PRINTERS}),
    ("model of 3D printer: Ultimaker S5", {PRINTERS}),  # (a product's model: no figurine)
]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_payments_carnets_carriers_and_depictions(screener, text, rules) -> None:
    result = screener.screen(ship(text, "Ural Trading"))
    named = {h.rule_id for h in result.hits if h.rule_id in RULES}
    assert named == rules, result.notes


def test_an_imitation_says_so(screener) -> None:
    result = screener.screen(ship("dummy detonators, 20 pcs", "Ural Trading"))
    assert not result.hits
    assert any("after 'dummy': an imitation, not" in note for note in result.notes)
    result = screener.screen(ship("poster of industrial robots", "Ural Trading"))
    assert any("after 'poster of': a depiction" in note for note in result.notes)
