"""Foreign names written in Hangul, read as the names they spell (`hangul.loan_forms`):
the ㅡ Korean adds between consonants left out, ㄹ as r and l, ㅂ ㅍ ㅈ as the
consonants a foreign language tells apart ("로스네프트" Rosneft, "우랄바곤자보드"
Uralvagonzavod).  Korean names and firms stay Korean ("우리 은행" is no foreign name's)."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.hangul import loan_forms, spells_foreign

LOANS = [
    ("로스네프트", ("rosnept", "rosneft", "losnept", "losneft")),  # (ㄹ first: r or l)
    ("스베르방크", ("sberbank", "svervank")),
    ("우랄바곤자보드", ("uralbagonjabod", "uralvagonzavod", "uralbagonzabod")),
    ("나스랄라", ("nasrala",)),  # (ㄹㄹ: one l between vowels)
    ("이슬람", ("islam",)),  # (the added ㅡ before ㄹㄹ)
    ("블라디미르", ("bladimir", "vladimir")),
    ("헤즈볼라", ("hejbola", "hezvola", "hezbola")),
    ("칼라시니코프", ("kalasinikop", "kalashnikof")),  # (시 before a consonant: ш)
    ("샤", ("sha",)),
]


@pytest.mark.parametrize(("word", "forms"), LOANS)
def test_a_foreign_name_in_hangul_is_read_as_the_name_it_spells(word, forms) -> None:
    assert loan_forms(word) == forms


@pytest.mark.parametrize(
    ("word", "foreign"),
    [("스베르방크", True), ("로스네프트", True), ("바그너", True), ("대성", False),
     ("우리", False), ("김정은", False), ("현대자동차", False)],
)  # fmt: skip
def test_a_foreign_name_is_told_by_the_vowel_korean_adds(word, foreign) -> None:
    assert spells_foreign(word) is foreign


LISTED = [
    ("ROSNEFT", "ROSNEFT", False),
    ("SBER", "SBERBANK", False),
    ("UVZ", "URALVAGONZAVOD", False),
    ("STRELKOV", "STRELKOV, Igor Ivanovich", True),
    ("NASRALLAH", "NASRALLAH, Hasan", True),
    ("DAESONG", "DAESONG BANK", False),
    ("KALASHNIKOV", "KALASHNIKOV CONCERN", False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex([(owner, name, False, person) for owner, name, person in LISTED])


@pytest.mark.parametrize(
    ("query", "owner", "hit"),
    [
        ("로스네프트", "ROSNEFT", True),
        ("러시아 스베르방크", "SBER", True),  # (beside a Korean word: a firm's)
        ("우랄바곤자보드", "UVZ", True),
        ("이고르 스트렐코프", "STRELKOV", True),
        ("하산 나스랄라", "NASRALLAH", True),
        ("칼라시니코프", "KALASHNIKOV", True),
        ("대성 은행", "DAESONG", True),  # (a Korean firm read as Korean)
        ("로스텔레콤", "ROSNEFT", False),
        ("스베르들롭스크", "SBER", False),
    ],
)
def test_foreign_parties_in_hangul_meet_their_listed_names(index, query, owner, hit) -> None:
    owners = {h.name.owner for h in index.search(query, 75.0)}
    assert (owner in owners) is hit
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)
