"""Is a token a real English word?

Typo tolerance must not turn one real word into another: "explosion" is not a
misspelt "explosive", "printed" is not "printer", "water" is not "wafer".  A token
that is itself a common English word is therefore never fuzzily corrected; only
non-words ("semicondutor", "elektron") are.

The word list (`data/english_words.txt`) is generated from pyspellchecker's English
frequency dictionary by `screen/datagen/english.py`; it ships with the package, so
no installed library version can change a verdict.  It is loaded the first time a
fuzzy candidate needs the check, so exact matches never pay for it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources


@cache
def _words() -> frozenset[str]:
    text = resources.files("screen.data").joinpath("english_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """True when `word` (lower case ASCII) is a common English word."""
    return word in _words()
