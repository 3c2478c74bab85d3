"""A Latin term found only in the letter-by-letter reading of an abjad (Arabic,
Hebrew: consonants only) is no match; the same term in Latin or Cyrillic, or a
term written in the abjad itself, still is."""

from __future__ import annotations

import pytest

from screen.models import Status
from screen.text.scripts import read_from_abjad
from tests.conftest import ship

CASES = [
    # (consignee, country, expected status, expected rule or None)
    ("كريم", "JP", Status.CLEAR, None),  # Karim, read "krym"
    ("شركة كريم للتجارة", "JP", Status.CLEAR, None),
    ("קרים", "JP", Status.CLEAR, None),  # Hebrew letters read "qrym"
    ("Krym Trading", "JP", Status.REVIEW, "REGION-CRIMEA"),
    ("Крым", "JP", Status.REVIEW, "REGION-CRIMEA"),
]


@pytest.mark.parametrize(("consignee", "country", "status", "rule"), CASES)
def test_abjad_skeletons_are_no_evidence(screener, consignee, country, status, rule) -> None:
    result = screener.screen(ship(consignee=consignee, country=country))
    assert result.status is status, result.hits
    assert [h.rule_id for h in result.hits][:1] == ([rule] if rule else [])


@pytest.mark.parametrize(
    ("source", "term", "expected"),
    [
        ("كريم", "Krym", True),
        ("Krym", "Krym", False),
        ("Крым", "Крым", False),
        ("القرم", "القرم", False),  # a term written in Arabic matches Arabic text
        ("קרים", "Krym", True),
    ],
)
def test_read_from_abjad(source: str, term: str, expected: bool) -> None:
    assert read_from_abjad(source, term) is expected
