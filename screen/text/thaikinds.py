"""Thai and Lao words that say what kind of party a name is, or where, read as the
English word, and the runs of Thai letters they cut into words (`thai_words`).

A Thai or Lao text runs a name's words together ("ธนาคารกรุงเทพ", Bangkok Bank);
a kind word found in a run is where it is cut, and is read as the English word
(as the CJK ones are: `scriptnames.py`), so that it weighs as "bank" and "limited"
do; the rest is read as a name (`thai.read_thai`).
"""

from __future__ import annotations

from screen.text.lazyre import lazy_pattern
from screen.text.thai import read_thai

# Kept by hand (no kept source lists them): the legal forms of Thailand's Civil and
# Commercial Code and Public Limited Companies Act (บริษัท ... จำกัด (มหาชน),
# ห้างหุ้นส่วน) and of Laos's Enterprise Law (ບໍລິສັດ ... ຈຳກັດ, ມະຫາຊົນ), the kinds
# of body names are written with, and the two capitals.
KIND_WORDS = {
    "บริษัท": "company",
    "จำกัด": "limited",
    "มหาชน": "public",
    "ห้างหุ้นส่วน": "partnership",
    "ธนาคาร": "bank",
    "กลุ่ม": "group",
    "มูลนิธิ": "foundation",
    "สมาคม": "association",
    "สหกรณ์": "cooperative",
    "กรุงเทพมหานคร": "bangkok",
    "กรุงเทพฯ": "bangkok",
    "กรุงเทพ": "bangkok",
    "ບໍລິສັດ": "company",
    "ຈຳກັດ": "limited",
    "ມະຫາຊົນ": "public",
    "ທະນາຄານ": "bank",
    "ກຸ່ມ": "group",
    "ສະມາຄົມ": "association",
    "ມູນນິທິ": "foundation",
    "ວຽງຈັນ": "vientiane",
}
_KIND = lazy_pattern("(" + "|".join(sorted(KIND_WORDS, key=len, reverse=True)) + ")")


def thai_words(run: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """A run of Thai or Lao letters cut at the kind words it holds: each piece's
    Latin spellings (`read_thai`), and whether it is a kind word (read as English)."""
    out: list[tuple[str, tuple[str, ...], bool]] = []
    for i, piece in enumerate(_KIND().split(run)):
        if i % 2:  # (a kind word: split keeps what it cut at, at odd places)
            out.append((KIND_WORDS[piece], (KIND_WORDS[piece],), True))
        elif piece and (forms := read_thai(piece)):
            out.append((forms[0], forms, False))
    return out
