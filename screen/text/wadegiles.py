"""Chinese names in Wade-Giles read in pinyin as well: "Ma Hsiao-hung" is MA
Xiaohong, "Chou Chien-shu" ZHOU Jianshu, "Tantung Hung-hsiang Industrial" DANDONG
HONGXIANG INDUSTRIAL (Taiwan, older documents and many trade papers write names so).

A text is read so when it writes a given name the Wade-Giles way, syllables joined by
a hyphen with one of them no pinyin syllable ("Hsiao-hung"; "Li-wu" is pinyin
either way), or a word only Wade-Giles spells (hs, tz: "Hsu", "Tzu"; not ts, which Japanese
names write too: "Tsukasa"); then each of its words made of Wade-Giles syllables is read too
("Chou", "Tantung").  A syllable's pinyin comes from the characters it reads
(`data/han_readings.tsv`: 蕭 hsiao / xiao, 建 chien / jian, 錢 chien / qian): its two
most usual, and itself where it is pinyin too ("chou" zhou / chou).  A word is
written in its first reading, the others and the word as written its alternatives.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import product

from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.romanize import han_table, is_pinyin_syllable

READINGS = 2  # pinyin syllables kept per Wade-Giles syllable
MAX_SYLLABLES = 3  # of a word read (a given name of two, "Tantung")
MAX_FORMS = 4  # readings of a word kept
_SYLLABLE = r"[A-Za-z]+(?:['’][A-Za-z]+)?"  # (Ch'ien)
_HYPHENED = deferred(rf"\b({_SYLLABLE})-({_SYLLABLE})\b")
_WORD = deferred(_SYLLABLE)
_MARKED = deferred(r"\b(?:hs|tz)[a-z]+\b")  # (not ts: Japanese writes Tsukasa)


@cache
def syllables() -> dict[str, tuple[str, ...]]:
    """Wade-Giles syllable (without its apostrophe) -> its pinyin, most usual first."""
    counts: dict[str, Counter[str]] = {}
    for readings, wade in han_table().values():
        counts.setdefault(wade, Counter())[readings[0]] += 1
    out = {}
    for wade, pinyin in counts.items():
        kept = [p for p, _ in pinyin.most_common(READINGS)]
        if is_pinyin_syllable(wade) and wade not in kept:
            kept.append(wade)
        out[wade] = tuple(kept)
    return out


def _plain(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "")


def _split(word: str) -> list[str] | None:
    """`word` as Wade-Giles syllables (the longest first at each step), or None."""
    table = syllables()
    out: list[str] = []
    rest = word
    while rest and len(out) < MAX_SYLLABLES:
        for size in range(min(6, len(rest)), 0, -1):
            if rest[:size] in table:
                out.append(rest[:size])
                rest = rest[size:]
                break
        else:
            return None
    return out if not rest else None


def readings(word: str) -> tuple[str, ...]:
    """A word of Wade-Giles syllables in pinyin, most usual first (up to
    `MAX_FORMS`), or () for a word of other letters."""
    parts = _split(_plain(word))
    if not parts:
        return ()
    table = syllables()
    joined = ("".join(p) for p in product(*(table[s] for s in parts)))
    return tuple(dict.fromkeys(joined))[:MAX_FORMS]


def is_wade_giles(text: str) -> bool:
    """Whether `text` writes a given name the Wade-Giles way ("Hsiao-hung"), or a
    word of its own spelling ("Hsu", "Tzu": no pinyin starts with hs or tz)."""
    table = syllables()
    if any(_split(w) and not is_english_word(w) for w in _MARKED.findall(text.lower())):
        return True
    for m in _HYPHENED.finditer(text):
        first, second = (_plain(g) for g in m.groups())
        pinyin = is_pinyin_syllable(first) and is_pinyin_syllable(second)
        if first in table and second in table and not pinyin:
            return True
    return False


def read_wade_giles(text: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    """`text` with a Wade-Giles name's words in pinyin (a hyphened given name
    written as one word), and for each word so written its readings and the word as
    written; `text` itself and {} for any other text."""
    low = text.lower()
    if ("-" not in text and "hs" not in low and "tz" not in low) or not is_wade_giles(text):
        return text, {}  # (most texts: decided without a pattern)
    read: dict[str, tuple[str, ...]] = {}

    table = syllables()

    def joined(m: re.Match[str]) -> str:  # a given name's syllables written as one word
        first, second = m.group(1), m.group(2)
        return first + second if _plain(first) in table and _plain(second) in table else m[0]

    def whole(m: re.Match[str]) -> str:
        written = m.group(0)
        if not written.isupper() and not written[1:].islower():
            return written  # (words written together: "HsuehKangWei", split later)
        found = readings(written)
        if not found:
            return written
        read[found[0]] = tuple(dict.fromkeys((*found, _plain(written))))
        return found[0]

    return _WORD.sub(whole, _HYPHENED.sub(joined, text)), read
