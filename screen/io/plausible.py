"""How plausible a decoding of a file's bytes is as text a person wrote.

A short sample of legacy-encoded bytes decodes without error in several code pages:
CP1251 capitals are CP932 half-width katakana, KOI8-R lower case is CP1251 upper
case, EUC-JP kanji are CP949 hangul.  A decoder's "no error" says nothing, so each
decoding is judged by what a writer of that text would produce:

- one script per word (Japanese mixes kanji and kana; nobody mixes Cyrillic with
  katakana or hangul with hanja inside one word);
- letters, not box drawings or rare symbols;
- common characters: hangul in the 2,350 syllables of KS X 1001, Han characters in
  the first (common) level of GB 2312, JIS X 0208 or Big5, few half-width katakana;
- a letter case a word is written in (`Сбербанк`, `СБЕРБАНК`, `сбербанк`, not
  `сБЕРБАНК`), and letters of the alphabet's common core (charset-normalizer's
  frequency tables, for the scripts it keeps them).

The standards' own tables (the codecs) decide what is common; nothing here lists
words or samples.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from screen.tuples import NamedTuple

_WORD = re.compile(r"[^\W\d_]+")
# Typographic punctuation a text in any of these languages carries.
_PUNCTUATION = set("«»№°·×\u00a0€£¥±§©®™²³½¼¾")  # and the signs of prices and measures
_PUNCT_RANGES = ((0x2010, 0x2027), (0x3000, 0x303F), (0xFF01, 0xFF5E), (0x30FB, 0x30FC))
_KOREAN = {"cp949", "euc_kr", "johab"}
# Scripts that share one word in real text (Japanese mixes kanji and kana).
_SAME_WORD = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK"}


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith("HALFWIDTH KATAKANA"):
        return "HALFWIDTH"
    if name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH")):
        return "CJK"
    if name.startswith("KATAKANA-HIRAGANA"):
        return "CJK"
    return name.split(" ", 1)[0]


def _lead_below(char: str, encoding: str, first: int, last: int) -> bool:
    try:
        encoded = char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and first <= encoded[0] <= last


@functools.lru_cache(maxsize=8192)
def _common_han(char: str) -> bool:
    """In the first (frequent) level of GB 2312 (rows 16-55), JIS X 0208 (rows 16-47)
    or Big5 (A440-C67E)."""
    return (
        _lead_below(char, "gb2312", 0xB0, 0xD7)
        or _lead_below(char, "euc_jp", 0xB0, 0xCF)
        or _lead_below(char, "big5", 0xA4, 0xC6)
    )


@functools.lru_cache(maxsize=8192)
def _common_hangul(char: str) -> bool:
    """One of the 2,350 syllables KS X 1001 encodes whole (the codec spells the
    others out as a sequence of jamo)."""
    return _lead_below(char, "euc_kr", 0xB0, 0xC8)


# Jamo that are rare in Korean words (Unicode's order of a syllable's parts): tense
# initials, the compound vowels but ㅘ ㅐ ㅔ ㅚ ㅢ, and compound finals.  A code page
# misread as CP949 gives syllables full of them (쫄꿱, 샙눠쥐숭).
_RARE_INITIALS = {1, 4, 8, 10, 13}  # ㄲ ㄸ ㅃ ㅆ ㅉ
_RARE_VOWELS = {3, 7, 10, 14, 15, 16}  # ㅒ ㅖ ㅙ ㅝ ㅞ ㅟ
_RARE_FINALS = {2, 3, 5, 6, 9, 10, 11, 12, 13, 14, 15, 18, 20}  # ㄲ ㄳ ㄵ ㄶ ㄺ-ㅀ ㅄ ㅆ


def _hangul_cost(char: str) -> float:
    index = ord(char) - 0xAC00
    initial, vowel, final = index // 588, index // 28 % 21, index % 28
    rare = (initial in _RARE_INITIALS) + (vowel in _RARE_VOWELS) + (final in _RARE_FINALS)
    return 0.2 * rare


@functools.lru_cache(maxsize=1)
def _letter_ranks() -> dict[str, float]:
    """Each letter's frequency rank in the alphabets charset-normalizer keeps, as a
    share of its table (0 the most frequent); the best rank over the languages."""
    from charset_normalizer.constant import FREQUENCIES

    ranks: dict[str, float] = {}
    for letters in FREQUENCIES.values():
        for rank, letter in enumerate(letters):
            for form in (letter, letter.upper()):
                ranks[form] = min(ranks.get(form, 1.0), rank / len(letters))
    return ranks


def _char_cost(char: str, korean: bool) -> float:
    category = unicodedata.category(char)
    if category[0] != "L":
        if char in _PUNCTUATION or any(lo <= ord(char) <= hi for lo, hi in _PUNCT_RANGES):
            return 0.1
        return 0.0 if category[0] in "ZN" and char != "\u0085" else 1.0
    script = _script(char)
    if script == "HALFWIDTH":
        return 0.25  # Japanese ERPs still write them, but CP1251 capitals read as them
    if script == "CJK" and unicodedata.name(char, "").startswith("CJK"):
        if korean:
            return 0.5  # Korean is written in hangul; hanja alone are a misreading
        return 0.0 if _common_han(char) else 0.6
    if script == "HANGUL":
        return _hangul_cost(char) if _common_hangul(char) else 1.0
    if script in ("LATIN", "CYRILLIC", "GREEK"):
        return 0.1 * _letter_ranks().get(char, 3.0)
    return 0.0


def _word_cost(word: str) -> float:
    scripts = {_SAME_WORD.get(_script(c), _script(c)) for c in word if ord(c) > 0x7F}
    scripts |= {"LATIN"} if any(c.isascii() for c in word) else set()
    cost = 0.0
    if len(scripts) > 1:
        cost += 0.8 * len(word)
    for previous, char in itertools.pairwise(word):
        if previous.islower() and char.isupper():
            cost += 1.0  # сБЕРБАНК: a word is not written with a capital after a small letter
    return cost


def implausibility(text: str, encoding: str) -> float:
    """The mean cost of the sample's non-ASCII characters: 0 for text a person wrote
    in one script with common characters, towards 1 and past it for mojibake."""
    foreign = [c for c in text if ord(c) > 0x7F]
    if not foreign:
        return 0.0
    korean = encoding in _KOREAN
    cost = sum(_char_cost(c, korean) for c in foreign)
    cost += sum(_word_cost(w) for w in _WORD.findall(text) if not w.isascii())
    return cost / len(foreign)


class Reading(NamedTuple):
    """One encoding's reading of a sample: how implausible it is (its characters and
    words, plus charset-normalizer's measure of mess), and the text."""

    encoding: str
    score: float
    chaos: float
    text: str


def readings(sample: bytes, encodings: tuple[str, ...]) -> list[Reading]:
    """The encodings that decode the whole sample, the most plausible reading first."""
    import charset_normalizer

    found = []
    for encoding in encodings:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        best = charset_normalizer.from_bytes(sample, cp_isolation=[encoding]).best()
        chaos = 1.0 if best is None else best.chaos
        found.append(Reading(encoding, implausibility(text, encoding) + chaos, chaos, text))
    return sorted(found, key=lambda r: r.score)
