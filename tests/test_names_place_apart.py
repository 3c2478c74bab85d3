"""A town or country after a firm's legal form or kind, no comma before it: it
stands apart as after a comma (`screen/matching/names/placeapart.py`)."""

from __future__ import annotations

import pytest

from screen.matching.names.placeapart import place_apart

CASES = [
    ("Al Amlod Trading LLC Dubai", "Al Amlod Trading LLC, Dubai"),
    ("Azimut LLC Moscow", "Azimut LLC, Moscow"),
    ("Azimut LLC Saint Petersburg", "Azimut LLC, Saint Petersburg"),
    ("Acme Trading Co Ltd Shenzhen China", "Acme Trading Co Ltd, Shenzhen China"),
    ("VTB Banka a.d. Beograd", "VTB Banka a.d., Beograd"),
    ("Al Amlod Trading LLC Dubai UAE", "Al Amlod Trading LLC, Dubai UAE"),  # (a code last)
    ("Acme Trading LLC UAE", "Acme Trading LLC, UAE"),
    # not after a kind of firm: the place may be the name's
    ("Al Amlod Trading Dubai", "Al Amlod Trading Dubai"),
    ("Leader International HK", "Leader International HK"),
    # the place is the name's: after "of" or "de", or no legal form or kind before it
    ("Foreign Trade Bank of Cambodia", "Foreign Trade Bank of Cambodia"),
    ("Empresa de Aviacion de Cuba", "Empresa de Aviacion de Cuba"),
    ("Bank Melli Iran", "Bank Melli Iran"),
    ("Dubai Trading Company", "Dubai Trading Company"),
    ("Trading Dubai", "Trading Dubai"),  # (a kind and a town: nothing else to be a name)
    ("Azimut LLC", "Azimut LLC"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_apart(text: str, expected: str) -> None:
    assert place_apart(text) == expected


def test_long_text_is_read_at_its_end_only() -> None:
    text = "Trading " * 5000 + "LLC Dubai"
    assert place_apart(text).endswith("LLC, Dubai")
    assert len(place_apart(text)) == len(text) + 1
