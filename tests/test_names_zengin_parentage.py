"""Names as Japanese bank transfers write them (half-width katakana, small kana
written large, bracketed legal forms: `text/zengin.py`), and a person's parent or
husband named after the person ("S/O", "D/O", "W/O", "fils de", "filho de":
`text/parentage.py`): the person meets their listing, the parent's or husband's
listing is no hit; look-alikes stay clear."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.parentage import kin_links
from screen.text.zengin import full_width, small_kana_reading
from tests.conftest import name_case

LISTED = [
    ("ikeda", "IKEDA, Takashi"),
    ("shoroku", "ISHIDA, Shoroku"),
    ("yamada", "YAMADA SHOJI CO., LTD."),
    ("father", "KHAN, Muhammad Anwar"),
    ("son", "HAQ, Abdul"),
    ("husband", "KASKAR, Dawood Ibrahim"),
    ("lounici", "DJAMEL LOUNICI"),
    ("hala", "AL-TIKRITI, Hala Saddam Hussein"),
    ("saddam", "AL-TIKRITI, Saddam Hussein"),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, True) for owner, name in LISTED)


CASES = [
    ("ｲｹﾀﾞ ﾀｶｼ", "ikeda", True),
    ("ｲｼﾀﾞ ｼﾖｳﾛｸ", "shoroku", True),  # (ショウロク, its small ョ written large)
    ("ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ", "yamada", True),  # (株式会社, bracketed before the name)
    ("ｲｹﾀﾞ ﾋﾛｼ", "ikeda", False),  # (another given name)
    ("ABDUL HAQ S/O MUHAMMAD ANWAR KHAN", "son", True),
    ("ABDUL HAQ S/O MUHAMMAD ANWAR KHAN", "father", False),
    ("Mehjabeen Shaikh W/O Dawood Ibrahim Kaskar", "husband", False),
    ("Djamel LOUNICI fils de Abdelkader", "lounici", True),
    ("Hala D/O Saddam Hussein al-Tikriti", "hala", True),
    ("Hala D/O Saddam Hussein al-Tikriti", "saddam", False),
    ("Acme Trading c/o Khan Logistics", "father", False),
]


@pytest.mark.parametrize(("text", "owner", "hit"), CASES)
def test_bank_transfer_kana_and_parentage(
    index: NameIndex, text: str, owner: str, hit: bool
) -> None:
    name_case(index, text, owner, hit)


def test_half_width_kana_read_full_width_with_legal_forms() -> None:
    assert full_width("ｲｹﾀﾞ ﾀｶｼ") == "イケダ タカシ"
    assert full_width("ﾔﾏﾀﾞ(ｶ") == "ヤマダ 株式会社"
    assert full_width("Plain Text") == "Plain Text"
    assert small_kana_reading("ﾆﾂﾎﾟﾝ ﾃﾂｺｳ") == "ニッポン テッコウ"
    assert small_kana_reading("ﾏﾂﾀﾞ") == ""  # (no voiceless consonant after ツ)
    assert small_kana_reading("イシダ シヨウロク") == ""  # (full width: no bank transfer)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Akhtar Mohammad S/O Noor Mohammad", "Akhtar Mohammad"),
        ("Tayeb NAIL fils de feu Benazouz", "Tayeb NAIL"),
        ("Ana Lima filha de Maria Lima", "Ana Lima"),
        ("Hala D/O Saddam Hussein", "Hala  kin  Saddam Hussein"),
        ("Bank of Moscow", "Bank of Moscow"),
        ("Banco de Chile", "Banco de Chile"),
        ("Acme c/o Beta", "Acme c/o Beta"),
    ],
)
def test_a_parent_or_husband_after_the_person(text: str, read: str) -> None:
    assert kin_links(text) == read
