"""A name in the Arabic chat alphabet (Arabizi), read in the letters lists use.

Arabic speakers typing on Latin keyboards write the sounds Latin lacks as the
figures that look like their letters: 7 for ḥ ("7asan", Hasan), 5 for kh ("5alid"),
3 for the ʿayn ("3ali"), 2 for the hamza ("ra2ed"; at a word's end the q the
Levant says as one: "6ari2", Tariq), 6 for ṭ and 6' for ẓ ("al-6'awahiri"), 9 for ṣ
("9addam") and 8 for gh.  A text whose words of small letters carry such figures
between letters is read again with each as its letters (`readings.py`); a code in
capitals ("A320", "SU-27"), a number and an ordinal ("5th") are left as written.
"""

from __future__ import annotations

import re

from screen.text.lazyre import deferred

_WORD = deferred(r"(?<![\w'])[a-z0-9']*[a-z][a-z0-9']*(?![\w'])")
_FIGURE = re.compile(r"6'|[2356789]")
_LETTERS = {"7": "h", "5": "kh", "3": "", "2": "", "6": "t", "6'": "z", "9": "s", "8": "gh"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
_END_HAMZA = "q"  # "2" ending a word ("6ari2": Tariq)


def _read(found: re.Match[str]) -> str:
    word = found.group(0)
    if not _FIGURE.search(word) or sum(c.isdigit() for c in word) * 2 > len(word):
        return word
    if _ORDINAL.match(word):
        return word  # ("5th", "2nd": a number)
    if any(c.isdigit() and c not in "2356789" for c in word):
        return word  # (another figure: a code or a number)
    read = _FIGURE.sub(lambda m: _letter(m, word), word)
    return read if sum(c.isalpha() for c in read) >= 2 else word


def _letter(found: re.Match[str], word: str) -> str:
    if found.group(0) == "2" and found.end() == len(word):
        return _END_HAMZA
    return _LETTERS[found.group(0)]


def arabizi_reading(text: str) -> str:
    """`text` read from the Arabic chat alphabet, or "" when it shows none of it."""
    if not text.isascii() or not _FIGURE.search(text):
        return ""
    read = _WORD.sub(_read, text)
    return read if read != text else ""
