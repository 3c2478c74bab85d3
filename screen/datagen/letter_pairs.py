"""How likely each letter is after another in a written word, and below what
average a word is no word of any language the dictionaries hold: a letter model
that tells a keyboard mash or a code ("xkqvtz", "qwrtzp") from a word of a
language the word lists lack ("odkurzacz", "kapagi").

A word's score is the mean log-probability of its letter pairs, the start and the
end of the word counted as letters (`text/wordlike.py`); a first-order Markov
chain over letters, as in Rob Renaud's gibberish detector.  The probabilities are
counted over every Latin-script word of pyspellchecker's dictionaries (English,
German, French, Spanish, Italian, Portuguese, Dutch, Basque, Latvian), each word
once, normalised as the matcher reads words, with add-one smoothing; the threshold
is the score below which 1 in 50,000 of those words of six letters or more fall.

    python -m screen.datagen.letter_pairs   # rewrites screen/data/letter_pairs.tsv
"""

from __future__ import annotations

import math
from collections import Counter
from importlib.metadata import version

from screen.datagen._names import DATA, header
from screen.text.normalize import normalize

TARGET = DATA / "letter_pairs.tsv"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "eu", "lv")
LETTERS = "^abcdefghijklmnopqrstuvwxyz$"  # ^ starts a word, $ ends it
QUANTILE = 0.00002  # 1 word in 50,000
LONG = 6


def _words() -> set[str]:
    from spellchecker import SpellChecker

    words: set[str] = set()
    for language in LANGUAGES:
        for word in SpellChecker(language=language, distance=1).word_frequency.dictionary:
            norm = normalize(word)
            if norm.isascii() and norm.isalpha():
                words.add(norm)
    return words


def _score(word: str, table: dict[str, float]) -> float:
    padded = f"^{word}$"
    return sum(table[padded[i : i + 2]] for i in range(len(padded) - 1)) / (len(padded) - 1)


def generate() -> str:
    words = _words()
    pairs: Counter[str] = Counter()
    for word in words:
        padded = f"^{word}$"
        pairs.update(padded[i : i + 2] for i in range(len(padded) - 1))
    table: dict[str, float] = {}
    for a in LETTERS[:-1]:
        total = sum(pairs[a + b] for b in LETTERS[1:])
        for b in LETTERS[1:]:
            table[a + b] = round(math.log((pairs[a + b] + 1) / (total + len(LETTERS) - 1)), 3)
    scores = sorted(_score(w, table) for w in words if len(w) >= LONG)
    threshold = scores[int(QUANTILE * len(scores))]
    names = ", ".join(LANGUAGES)
    source = f"pyspellchecker {version('pyspellchecker')} ({names}: {len(words)} words)"
    lines = [f"{pair}\t{value:.3f}" for pair, value in sorted(table.items())]
    return (
        header("letter_pairs", source) + f"threshold\t{threshold:.3f}\n" + "\n".join(lines) + "\n"
    )


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
