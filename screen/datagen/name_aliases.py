"""Words that stand for one another in names: nicknames ("bill" for "william"),
abbreviations ("intl" for "international", "sci" for "scientific") and the same
organisation word in other languages ("banco", "bank").  One line per group: the
canonical word, then the words that stand for it.

Sources (see `_names.py`): the nicknames package's English names, the short forms of
given names in other languages kept by hand ("kolya" for "nikolay", "pepe" for "jose":
`sources/hypocorisms.tsv`), the business abbreviations kept by hand, rigour's
organisation symbols, and the ISSN's List of Title Word Abbreviations (ISO 4;
`sources/ltwa-2017-09-14.tsv.gz`, from the iso4 0.0.2 sdist on PyPI): "Sci. Res. Inst."
as documents abbreviate a scientific research institute. An LTWA abbreviation of three
letters or more stands for the English words and generic words of organisation names its
word or stem ("academ-": academy, academic) begins, four letters longer than it at least
or ending otherwise, unless it is itself an English word or a person's name ("nat" is
Nat, "build" a word).

    python -m screen.datagen.name_aliases [ISO4_SDIST]   # [refreshes the LTWA extract,]
                                                         # rewrites screen/data/name_aliases.tsv
"""

from __future__ import annotations

import tarfile
from pathlib import Path

from screen.datagen._extracts import extract_rows, write_extract
from screen.datagen._names import (
    DATA,
    HYPOCORISMS,
    SOURCES,
    abbreviations,
    data_rows,
    header,
    nicknames,
    refresh_and_write,
    rigour,
)
from screen.datagen.generic_words import words

TARGET = DATA / "name_aliases.tsv"
LTWA = SOURCES / "ltwa-2017-09-14.tsv.gz"
LTWA_MEMBER = "iso4-0.0.2/iso4/LTWA_20170914.tsv"
SHORTEST = 3  # letters of an abbreviation kept ("J." is any word in J)
LONGER = 2  # letters a word abbreviated has beyond its abbreviation at least


def extract(sdist: Path) -> None:
    """The kept extract: the LTWA's one-word rows that have an abbreviation."""
    with tarfile.open(sdist) as tar:
        member = tar.extractfile(LTWA_MEMBER)
        if member is None:
            raise SystemExit(f"{sdist}: no {LTWA_MEMBER}")
        text = member.read().decode("utf-8")
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 3 and cells[1] != "n.a." and " " not in cells[0] + cells[1]:
            rows.append("\t".join(cells[:3]) + "\n")
    head = (
        "# ISSN LTWA (List of Title Word Abbreviations, ISO 4), 2017-09-14 edition, as shipped"
        " in the\n# iso4 0.0.2 sdist on PyPI (iso4/LTWA_20170914.tsv, MIT); rows with an"
        " abbreviation, one word each:\n# word or stem (a final '-': any ending),"
        " abbreviation, languages\n"
    )
    write_extract(LTWA, head, rows)


def title_abbreviations() -> dict[str, set[str]]:
    """Each English or generic organisation word -> its LTWA abbreviations."""
    from screen.text.english import is_english_word
    from screen.text.nametable import is_person_word

    known = {row[0] for row in data_rows("english_words.txt") if row[0].isalpha()}
    known |= {row[0] for row in data_rows("generic_words.txt") if row[0].isalpha()}
    vocabulary = sorted(known)
    out: dict[str, set[str]] = {}
    for pattern, short, _ in extract_rows(LTWA):
        short = short.lower().rstrip(".")
        stem = pattern.lower().rstrip("-")
        if (
            pattern.startswith("-")
            or len(short) < SHORTEST
            or not short.isalpha()
            or is_english_word(short)
            or is_person_word(short)
        ):
            continue
        if pattern.endswith("-"):
            full = _begun_by(vocabulary, stem)
        else:
            full = [stem] if stem in known else []
        for word in full:
            if len(word) >= len(short) + LONGER:
                out.setdefault(word, set()).add(short)
    return out


def generate() -> str:
    from screen.text.normalize import normalize

    groups: dict[str, set[str]] = {}
    for symbol, variants in rigour()["org_symbols"].items():
        found = words(variants)
        if len(found) > 1:
            groups.setdefault(symbol.lower(), set()).update(found)
    for name, nick in nicknames():
        name, nick = normalize(name), normalize(nick)
        if name.isalpha() and nick.isalpha() and name != nick:
            groups.setdefault(name, {name}).add(nick)
    for word, short in abbreviations():
        groups.setdefault(word, {word}).update(short)
    for name, forms in abbreviations(HYPOCORISMS):  # ("nikolay": nikolai, mykola, kolya)
        groups.setdefault(name, {name}).update(forms)
    for word, shorts in title_abbreviations().items():
        groups.setdefault(word, {word}).update(shorts)
    lines = (
        "\t".join([canonical, *sorted(members - {canonical})]) + "\n"
        for canonical, members in sorted(groups.items())
    )
    return header("name_aliases") + "".join(lines)


def _begun_by(vocabulary: list[str], stem: str) -> list[str]:
    """The words of the sorted `vocabulary` that begin with `stem`."""
    from bisect import bisect_left

    at = bisect_left(vocabulary, stem)
    out = []
    while at < len(vocabulary) and vocabulary[at].startswith(stem):
        out.append(vocabulary[at])
        at += 1
    return out


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
