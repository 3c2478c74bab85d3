"""Negation put after the goods ("Generators excluded; tea only", "battery not
included") negates the phrase before it, back to a comma, bracket, preposition or
clause start, and back to a figure or part number ("Generator 100 kVA freight not
included": the freight); "w/o" is "without"."""

from __future__ import annotations

import pytest

from screen.models import Status
from tests.conftest import assert_named, ship

GEN, SEMI, PRINTERS = "RU-POWER-GENERATORS", "RU-SEMICONDUCTORS", "RU-3D-PRINTERS"

CASES = [
    # the tester's (s30 ships2 I: S356)
    ("Generators excluded; tea only", None),
    # other cues and wordings
    ("Tea, generators excluded", None),
    ("Semiconductors not included; cables only", None),
    ("Toolkit w/o generator", None),
    ("Office furniture, 3D printers are excluded", None),
    ("Laptop bag (semiconductors not supplied)", None),
    ("Werkzeugsatz, Generator nicht enthalten", None),
    # guards: the cue negates its own phrase only
    ("Diesel generator (battery not included)", GEN),
    ("Generator with battery, cables excluded", GEN),
    ("Diesel generator 100kVA, freight not included", GEN),
    ("Diesel generator 100kVA freight not included", GEN),
    ("Integrated circuits; packing excluded", SEMI),
    ("3D printer, excluded from warranty: nozzles", PRINTERS),
]


@pytest.mark.parametrize(("text", "rule"), CASES)
def test_negation_after_the_goods(terms, text, rule) -> None:
    assert_named(terms, text, rule)


def test_the_cue_is_named(screener) -> None:
    result = screener.screen(ship("Generators excluded; tea only", "OOO Vostok"))
    assert result.status is Status.CLEAR
    assert any("negated by 'excluded'" in note for note in result.notes), result.notes
