"""Generic words of organisation names in many languages ("bank", "banco",
"kompaniya", "trading"): they say what kind of party it is, never which.

Source: the organisation symbols of rigour 1.0.0 (see `_names.py`), those in
`GENERIC_SYMBOLS`; symbols naming a trade ("construction", "energy") stay
distinctive, since "DPR Construction" is not the "DPR"; a financial service
("insurance", as "bank" and "capital"), advice ("consulting", as "service") and
a company's regime ("offshore") say only what kind of party it is.

    python -m screen.datagen.generic_words   # rewrites screen/data/generic_words.txt
"""

from __future__ import annotations

from screen.datagen._names import DATA, header, rigour

TARGET = DATA / "generic_words.txt"
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


def generate() -> str:
    generic: set[str] = set()
    for symbol, variants in rigour()["org_symbols"].items():
        if symbol in GENERIC_SYMBOLS:
            generic |= words(variants)
    return header("generic_words") + "".join(w + "\n" for w in sorted(generic))


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
