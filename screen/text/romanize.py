"""Romanisation fit for names, for scripts whose letters are syllables or whole
words: Hangul, katakana and hiragana, Chinese characters, and Greek.

Each reader returns whole Latin words with their usual variants, not letter
fragments:

* Hangul (`hangul.py`): one word per syllable (lists write "KIM Jong Un", "Kim
  Jong-un"), in McCune-Reischauer as North Korea and the sanctions lists write it,
  without diacritics (Kim, Jong, Un, Choe, Ryong, Pak), and in Revised
  Romanization (Gim, Jeong, Eun, Choe, Ryong, Bak).  Syllables are split into their
  letters by the Unicode algorithm; the letters' readings are the two schemes' own
  tables.
* Kana: modified Hepburn from the letters' Unicode names (which are Nihon-shiki:
  SI, TI, TU, HU), long vowels folded ("プーチン" -> "puchin"); a word is a run
  between middle dots.
* Chinese characters: pinyin per character without tones, a name's family name
  apart from its given name written as one word ("xi jinping"), longer texts in
  two-character words; Wade-Giles as the variant ("hsi chinping").  Readings come
  from `data/han_readings.tsv` (generated from pypinyin by `datagen/han_readings.py`),
  loaded only when a Chinese character is read.
* Greek: ELOT 743 (the Greek standard, adopted by the UN), with the common variants
  of names (ou/u, ch/h, y/i, mp/b, nt/d), and a foreign name's sounds as Greek writes
  them all at once, for a word and for a whole text (`greek_reading`).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from screen.text.lazyre import deferred
from screen.text.shipped import data_lines

# -- kana ---------------------------------------------------------------------------
_HEPBURN = {
    "si": "shi",
    "ti": "chi",
    "tu": "tsu",
    "hu": "fu",
    "zi": "ji",
    "di": "ji",
    "du": "zu",
    "wo": "o",
}
_PALATAL = {"shi": "sh", "chi": "ch", "ji": "j"}
_LONG = deferred(r"([aeiou])\1+|(?<=o)u")


def _kana_name(ch: str) -> tuple[bool, str]:
    """(small?, Nihon-shiki reading) of a kana letter, from its Unicode name."""
    name = unicodedata.name(unicodedata.normalize("NFC", ch), "")
    for prefix in ("KATAKANA LETTER ", "HIRAGANA LETTER "):
        if name.startswith(prefix):
            rest = name[len(prefix) :]
            small = rest.startswith("SMALL ")
            return small, rest.removeprefix("SMALL ").lower()
    return False, ""


def read_kana(word: str) -> str:
    """Modified Hepburn, long vowels folded: "ウラジーミル" -> "urajimiru"."""
    out: list[str] = []
    double = False
    for ch in unicodedata.normalize("NFC", word):
        small, syllable = _kana_name(ch)
        if not syllable:
            continue  # the prolonged sound mark, iteration marks: a long vowel
        if small and syllable == "tu":
            double = True
            continue
        syllable = _HEPBURN.get(syllable, syllable)
        if small and out:
            prev = out[-1]
            if syllable in ("ya", "yu", "yo") and prev.endswith("i"):
                stem = _PALATAL.get(prev, prev[:-1] + "y")
                out[-1] = stem + syllable[-1] if prev in _PALATAL else stem + syllable[1:]
            elif syllable in "aeiou":
                stem = prev[:-1] if len(prev) > 1 else "w" if prev == "u" else ""
                if prev in ("tsu", "fu"):
                    stem = prev[:-1]
                elif prev in _PALATAL:
                    stem = _PALATAL[prev]
                elif prev in ("te", "de", "to", "do") and syllable in "iu":
                    stem = prev[0]
                out[-1] = stem + syllable
            else:
                out.append(syllable)
            continue
        if double and syllable[0] not in "aeiou":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double = False
        out.append(syllable)
    return _LONG.sub(lambda m: m.group(1) or "", "".join(out))


def is_kana(ch: str) -> bool:
    return 0x3041 <= ord(ch) <= 0x30FF and ch not in "・゠＝"


# -- Chinese characters ---------------------------------------------------------------
@cache
def han_table() -> dict[str, tuple[tuple[str, ...], str]]:
    """Character -> (pinyin readings without tones, Wade-Giles of the first)."""
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for line in data_lines("han_readings.tsv"):
        char, readings, wade = line.split("\t")
        out[char] = (tuple(readings.split(" ")), wade)
    return out


@cache
def _pinyin_syllables() -> frozenset[str]:
    return frozenset(r for readings, _ in han_table().values() for r in readings)


def pinyin_syllables() -> frozenset[str]:
    """Every Mandarin syllable in pinyin that the Han reading table holds."""
    return _pinyin_syllables()


def is_pinyin_syllable(word: str) -> bool:
    """True when `word` is one Mandarin syllable in pinyin ("hong"; not "hung")."""
    return word in _pinyin_syllables()


def is_pinyin(word: str) -> bool:
    """True when `word` is Mandarin syllables written together ("nong", "nongye")."""
    return pinyin_count(word) > 0


@lru_cache(maxsize=4096)
def pinyin_count(word: str) -> int:
    """The fewest Mandarin syllables `word` reads as in pinyin ("nongye" 2), or 0."""
    syllables = _pinyin_syllables()
    fewest = {0: 0}
    for end in range(1, len(word) + 1):
        counts = [
            fewest[end - n] + 1
            for n in range(1, min(6, end) + 1)
            if end - n in fewest and word[end - n : end] in syllables
        ]
        if counts:
            fewest[end] = min(counts)
    return fewest.get(len(word), 0) if word else 0


def read_han(run: str) -> list[tuple[str, tuple[str, ...]]]:
    """Latin words of a run of Chinese characters, each with the characters it reads
    and its variants: a name of two or three characters is family name and given
    name ("xi", "jinping"); a longer run is read two characters to a word."""
    table = han_table()
    chars = [c for c in run if c in table]
    if not chars:
        return []
    groups = (
        [chars[:1], chars[1:]]
        if len(chars) <= 3
        else [chars[i : i + 2] for i in range(0, len(chars), 2)]
    )
    words = []
    for group in groups:
        if not group:
            continue
        pinyin = "".join(table[c][0][0] for c in group)
        wade = "".join(table[c][1] for c in group)
        forms = [pinyin, wade]
        if len(group) == 1:
            forms.extend(table[group[0]][0][1:])  # a family name's other readings (曾 zeng)
        words.append(("".join(group), tuple(dict.fromkeys(f for f in forms if f))))
    return words


# -- Greek --------------------------------------------------------------------------
_GREEK_PAIRS = {
    "ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev", "ηυ": "iv",
    "μπ": "mp", "ντ": "nt", "γκ": "gk", "γγ": "ng", "γξ": "nx", "γχ": "nch", "τσ": "ts", "τζ": "tz",
}  # fmt: skip
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
        strict=True,
    )
)
# The variants names take in English and in older systems: Giorgos/Yiorgos,
# Papadopoulos/Papadopulos, Christos/Hristos, Tsipras, Konstantinos/Constantinos.
# Greek writes foreign g as γκ and ch as τσ ("Ιγκόρ Σέτσιν", Igor Sechin).
_GREEK_VARIANTS = (
    ("ou", "u"), ("ch", "h"), ("y", "i"), ("gi", "yi"), ("mp", "b"), ("nt", "d"), ("k", "c"),
    ("gk", "g"), ("ts", "ch"),
)  # fmt: skip


def _greek_letters(word: str) -> str:
    """ELOT 743's reading of a Greek word."""
    plain = "".join(
        c for c in unicodedata.normalize("NFD", word.casefold()) if unicodedata.category(c) != "Mn"
    )
    out: list[str] = []
    i = 0
    while i < len(plain):
        pair = plain[i : i + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
        else:
            out.append(_GREEK.get(plain[i], ""))
            i += 1
    return "".join(out)


def _greek_foreign(form: str) -> str:
    """An ELOT reading as Greek spells a foreign name ("Γιεβγκένι" Yevgeni: b μπ, d
    ντ, g γκ, j τζ, ch τσ, u ου, y before a vowel γι), all at once."""
    foreign = _GREEK_Y.sub("y", form)
    for old, new in _GREEK_FOREIGN:
        foreign = foreign.replace(old, new)
    return foreign


def read_greek(word: str) -> tuple[str, ...]:
    form = _greek_letters(word)
    forms = [form]
    for old, new in _GREEK_VARIANTS:
        if old in form:
            forms.append(form.replace(old, new))
    forms.append(_greek_foreign(form))
    return tuple(dict.fromkeys(f for f in forms if f))


_GREEK_Y = deferred("gi(?=[aeiou])")
_GREEK_FOREIGN = (("ou", "u"), ("gk", "g"), ("ts", "ch"), ("mp", "b"), ("nt", "d"), ("tz", "j"))
_GREEK_WORD = deferred("[\u0370-\u03ff\u1f00-\u1fff]+")


def greek_reading(text: str) -> str:
    """`text` with each Greek word read as Greek spells a foreign name, all at once
    ("ΣΕΝΑΤ ΣΙΠΙΝΓΚ ΛΙΜΙΤΕΝΤ" is "senat siping limited");
    "" when it holds no Greek letter (kept in no cache: a text may be long)."""
    if text.isascii() or not _GREEK_WORD.search(text):
        return ""
    return _GREEK_WORD.sub(lambda m: _greek_foreign(_greek_letters(m.group(0))), text)


def is_greek(ch: str) -> bool:
    return 0x0370 <= ord(ch) <= 0x03FF or 0x1F00 <= ord(ch) <= 0x1FFF
