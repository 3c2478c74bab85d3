"""Cyrillic and Greek letters that look like Latin ones, one by one: "а" (U+0430)
is "a", "Н" (U+041D) is "H", "Ν" (U+039D) is "N" but "ν" (U+03BD) is "v".

Source: Unicode's confusables (UTS #39, Unicode Security Mechanisms), as shipped in
the `confusable-homoglyphs` 3.3.1 wheel on PyPI (its confusables.json, made from
confusables.txt; Unicode licence); the kept extract
`sources/confusables-3.3.1-latin-cyrillic-greek.tsv.gz` holds the pairs of one
Cyrillic or Greek letter and one ASCII Latin letter the data calls confusable.
UTS #39 writes the vertical stroke (I, l, 1) as "l": a capital letter so written
is kept as "I" ("Ι", Greek capital iota; "І", Ukrainian I), a small one as "l".

    python -m screen.datagen.confusables WHEEL   # refreshes the kept extract
    python -m screen.datagen.confusables         # rewrites screen/data/confusables.tsv
"""

from __future__ import annotations

import json
import unicodedata
import zipfile
from pathlib import Path

from screen.datagen._extracts import extract_rows, write_extract
from screen.datagen._names import DATA, SOURCES, header, kept, refresh_and_write

TARGET = DATA / "confusables.tsv"
EXTRACT = SOURCES / "confusables-3.3.1-latin-cyrillic-greek.tsv.gz"
HEAD = "# Unicode confusables (UTS #39), confusable-homoglyphs 3.3.1 confusables.json\n"
_SCRIPTS = ("CYRILLIC", "GREEK")


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


def extract(wheel: Path) -> None:
    """The kept extract: (Cyrillic or Greek letter, its Latin look-alike) pairs."""
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("confusable_homoglyphs/confusables.json"))
    pairs: set[tuple[str, str]] = set()
    for key, glyphs in data.items():
        for glyph in glyphs:
            other = glyph["c"]
            if len(key) != 1 or len(other) != 1 or not (key.isalpha() and other.isalpha()):
                continue
            latin, foreign = (key, other) if key.isascii() else (other, key)
            if latin.isascii() and _script(foreign) in _SCRIPTS:
                pairs.add((foreign, latin))
    rows = (f"{foreign}\t{latin}\n" for foreign, latin in sorted(pairs))
    write_extract(EXTRACT, HEAD, rows)


def generate() -> str:
    lines: list[str] = []
    for foreign, latin in extract_rows(EXTRACT):
        if latin == "l" and foreign.isupper():
            latin = "I"  # (UTS #39's stroke is "l"; a capital stroke reads I)
        lines.append(f"{foreign}\t{latin}\t{_script(foreign).lower()}\n")
    return header("confusables", kept(EXTRACT, "Unicode licence")) + "".join(lines)


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
