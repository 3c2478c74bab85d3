"""A kanji term is found by its katakana reading too, as old Japanese ERPs and EDI
write it where they cannot write kanji (JIS X 0201 half-width katakana): "ﾊﾝﾄﾞｳﾀｲ" is
半導体, "ﾊﾂﾃﾞﾝｷ" 発電機.  The readings are data: JMdict's headwords, read word by
word (`datagen/ja_readings.py`); an exception's reading excepts as the exception does.
"""

from __future__ import annotations

import pytest

from screen.datagen.ja_readings import read
from screen.models import Status
from tests.conftest import assert_named, ship

SEMI, GEN, EXPLOSIVES, MICRO, SME = (
    "RU-SEMICONDUCTORS",
    "RU-POWER-GENERATORS",
    "RU-EXPLOSIVES",
    "RU-ELECTRON-MICROSCOPES",
    "RU-SEMICONDUCTOR-EQUIPMENT",
)

READINGS = [
    # the tester's (s30 ships2 E: S058, S391, S055)
    ("ﾃﾞｨｰｾﾞﾙ ﾊﾂﾃﾞﾝｷ 100KVA", {GEN}),
    ("Towels/ﾊﾝﾄﾞｳﾀｲ/Soap", {SEMI}),
    ("ﾊﾝﾄﾞｳﾀｲ ｳｪﾊ", {SEMI}),
    # other terms, full-width katakana too
    ("ﾗｲｶﾝ 100ｺ", {EXPLOSIVES}),
    ("ﾃﾞﾝｼｹﾝﾋﾞｷｮｳ", {MICRO}),
    ("ハツデンキ", {GEN}),
    ("ﾊﾝﾄﾞｳﾀｲｾｲｿﾞｳｿｳﾁ", {SME, "CN-SEMICONDUCTOR-EQUIPMENT"}),
    # guards: look-alike kana words, and the semiconductor inside the equipment's name
    ("ﾊﾝﾄﾞﾀｵﾙ", set()),  # hand towel
    ("ﾊﾝﾄﾞｸﾘｰﾑ", set()),  # hand cream
    ("ﾃﾞﾝｼﾚﾝｼﾞ", set()),  # microwave oven
]


@pytest.mark.parametrize(("text", "rules"), READINGS)
def test_a_term_is_found_by_its_reading(terms, text, rules) -> None:
    assert_named(terms, text, rules)


@pytest.mark.parametrize(
    ("text", "status"),
    [("ｺｳｷﾞｮｳﾖｳﾀﾞｲﾔﾓﾝﾄﾞ", Status.CLEAR), ("ﾀﾞｲﾔﾓﾝﾄﾞ", Status.BLOCKED)],
)
def test_an_exceptions_reading_excepts(screener, text, status) -> None:
    result = screener.screen(ship(text, "Alrosa Trading", direction="import"))
    assert result.status is status, result.hits


def test_the_hit_says_which_term_it_reads(screener) -> None:
    (hit,) = screener.screen(ship("ﾊﾝﾄﾞｳﾀｲ", "OOO Vostok")).hits
    assert hit.matched == "ハンドウタイ"
    assert hit.detail == "exact term, the kana reading of 半導体 (reading from JMdict)"


@pytest.mark.parametrize(
    ("term", "reading"),
    [
        ("発電機", "ハツデンキ"),
        ("産業用ロボット", "サンギョウヨウロボット"),  # kana pass as they are
        ("導爆線", ""),  # a kanji alone reads otherwise in a compound: no reading
        ("机器人", ""),  # Chinese
        ("3D打印机", ""),
    ],
)
def test_reading_word_by_word(term, reading) -> None:
    words = {"発電機": "はつでんき", "産業用": "さんぎょうよう", "導": "しるべ", "爆": "ばく"}
    assert read(term, words) == reading
