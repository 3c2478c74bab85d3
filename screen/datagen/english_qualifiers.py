"""English words that are never a noun: adjectives, verbs and their participles,
adverbs.  After a goods term such a word qualifies it ("3D printer complete",
"Detonator electric instantaneous") and names no other goods.

Source: LemmInflect's lookup tables (its `lemma_lu.csv.gz`: every inflected form
with its part of speech and lemma), built from the NIH SPECIALIST Lexicon; a form
listed with no noun reading (nor a proper noun's) is kept.

    python -m screen.datagen.english_qualifiers  # rewrites screen/data/english_qualifiers.txt
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from screen.datagen._names import header

TARGET = Path(__file__).resolve().parent.parent / "data" / "english_qualifiers.txt"
NOUNS = frozenset({"noun", "propn"})


def generate() -> str:
    source = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    tags: dict[str, set[str]] = defaultdict(set)
    with gzip.open(str(source), "rt", encoding="utf-8") as lines:
        for line in lines:
            form, tag = line.split(",", 2)[:2]
            tags[form.lower()].add(tag)
    words = sorted(
        w for w, t in tags.items() if w.isascii() and w.isalpha() and len(w) > 2 and not t & NOUNS
    )
    made = f"lemminflect {version('lemminflect')} (SPECIALIST Lexicon forms with no noun reading)"
    return header("english_qualifiers", made) + "\n".join(words) + "\n"


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
