"""Letters a text may have misread: a digit written onto a word's first or last
letter ("5BERBANK", "PAO SURGUTNEFTEGA5", "VT8 BANK": a scan's or a keyboard's
digit for a letter, or leetspeak), and "rn" for "m" in a word no dictionary
knows ("Gazprorn").

A word and a number written onto it are two parts ("Abtin1": a ship and its
number, `glued.split_glued`), and a word is compared letter by letter, so neither
reading reaches the listed name.  The query is read again with each such digit as
its letter and each such "rn" as "m", and searched again: a listed party the
second reading meets closely (`READ_LEAST`) and better is that hit, said so in
its explanation.  An "rn" read as "m" is a guess about a word ("Kornilov" is no
"Komilov"): its hits are a review at most.
"""

from __future__ import annotations

import re

from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.nametable import is_person_word
from screen.text.normalize import normalize
from screen.text.numbers import LEET

# one digit, a letter's look-alike, on a word's end or start: "5berbank", "vt8"
_DIGIT_ON_WORD = deferred(r"(?<![^\W_])([0-9])(?=[^\W\d_]{2})|(?<=[^\W\d_]{2})([0-9])(?![^\W_])")
_WORD = deferred(r"[^\W\d_]+")
GUESS_MOST = 85.0  # the best an "rn" read as "m" earns: a review
READ_LEAST = 90.0  # what the other reading must score to count: near its listed name
# ("Abtin1" read "Abtini" is a typo away from the ship ABTIN: the ship's number, no letter)


def reading(query: str) -> tuple[str, bool]:
    """The query with each digit written onto a word read as its letter, and "rn"
    in a word no dictionary knows read as "m", and whether an "rn" was so read;
    ("", False) when there is nothing to read otherwise."""
    if "rn" not in query.casefold() and not any(c.isdigit() for c in query):
        return "", False  # (the common case, decided at once)
    read = _DIGIT_ON_WORD.sub(lambda m: _letter(m.group(0), m.string, m.start()), query)
    guessed = False

    def rn_as_m(m: re.Match[str]) -> str:
        nonlocal guessed
        word = m.group(0)
        if "rn" not in word.casefold():
            return word
        plain = normalize(word)
        if "rn" not in plain or is_english_word(plain) or is_person_word(plain):
            return word
        guessed = True
        return re.sub("rn", lambda r: "M" if r.group(0).isupper() else "m", word, flags=re.I)

    read = _WORD.sub(rn_as_m, read)
    return ("" if read == query else read), guessed


def _letter(digit: str, text: str, at: int) -> str:
    letter = LEET.get(digit, digit)[0]
    near = text[at + 1 : at + 2] if text[at + 1 : at + 2].isalpha() else text[at - 1 : at]
    return letter.upper() if near.isupper() else letter


def misreadings(query: str) -> list[tuple[str, float, float, str]]:
    """The query's other reading as `readings.Other` fields: (text, the least a hit
    of it must score, the most it earns, how it was read)."""
    read, guessed = reading(query)
    if not read:
        return []
    if guessed:
        return [(read, READ_LEAST, GUESS_MOST, "letters misread")]
    return [(read, READ_LEAST, 100.0, "a digit for a letter")]
