"""Tokens and the compact form used for matching.

A `Token` is a run of `[a-z0-9]` in the normalised text, with its span there and a
`key` (its singular form) that matchers compare.  CJK text has no spaces to split
on, so it is matched as substrings of the `compact` form: the normalised text with
spaces and the katakana prolonged-sound mark removed ("3D プリンター" and
"3Dプリンタ" have the same compact form), Traditional Chinese characters written
as Simplified ("柴油發電機組" and "柴油发电机组" have the same compact form; the
table `data/han_simplified.tsv` is generated from Unihan by
`screen/datagen/han_simplified.py`).
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.lazyre import deferred
from screen.text.normalize import NormText, cjk_part, normalize_with_offsets
from screen.text.shipped import data_lines
from screen.text.textcache import text_cache
from screen.tuples import NamedTuple

_LATIN = deferred(r"[a-z0-9]+")
_COMPACT_DROP = frozenset(" ー")


def singular(word: str) -> str:
    """English singular of a plural-looking word ("chips" -> "chip"), idempotent.

    Deliberately simple: applied to both sides of every comparison, it only has
    to map plural and singular to one key, not to produce real English.
    """
    if len(word) < 4 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class Token(NamedTuple):
    text: str
    key: str  # singular form, what matchers compare
    start: int
    end: int


class Analyzed(NamedTuple):
    """A field's text, normalised and split, ready for any matcher."""

    norm: NormText
    tokens: tuple[Token, ...]
    compact: str
    compact_to_norm: tuple[int, ...]
    cjk: str  # the CJK characters of `compact`; empty for most text

    @property
    def text(self) -> str:
        return self.norm.text

    def compact_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `compact` to the matching span of the normalised text."""
        return self.compact_to_norm[start], self.compact_to_norm[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """The user's own text behind a span of the normalised text."""
        return self.norm.source_span(start, end)

    def quote_tokens(self, first: int, last: int) -> str:
        """The user's own text behind tokens first..last."""
        return self.quote(self.tokens[first].start, self.tokens[last].end)


@lru_cache(maxsize=1)
def _simplified() -> dict[int, str]:
    """Traditional Chinese character -> Simplified, one for one (`str.translate`)."""
    pairs = (line.split("\t") for line in data_lines("han_simplified.tsv"))
    return {ord(t): s for t, s in pairs}


def simplify(text: str) -> str:
    """`text` with its Traditional Chinese characters written as Simplified; every
    character keeps its place."""
    return text if text.isascii() else text.translate(_simplified())


def compact(text: str) -> str:
    """The compact form of an already-normalised string."""
    return simplify("".join(c for c in text if c not in _COMPACT_DROP))


@text_cache(65536)  # (an analysed 10,000-character description holds half a megabyte)
def analyze(text: str) -> Analyzed:
    """`text` normalised and cut into tokens."""
    return _analyze(text)


def _analyze(text: str) -> Analyzed:
    norm = normalize_with_offsets(text)
    tokens = tuple(
        Token(m.group(0), singular(m.group(0)), m.start(), m.end())
        for m in _LATIN.finditer(norm.text)
    )
    if norm.text.isascii():  # only spaces to drop: no per-character loop
        chars = [t for t in norm.text.split(" ")]
        index = [i for i, c in enumerate(norm.text) if c != " "]
    else:
        chars, index = [], []
        for i, c in enumerate(norm.text):
            if c not in _COMPACT_DROP:
                chars.append(c)
                index.append(i)
    packed = simplify("".join(chars))
    return Analyzed(norm, tokens, packed, tuple(index), cjk_part(packed))
