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
text itself (`sortedlines.py`).
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.sortedlines import in_sorted_lines, sorted_data


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """True when `word` (lower case ASCII) is a common English word."""
    text, start = sorted_data("english_words.txt")
    return in_sorted_lines(word, text, start, len(text))
