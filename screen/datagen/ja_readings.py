"""How the Japanese terms of the built-in rulebook written in kanji are read, in
katakana: "半導体" ハンドウタイ, "発電機" ハツデンキ, "産業用ロボット" サンギョウヨウロボット.
Old Japanese ERPs and EDI (JIS X 0201, half-width katakana) write the reading where
they cannot write the kanji ("ﾊﾝﾄﾞｳﾀｲ"), so a term is also found by its reading
(`matching/roles.py`).

Source: JMdict (the Japanese-multilingual dictionary of the Electronic Dictionary
Research and Development Group, CC BY-SA 3.0; the table made from it is under the
same licence), as compiled in the `jamdict-data` 1.5 package on PyPI (`jamdict.db`,
2021-04-17): every headword written in kanji alone, with its first reading (the
dictionary's most usual one) that may be read with that writing, kept in
`sources/jmdict-2021-04-17-kanji-words.tsv.gz` (kanji, kana).

A term is read word by word, the longest headword first at each place; kana pass
as they are (in katakana).  Only headwords of two kanji or more read: a kanji alone
is read otherwise inside a compound than as a word (導 alone is しるべ; in 導爆線,
どう), and Chinese terms, which JMdict does not hold, would be read kanji by kanji
(机器人).  A term with a kanji no such headword reads, or with other characters
(Latin letters, digits), or whose reading is shorter than `MIN_KANA`, gets none (a
short reading would stand inside other words).

    python -m screen.datagen.ja_readings JAMDICT_DB   # refreshes the extract
    python -m screen.datagen.ja_readings              # rewrites the table
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from screen.datagen._extracts import extract_rows, jamdict, write_extract
from screen.datagen._names import DATA, SOURCES, header, kept, refresh_and_write

TARGET = DATA / "ja_readings.tsv"
EXTRACT = SOURCES / "jmdict-2021-04-17-kanji-words.tsv.gz"
RULES = SOURCES.parent.parent.parent / "rules"
MIN_KANA = 4
LONGEST = 8  # characters of the longest headword tried
_KANJI_ONLY = re.compile("[\u3400-\u4dbf\u4e00-\u9fff々]+")
_KANJI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")


def extract(jamdict_db: Path) -> None:
    db = jamdict(jamdict_db)
    sql = (
        "SELECT k.text, n.text FROM Kanji k JOIN Kana n ON n.idseq = k.idseq"
        " WHERE NOT EXISTS (SELECT 1 FROM KNR r WHERE r.kid = n.ID)"
        " OR EXISTS (SELECT 1 FROM KNR r WHERE r.kid = n.ID AND r.text = k.text)"
        " ORDER BY k.ID, n.ID"
    )
    first: dict[str, str] = {}
    for kanji, kana in db.execute(sql):
        if _KANJI_ONLY.fullmatch(kanji):
            first.setdefault(kanji, kana)
    rows = sorted(f"{kanji}\t{kana}\n" for kanji, kana in first.items())
    head = (
        "# JMdict headwords in kanji alone, first reading (EDRDG, CC BY-SA 3.0), jamdict-data 1.5\n"
    )
    write_extract(EXTRACT, head, rows)


def _katakana(kana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in kana)


def read(term: str, words: dict[str, str]) -> str:
    """The katakana reading of `term`, "" when some part of it has none."""
    out, at = [], 0
    while at < len(term):
        if _KANA.match(term[at]):
            out.append(_katakana(term[at]))
            at += 1
            continue
        for size in range(min(LONGEST, len(term) - at), 1, -1):
            reading = words.get(term[at : at + size])
            if reading:
                out.append(_katakana(reading))
                at += size
                break
        else:
            return ""
    return "".join(out)


def _terms() -> Iterator[str]:
    """Every term, exclusion and exception of the built-in rules written with kanji."""
    import yaml

    for path in sorted(RULES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for rule in data.get("rules", []):
            texts = [*rule.get("terms", []), *rule.get("review_terms", [])]
            texts += rule.get("exclusions", [])
            texts += [t for e in rule.get("exceptions", []) for t in e.get("terms", [])]
            yield from (str(t) for t in texts if _KANJI.search(str(t)))


def generate() -> str:
    words = {kanji: kana for kanji, kana in extract_rows(EXTRACT)}
    lines = set()
    for term in _terms():
        reading = read(term, words)
        if len(reading.replace("ー", "")) >= MIN_KANA:
            lines.add(f"{term}\t{reading}\n")
    source = kept(EXTRACT, "CC BY-SA 3.0")
    return header("ja_readings", source) + "".join(sorted(lines))


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
