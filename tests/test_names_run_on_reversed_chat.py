"""Names as older systems and chat keyboards write them (held-out set 20's misses):
a firm's place and kind words run together with its name ("SBERBANKMOSCOW",
"BANKMELLIIRANTEHRAN"), a name in Arabic letters stored back to front by a system
that kept it in visual order, and the Arabic chat alphabet's figures for letters
("7asan nasrallah", "6ari2 3aziz").  Each is read again; a text without the mark is
not ("ROSOBORONEKSPORT" has no place word, "5th Avenue" is an ordinal, an Arabic
text in its own order is not reversed)."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.arabizi import arabizi_reading
from screen.matching.names.peeled import peeled_reading
from screen.text.scripts import reversed_reading
from tests.conftest import name_case

LISTED = [  # (owner, listed name, person?)
    ("SBER", "PJSC SBERBANK", False),
    ("MELLI", "BANK MELLI IRAN", False),
    ("KWANG", "KOREA KWANGSON BANKING CORP", False),
    ("SADDAM", "SADDAM HUSSEIN AL-TIKRITI", True),
    ("NASR", "NASRALLAH, Hasan", True),
    ("AZIZ", "TARIQ AZIZ", True),
]
CASES = [  # (party text, owner, found at review?)
    ("SBERBANKMOSCOW", "SBER", True),
    ("BANKMELLIIRANTEHRAN", "MELLI", True),
    ("KOREAKWANGSONBANKINGPYONGYANG", "KWANG", True),
    ("BANKSADERATIRANTEHRAN", "MELLI", False),  # (another bank of Iran)
    ("يتيركتلا نيسح مادص", "SADDAM", True),
    ("7asan nasrallah", "NASR", True),
    ("6ari2 3aziz", "AZIZ", True),
    ("7asan 3aziz", "NASR", False),  # (another surname)
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_name_run_on_reversed_or_in_chat_letters_is_found(index, text, owner, found) -> None:
    name_case(index, text, owner, found)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("SBERBANKMOSCOW", "SBER BANK MOSCOW"),
        ("KOREAKWANGSONBANKINGPYONGYANG", "KOREA KWANGSON BANKING PYONGYANG"),
        ("Sberbank Moscow", ""),  # (no word run on)
        ("ALEXANDROVICH", ""),  # (no place or kind word)
        ("GAZPROMBANK", ""),  # (a kind word alone: a name of its own)
    ],
)
def test_place_and_kind_words_run_on_are_read_apart(text, read) -> None:
    assert peeled_reading(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("يتيركتلا نيسح مادص", "صدام حسين التكريتي"),
        ("صدام حسين التكريتي", ""),  # (its own order: the article begins a word)
        ("ךורב", "ברוך"),  # (Hebrew: a final letter begins the word)
        ("Saddam صدام", ""),  # (Latin letters too: mixed direction)
    ],
)
def test_a_text_stored_back_to_front_is_read_the_right_way(text, read) -> None:
    assert reversed_reading(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("7asan nasrallah", "hasan nasrallah"),
        ("5alid 3abd al-ra7man", "khalid abd al-rahman"),
        ("ayman al-6'awahiri", "ayman al-zawahiri"),
        ("6ari2 3aziz", "tariq aziz"),
        ("A320 Airbus", ""),  # (a code in capitals)
        ("5th Avenue LLC", ""),  # (an ordinal)
        ("Room 27", ""),  # (a number)
    ],
)
def test_the_chat_alphabets_figures_are_read_as_letters(text, read) -> None:
    assert arabizi_reading(text) == read
