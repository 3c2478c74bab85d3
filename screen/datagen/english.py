"""English words common enough that typo tolerance must never "correct" them.

Source: pyspellchecker's English frequency dictionary (built from OpenSubtitles
and Wiktionary word counts); a word counted fewer than `MIN_COUNT` times is left
out, so rare words and the dictionary's own misspellings stay correctable.

    python -m screen.datagen.english        # rewrites screen/data/english_words.txt
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from screen.datagen._names import header

MIN_COUNT = 100
TARGET = Path(__file__).resolve().parent.parent / "data" / "english_words.txt"


def generate() -> str:
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en", distance=1)
    words = sorted(w for w, n in checker.word_frequency.dictionary.items() if n >= MIN_COUNT)
    source = (
        f"pyspellchecker {version('pyspellchecker')} (English, words counted {MIN_COUNT}+ times)"
    )
    return header("english", source) + "\n".join(words) + "\n"


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
