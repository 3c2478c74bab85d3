"""French words that typo tolerance never corrects (see `_wordlists.py`).

python -m screen.datagen.french_words  # rewrites screen/data/french_words.txt
"""

from __future__ import annotations

from screen.datagen._names import DATA
from screen.datagen._wordlists import word_list

TARGET = DATA / "french_words.txt"


def generate() -> str:
    return word_list("fr", "french_words")


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
