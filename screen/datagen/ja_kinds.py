"""Japanese loanwords in katakana that say what kind of firm a party is, each with
the English word it is read as ("カンパニー" company, "シッピング" shipping,
"テクノロジー" technology, "インターナショナル" international): Japanese documents write
a foreign firm's name in katakana word by word ("ホナール・シッピング・カンパニー" is
Honar Shipping Company), and like "bank" such words say what kind of party it is,
never which.

Source: JMdict (the Japanese-multilingual dictionary of the Electronic Dictionary
Research and Development Group, CC BY-SA 3.0; the table made from it is under the
same licence), as compiled in the `jamdict-data` 1.5 package on PyPI (`jamdict.db`,
2021-04-17): its headwords written in katakana alone (no kanji form), of three
characters or more, with the English glosses of their first sense, kept in
`sources/jmdict-2021-04-17-katakana-words.tsv.gz`.  Kept here: those whose first
gloss, remarks in brackets and an article dropped, is one or two generic words of
organisation names (`generic_words.txt`: "company (i.e. business)" is company).

    python -m screen.datagen.ja_kinds JAMDICT_DB   # refreshes the kept extract
    python -m screen.datagen.ja_kinds              # rewrites screen/data/ja_kinds.tsv
"""

from __future__ import annotations

import re
from pathlib import Path

from screen.datagen._extracts import extract_rows, jamdict, write_extract
from screen.datagen._names import DATA, SOURCES, data_rows, header, kept, refresh_and_write

TARGET = DATA / "ja_kinds.tsv"
EXTRACT = SOURCES / "jmdict-2021-04-17-katakana-words.tsv.gz"
WORDS = 2  # English words of a gloss kept
_KATAKANA = re.compile("^[\u30a1-\u30fa\u30fc]{3,}$")
_ARTICLE = re.compile(r"^(?:a|an|the) ")


def extract(jamdict_db: Path) -> None:
    """The kept extract: JMdict's katakana-only headwords and their first sense's
    English glosses (katakana, glosses joined by " / ")."""
    db = jamdict(jamdict_db)
    sql = (
        "SELECT k.text, g.text FROM Kana k"
        " JOIN Sense s ON s.idseq = k.idseq"
        " AND s.ID = (SELECT MIN(ID) FROM Sense WHERE idseq = k.idseq)"
        " JOIN SenseGloss g ON g.sid = s.ID AND g.lang = 'eng'"
        " WHERE NOT EXISTS (SELECT 1 FROM Kanji j WHERE j.idseq = k.idseq)"
        " ORDER BY k.ID, g.rowid"
    )
    glosses: dict[str, list[str]] = {}
    for kana, gloss in db.execute(sql):
        if _KATAKANA.match(kana) and gloss not in glosses.setdefault(kana, []):
            glosses[kana].append(gloss)
    db.close()
    rows = (f"{kana}\t{' / '.join(g)}\n" for kana, g in sorted(glosses.items()))
    head = "# JMdict katakana headwords, first sense (EDRDG, CC BY-SA 3.0), jamdict-data 1.5\n"
    write_extract(EXTRACT, head, rows)


def generate() -> str:
    generic = {row[0] for row in data_rows("generic_words.txt")}
    kinds: dict[str, str] = {}
    for kana, glosses in extract_rows(EXTRACT):
        first = glosses.split(" / ")[0]
        plain = _ARTICLE.sub("", re.sub(r"\([^)]*\)", " ", first).strip().lower())
        words = plain.split()
        if 1 <= len(words) <= WORDS and all(w in generic for w in words):
            kinds[kana] = " ".join(words)
    source = kept(EXTRACT, "CC BY-SA 3.0")
    lines = (f"{kana}\t{english}\n" for kana, english in sorted(kinds.items()))
    return header("ja_kinds", source) + "".join(lines)


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
