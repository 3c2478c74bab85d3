"""Goods written in Traditional Chinese (Taiwan, Hong Kong) read as Simplified.

Every character of a description and of the rules' CJK terms, exclusions and
context words is folded alike (`data/han_simplified.tsv`, from Unihan): "柴油發電機組"
meets the term "柴油发电机组", Japanese kanji terms still meet Japanese text, and the
look-alikes written in Traditional characters stay clear as they do in Simplified.
Taiwan's own words where they differ (積體電路 for 集成电路) are rule vocabulary.
"""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms
from screen.text.tokens import analyze

SEMI, GEN, ROBOTS = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-ROBOTS"
MICRO, PRINTERS, DIAMONDS = "RU-ELECTRON-MICROSCOPES", "RU-3D-PRINTERS", "RU-DIAMONDS-IMPORT"
EXPLOSIVES, EQUIPMENT = "RU-EXPLOSIVES", "RU-SEMICONDUCTOR-EQUIPMENT"
REFINING = "RU-OIL-REFINING-EQUIPMENT"


def check(terms: GoodsTerms, text: str, rule: str | None) -> None:
    finding = terms.find(text)
    found = finding.named
    reasons = [h.reason for h in finding.set_aside]
    if rule is None:
        assert found == set(), reasons
    else:
        assert rule in found, reasons


TRADITIONAL = [
    # the tester's (s28/goods2 group 2)
    ("柴油發電機組", GEN),
    ("積體電路", SEMI),
    ("工業機器人", ROBOTS),
    ("電子顯微鏡", MICRO),
    ("鑽石原石", DIAMONDS),
    ("電晶體", SEMI),
    ("3D印表機", PRINTERS),
    # other words: folded characters
    ("汽油發電機 5kW", GEN),
    ("半導體元件", SEMI),
    ("焊接機器人工作站", ROBOTS),
    ("穿透式電子顯微鏡", MICRO),
    ("導火索 10m", EXPLOSIVES),
    ("離子注入機", EQUIPMENT),
    ("煉油設備", REFINING),
    # Taiwan's own words
    ("二極體 1N4007", SEMI),
    ("六軸機械手臂", ROBOTS),
    ("記憶體模組 DDR4", SEMI),
    # Japanese kanji terms still meet Japanese text
    ("発電機", GEN),
    ("産業用ロボット", ROBOTS),
    ("電子顕微鏡", MICRO),
    ("集積回路", SEMI),
    # look-alikes written in Traditional characters stay clear
    ("機械手錶", None),  # a mechanical wristwatch (机械手表)
    ("機械手套", None),
    ("發光二極體燈泡", None),  # a bulb
    ("ICカード", None),
]


@pytest.mark.parametrize(("text", "rule"), TRADITIONAL)
def test_traditional_chinese_reads_as_simplified(terms, text, rule) -> None:
    check(terms, text, rule)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("柴油發電機組", "柴油发电机组"),
        ("積體電路", "积体电路"),
        ("鑽石", "钻石"),
        ("柴油发电机组", "柴油发电机组"),  # Simplified stays
        ("ダイヤモンド", "ダイヤモンド"),  # kana stay
        ("Diesel generator", "Diesel generator"),
    ],
)
def test_simplify(text, folded) -> None:
    from screen.text.tokens import simplify

    assert simplify(text) == folded
    assert simplify(folded) == folded  # idempotent
    assert len(simplify(text)) == len(text)  # every character keeps its place


def test_the_compact_form_is_folded_and_keeps_offsets() -> None:
    analyzed = analyze("出口 柴油發電機組 2台")
    assert "柴油发电机组" in analyzed.compact
    at = analyzed.compact.find("发电机")
    start, end = analyzed.compact_span(at, at + 3)
    assert analyzed.quote(start, end) == "發電機"
