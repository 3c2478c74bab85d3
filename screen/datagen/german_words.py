"""German words that typo tolerance never corrects (see `_wordlists.py`).

python -m screen.datagen.german_words  # rewrites screen/data/german_words.txt
"""

from __future__ import annotations

from screen.datagen._names import DATA
from screen.datagen._wordlists import word_list

TARGET = DATA / "german_words.txt"


def generate() -> str:
    return word_list("de", "german_words")


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
