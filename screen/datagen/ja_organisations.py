"""Japanese organisations' names in kanji, with how they are read: "山口組"
yamaguchigumi (the Yamaguchi-gumi), "住吉会" sumiyoshikai, "稲川会" inakawakai.  Kanji
are not read in Japanese otherwise (their readings depend on the word), so a name
the lists write in Latin letters ("YAMAGUCHI-GUMI") would not meet its kanji.

Source: JMnedict (the Japanese proper-names dictionary of the Electronic Dictionary
Research and Development Group, CC BY-SA 3.0; the table made from it is under the
same licence), as compiled in the `jamdict-data` 1.5 package on PyPI
(`jamdict.db`, 2021-04-17): its entries of type organization or company, kept in
`sources/jmnedict-2021-04-17-organisations.tsv.gz` (kanji, kana).  Kept here: names
of `MIN_CHARS` characters or more with kanji in them and one reading, read in
Hepburn (`romanize.read_kana`).

    python -m screen.datagen.ja_organisations JAMDICT_DB   # refreshes the extract
    python -m screen.datagen.ja_organisations              # rewrites the table
"""

from __future__ import annotations

import re
from pathlib import Path

from screen.datagen._extracts import extract_rows, jamdict, write_extract
from screen.datagen._names import DATA, SOURCES, header, kept, refresh_and_write

TARGET = DATA / "ja_organisations.tsv"
EXTRACT = SOURCES / "jmnedict-2021-04-17-organisations.tsv.gz"
MIN_CHARS = 3  # ("東組" is a place as often as a gang)
_KANJI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_WRITTEN = re.compile("[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")  # kana and kanji only


def extract(jamdict_db: Path) -> None:
    db = jamdict(jamdict_db)
    sql = (
        "SELECT DISTINCT k.text, n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq"
        " JOIN NETranslation tr ON tr.idseq = k.idseq JOIN NETransType t ON t.tid = tr.ID"
        " WHERE t.text IN ('organization', 'company')"
    )
    rows = sorted(f"{kanji}\t{kana}\n" for kanji, kana in db.execute(sql))
    head = "# JMnedict organizations and companies (EDRDG, CC BY-SA 3.0), jamdict-data 1.5\n"
    write_extract(EXTRACT, head, rows)


def generate() -> str:
    from screen.text.romanize import read_kana

    readings: dict[str, set[str]] = {}
    for kanji, kana in extract_rows(EXTRACT):
        readings.setdefault(kanji, set()).add(kana)
    lines = []
    for kanji, kanas in sorted(readings.items()):
        if len(kanji) < MIN_CHARS or not _KANJI.search(kanji) or not _WRITTEN.fullmatch(kanji):
            continue
        hepburn = {read_kana(k) for k in kanas}
        if len(hepburn) == 1 and (latin := hepburn.pop()).isascii() and latin.isalpha():
            lines.append(f"{kanji}\t{latin}\n")
    source = kept(EXTRACT, "CC BY-SA 3.0")
    return header("ja_organisations", source) + "".join(lines)


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
