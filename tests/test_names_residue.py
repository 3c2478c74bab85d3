"""What an export or a PDF leaves of a name's letters (`text/residue.py`): Arabic
presentation forms read as letters, an accent's spacing mark or "?" between two
letters dropped; the names meet their listings, other names stay clear."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.residue import letters_back
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
