"""Is a token a real English word?

Typo tolerance must not turn one real word into another: "explosion" is not a
misspelt "explosive", "printed" is not "printer", "water" is not "wafer".  A token
that is itself a common English word is therefore never fuzzily corrected; only
non-words ("semicondutor", "elektron") are.

The word list is pyspellchecker's English frequency dictionary, loaded lazily the
first time a fuzzy candidate needs the check (about 0.3 s, once per process), so
exact matches never pay for it.
"""

from __future__ import annotations

from functools import cache, lru_cache

# A word seen fewer times than this in the dictionary's corpus is treated as rare
# enough to be a misspelling (the list itself contains some misspellings).
MIN_COUNT = 100


@cache
def _frequencies() -> dict[str, int]:
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en", distance=1)
    return dict(checker.word_frequency.dictionary)


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """True when `word` (lower case ASCII) is a common English word."""
    return _frequencies().get(word, 0) >= MIN_COUNT
