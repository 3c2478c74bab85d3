"""Is a token a real English word?

Typo tolerance must not turn one real word into another: "explosion" is not a
misspelt "explosive", "printed" is not "printer", "water" is not "wafer".  A token
that is itself a common English word is therefore never fuzzily corrected; only
non-words ("semicondutor", "elektron") are.

The word list (`data/english_words.txt`) is generated from pyspellchecker's English
frequency dictionary by `screen/datagen/english.py`; it ships with the package, so
no installed library version can change a verdict.  It is read the first time a
fuzzy candidate needs the check, so exact matches never pay for it.

The list is sorted (its generator writes it so, and the datagen test holds the
shipped file to the generator's output), so a word is looked up by bisecting the
text itself: making a set of its 47,000 words took a `screen check` about 10 ms.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources


@cache
def sorted_data(name: str) -> tuple[str, int]:
    """A shipped word list in `screen/data` (one word a line, sorted), and where its
    words start (after the comment lines at its top): for `in_sorted_lines`."""
    text = resources.files("screen.data").joinpath(name).read_text("utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text, start


def in_sorted_lines(word: str, text: str, lo: int, hi: int) -> bool:
    """Whether `word` is a whole line of text[lo:hi], whose lines (each ending in a
    newline) are sorted: a binary search over the characters, read line by line."""
    while lo < hi:
        mid = (lo + hi) // 2
        before = text.rfind("\n", lo, mid)
        start = lo if before < 0 else before + 1
        end = text.find("\n", start, hi)
        if end < 0:
            end = hi
        line = text[start:end]
        if word == line:
            return True
        if word < line:
            hi = start
        else:
            lo = end + 1
    return False


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """True when `word` (lower case ASCII) is a common English word."""
    text, start = sorted_data("english_words.txt")
    return in_sorted_lines(word, text, start, len(text))
