"""Chinese names that came through Russian, read back into pinyin.

Russian writes Mandarin in the Palladius system (1860s, still the standard): 张江平 is
"Чжан Цзянпин", 丹东鸿祥 "Даньдун Хунсян", 上海 "Шанхай". A Russian document, register or
payment of a Chinese firm, written again in Latin letters, gives "CHZHAN TSZYANPIN",
"DAN'DUN KHUNSYAN", "SHANKHAY", which no pinyin spelling on a list is near. The
system is a table of rules, one Cyrillic spelling for each pinyin syllable (its
initials and finals below), and the Russian letters have few Latin spellings (х: kh
or h; ю: yu or iu; the soft sign ь: an apostrophe or nothing), so every syllable's
Latin forms are made from the pinyin syllables the Han reading table holds, and a
word is read back when it is made of such forms alone.

A text is read only when one of its words is made of syllables alone and shows a
mark no pinyin or English spelling makes ("chzh", "tsz", "sy" before a vowel, "ts"
beginning a word before one, a soft sign's apostrophe, "kh" inside a word), and then
every word made of syllables alone is read ("CO", "LTD", "INDUSTRIAL" are not;
"Khan" is no mark). A final "-an" without its soft sign is "-ang" (Palladius writes
"-ан" for -ang, "-ань" for -an): one letter off when a romanisation dropped the
sign, as near as a typo.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import product

from screen.text.lazyre import deferred
from screen.text.romanize import is_pinyin_syllable, pinyin_syllables

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
    "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
    "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с", "": "",
}  # fmt: skip
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
    "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ue": "юэ",
    "v": "юй", "ve": "юэ",
}  # fmt: skip
# syllables of no initial ("yi", "wu", "yu"): their own spellings
_ALONE = {
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "wu": "у", "wa": "ва", "wo": "во",
    "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
    "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
}  # fmt: skip
# the Latin spellings of the Russian letters, in the romanisations documents use
_LATIN = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e", "ye"),
    "ж": ("zh",), "з": ("z",), "и": ("i",), "й": ("y", "i"), "к": ("k",), "л": ("l",),
    "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",),
    "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts",), "ч": ("ch",),
    "ш": ("sh",), "ы": ("y",), "ь": ("'",), "э": ("e",), "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
}  # fmt: skip
_MARK = deferred(
    r"chzh|tsz|sy[aeiouy]|\bts[aeiouy]|[a-z]'[a-z]|n'\B|n'$|n' |(?<=[a-z])kh", re.IGNORECASE
)
_WORD = deferred(r"[A-Za-z']+")
_LONGEST = 7  # letters of the longest Latin form of a syllable ("chzhuan'")


def cyrillic(syllable: str) -> str:
    """The Palladius spelling of a pinyin syllable ("zhang": "чжан")."""
    if syllable in _ALONE:
        return _ALONE[syllable]
    initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
    initial = initial if initial in _INITIALS and syllable != initial else ""
    final = syllable[len(initial) :].replace("ü", "v")
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # (ju, xue, quan: ü written u)
    if initial in ("z", "c", "s") and final == "i":
        return _INITIALS[initial] + "ы"
    if final == "uo" and initial == "":
        return "во"
    if final.startswith("v") and final not in _FINALS:
        return _INITIALS[initial] + {"van": "юань", "vn": "юнь"}.get(final, "юй")
    return _INITIALS[initial] + _FINALS.get(final, final)


def _forms(word: str) -> set[str]:
    """The Latin spellings of a Cyrillic word (each letter's spellings combined)."""
    return {"".join(parts) for parts in product(*(_LATIN.get(c, (c,)) for c in word))}


@cache
def latin_forms() -> dict[str, str]:
    """Every Latin form of every pinyin syllable's Palladius spelling -> the syllable;
    a form two syllables share keeps the first (in the order of the table)."""
    out: dict[str, str] = {}
    syllables = sorted(pinyin_syllables())
    for syllable in syllables:
        for form in _forms(cyrillic(syllable)):
            out.setdefault(form, syllable)
    for syllable in syllables:  # (the soft sign dropped: "-an" is read "-ang" first)
        for form in _forms(cyrillic(syllable)):
            if form.endswith("'"):
                out.setdefault(form[:-1], syllable)
    return out


@lru_cache(maxsize=4096)  # (asked once to gate a text, once to read it)
def _syllables(word: str) -> tuple[str, ...] | None:
    """`word` (lower case) as the pinyin syllables of its Latin forms, fewest first,
    or None when some of it is no syllable's form."""
    forms = latin_forms()
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            if start in best and (syllable := forms.get(word[start:end])):
                read = [*best[start], syllable]
                if end not in best or len(read) < len(best[end]):
                    best[end] = read
    found = best.get(len(word))
    return tuple(found) if found is not None else None


def palladius_reading(text: str) -> str:
    """`text` with its words in Palladius-through-Latin read in pinyin, else ""."""
    if not text.isascii() or not any(
        _MARK.search(w) and _syllables(w.lower()) for w in _WORD.findall(text)
    ):
        return ""  # (no word both marked and made of syllables: "AL-BUKHARI")

    def read(found: re.Match[str]) -> str:
        word = found.group(0)
        syllables = _syllables(word.lower())
        if not syllables or (len(syllables) == 1 and is_pinyin_syllable(word.lower())):
            return word
        out = "".join(syllables)
        return out.upper() if word.isupper() else out.capitalize()

    out = _WORD.sub(read, text)
    return out if out.lower() != text.lower() else ""
