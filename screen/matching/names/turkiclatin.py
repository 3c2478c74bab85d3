"""A name in a Turkic language's own Latin alphabet, read as English-language and
Russian-based lists spell it.

Uzbekistan (1995), Azerbaijan (1991), Turkmenistan (1993), Kazakhstan (2021) and
Turkey write their names in Latin alphabets of their own: Uzbek "o'" and "g'" (ў,
ғ), "x" for kh and "q" for a back k ("Yo'ldoshev", "Abdulxalilovich", "Qazaq");
Azerbaijani "ə", "ğ", "ı", "c" for j, "x" for kh ("Fikrət Tağıyev", "Ceyhun");
Turkish and Turkmen "ş", "ç" ("Şahin Çelik"); Kazakh "ñ", "ū". The lists write the
forms that came through Russian or English: YULDASHEV, TAGIEV Fikhret, Jayhoon,
Shahin. A text that shows one of these letters (an apostrophe letter of Uzbek's, or
one of "əğışçñū"; an "o'" only beside another Uzbek letter, and never in Korean
written as McCune-Reischauer does, "YO'N CHO'NG") is read again with each in the
lists' spelling, and the words that say "son of" or "daughter of" after a father's
name ("o'g'li", "oğlu", "qızı", "uly") left out: "Najmiddin Kamoliddin o'g'li
Jalolov" is Najmiddin Kamoliddin Jalolov. A text without them is not read ("Maxim",
"Qatar Airways").
"""

from __future__ import annotations

import re

from screen.text.lazyre import deferred

_APOSTROPHES = "'ʻ‘’`ʼ"
# an Uzbek "o'" or "g'" inside a word or before a small letter ("Yo'ldoshev",
# "O'zbekiston"; not the Irish "O'Brien")
_UZBEK = deferred(rf"(?:(?<=[a-zA-Z])([oOgG])|([oOgG])(?=[{_APOSTROPHES}][a-z]))[{_APOSTROPHES}]")
_MARK = deferred("[əƏğĞıİşŞçÇñÑūŪ]")
_UZBEK_TOO = deferred(rf"[gG][{_APOSTROPHES}]|[xXqQ]")
_KOREAN = deferred(rf"(?:[uU]|[kKtTpP]h?|[cC]h)[{_APOSTROPHES}]")
# "son of", "daughter of" after the father's name: Uzbek, Azerbaijani, Turkmen, Kazakh
_KIN = deferred(
    rf"\s+(?:o[{_APOSTROPHES}]?g[{_APOSTROPHES}]?li|oğlu|oglu|ogly|"
    rf"qizi|qızı|kizi|gyzy|uly|ulı|qyzy)\b",
    re.IGNORECASE,
)
_LETTERS = {
    "ə": "e", "ğ": "g", "ı": "i", "i̇": "i", "ş": "sh", "ç": "ch", "ñ": "ng", "ū": "u",
    "x": "kh", "q": "k", "c": "j", "ö": "o", "ü": "u", "ä": "a",
}  # fmt: skip
_LETTER = deferred("[əğıİşçñūxqöüä]|c(?!h)", re.IGNORECASE)


def _letter(found: re.Match[str]) -> str:
    old = found.group(0)
    new = _LETTERS.get(old.lower(), old)
    return new.capitalize() if old.isupper() else new


def _uzbek_too(text: str) -> bool:
    """Does a text with an "o'" show Uzbek by another letter ("g'", "x", "q"), and no
    Korean of the McCune-Reischauer system, whose "o'" and "u'" are ŏ and ŭ and whose
    "k'", "t'", "p'", "ch'" are aspirates ("YO'N CHO'NG", "Uon-so'ng")?"""
    return bool(_UZBEK_TOO.search(text)) and not _KOREAN.search(text)


def _uzbek(found: re.Match[str]) -> str:
    letter = found.group(1) or found.group(2)
    new = "u" if letter in "oO" else "g"
    return new.upper() if letter.isupper() else new


def turkic_reading(text: str) -> str:
    """`text` in the lists' spelling when it shows a Turkic Latin alphabet, else ""."""
    if not (_MARK.search(text) or (_UZBEK.search(text) and _uzbek_too(text))):
        return ""
    read = _KIN.sub("", text)
    read = _UZBEK.sub(_uzbek, read)
    read = _LETTER.sub(_letter, read.replace("İ", "I"))
    return read if read != text else ""
