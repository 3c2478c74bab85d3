"""An English word's regular plural stands for the word in a party's name, and the
other way round ("Caspian Industrial Machineries Supplies" is CASPIAN INDUSTRIAL
MACHINERY SUPPLY LLC: held-out set 13), explained as "plural/singular"."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.tables import word_alts
from screen.text.english import singular_of
from screen.text.namefold import fold
from tests.conftest import name_hit

LISTED = [  # (owner, listed name)
    ("CASPIAN", "CASPIAN INDUSTRIAL MACHINERY SUPPLY LLC"),
    ("DEHONG", "DEHONG TAILONG INDUSTRY COMPANY LIMITED"),
    ("BARAKAAT", "BARAKAAT GROUP OF COMPANIES"),
]
CASES = [  # (party text, owner, found at review?)
    ("Caspian Industrial Machineries Supplies LLC", "CASPIAN", True),
    ("Dehong Tailong Industries Company Limited", "DEHONG", True),
    ("Barakaat Group of Company", "BARAKAAT", True),
    ("Caspian Agricultural Machineries", "CASPIAN", False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, False) for owner, name in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_plural_finds_the_singular(index, text, owner, found) -> None:
    hit = name_hit(index, text, owner)
    assert (hit is not None) is found, hit


def test_the_hit_says_plural() -> None:
    index = NameIndex([("C", LISTED[0][1], False, False)])
    (hit,) = index.search("Caspian Industrial Machineries Supply", 75.0)
    assert "machineries~machinery (plural/singular)" in hit.detail


@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("machineries", ("machinery",)),
        ("supplies", ("supply",)),
        ("companies", ("company",)),
        ("industries", ("industry",)),
        ("brothers", ("brother",)),
        ("petrov", ()),  # (no plural)
        ("buses", ()),  # (too short a singular)
        ("bazarganis", ()),  # (no English word)
    ],
)
def test_singular_of(word: str, one: tuple[str, ...]) -> None:
    assert singular_of(word) == one


@pytest.mark.parametrize(("word", "plural_of"), [("machineries", "machinery"), ("kings", "king")])
def test_a_plural_stands_for_its_singular(word: str, plural_of: str) -> None:
    assert fold(plural_of) in word_alts(word)


def test_a_name_is_no_plural() -> None:
    assert fold("abba") not in word_alts("abbas")  # (Abbas is a name, not two Abbas)


def test_a_baltic_ending_is_no_plural() -> None:
    index = NameIndex([("L", "LAVROV, Sergey", False, True)])
    (hit,) = index.search("Sergejs Lavrovs", 75.0)
    assert "lavrovs~lavrov (name variant (another language or form))" in hit.detail
