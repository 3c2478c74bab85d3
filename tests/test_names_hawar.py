"""Arabic names written in the Turkish or Kurdish (Hawar) alphabet meet the lists'
English spellings by their consonants; other names sharing the consonants of one
word, or known names of their own, do not; a text without those alphabets' letters
is not read so."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.hawar import HOW, hawar_readings
from tests.conftest import name_case

LISTED = [
    ("faraj", "NAJMUDDIN, Faraj Ahmad"),
    ("mughniyah", "MUGHNIYAH, Mustafa"),
    ("krekar", "Mullah Krekar"),
    ("khalil", "KHALIL, Ezedin Abdel Aziz"),
    ("jamal", "AL-JAMAL, Muhammad Jamil"),
    ("hamid", "HAMID, Rashid"),
    ("sharif", "SHARIF, Khalid"),
    ("qadir", "عبد القادر خليل"),  # (a name listed in Arabic script)
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, True) for owner, name in LISTED)


CASES = [
    # Kurdish "e" for a, "x" for kh, "c" for j, circumflex vowels; Turkish "ğ", "ş"
    ("Necmeddîn Ferec Ehmed", "faraj", True),
    ("Mustafa Muğniye", "mughniyah", True),
    ("Mela Krêkar", "krekar", True),
    ("Xelîl Ezedîn Ebdilezîz", "khalil", True),
    ("Mihemed Cemîl el-Cemal", "jamal", True),
    ("Xalid Şerîf", "sharif", True),
    ("Ebdilqadir Xelîl", "qadir", True),  # (against the script: no vowels to count)
    # another name with a word's consonants, or a known name of its own
    ("Reşîd Ehmed", "hamid", False),  # (Ahmad is known: not Hamid)
    ("Ferhat Ahmet Necmi", "faraj", False),
    ("Mustafa Mağazacılık Şirketi", "mughniyah", False),
    ("Halil Şerefoğlu", "khalil", False),
    ("Kerem Kırkar", "krekar", False),
]


@pytest.mark.parametrize(("text", "owner", "hit"), CASES)
def test_turkish_and_kurdish_spellings(index: NameIndex, text: str, owner: str, hit: bool) -> None:
    name_case(index, text, owner, hit)


def test_words_carry_their_arabic_consonants() -> None:
    read = hawar_readings("Necmeddîn Ferec Xelîl")
    assert read["ferec"].forms == ("ferec", "ferej")
    assert read["ferec"].skeletons == ("a:frj",)
    assert read["xelil"].skeletons == ("a:kl",)  # (the vowels dropped, one "l" of two)
    assert read["necmaldin"].forms == ("necmaldin", "nejmaldin")  # (a compound as listed)
    assert {r.how for r in read.values()} == {HOW}


def test_a_text_without_their_letters_is_not_read() -> None:
    assert hawar_readings("Ferec Ahmed Xelil") == {}
    assert hawar_readings("Müller GmbH") == {}  # (an umlaut is German's too)
    assert hawar_readings("François Hérault") == {}  # (French: "é" neither alphabet has)
    assert hawar_readings("Françoise Saad") != {}  # (no letter says French)
    assert hawar_readings("") == {}


def test_short_words_and_figures_are_left_alone() -> None:
    read = hawar_readings("el-Şam 2 ŞA")
    assert set(read) == {"sam"}
