"""Words that make a place's name a street's ("Crimea Road", "Donetsk Street",
"ul. Sevastopolskaya", "prospekt"), in many languages, normalised as addresses are.

Source: the address forms of rigour 1.0.0 (`rigour/data/addresses/data.py`,
FORMS: each abbreviation with its spelt-out forms in several languages, MIT
licence, OpenSanctions), kept as `sources/rigour-1.0.0-address-forms.json`; of
them, the forms naming a kind of street (`STREET_FORMS`: avenue, road, street,
ulitsa, prospekt, lane, boulevard, square, embankment ...), not a building, a
unit, a district or a country.  Single words of two letters or more.

    python -m screen.datagen.street_words   # rewrites screen/data/street_words.txt
"""

from __future__ import annotations

import json
from typing import Any

from screen.datagen._names import DATA, SOURCES, word_table

SOURCE = SOURCES / "rigour-1.0.0-address-forms.json"
TARGET = DATA / "street_words.txt"
STREET_FORMS = frozenset(
    """av rd c alley blvd st pr ul dr ln ct cir ter pkwy expy fwy tpke rte pl sq pza hwy
    nab""".split()
)


def forms() -> dict[str, list[str]]:
    data: dict[str, Any] = json.loads(SOURCE.read_text(encoding="utf-8"))
    return dict(data["forms"])


def generate() -> str:
    from screen.text.normalize import normalize

    words: set[str] = set()
    for key, spelt in forms().items():
        if key in STREET_FORMS:
            for form in (key, *spelt):
                norm = normalize(form)
                if len(norm) >= 2 and norm.isascii() and norm.isalpha():
                    words.add(norm)
    return word_table("street_words", "screen/datagen/sources/" + SOURCE.name, words)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
