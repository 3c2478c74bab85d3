"""Counts, measures and foods around a term (blind goods set 6's misses): a count
run together with its unit or its goods ("2xgensets", "500pcsIC", "20reels"), a
measure of the goods before "of" ("500 kg of TNT", "42 carats of polished
diamonds": "a kg, not an explosive" before), a count written in words ("Ten
thousand doses of ... vaccine") and a food's name before a word the rule's
exclusions make a food ("lemon wafers", as "chocolate wafer"); an animal after a
term says what it is for ("vaccine swine"), and "origin" opens where it comes from
("CRUDE OIL URALS ORIGIN RUSSIA" was "a russia")."""

from __future__ import annotations

import pytest

from screen.text.fusedcounts import counts_apart
from tests.conftest import ship

KNOWN = frozenset("gensets wafer gpu cpu".split())


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2xgensets diesel", "2 x gensets diesel"),
        ("500pcsIC STM32F103C8T6", "500 pcs IC STM32F103C8T6"),
        ("8xGPU", "8 x GPU"),
        ("2xprobe cards", "2 x probe cards"),  # (an English word after "x")
        ("20off", "20off"),  # (after a figure alone: no)
        ("1set CDU trays", "1 set CDU trays"),
        ("100kVA 300mm 80GB 5G", "100kVA 300mm 80GB 5G"),  # (units of a specification)
        ("3Dprinter", "3Dprinter"),
        ("120x80x95 cm", "120x80x95 cm"),  # (dimensions)
        ("STM32F103", "STM32F103"),  # (a part's code)
    ],
)
def test_a_count_run_together_is_set_apart(text, read) -> None:
    assert counts_apart(text, KNOWN.__contains__, {"probe", "off"}.__contains__) == read


@pytest.mark.parametrize(
    ("text", "rule", "direction"),
    [
        (
            "2xgensets diesel 100kVA silent 50Hz, new, ship to Moscow",
            "RU-POWER-GENERATORS",
            "export",
        ),
        ("20xCPU i7-13700K tray, ship RU", "RU-SEMICONDUCTORS", "export"),
        ("500 kg of TNT", "RU-EXPLOSIVES", "export"),
        ("Three hundred kilograms of double-base propellant powder", "RU-EXPLOSIVES", "export"),
        ("Ten thousand doses of meningococcal conjugate vaccine", "RU-VACCINES", "export"),
        ("42 carats of polished diamonds, Russian origin", "RU-DIAMONDS-IMPORT", "import"),
        ("10000 barrels of Urals crude", "RU-OIL-IMPORT", "import"),
        ("silicon wafers 200 mm", "RU-SEMICONDUCTORS", "export"),
        ("lemon wafers, 150 g", None, "export"),  # (a food, as "chocolate wafer")
        ("Forty cartons of strawberry wafers", None, "export"),
        ("chicken vaccine, 1000 doses", "RU-VACCINES", "export"),  # (no exclusion says so)
        ("PRRS live vaccine swine 50 ds", "RU-VACCINES", "export"),  # (an animal: its use)
        ("CRUDE OIL URALS ORIGIN RUSSIA", "RU-OIL-IMPORT", "import"),  # (where it comes from)
    ],
)
def test_counts_measures_and_foods_around_a_term(screener, text, rule, direction) -> None:
    result = screener.screen(ship(text, "Ural Trading", direction=direction))
    items = {h.rule_id for h in result.hits if h.rule_id.startswith("RU-")}
    assert items == ({rule} if rule else set()), [n for n in result.notes]
