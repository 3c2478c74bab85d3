"""A listed person's dates of birth, as each list format writes them, in the one
short form a rule keeps (`matching.births.Born.text`): OFAC's remarks ("DOB 12 Oct
1951; alt. DOB 1952", "DOB circa 1960", "DOB 1960 to 1962", "DOB circa 1978-1980"),
the UN's INDIVIDUAL_DATE_OF_BIRTH (EXACT, APPROXIMATELY, BETWEEN), and the ISO
dates of the Consolidated Screening List and OpenSanctions ("1951-10-12", "1951")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.etree.ElementTree import Element

from screen.matching.births import MONTHS, Born, between, born

_DAY = r"(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})"
_OFAC = re.compile(rf"\bDOB\s+(circa\s+)?{_DAY}(?:\s*(?:to|-)\s*{_DAY})?", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _texts(dates: Iterable[Born | None]) -> list[str]:
    return list(dict.fromkeys(d.text for d in dates if d is not None))


def _one(day: str | None, month: str | None, year: str, circa: bool) -> Born | None:
    number = MONTHS.get(month.lower(), 0) if month else 0
    if month and not number:
        return None
    return born(int(year), number, int(day or 0) if number else 0, circa=circa)


def ofac_births(remarks: str) -> list[str]:
    """The dates of birth in an OFAC entry's remarks."""
    out: list[Born | None] = []
    for m in _OFAC.finditer(remarks):
        circa = bool(m[1])
        first = _one(m[2], m[3], m[4], circa)
        if m[7] is None:
            out.append(first)
        elif first is not None:  # "DOB 1960 to 1962": the years between
            year = int(m[7])
            same = year == first.first
            out.append(born(year, circa=circa) if same else between(first.first, year, circa=circa))
    return _texts(out)


def iso_births(values: Iterable[str]) -> list[str]:
    """ISO dates, year-months or years ("1951-10-12", "1951-10", "1951"), as the
    Consolidated Screening List and OpenSanctions give them (others are skipped)."""
    out: list[Born | None] = []
    for value in values:
        for piece in re.split(r"[;,]", value):
            if m := _ISO.fullmatch(piece.strip()):
                out.append(born(int(m[1]), int(m[2] or 0), int(m[3] or 0)))
    return _texts(out)


def _text(element: Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None and found.text else ""


def un_births(person: Element) -> list[str]:
    """The dates of an UN INDIVIDUAL's INDIVIDUAL_DATE_OF_BIRTH elements."""
    out: list[Born | None] = []
    for element in person.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        kind = _text(element, "TYPE_OF_DATE").upper()
        circa = kind == "APPROXIMATELY"
        first, last = _text(element, "FROM_YEAR"), _text(element, "TO_YEAR")
        if first.isdigit() and last.isdigit():
            out.append(between(int(first), int(last), circa=circa))
            continue
        date, year = _text(element, "DATE"), _text(element, "YEAR")
        if m := _ISO.fullmatch(date[:10]):
            out.append(born(int(m[1]), int(m[2] or 0), int(m[3] or 0), circa=circa))
        elif year.isdigit():
            out.append(born(int(year), circa=circa))
    return _texts(out)
