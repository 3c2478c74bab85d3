"""A listed person's dates of birth, as each list format writes them, in the one
short form a rule keeps (`matching.births.Born.text`): OFAC's remarks ("DOB 12 Oct
1951; alt. DOB 1952", "DOB circa 1960", "DOB 1960 to 1962", "DOB circa 1978-1980"),
and the ISO dates of the Consolidated Screening List and OpenSanctions ("1951-10-12",
"1951"); the UN's INDIVIDUAL_DATE_OF_BIRTH is read by `un.births` with `iso_date`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from screen.matching.births import MONTHS, Born, between, born

_DAY = r"(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})"
_OFAC = re.compile(rf"\bDOB\s+(circa\s+)?{_DAY}(?:\s*(?:to|-)\s*{_DAY})?", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def births_text(dates: Iterable[Born | None]) -> list[str]:
    """Each date once, in the form a rule keeps (`Born.text`)."""
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
    return births_text(out)


def iso_date(value: str, *, circa: bool = False) -> Born | None:
    """One ISO date, year-month or year ("1951-10-12", "1951-10", "1951"), or None."""
    m = _ISO.fullmatch(value.strip())
    return born(int(m[1]), int(m[2] or 0), int(m[3] or 0), circa=circa) if m else None


def iso_births(values: Iterable[str]) -> list[str]:
    """ISO dates, year-months or years ("1951-10-12", "1951-10", "1951"), as the
    Consolidated Screening List and OpenSanctions give them (others are skipped)."""
    return births_text(iso_date(piece) for value in values for piece in re.split(r"[;,]", value))
