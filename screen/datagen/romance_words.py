"""Spanish, Italian and Portuguese words: after a goods term, a word of these
languages that is no English or German word qualifies the term, as they put
qualifiers after the noun ("robot industriali antropomorfi"; see `_wordlists.py`).

python -m screen.datagen.romance_words  # rewrites screen/data/romance_words.txt
"""

from __future__ import annotations

from screen.datagen._names import DATA
from screen.datagen._wordlists import word_list

TARGET = DATA / "romance_words.txt"


def generate() -> str:
    return word_list("es", "romance_words", "it", "pt")


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
