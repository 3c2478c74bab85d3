"""The items of a goods description: what one item says says nothing of another.

An exception vetoes the terms of its own item only (an item ends where a clause
does, at a list mark, or at a nakaguro between goods), and one that names its goods
itself ("industrial diamonds") only the terms it overlaps.  Numbered and lettered
lists ("1) ... 2) ...") and the Japanese list mark 「・」 between goods separate
items, so that the words of one item (soy sauce, green tea) do not set aside the
banned goods of another; 「・」 between two katakana words joins one name.
"""

from __future__ import annotations

import pytest

from screen.matching.items import item_starts, list_marks, nakaguro_breaks
from screen.models import Status
from tests.conftest import assert_named, ship

DIAMONDS, GEN, SEMI, ROBOTS = (
    "RU-DIAMONDS-IMPORT",
    "RU-POWER-GENERATORS",
    "RU-SEMICONDUCTORS",
    "RU-ROBOTS",
)

EXCEPTIONS = [
    # the tester's (s30 ships2 A: S358, S404, S405)
    ("Industrial diamonds, abrasive grade; polished diamonds 2 ct", Status.BLOCKED),
    ("Polished diamonds; industrial diamonds", Status.BLOCKED),
    ("Industrial diamonds; rough gem diamonds", Status.BLOCKED),
    # other separators and wordings, the same mechanism
    ("Industrial diamonds\nPolished diamonds", Status.BLOCKED),
    ("Polished diamonds, industrial diamonds", Status.BLOCKED),
    ("Polished diamonds and industrial diamonds", Status.BLOCKED),
    ("1) Diamond powder 2) Polished diamonds", Status.BLOCKED),
    ("工業用ダイヤモンド・ダイヤモンド", Status.BLOCKED),
    ("Diamond grit | brilliant cut diamonds", Status.BLOCKED),
    # guards: the exception in its own item still clears it
    ("Industrial diamonds", Status.CLEAR),
    ("Industrial diamonds, abrasive grade", Status.CLEAR),
    ("Diamonds, abrasive grade", Status.CLEAR),
    ("Diamonds, industrial, unworked", Status.CLEAR),
    ("Diamond powder; diamond grit", Status.CLEAR),
    ("工業用ダイヤモンド", Status.CLEAR),
    ("Industrial diamonds; green tea", Status.CLEAR),
]


@pytest.mark.parametrize(("text", "status"), EXCEPTIONS)
def test_an_exception_vetoes_its_own_item_only(screener, text, status) -> None:
    result = screener.screen(ship(text, "Alrosa Trading", direction="import"))
    assert result.status is status, (result.hits, result.notes)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Urals crude oil; Sakhalin Blend crude oil", Status.REVIEW),
        ("1) Sakhalin Blend 2) Urals crude oil", Status.REVIEW),
        ("Crude oil from Sakhalin-1 project", Status.CLEAR),
        ("Crude oil (Sakhalin Blend)", Status.CLEAR),
        ("Sakhalin Blend crude oil", Status.CLEAR),
    ],
)
def test_the_oil_exception_too(screener, text, status) -> None:
    result = screener.screen(ship(text, "Rosneft Trading", direction="import"))
    assert result.status is status, (result.hits, result.notes)


def test_a_partly_excepted_description_names_the_banned_item(screener) -> None:
    result = screener.screen(
        ship("Industrial diamonds; polished diamonds 2 ct", "Alrosa", direction="import")
    )
    assert [h.query for h in result.hits] == ["polished diamonds"]


LISTS = [
    # the tester's (s30 ships2 C: S364, S370)
    ("1) Soy sauce 2) Diesel generator 50 kVA 3) Udon noodles", GEN),
    ("緑茶・半導体・タオル", SEMI),
    # other list marks and goods
    ("1. Green tea 2. Diesel generator 3. Rice crackers", GEN),
    ("(a) Soy sauce (b) Diesel generator (c) Noodles", GEN),
    ("a) Tea b) Diesel generator", GEN),
    ("(1) Sake (2) Power generator", GEN),
    ("i) Soy sauce ii) Diesel generator iii) Noodles", GEN),
    ("A. Green tea B. Diesel generator", GEN),
    ("① 緑茶 ② 半導体 ③ タオル", SEMI),
    ("⑴ Soy sauce ⑵ Diesel generator", GEN),
    ("醤油・発電機・うどん", GEN),
    ("緑茶･半導体･タオル", SEMI),  # the half-width mark
    ("緑茶・ロボット・タオル", ROBOTS),
    ("Green tea・diesel generator", GEN),
    ("ディーゼル・発電機", GEN),
    # guards: no list, or the mark joins a name's words; other trades in one item
    ("Soy sauce 2) Diesel generator", None),
    ("Green tea with diesel generator flavour", None),
    ("緑茶半導体タオル", None),
    ("1) Potato chips 2) Udon noodles", None),
]


@pytest.mark.parametrize(("text", "rule"), LISTS)
def test_list_marks_separate_items(terms, text, rule) -> None:
    assert_named(terms, text, rule)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("1) Soy sauce 2) Diesel generator 3) Udon", [0, 13, 33]),
        ("(a) Tea (b) Rice", [0, 8]),
        ("1. Tea 2. Rice", [0, 7]),
        ("Generator 50 kVA. 2. Spare", []),  # one mark, no list
        ("2) Tea 3) Rice", []),  # not counted from 1
        ("Tea 1) Rice 3) Soap", []),  # not in order
        ("Version 1.2, 2.5 mm", []),
        ("i) Tea ii) Rice", [0, 7]),  # Roman numerals
        ("Tea i) Rice", []),
        ("a. Tea b. Rice", [0, 7]),
    ],
)
def test_list_marks(text, marks) -> None:
    assert list_marks(text) == (marks if len(marks) >= 2 else [])


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("緑茶・半導体・タオル", [2, 6]),
        ("ガスプロム・バンク", []),  # a foreign name's words
        ("ディーゼル・エンジン", []),
        ("ロボット・半導体", [4]),
        ("Tea・Rice", [3]),
        ("緑茶・ロボット・タオル", [2, 7]),  # one mark throughout a list
    ],
)
def test_nakaguro_between_goods(text, breaks) -> None:
    assert nakaguro_breaks(text) == breaks


def test_item_starts_keep_clause_stops() -> None:
    assert item_starts("Tea; 1) Rice 2) Soap") == (3, 5, 13)


def test_a_joining_nakaguro_is_read_as_one_compound(terms) -> None:
    assert not terms.find("緑茶・半導体・タオル").set_aside
    # between two katakana words the mark joins one compound: its head decides
    (aside,) = terms.find("ロボット・タオル").set_aside
    assert aside.reason.endswith("the goods are タオル, not a robot")
