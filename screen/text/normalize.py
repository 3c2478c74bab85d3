"""Normalisation: one canonical matching form for every text the tool compares.

`normalize()` gives the canonical form; `normalize_with_offsets()` gives the same
string plus, for each of its characters, the index of the input character it came
from, so that a hit can quote the user's own text.

The steps, in order:

1. NFC, then NFKC per character: full-width letters and digits become ASCII,
   half-width katakana becomes full-width (its voicing marks composed with the
   kana before them), `㈱` becomes `(株)`; a symbol spelt with letters stands
   apart as a word (`㎒` is `MHz`), but for the trademark signs `™` and `℠`, which
   vanish (`robot™` is `robot`), as `(R)`, `(TM)` and `(SM)` written onto a word do.
2. Zero-width, format and control characters are dropped.
3. In a word that mixes Latin with Cyrillic or Greek letters, the look-alikes are
   read as Latin (`confusables.py`).
4. Every other non-ASCII letter outside Chinese/Japanese/Korean scripts is
   transliterated to Latin with `anyascii` ("Сбербанк" -> "sberbank").
   Japanese and Chinese are kept as written and matched as substrings.
5. Case folding; apostrophes vanish ("people's" -> "peoples"); every other run of
   punctuation or space becomes one space.

The result holds only `[a-z0-9]`, CJK characters and single spaces, so applying
`normalize` again changes nothing.
"""

from __future__ import annotations

import re
import unicodedata

from screen.text.confusables import undisguised
from screen.text.lazyre import deferred, lazy_pattern
from screen.text.textcache import text_cache
from screen.tuples import NamedTuple

_APOSTROPHES = frozenset("'’‘`´ʼʹ′")


_CJK_RANGES = (
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0x20000, 0x2FA1F),  # CJK extensions B-F, compatibility supplement
)
CJK_RUN = lazy_pattern("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]+")


def is_cjk(ch: str) -> bool:
    """True for Han, kana, Hangul and the katakana prolonged-sound mark."""
    o = ord(ch)
    return any(a <= o <= b for a, b in _CJK_RANGES)


def cjk_part(text: str) -> str:
    """The Chinese/Japanese/Korean characters of `text`, in order (C speed)."""
    return "".join(CJK_RUN().findall(text)) if not text.isascii() else ""


def _compatible(ch: str) -> str:
    """NFKC of one character; a symbol NFKC spells with letters stands apart as a
    word ("㎒" is "MHz"; "™" and "℠" vanish before it is called: `_TRADEMARK_SIGNS`)."""
    out = unicodedata.normalize("NFKC", ch)
    if out != ch and unicodedata.category(ch)[0] == "S" and any(c.isalnum() for c in out):
        return f" {out} "
    return out


def _is_invisible(ch: str) -> bool:
    """Format, control, private-use, unassigned characters and combining marks."""
    return unicodedata.category(ch) in ("Cf", "Cc", "Co", "Cs", "Cn", "Mn")


def _is_brahmic_sign(ch: str) -> bool:
    """A combining sign (vowel sign, virama, nasal) of the scripts of South and
    South-East Asia (U+0900-U+0DFF, U+0E00-U+109F, U+1780-U+17FF)."""
    o = ord(ch)
    in_range = 0x0900 <= o <= 0x0DFF or 0x0E00 <= o <= 0x109F or 0x1780 <= o <= 0x17FF
    return in_range and unicodedata.category(ch) in ("Mn", "Mc")


def _script(ch: str) -> str:
    """Rough script of a letter: 'latin', 'cyrillic', 'greek' or 'other'."""
    o = ord(ch)
    if ch.isascii():
        return "latin"
    if 0x0400 <= o <= 0x052F:
        return "cyrillic"
    if 0x0370 <= o <= 0x03FF:
        return "greek"
    if 0x00C0 <= o <= 0x024F:
        return "latin"
    return "other"


_WORD = deferred(r"[^\W\d_]+")  # a run of letters: "robot_лотB" is two words


def unmixed(text: str) -> str:
    """Read a word that mixes Latin letters with Cyrillic or Greek look-alikes in one
    script (`confusables.undisguised`).  A word is a run of letters: an underscore
    or a digit ends it, so a Latin word glued to a Cyrillic code ("robot_лотB",
    "robot2лот") keeps its letters."""

    def fold(m: re.Match[str]) -> str:
        word = m.group(0)
        scripts = {c: _script(c) for c in word if c.isalpha()}
        kinds = set(scripts.values())
        if "latin" in kinds and kinds & {"cyrillic", "greek"}:
            return undisguised(word, scripts)
        return word

    return _WORD.sub(fold, text)


