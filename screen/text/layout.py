"""A text typed with the keyboard left on the other layout, read as meant.

Russian is typed on the ЙЦУКЕН layout, which shares its keys with QWERTY: a
name typed with the wrong layout switched on comes out as the other script's
letters on the same keys ("Сбербанк" as "C,th,fyr"; "ROSNEFT" as "КЩЫТУАЕ").
Such a word is letters no language writes, and its keys read on the other
layout are a word: each word is scored as a chain of letter pairs
(`wordlike.letter_score`, the pairs of nine languages' words; a Cyrillic word
by its Latin transliteration), as written and as its keys spell on the other
layout, and read on the other layout when that scores better by `MARGIN`.
Once one word is, the others of its script are when they score better at all
("ЬФРФТ ФШК": "mahan air").  A Latin acronym ("NITC") or a word of four letters
("GmbH") reads badly as a word and better on the Russian layout, so it is never
the word that decides.  A real name scores worse on the other layout ("Москва":
"vjcrdf"; "Tkachenko": "елфсрутлщ"), so it stays as written.
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.normalize import normalize
from screen.text.wordlike import letter_score

# the keys of a US keyboard and the letters of the Russian layout on them
LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`{}:\"<>~"
CYRILLIC_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюёхъжэбюё"
TO_CYRILLIC = dict(zip(LATIN_KEYS, CYRILLIC_KEYS, strict=True))
TO_LATIN = {c: k for k, c in zip(LATIN_KEYS[:33], CYRILLIC_KEYS[:33], strict=True)}
MARGIN = 0.8  # how much better (log-probability a letter pair) the other layout reads
SUSPECT = -3.5  # a word scoring better reads as a word of some language: it decides nothing
LEAST = 3  # letters a word needs to be scored
ACRONYM = 5  # letters of the longest Latin acronym ("IRISL"), which no layout explains
LATIN_SURE = 5  # letters of a Latin word that decides a reading ("GmbH" does not)
LONGEST = 200  # characters of a text read (a party's name; a longer text is no typo)


def _score(word: str) -> float | None:
    if word.isascii():  # (a Latin word's letters are its key: no need to normalise)
        key = "".join(c for c in word.lower() if c.isalpha())
    else:  # (a Cyrillic word by its transliteration; one of another script: no score)
        key = "".join(c for c in normalize(word) if c.isalpha())
    return letter_score(key) if len(key) >= LEAST and key.isascii() else None


def _other(word: str) -> tuple[str, str] | None:
    """The word's keys read on the other layout, and the script it was written in."""
    low = word.lower()
    if any(c in TO_LATIN for c in low):
        if all(c in TO_LATIN or not c.isalpha() for c in low):
            return "".join(TO_LATIN.get(c, c) for c in low), "cyrillic"
        return None
    if any(c.isascii() and c.isalpha() for c in low) and all(
        c in TO_CYRILLIC or not c.isalpha() for c in low
    ):
        return "".join(TO_CYRILLIC.get(c, c) for c in low), "latin"
    return None


def _acronym(word: str) -> bool:
    """A Latin word in capitals of `ACRONYM` letters at most ("NITC", "(IRISL)"), or
    of fewer than `LATIN_SURE` letters ("GmbH"): letters no language writes as a
    word, an abbreviation as often as a typo of the layout."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) < LATIN_SURE or (
        len(letters) <= ACRONYM and all(c.isupper() for c in letters)
    )


def layout_reading(text: str) -> str:
    """`text` with its words typed on the wrong layout read on the other, or ""
    when none is (see the module's docstring)."""
    if len(text) > LONGEST or text.isdigit():
        return ""  # (before the cache: a long text is never kept)
    return _reading(text)


@lru_cache(maxsize=4096)  # (could_match, then search, ask for the same text)
def _reading(text: str) -> str:
    words = text.split()
    sure = set()
    for word in words:  # (a word that reads as one is not mapped: most texts stop here)
        before = _score(word)
        if before is None or before > SUSPECT:
            continue
        other = _other(word)
        after = _score(other[0]) if other and other[1] not in sure else None
        if (
            other
            and after is not None
            and not (other[1] == "latin" and _acronym(word))
            and after - before > MARGIN
        ):
            sure.add(other[1])
    if not sure:
        return ""
    others = [_other(word) for word in words]
    return " ".join(
        other[0] if other and other[1] in sure and _gain(word, other[0]) > 0 else word
        for word, other in zip(words, others, strict=True)
    )


def _gain(word: str, other: str) -> float:
    """How much better `other` reads than `word` (0 when either has too few letters)."""
    before = _score(word)
    if before is None:
        return 0.0
    after = _score(other)
    return 0.0 if after is None else after - before
