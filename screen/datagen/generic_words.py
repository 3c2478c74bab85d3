"""Generic words of organisation names in many languages ("bank", "banco",
"kompaniya", "trading"): they say what kind of party it is, never which.

Source: the organisation symbols of rigour 1.0.0 (see `_names.py`), those in
`GENERIC_SYMBOLS`; symbols naming a trade ("construction", "energy") stay
distinctive, since "DPR Construction" is not the "DPR"; a financial service
("insurance", as "bank" and "capital"), advice ("consulting", as "service") and
a company's regime ("offshore") say only what kind of party it is.  And the
words of the legal forms written in an abjad, of the ISO 20275 code list and
rigour's organisation types, that recur (`abjad_form_words`: "shrkh" شركة).

    python -m screen.datagen.generic_words   # rewrites screen/data/generic_words.txt
"""

from __future__ import annotations

import re
from collections import Counter

from screen.datagen._names import DATA, header, rigour

TARGET = DATA / "generic_words.txt"
ABJAD = re.compile("[\u0590-\u05ff\u0600-\u06ff]")
ABJAD_WORD_MIN = 4
GENERIC_SYMBOLS = frozenset(
    """CO ORG CORP COOP CENTER HOLDING BUSINESS BRANCH CONCERN CONSORTIUM SERVICE DEPT TECH
    SUPPLY FUND INTL GRP MGMT FED NATL REPUBLIC INSTITUTE INSTITUTION FDN INDUSTRY ENG
    ASSOCIATES NETWORK INVESTMENT DEV ENTERPRISE SHIPPING TRANSPORT LOGISTICS FINANCIAL GLOBAL
    SYSTEM ASSOCIATION BUREAU BANK COMMERCIAL GOV MINISTRY EXPORT IMPORT TRADE SOLUTION
    DISTRIB CAPITAL TRUST UNION MANUFACTURING OPERATIONS GENERAL CENTRAL COMMITTEE
    PROFESSIONAL INSURANCE CONSULTING OFFSHORE""".split()
)


def words(variants: list[str]) -> set[str]:
    """The single plain words among a symbol's variants, normalised."""
    from screen.text.normalize import normalize

    found = {normalize(v) for v in variants}
    return {w for w in found if w and " " not in w and w.isascii() and w.isalpha()}


def symbol_words() -> set[str]:
    """The words of the generic organisation symbols."""
    generic: set[str] = set()
    for symbol, variants in rigour()["org_symbols"].items():
        if symbol in GENERIC_SYMBOLS:
            generic |= words(variants)
    return generic


def abjad_form_words() -> set[str]:
    """The words of legal forms written in an abjad that recur in two forms or more
    ("شركة", "المحدودة", "المساهمة"), of `ABJAD_WORD_MIN` letters or more as read:
    an Arabic or Hebrew company name is written with them as a Latin one with
    "company" and "limited" (shorter readings, "dht" ذات, are too often a Latin
    name's own)."""
    from screen.datagen import _elf
    from screen.text.normalize import normalize

    texts = [*_elf.forms(), *(a for spec in rigour()["org_types"] for a in spec["aliases"])]
    counts: Counter[str] = Counter()
    for text in texts:
        if ABJAD.search(text):
            counts.update({w for w in text.split() if ABJAD.search(w)})
    found = {normalize(w) for w, n in counts.items() if n >= 2}
    return {w for w in found if len(w) >= ABJAD_WORD_MIN and w.isascii() and w.isalpha()}


def generate() -> str:
    generic = symbol_words() | abjad_form_words()
    return header("generic_words") + "".join(w + "\n" for w in sorted(generic))


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
