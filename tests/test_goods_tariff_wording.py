"""Tariff wording: the head, a comma, then what qualifies it ("Diamonds, industrial,
unworked", as the HS nomenclature writes 7102.21).  Exclusions and exceptions, which
otherwise match only in their own order, match so too, when the qualifying words fill
the phrase after the comma; a list after a comma ("Diamonds, industrial robots") is
no such wording."""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms
from screen.models import Kind, Status
from tests.conftest import ship

DIAMONDS, GEN, SEMI = "RU-DIAMONDS-IMPORT", "RU-POWER-GENERATORS", "RU-SEMICONDUCTORS"


@pytest.fixture(scope="module")
def terms(rulebook) -> GoodsTerms:
    return GoodsTerms(r for r in rulebook.rules if r.kind is Kind.ITEM)


TARIFF = [
    # the tester's (s29 ships, D7)
    ("Diamonds, industrial, unworked", DIAMONDS, False),
    # the same wording, other exceptions and exclusions
    ("Diamonds, industrial", DIAMONDS, False),
    ("Diamonds, industrial grade", DIAMONDS, False),
    ("Rough diamonds, industrial", DIAMONDS, False),
    ("Generators, signal", GEN, False),
    ("Alternators, car", GEN, False),
    ("Processors, food", SEMI, False),
    ("Saws, diamond", DIAMONDS, False),
    # guards: a list after the comma, a negated exception, the goods themselves
    ("Diamonds, industrial robots", DIAMONDS, True),
    ("Diamonds, non-industrial", DIAMONDS, True),
    ("Diamonds, polished", DIAMONDS, True),
    ("Gold, diamonds, rubies", DIAMONDS, True),
    ("Generators, signal boosters", GEN, True),
    ("Generators, diesel", GEN, True),
    ("Circuits, integrated", SEMI, True),
]


@pytest.mark.parametrize(("text", "rule", "named"), TARIFF)
def test_tariff_wording(terms, text, rule, named) -> None:
    finding = terms.find(text)
    found = finding.named
    assert (rule in found) is named, [h.reason for h in finding.set_aside]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Diamonds, industrial, unworked (HS 7102.21)", Status.CLEAR),  # S282
        ("Diamonds, unworked (HS 7102.21)", Status.CLEAR),  # the excepted heading alone
        ("Diamonds, unworked (HS 7102.31)", Status.BLOCKED),
        ("Diamonds, non-industrial, unworked", Status.BLOCKED),
    ],
)
def test_industrial_diamonds_in_tariff_wording_clear(screener, text, status) -> None:
    result = screener.screen(ship(text, "Alrosa Trading", direction="import"))
    assert result.status is status, result.hits


@pytest.mark.parametrize(
    ("text", "quoted"),
    [("Diamonds, industrial, unworked", "Diamonds, industrial"), ("Industrial diamonds", None)],
)
def test_the_exception_says_so(screener, text, quoted) -> None:
    result = screener.screen(ship(text, "Alrosa Trading", direction="import"))
    assert result.notes == (
        f"RU-DIAMONDS-IMPORT: excepted: '{quoted or text}' "
        "(Industrial diamonds are excepted; Japan goes on importing them.)",
    )
