"""A Russian name typed in the Latin letters of chat and early e-mail ("volapuk"),
read as the lists transliterate it.

Without a Cyrillic keyboard, Russian is typed with Latin letters and figures that
look like the Cyrillic ones: "4" for ч, "*" for ж, "9" for я, "10" for ю, "6" for ш,
"x" for х, "bl" for ы, "'" for the soft sign: "Ivanov Pavel Sergeevi4" is Ivanov
Pavel Sergeevich, "Tat'9na Vladimirovna *uravleva" Tatyana Vladimirovna
Zhuravleva, "Bank Severnbli Morskoj Put'" Bank Severny Morskoy Put.  A text showing
such a figure inside or at the edge of a word ("vi4", "*uravleva", "Tat'9na") is
read again with each in the lists' spelling, "x" as "kh", "bl" after a consonant as
"y" and "j" after a vowel as "y" ("Evgenij", "Morskoj").  A text without one is not
read ("Blagov", "Maxim", "Route 66").
"""

from __future__ import annotations

import re

from screen.text.lazyre import deferred

_MARK = deferred(r"[A-Za-z'][4*9]|[4*9][A-Za-z]|[A-Za-z]10(?![0-9])")
_WORD = deferred(r"[A-Za-z0-9*']+")
_FIGURES = {"4": "ch", "*": "zh", "9": "ya", "10": "yu", "6": "sh", "x": "kh", "'": ""}
_LETTER = deferred(r"10|[4*96x']|(?<=[bcdfghjklmnpqrstvwxz])bl|(?<=[aeiouy])j", re.IGNORECASE)


def _letter(found: re.Match[str]) -> str:
    old = found.group(0)
    low = old.lower()
    new = "y" if low in ("bl", "j") else _FIGURES.get(low, old)
    return new.capitalize() if old[:1].isupper() else new


def _word(found: re.Match[str]) -> str:
    word = found.group(0)
    if word.isdigit():
        return word  # (a number: "Route 66")
    return _LETTER.sub(_letter, word)


def volapuk_reading(text: str) -> str:
    """`text` in the lists' spelling when it is Russian typed as volapuk, else ""."""
    if not text.isascii() or not _MARK.search(text):
        return ""
    read = _WORD.sub(_word, text)
    return read if read != text else ""
