"""The process names of additive manufacturing (ISO/ASTM 52900) and their trade
abbreviations name a 3D printer: "DMLS", "LPBF", "SLM printer".  "AM" alone does
not (amplitude modulation, "10 AM"), nor "SLM" alone (a spatial light modulator)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_named

PRINTERS = "RU-3D-PRINTERS"

CASES = [
    # the tester's (s30 ships2 D: S025)
    ("EOS M 290 metal AM system (DMLS), 1 set", PRINTERS),
    # other names
    ("LPBF machine, 1 unit", PRINTERS),
    ("L-PBF system 400x400", PRINTERS),
    ("Laser powder bed fusion system", PRINTERS),
    ("Direct metal laser sintering machine", PRINTERS),
    ("SLM printer, 1 set", PRINTERS),
    ("Directed energy deposition cell", PRINTERS),
    # guards
    ("AM/FM radio system", None),
    ("AM broadcast transmitter system", None),
    ("Meeting 10 AM, system demo", None),
    ("Spatial light modulator (SLM) system", None),
    ("Electron beam melting furnace for titanium", None),
]


@pytest.mark.parametrize(("text", "rule"), CASES)
def test_additive_manufacturing_names(terms, text, rule) -> None:
    assert_named(terms, text, rule, among={PRINTERS})
