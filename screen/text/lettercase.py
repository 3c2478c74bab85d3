"""What the letter case of a party text says: a word written with small letters in a
text that has capitals too is a word or a name, never an acronym ("Tak Trading
Co. Ltd." names no "TAK", "Sai Impex" no "SAI"; "PLA Navy" may be the People's
Liberation Army).  A text all in capitals, or all in small letters, says nothing.
"""

from __future__ import annotations

import re

from screen.text.lazyre import deferred
from screen.text.normalize import normalize

_WORD = deferred(r"[^\W\d_]+")


def small_lettered(text: str) -> frozenset[str]:
    """The words (normalised) written with a small letter, when `text` also has a
    capital; empty when it has no capital or no small letter."""
    if text.isupper() or text.islower() or not any(c.isupper() for c in text):
        return frozenset()
    return frozenset(normalize(w) for w in _WORD.findall(text) if _has_small(w))


def _has_small(word: str) -> bool:
    """Whether a word (letters) has a small letter: an ASCII word's letters are all
    capitals or small letters, so one not in capitals has one."""
    return not word.isupper() if word.isascii() else any(c.islower() for c in word)


def capital_i(text: str) -> str:
    """The text with a small "l" inside a word otherwise of capitals read as the
    capital "I" it looks like in most fonts, as a scanner or a typist took it
    ("MAKlN", "lVANOV"): a word of two capitals or more besides I whose only small
    letter is l ("IIl" is a typo of "Il", not III)."""
    if "l" not in text:
        return text
    return _WORD.sub(_capital_i, text)


def _capital_i(m: re.Match[str]) -> str:
    word = m.group()
    if "l" not in word or not word.replace("l", "").isupper():
        return word  # (most words, decided before the capitals are counted)
    capitals = sum(c.isupper() and c != "I" for c in word)  # ("IIl" is Il doubled)
    return word.replace("l", "I") if capitals >= 2 else word
