"""What an export or a PDF leaves of a name's letters (`text/residue.py`): Arabic
presentation forms read as letters, an accent's spacing mark or "?" between two
letters dropped; the names meet their listings, other names stay clear. And this
round's readers (residue, parentage, Zengin kana, Turkish and Kurdish letters) on
hostile and arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.matching.names import NameIndex
from screen.matching.names.hawar import hawar_readings
from screen.text.parentage import kin_links
from screen.text.residue import letters_back
from screen.text.zengin import full_width, small_kana_reading
from tests.conftest import name_case

LISTED = [
    ("castrejon", "CASTREJON PENA, Victor Nazario"),
    ("duran", "DURAN NUNEZ, Juan Carlos"),
    ("ayman", "أيمن سبعاوي إبراهيم حسن التكريتي"),
    ("ramzi", "رمزي محمد عبد الله بن الشيبة"),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, True) for owner, name in LISTED)


CASES = [
    ("Vi´ctor Nazario Castrejo´n Pen~a", "castrejon", True),
    ("Juan Carlos Dura?n Nu?n?ez", "duran", True),
    ("ﺃﻳﻤﻦ ﺳﺒﻌﺎﻭﻱ ﺇﺑﺮﺍﻫﻴﻢ ﺣﺴﻦ ﺍﻟﺘﻜﺮﻳﺘﻲ", "ayman", True),
    ("ﺭﻣﺰﻱ ﻣﺤﻤﺪ ﻋﺒﺪ ﷲ ﺑﻦ ﺍﻟﺸﻴﺒﺔ", "ramzi", True),  # (ﷲ: the Allah ligature)
    ("Juan Carlos Dura?n Pe´rez", "duran", False),  # (another second surname)
    ("ﺃﻳﻤﻦ ﺍﻟﻈﻮﺍﻫﺮﻱ", "ayman", False),  # (another Ayman)
]


@pytest.mark.parametrize(("text", "owner", "hit"), CASES)
def test_residue_read_as_letters(index: NameIndex, text: str, owner: str, hit: bool) -> None:
    name_case(index, text, owner, hit)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Vi´ctor Castrejo´n", "Victor Castrejon"),
        ("Pen~a", "Pena"),
        ("Dura?n Nu?n?ez", "Duran Nunez"),
        ("ﷲ", "الله"),
        ("Is it? Yes", "Is it? Yes"),  # (a question mark ends a word: kept)
        ("~5 kg ^ 2", "~5 kg ^ 2"),
        ("Plain", "Plain"),
    ],
)
def test_letters_back(text: str, read: str) -> None:
    assert letters_back(text) == read


# the readers of this round on any text, hostile ones too: a string (or readings) back,
# never an error; one step each, so a long text of their marks costs one pass
HOSTILE = [
    "S/O " * 5000,
    "ｶ)" * 5000 + "ﾔﾏﾀﾞ(ｶ",
    "´?~" * 10000,
    "\ufdf2\ufefb" * 5000,
    "ğ" * 20000,
    "fils de " * 3000 + "feu",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_readers_take_any_text(text: str) -> None:
    assert isinstance(letters_back(text), str)
    assert isinstance(kin_links(text), str)
    assert isinstance(full_width(text), str)
    assert isinstance(small_kana_reading(text), str)
    assert isinstance(hawar_readings(text), dict)


@given(st.text(max_size=200))
def test_the_readers_never_fail(text: str) -> None:
    letters_back(text), kin_links(text), full_width(text), small_kana_reading(text)
    assert all(r.skeletons for r in hawar_readings(text).values())
