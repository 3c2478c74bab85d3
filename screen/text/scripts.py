"""Scripts whose letter-by-letter reading into Latin is no evidence for a Latin word.

Arabic, Hebrew, Syriac and Thaana are abjads: they write consonants and leave
most vowels out, so a letter-by-letter transliteration is a consonant skeleton
("كريم", the name Karim, reads as "krym") that collides with short Latin words
("Krym", Crimea).  A Latin term found only in such a reading is therefore not a
match; a term written in the abjad itself still is.
"""

from __future__ import annotations

# Unicode blocks of the abjads (and their presentation forms).
_ABJAD_RANGES = (
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF),  # Arabic
    (0x0700, 0x074F),  # Syriac
    (0x0750, 0x077F),  # Arabic Supplement
    (0x0780, 0x07BF),  # Thaana
    (0x0860, 0x086F),  # Syriac Supplement
    (0x0870, 0x08FF),  # Arabic Extended-B and -A
    (0xFB1D, 0xFB4F),  # Hebrew presentation forms
    (0xFB50, 0xFDFF),  # Arabic presentation forms-A
    (0xFE70, 0xFEFF),  # Arabic presentation forms-B
)


def is_abjad(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ABJAD_RANGES)


def read_from_abjad(source: str, term: str) -> bool:
    """True when `source` (the user's text behind a match) is written in an abjad
    and the matched `term` is not: the match rests on a consonant skeleton."""
    return not source.isascii() and any(map(is_abjad, source)) and not any(map(is_abjad, term))


# letters written only at a word's end (Arabic tāʾ marbūṭa and alif maqṣūra, Hebrew's
# final forms), and the Arabic article at a word's start: the marks of a word's order
_FINAL_ONLY = "\u0629\u0649\u05da\u05dd\u05df\u05e3\u05e5"
_ARTICLE = "\u0627\u0644"


def reversed_reading(text: str) -> str:
    """A text in Arabic or Hebrew letters stored back to front by a system that kept
    it in visual order, left to right ("يتيركتلا نيسح مادص" for "صدام حسين التكريتي",
    Saddam Hussein al-Tikriti), read the right way: its characters reversed, when
    more of its words begin with a letter written only at a word's end, or end with
    the article reversed, than the other way round; "" otherwise (a text in Latin
    letters too, or one whose order nothing tells)."""
    if text.isascii() or not any(map(is_abjad, text)):  # (most texts stop at the first)
        return ""
    if any(c.isascii() and c.isalpha() for c in text):
        return ""
    words = text.split()
    backwards = sum(w[0] in _FINAL_ONLY or w.endswith(_ARTICLE[::-1]) for w in words)
    forwards = sum(w[-1] in _FINAL_ONLY or w.startswith(_ARTICLE) for w in words)
    return text[::-1] if backwards > forwards else ""
