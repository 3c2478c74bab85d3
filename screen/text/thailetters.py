"""The letters of Thai and Lao and what each is read as, for `thai.py`: a
consonant's sound at a syllable's start and end and as names spell it, the vowel
marks, tone marks and the silencing mark, initial clusters, and Lao read through
its Thai twin letters (Unicode places each Lao letter 128 code points after it).
"""

from __future__ import annotations

from screen.tuples import NamedTuple


class _Letter(NamedTuple):
    initial: str  # RTGS, at a syllable's start
    final: str  # RTGS, at its end ("" cannot end one)
    written: str  # as names spell the letter where they follow it, not the sound


def _letters() -> dict[str, _Letter]:
    spec = (
        "ก k k k|ข kh k kh|ฃ kh k kh|ค kh k kh|ฅ kh k kh|ฆ kh k kh|ง ng ng ng|จ ch t j|"
        "ฉ ch t ch|ช ch t ch|ซ s t s|ฌ ch t ch|ญ y n y|ฎ d t d|ฏ t t t|ฐ th t th|ฑ th t th|"
        "ฒ th t th|ณ n n n|ด d t d|ต t t t|ถ th t th|ท th t th|ธ th t th|น n n n|บ b p b|"
        "ป p p p|ผ ph p ph|ฝ f p f|พ ph p ph|ฟ f p f|ภ ph p ph|ม m m m|ย y i y|ร r n r|"
        "ล l n l|ว w o v|ศ s t s|ษ s t s|ส s t s|ห h - h|ฬ l n l|อ - - -|ฮ h - h"
    )
    out = {}
    for item in spec.split("|"):
        ch, initial, final, written = item.split()
        out[ch] = _Letter(*(v.replace("-", "") for v in (initial, final, written)))
    return out


LETTERS = _letters()
LEADING = "เแโใไ"  # vowels written before their consonant
ABOVE = "ัิีึืุู็ํຽ"  # vowel marks above or below a consonant (ຽ: Lao ia)
TONES = "่้๊๋"
SILENCER = "์"
# initial clusters: a consonant and ร, ล or ว said together (กรุง krung, ปลา pla)
CLUSTERS = frozenset("กร กล กว ขร ขล ขว คร คล คว ตร ปร ปล พร พล ผล บร บล ดร ทร ศร สร ฟร ฟล".split())
SONORANTS = "งญนมยรลว"  # after a leading ห, which only sets the tone
SHORT = {"ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u", "ู": "u", "็": "o", "ํ": "o"}
LAO_OWN = {"ົ": "ํ", "ໍ": "ํ", "ຽ": "ຽ", "ຍ": "ย", "ໜ": "หน", "ໝ": "หม", "ຼ": "ล", "ໆ": "", "ຯ": ""}
LAO_LATIN = {"ช": "x", "ว": "v", "จ": "ch"}  # as Lao names are usually spelt
TITLES = ("นางสาว", "นาย", "นาง", "ทาว")  # Miss, Mr, Mrs, Lao Mr (tone marks gone): not the name


def from_lao(word: str) -> str:
    out = []
    for ch in word:
        if ch in LAO_OWN:
            out.append(LAO_OWN[ch])
        elif "\u0e81" <= ch <= "\u0eff":
            out.append(chr(ord(ch) - 0x80))
        else:
            out.append(ch)
    return "".join(out)


def cleaned(word: str) -> str:
    """Tone marks, repetition and abbreviation marks dropped; a letter under the
    silencing mark dropped with it (and a vowel mark on it: "ศักดิ์" sak)."""
    chars = [ch for ch in word if ch not in TONES and ch not in "ๆฯ"]
    out: list[str] = []
    for ch in chars:
        if ch == SILENCER:
            while out and out[-1] in ABOVE:
                out.pop()
            if out:
                out.pop()
            continue
        out.append(ch)
    return "".join(out)


def is_consonant(ch: str) -> bool:
    return ch in LETTERS


def vowel_follows(text: str, i: int) -> bool:
    """Whether the letter at `i` carries a vowel written on or after it (อ after
    a consonant is the vowel o: "กอก" kok)."""
    nxt = text[i + 1 : i + 2]
    if nxt == "อ":
        return i + 2 >= len(text) or text[i + 2] not in ABOVE + "าะำ"
    return nxt != "" and nxt in ABOVE + "าะำ"


def final_at(text: str, i: int) -> bool:
    """Whether the consonant at `i` ends the syllable before it: it carries no
    vowel of its own, and is not the start of a last syllable of two consonants
    ("สมาคม" sa-ma-khom: a consonant is never left alone at a word's end)."""
    if i >= len(text) or not is_consonant(text[i]) or vowel_follows(text, i):
        return False
    if text[i : i + 2] in CLUSTERS and vowel_follows(text, i + 1):
        return False  # it starts a cluster ("ศรี", "ประ")
    return not (i + 2 == len(text) and is_consonant(text[i + 1]))


def silenced_tail(word: str) -> str:
    """The written spelling of the letters silenced at a word's end ("ป์" p)."""
    letters = [ch for ch in word if ch not in TONES]
    tail: list[str] = []
    while letters and letters[-1] == SILENCER:
        letters.pop()
        while letters and letters[-1] in ABOVE:
            letters.pop()
        if letters and letters[-1] in LETTERS:
            written = LETTERS[letters.pop()].written  # (a loanword's: no aspirate)
            tail.insert(0, written[0] if written in ("kh", "ph", "th") else written)
    return "".join(tail)
