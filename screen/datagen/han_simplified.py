"""Traditional Chinese characters and the simplified character each is written
as in Simplified Chinese (發 发, 積 积, 體 体, 鑽 钻), so that goods written in
Traditional Chinese (Taiwan, Hong Kong: "柴油發電機組", "積體電路") meet the
terms written in Simplified ("柴油发电机组").

Source: the Unicode Unihan database 10.0 (`Unihan_Variants.txt`, Unicode
licence), as kept in `screen/datagen/sources/unihan-10.0-variants.tsv.gz` (see
`han_korean.py`): a character's kSimplifiedVariant, and the characters a
simplified character names as its kTraditionalVariant.  A character that is
itself another's simplified form is left as it is, and so is one with more than
one simplified form, so every character of a text keeps its place.  Japanese
kanji fold the same way (機 机): terms and texts are folded alike.

    python -m screen.datagen.han_simplified    # rewrites data/han_simplified.tsv
"""

from __future__ import annotations

from screen.datagen._extracts import extract_rows
from screen.datagen._names import DATA, header, kept
from screen.datagen.han_korean import VARIANTS_EXTRACT

TARGET = DATA / "han_simplified.tsv"


def generate() -> str:
    simplified: dict[str, list[str]] = {}  # traditional -> its simplified forms
    traditional: dict[str, list[str]] = {}  # simplified -> its traditional forms
    for char, kind, targets in extract_rows(VARIANTS_EXTRACT):
        if kind == "kSimplifiedVariant":
            simplified[char] = list(targets)
        elif kind == "kTraditionalVariant":
            traditional[char] = list(targets)
    is_simplified = {s for forms in simplified.values() for s in forms}
    fold: dict[str, str] = {}
    for char, forms in simplified.items():
        if char not in forms and len(forms) == 1:
            fold[char] = forms[0]
    for char, forms in traditional.items():
        for form in forms:
            known = form in fold or form in is_simplified or form in simplified
            if form != char and not known and char in is_simplified:
                fold[form] = char
    # a simplified form that is folded further (rare) is followed to its end
    for char, to in list(fold.items()):
        seen = {char}
        while to in fold and to not in seen:
            seen.add(to)
            to = fold[to]
        fold[char] = to
    rows = sorted(f"{t}\t{s}" for t, s in fold.items() if t != s)
    return (
        header("han_simplified", kept(VARIANTS_EXTRACT, "Unicode licence")) + "\n".join(rows) + "\n"
    )


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
