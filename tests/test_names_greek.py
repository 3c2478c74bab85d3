"""Greek letters read as Greek spells a foreign name (`text.romanize.greek_reading`): its
digraphs for b, d, g, j and ng, its vowel digraphs, and a diaeresis keeping two
vowels apart; a name so read meets the listed one."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.romanize import greek_reading
from tests.conftest import name_hit


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ΣΕΝΑΤ ΣΙΠΙΝΓΚ ΛΙΜΙΤΕΝΤ", "senat siping limited"),
        ("Ρόμπερτ", "robert"),
        ("Τζον", "jon"),
        ("Γκρουπ", "grup"),
        ("Μπασάρ αλ Άσαντ", "basar al asad"),  # (Greek has no "sh")
        ("ΦΑΪΝΑΝΣ", "fainans"),
        ("Acme Trading", ""),  # no Greek letter: no reading
        ("ΝΟΒΑΤΕΚ GMBH", "novatek GMBH"),  # Latin words as written
    ],
)
def test_greek_reading(text: str, read: str) -> None:
    assert greek_reading(text) == read


def test_a_greek_rendering_meets_the_listed_name() -> None:
    index = NameIndex([("SENAT", "SENAT SHIPPING LIMITED", False, False)])
    hit = name_hit(index, "ΣΕΝΑΤ ΣΙΠΙΝΓΚ ΛΙΜΙΤΕΝΤ", "SENAT")
    assert hit is not None and hit.score >= 85
    assert "read as 'senat siping limited' (Greek letters as they spell a foreign name)" in (
        hit.detail
    )


def test_a_greek_reading_meets_no_other_party() -> None:
    index = NameIndex([("SENAT", "SENAT SHIPPING LIMITED", False, False)])
    assert name_hit(index, "ΣΑΝΤΑ ΜΑΡΙΑ ΣΙΠΙΝΓΚ", "SENAT") is None  # Santa Maria Shipping
