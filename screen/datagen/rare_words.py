"""English and German words too rare for `english_words.txt` and `german_words.txt`
but real, of six letters or more: a word after a goods term that names another
thing ("Chip resistors", "Diamant-Trennscheibe": a "Scheibe") is told from a word
nobody writes ("semiconductor wafers blorvane", `text/wordlike.py`).

Source: pyspellchecker's English and German frequency dictionaries, the words they
count fewer than `MIN_COUNT` times (those the common lists leave out), normalised
as the matcher reads words; shorter words are left out, as no short word no list
knows is taken for goods (`matching/judge.py`).

    python -m screen.datagen.rare_words   # rewrites screen/data/rare_words.txt
"""

from __future__ import annotations

from importlib.metadata import version

from screen.datagen._names import DATA, header
from screen.datagen._wordlists import MIN_COUNT
from screen.text.normalize import normalize

SHORTEST = 6
TARGET = DATA / "rare_words.txt"


def generate() -> str:
    from spellchecker import SpellChecker

    words: set[str] = set()
    for language in ("en", "de"):
        counts = SpellChecker(language=language, distance=1).word_frequency.dictionary
        words.update(normalize(w) for w, n in counts.items() if n < MIN_COUNT)
    kept = sorted(w for w in words if len(w) >= SHORTEST and w.isalpha() and w.isascii())
    counted = f"English and German, words counted under {MIN_COUNT} times"
    source = f"pyspellchecker {version('pyspellchecker')} ({counted})"
    return header("rare_words", source) + "\n".join(kept) + "\n"


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