def _char_forms(ch: str) -> str:
    """The normalised form of one (already NFKC-, confusable-processed) character."""
    if ch.isascii():
        if ch.isalnum():
            return ch.lower()
        if ch in _APOSTROPHES or (not ch.isspace() and not ch.isprintable()):
            return ""  # apostrophes and control characters vanish
        return " "
    if ch in _APOSTROPHES:
        return ""
    if is_cjk(ch):
        return ch
    if _is_brahmic_sign(ch):
        # a vowel sign of Devanagari, Bengali, Thai ...: part of the word, not a break
        # ("पुतिन" is "putin", not "p tin")
        from anyascii import anyascii

        return "".join(c for c in anyascii(ch).casefold() if c.isascii() and c.isalpha())
    if _is_invisible(ch):
        return ""
    if not ch.isalnum():
        return " "
    # imported here: plain ASCII input (most order data) never pays for loading it
    from anyascii import anyascii

    out = anyascii(ch).casefold()
    return "".join(
        c if c.isalnum() and c.isascii() else ("" if c in _APOSTROPHES else " ") for c in out
    )


class NormText(NamedTuple):
    """A normalised string and, per character, the index of its source character."""

    text: str
    offsets: tuple[int, ...]
    original: str

    def source_span(self, start: int, end: int) -> str:
        """The slice of the original input that produced `text[start:end]`."""
        if start >= end or not self.offsets:
            return ""
        lo = self.offsets[start]
        hi = self.offsets[end - 1] + 1
        return self.original[lo:hi].strip()


_ASCII_WORD = deferred(r"[A-Za-z0-9]+")
# a trademark sign written in letters onto a word ("MYNET.NET(R)", "Intel(R)", "PETRO
# GREEN(TM)"): a break, as "®" is; "™" and "℠", which NFKC writes "TM" and "SM", too
_TRADEMARK = r"(?<=[^\W_])\((?:[Rr]|[Tt][Mm]|[Ss][Mm])\)"
_TRADEMARKS = deferred(_TRADEMARK)
_TRADEMARK_SIGNS = frozenset("\u2122\u2120")
_ASCII_SPECIAL = deferred(r"['`\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|" + _TRADEMARK)


def _ascii_fast(text: str) -> NormText:
    """The same result as the general path for plain ASCII without apostrophes or
    control characters (most order data), an order of magnitude faster."""
    words: list[str] = []
    offsets: list[int] = []
    for m in _ASCII_WORD.finditer(text):
        if words:
            offsets.append(m.start() - 1)
        words.append(m.group(0).lower())
        offsets.extend(range(m.start(), m.end()))
    return NormText(" ".join(words), tuple(offsets), text)


# The voicing marks NFKC gives for half-width katakana's ﾞ and ﾟ: composed with the
# kana before them ("ｽﾞﾍﾞﾙﾊﾞﾝｸ" is "ズベルバンク", as old Japanese ERPs write it).
_KANA_MARKS = frozenset("\u3099\u309a")


def trademarks_blanked(text: str) -> str:
    """`text` with each trademark sign written onto a word ("Intel(R)") as spaces."""
    return _TRADEMARKS.sub(lambda m: " " * len(m.group()), text) if "(" in text else text


@text_cache(65536)
def normalize_with_offsets(text: str) -> NormText:
    """Normalise `text` and keep a map back to the input (see module docstring)."""
    return _normalized_with_offsets(text)


def _normalized_with_offsets(text: str) -> NormText:
    if text.isascii() and not _ASCII_SPECIAL.search(text):
        return _ascii_fast(text)
    source = unicodedata.normalize("NFC", text)
    folded = unmixed(source)
    folded = trademarks_blanked(folded)  # (the same length: offsets point into `source`)
    chars: list[str] = []
    offsets: list[int] = []
    # NFC may merge characters, so offsets refer to the NFC form; for almost all
    # inputs that is the same string as the original.
    for index, ch in enumerate(folded):
        for part in " " if ch in _TRADEMARK_SIGNS else _compatible(ch):
            if part in _KANA_MARKS and chars:  # ("ｽﾞ": the half-width kana's voicing mark)
                composed = unicodedata.normalize("NFC", chars[-1] + part)
                if len(composed) == 1:
                    chars[-1] = composed
                    continue
            for out in _char_forms(part):
                if out == " " and (not chars or chars[-1] == " "):
                    continue
                chars.append(out)
                offsets.append(index)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return NormText("".join(chars), tuple(offsets), source)


@text_cache(65536)
def normalize(text: str) -> str:
    """The canonical matching form of `text` (idempotent)."""
    return _normalize(text)


def _normalize(text: str) -> str:
    if text.isascii() and not _ASCII_SPECIAL.search(text):
        return " ".join(_ASCII_WORD.findall(text)).lower()  # as `_ascii_fast`, no offsets
    return normalize_with_offsets(text).text
