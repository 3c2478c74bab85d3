"""Is a token a real English word?

Typo tolerance must not turn one real word into another: "explosion" is not a
misspelt "explosive", "printed" is not "printer", "water" is not "wafer".  A token
that is itself a common English word is therefore never fuzzily corrected; only
non-words ("semicondutor", "elektron") are.

The word list is pyspellchecker's English frequency dictionary, reduced to the
words common enough to count and kept in the on-disk cache (building it from the
dictionary takes about 0.3 s, reading the cached set a few milliseconds); it is
loaded the first time a fuzzy candidate needs the check, so exact matches never
pay for it.
"""

from __future__ import annotations

from functools import cache, lru_cache

# A word seen fewer times than this in the dictionary's corpus is treated as rare
# enough to be a misspelling (the list itself contains some misspellings).
MIN_COUNT = 100


# Known at all (a head noun, not a typo): seen at least this many times.
KNOWN_COUNT = 20


def _build(least: int = MIN_COUNT) -> frozenset[str]:
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en", distance=1)
    return frozenset(w for w, n in checker.word_frequency.dictionary.items() if n >= least)


@cache
def _words(least: int = MIN_COUNT) -> frozenset[str]:
    from importlib.metadata import version

    from screen.cache import cached

    return cached(f"english-{version('pyspellchecker')}-{least}", lambda: _build(least))


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """True when `word` (lower case ASCII) is a common English word."""
    return word in _words()


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """True when `word` is in the English dictionary at all ("resistor", "bitumen"),
    however rare: a word that can head a goods description."""
    return word in _words(KNOWN_COUNT)
