"""Every Latin spelling of a Hangul syllable in the two romanizations of Korean
(McCune-Reischauer and Revised Romanization, with the variants texts write: MR's
aspirates without their apostrophe, "ch" for ㅈ, "l" for ㄹ first, "sh" before i),
each with the system-neutral keys it may stand for: as a word's first syllable and
as a later one.  Read by `screen/text/korean.py`, which would otherwise build it
from all 11,172 syllables in every process that reads a name.

Source: the package's own Hangul romanizer (`screen/text/hangul.py`'s MR and RR
tables) over every syllable; one spelling a line, its first-syllable keys and its
later-syllable keys (space-separated, "-" for none).

    python -m screen.datagen.korean_syllables    # rewrites screen/data/korean_syllables.tsv
"""

from __future__ import annotations

from screen.datagen._names import DATA, header

TARGET = DATA / "korean_syllables.tsv"


def generate() -> str:
    from screen.text.korean import build_syllable_table

    first, later = build_syllable_table()

    def keys(table: dict[str, frozenset[str]], spelt: str) -> str:
        return " ".join(sorted(table.get(spelt, ()))) or "-"

    lines = (
        f"{s}\t{keys(first, s)}\t{keys(later, s)}\n" for s in sorted(first.keys() | later.keys())
    )
    source = (
        "screen/text/hangul.py (MR and RR of all 11,172 syllables): "
        "spelling<TAB>first keys<TAB>later keys"
    )
    return header("korean_syllables", source) + "".join(lines)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
