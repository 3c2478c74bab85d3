"""Persons' names as travel documents and bookings write them, and Chinese names
with the English given name their bearers go by (set 18's misses):

* a passport's machine-readable line ("P<RUSIVANOV<<PAVEL<SERGEEVICH<<<<") and an
  airline booking's name ("HARRACH/BEKKAYMR") are read as "Given Surname"
  (`names/travelnames.py`), a booking's given names run together read as two where
  a known name of four letters or more is one; a slash without a booking's title
  stays two parties;
* "Karl LI Fangwei": a given name of another language before a Chinese name (a
  family name of one syllable, given names of two at most, in pinyin or
  Wade-Giles) is the English name its bearer goes by, no child's
  (`lineage.chinese`); "Ahmad Hasan Ali" still names someone of HASAN Ali's line.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.matching.names import NameIndex
from screen.matching.names.travelnames import travel_name
from tests.conftest import name_case

LISTED = [
    ("IVANOV", "IVANOV, Pavel Sergeevich", False, True, False),
    ("ZELEN", "ZELEN-KARADZIC, Ljiljana", False, True, False),
    ("HARRACH", "HARRACH, Bekkay", False, True, False),
    ("ABUTEIR", "ABU TEIR, Mohammed", False, True, False),
    ("ALSHANTI", "AL-SHANTI, Jamileh Abdullah", False, True, False),
    ("LI", "LI, Fangwei", False, True, False),
    ("WEI", "WEI, Hsueh Kang", False, True, False),
    ("HASAN", "HASAN, Ali", False, True, False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(LISTED)


CASES = [  # (party text, owner, hit?)
    ("P<RUSIVANOV<<PAVEL<SERGEEVICH<<<<<<<<<<<<<<<", "IVANOV", True),
    ("P<BIHZELEN<KARADZIC<<LJILJANA<<<<<<<<<<<<<<<", "ZELEN", True),
    ("P<RUSIVANOV<<PAVEL<PETROVICH<<<<<<<<<<<<<<<<", "IVANOV", False),  # another father
    ("HARRACH/BEKKAYMR", "HARRACH", True),
    ("2HARRACH/BEKKAY MR", "HARRACH", True),
    ("ABU TEIR/MOHAMMEDMR", "ABUTEIR", True),
    ("HARRACH/SAMIRMR", "HARRACH", False),  # another given name
    ("1ALSHANTI/JAMILEHABDULLAHMRS", "ALSHANTI", True),  # given names run together
    ("Karl LI Fangwei", "LI", True),
    ("LI Fangwei (Karl)", "LI", True),
    ("Jason WEI Hsueh Kang", "WEI", True),
    ("Karl LI Fangmin", "LI", False),  # another Chinese given name
    ("Ahmad Hasan Ali", "HASAN", False),  # no Chinese name: a son of the line
]


@pytest.mark.parametrize(("text", "owner", "hit"), CASES)
def test_travel_names_and_english_given_names(
    index: NameIndex, text: str, owner: str, hit: bool
) -> None:
    name_case(index, text, owner, hit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P<RUSIVANOV<<PAVEL<SERGEEVICH<<<<<<<<<<<<<<<", "PAVEL SERGEEVICH IVANOV"),
        ("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "ERIKA MUSTERMANN"),  # Germany: "D<<"
        ("I<SYRJAMOUS<<HUSSAM<<<<<<<<<<<<<<<<<<<<<<<<", "HUSSAM JAMOUS"),
        ("1ALSHANTI/JAMILEHABDULLAHMRS", "JAMILEH ABDULLAH ALSHANTI"),  # (a known name)
        ("DARWISH/SAMIRSAKHIRMR", "SAMIR SAKHIR DARWISH"),
        ("HARRACH/BEKKAYMR", "BEKKAY HARRACH"),  # ("Bek" and "Kay": shorter than four)
        ("RABIEE/HAMIDREZAMR", "HAMIDREZA RABIEE"),  # (a name of its own)
        ("HANIYA/ISMAIL MR", "ISMAIL HANIYA"),
        # no document, no booking: as it is
        ("ACME/BETA TRADING", "ACME/BETA TRADING"),
        ("DHL/FEDEX", "DHL/FEDEX"),
        ("Acme << Beta", "Acme << Beta"),
        ("Ivan Petrov", "Ivan Petrov"),
    ],
)
def test_travel_name(text: str, expected: str) -> None:
    assert travel_name(text) == expected


@given(st.text(alphabet="PIAC<RUSIVANOVMRS/ 12", max_size=60))
def test_travel_name_takes_any_text_of_its_marks(text: str) -> None:
    assert isinstance(travel_name(text), str)
