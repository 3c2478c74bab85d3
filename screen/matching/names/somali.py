"""A name in Somali spelling, read as English-language lists spell it.

Somalia's Latin alphabet (1972) writes the Arabic ḥ as "x" and the ʿayn as "c",
and doubles long vowels: "Xasan Daahir Aweys" is HASSAN DAHIR AWEYS, "Cali
Maxamed Raage" ALI MOHAMED RAGE, "Cabdulqaadir" ABDULKADIR; lists and bank
systems write the English forms, Somali registers and documents the Somali ones.
A text that shows that spelling in two words or more (an "x" before a vowel, a
"c" beginning a word before a vowel, a vowel doubled), one of them with its "x", is
read again with "x" as
"h", a "c" before or between vowels dropped, "dh" as "d" and a doubled vowel
single; "Maxim" alone, "Carlos Castro", "Good Cafe" are no Somali names.
"""

from __future__ import annotations

import re

from screen.text.lazyre import deferred

_WORD = deferred(r"[A-Za-z]+")
_X = re.compile(r"(?:^|(?<=[aeiou]))x(?=[aeiou])", re.IGNORECASE)
_C = re.compile(r"(?:^|(?<=[aeiou]))c(?=[aeiou])", re.IGNORECASE)
_LONG = re.compile(r"([aeiou])\1", re.IGNORECASE)
MARKED_LEAST = 2  # words showing the spelling, at least


def _marked(word: str) -> bool:
    return bool(_X.search(word) or (word[:1] in "cC" and _C.match(word)) or _LONG.search(word))


def _read(found: re.Match[str]) -> str:
    word = found.group(0)
    out = _X.sub(lambda m: "H" if m.group(0).isupper() else "h", word)
    out = _C.sub("", out)
    out = re.sub("dh", "d", out, flags=re.IGNORECASE)
    out = _LONG.sub(r"\1", out)
    return out[:1].upper() + out[1:] if word[:1].isupper() and out else out


def somali_reading(text: str) -> str:
    """`text` read in English spelling when it shows the Somali one, else ""."""
    if not text.isascii() or ("x" not in text.lower() and "c" not in text.lower()):
        return ""
    words = _WORD.findall(text)
    if sum(map(_marked, words)) < MARKED_LEAST or not any(_X.search(w) for w in words):
        return ""  # (an "x" before a vowel is the mark no other spelling shares)
    read = _WORD.sub(_read, text)
    return read if read != text else ""
