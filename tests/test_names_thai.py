"""Names written in Thai and Lao script: read syllable by syllable (RTGS, and as
names spell the letters), and meeting the listed Latin names, while look-alikes
(another given name, another surname) do not."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.scriptnames import read_names
from screen.text.thai import read_thai
from screen.text.thaikinds import thai_words

# a vowel written before its consonant read after it; the inherent o and a; finals;
# silenced letters; a cluster; a leading ห; Lao through its Thai twins
READINGS = [
    ("ไทย", "thai"), ("สุนทร", "sunthon"), ("ศิริพร", "siriphon"), ("กมล", "kamon"),
    ("สมาคม", "samakhom"), ("จาตุรงค์", "chaturong"), ("ชัยวัฒน์", "chaiwat"),
    ("ชีวินประภาษี", "chiwinpraphasi"), ("หญิง", "ying"), ("บุญเชื้อ", "bunchuea"),
    ("กรุงเทพฯ", "krungthep"), ("เปล่า", "plao"), ("แก้ว", "kaeo"), ("หทัยวรรณ", "hathaiwan"),
    ("จำกัด", "chamkat"), ("บางกอก", "bangkok"), ("ທອງລຸນ", "thonglun"), ("ລາວ", "lao"),
    ("ວຽງຈັນ", "wiangchan"), ("ບໍ່ແກ້ວ", "bokaeo"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "rtgs"), READINGS)
def test_thai_and_lao_words_read_as_rtgs_first(word, rtgs) -> None:
    assert read_thai(word)[0] == rtgs


# other readings: a Pali compound's linking vowel, names' letter spellings (v for ว,
# a final ร or ล as written, a silenced letter at the end spelt), no aspirate
OTHER = [
    ("วรวัฒน์วิชัย", "worawatwichai"), ("วรวัฒน์วิชัย", "voravatvichai"),
    ("ชัยวรศิลป์", "chaivorasilp"), ("ศิริพร", "siriporn"), ("กมล", "kamol"),
    ("วิมลศรี", "wimonsri"), ("ซิลค์", "silk"), ("ຄິງສ໌", "kings"), ("สุรวีร์", "surawi"),
    ("ชัยจำรูญพันธ์", "chaichamrunphan"), ("อคิราโภคิน", "akirapokin"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "form"), OTHER)
def test_thai_words_carry_the_spellings_names_use(word, form) -> None:
    assert form in read_thai(word)


def test_titles_are_no_part_of_the_name() -> None:
    assert read_thai("นางสาวหทัยวรรณ")[0] == read_thai("นายหทัยวรรณ")[0] == "hathaiwan"
    assert read_thai("นาย") == ("nai",)  # (a title alone is read as written)


def test_kind_words_cut_a_run_and_read_as_english() -> None:
    words = [latin for latin, _, _ in thai_words("ธนาคารกรุงเทพ")]
    assert words == ["bank", "bangkok"]
    assert [k for _, _, k in thai_words("บริษัทสยาม")] == [True, False]
    assert read_names("ບໍລິສັດ ຄິງສ໌ ໂຣມັນສ໌ ຈຳກັດ")[0].split() == ["company", "khing", "roman", "limited"]


def test_a_word_of_marks_alone_reads_nothing_and_never_fails() -> None:
    assert read_thai("่้") == ()
    assert read_thai("ั") == ()
    assert read_thai("เ")[0] == "e"


LISTED = [
    ("VORAWAT", "VORAWATVICHAI, Hathaiwan", True),
    ("CHAIWORASIN", "CHAIWORASIN, Wimonsri", True),
    ("CHAIVORASILP", "CHAIVORASILP, Wimolsri", True),
    ("BOONCHUA", "BOONCHUA, Chanchira", True),
    ("KINGS", "KINGS ROMANS GROUP", False),
    ("SOMCHAI", "SOMCHAI JAIDEE", True),
]

CASES = [
    ("หทัยวรรณ วรวัฒน์วิชัย", "VORAWAT", True),
    ("นางสาวหทัยวรรณ วรวัฒน์วิชัย", "VORAWAT", True),  # Miss, joined to the name
    ("หทัยรัตน์ วรวุฒิ", "VORAWAT", False),  # another given name and surname
    ("วิมลศรี ชัยวรศิลป์", "CHAIWORASIN", True),
    ("วิมลศรี ชัยวรศิลป์", "CHAIVORASILP", True),
    ("วิไล ชัยวัฒน์", "CHAIVORASILP", False),
    ("ชัญชิรา บุญเชื้อ", "BOONCHUA", True),
    ("ชัญญา บุญเชิด", "BOONCHUA", False),
    ("ກຸ່ມ ຄິງສ໌ ໂຣມັນສ໌", "KINGS", True),  # Lao
    ("ບໍລິສັດ ຄິງ ພາວເວີ ລາວ", "KINGS", False),  # King Power Lao
    ("สมชาย ใจดี", "SOMCHAI", True),
    ("สมชาย ใจงาม", "SOMCHAI", False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("query", "owner", "found"), CASES)
def test_thai_and_lao_names_meet_their_latin_listing(index, query, owner, found) -> None:
    hits = {h.name.owner: h for h in index.search(query, 75.0)}
    assert (owner in hits) is found, (query, hits.get(owner))
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)


def test_a_thai_hit_says_it_was_transliterated(index) -> None:
    hit = next(h for h in index.search("ชัญชิรา บุญเชื้อ", 75.0) if h.name.owner == "BOONCHUA")
    assert "(transliterated)" in hit.detail
