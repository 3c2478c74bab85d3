"""Every Latin word of a person's name in the person-name table ("hamza", "uday",
"vladimir"), sorted, one a line: what `screen/matching/names/lineage.py` asks to
tell a given name from any other word before a listed person's name.

Source: the Latin forms of `data/name_scripts.tsv` (rigour 1.0.0's person names
from Wikidata; see `name_scripts.py`).  Shipped as its own sorted list so that a
word is looked up by bisecting the text, without reading the whole table.

    python -m screen.datagen.person_words    # rewrites screen/data/person_words.txt
"""

from __future__ import annotations

from screen.datagen import name_scripts
from screen.datagen._names import DATA, header

TARGET = DATA / "person_words.txt"


def generate() -> str:
    words: set[str] = set()
    for line in name_scripts.generate().splitlines():
        if line and not line.startswith("#"):
            words.update(w for w in line.split("\t")[1].split(" ") if w)
    return header("person_words") + "".join(f"{w}\n" for w in sorted(words))


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
