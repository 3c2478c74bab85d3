"""ISO 3166-2 subdivision codes written in a field ("UA-14", "RU-MOW", "US-CA"):
every code of `data/subdivision_codes.tsv` (`screen/datagen/subdivision_codes.py`,
from pycountry). A code is read only as ISO writes it: the country's two capitals,
a hyphen, one to three capitals or digits, standing alone (not inside a model
number, "XA-14B", nor a word joined by hyphens); a pattern that is no code of the
table ("UA-99") is not one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from screen.text.lazyre import deferred
from screen.text.shipped import data_lines
from screen.tuples import NamedTuple

CODE = deferred(r"(?<![\w-])([A-Z]{2})-([A-Z0-9]{1,3})(?![\w-])")


class Subdivision(NamedTuple):
    code: str  # ISO 3166-2
    country: str  # ISO 3166 alpha-2
    name: str  # ISO name
    start: int  # where the field writes it
    end: int


@lru_cache(maxsize=1)
def subdivision_codes() -> dict[str, tuple[str, str]]:
    """ISO 3166-2 code -> (alpha-2, ISO name)."""
    rows = (line.split("\t") for line in data_lines("subdivision_codes.tsv"))
    return {code: (country, name) for code, country, name in rows}


def _width(text: str) -> str:
    """Full-width letters and digits as ASCII ("ＵＡ－１４"), one character for one."""
    return "".join(
        unicodedata.normalize("NFKC", c) if len(unicodedata.normalize("NFKC", c)) == 1 else c
        for c in text
    )


def codes_in(text: str) -> list[Subdivision]:
    """Every ISO 3166-2 code the text writes, in order."""
    if "-" not in text and "－" not in text:
        return []
    table = subdivision_codes()
    out = []
    for m in CODE.finditer(_width(text)):
        found = table.get(m.group())
        if found is not None:
            out.append(Subdivision(m.group(), found[0], found[1], m.start(), m.end()))
    return out


def code_country(piece: str) -> str | None:
    """The country of a piece that is one ISO 3166-2 code and nothing else."""
    found = codes_in(piece.strip())
    return found[0].country if len(found) == 1 and found[0].code == _width(piece.strip()) else None
