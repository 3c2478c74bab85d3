"""Dates of birth: what a party text states, what a list gives, and whether the two
contradict each other.

A list gives a listed person's dates of birth (OFAC's remarks "DOB 12 Oct 1951;
alt. DOB 1952", "DOB circa 1960", "DOB 1960 to 1962"; the UN's exact, approximate
and between dates; the Consolidated Screening List's and OpenSanctions' ISO dates);
a consignee field often states the person's ("Israel Ziv, DOB 03.03.1988", "Tariq
Aziz, born 28 Apr 1936", "b. 1985").  A stated date that agrees with none of the
listed ones is evidence of a namesake, and weighs against the name (`engine.parties`).

Each listed date is kept as one short text (`Born.text`): "1951-10-12", "1951-10",
"1951", "1960/1962" (between), "~1960" (about), "~1960/1962".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from screen.frozen import frozen_slots
from screen.text.lazyre import deferred

# How far a year given alone may be from a stated one and still agree (lists round,
# and convert from other calendars), and how far one given as "circa".
YEAR_SLACK = 1
CIRCA_SLACK = 3
EARLIEST, LATEST = 1850, 2100  # years read as years of birth

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january janv janvier januar enero ene gennaio",
            "feb february fev fevr fevrier februar febrero",
            "mar march mars marz marzo",
            "apr april avr avril abril aprile",
            "may mai mayo maggio",
            "jun june juin juni junio giugno",
            "jul july juil juillet juli julio luglio",
            "aug august aout agosto",
            "sep sept september septembre septiembre settembre",
            "oct october octobre oktober octubre ottobre",
            "nov november novembre noviembre",
            "dec december decembre dezember diciembre dicembre",
        )
    )
    for m in names.split()
}


_set = object.__setattr__  # (as a frozen dataclass's __init__ sets its fields)


@frozen_slots
class Born:
    """A date of birth or a span of years: exact when `day` is set."""

    first: int  # the earliest year
    last: int  # the latest year
    month: int = 0
    day: int = 0
    circa: bool = False
    swappable: bool = False  # "05-01-1972": day and month may be either way round

    def __init__(
        self,
        first: int,
        last: int,
        month: int = 0,
        day: int = 0,
        circa: bool = False,
        swappable: bool = False,
    ) -> None:
        _set(self, "first", first)
        _set(self, "last", last)
        _set(self, "month", month)
        _set(self, "day", day)
        _set(self, "circa", circa)
        _set(self, "swappable", swappable)

    @property
    def text(self) -> str:
        about = "~" if self.circa else ""
        if self.first != self.last:
            return f"{about}{self.first:04d}/{self.last:04d}"
        if self.day:
            return f"{about}{self.first:04d}-{self.month:02d}-{self.day:02d}"
        return f"{about}{self.first:04d}" + (f"-{self.month:02d}" if self.month else "")

    def agrees(self, listed: Born) -> bool:
        """Whether this stated date could be the listed one."""
        if self.day and listed.day and not listed.circa and self.first == self.last:
            if self.first != listed.first:
                return False
            days = {(self.month, self.day)}
            if self.swappable:
                days.add((self.day, self.month))
            return (listed.month, listed.day) in days
        slack = CIRCA_SLACK if (self.circa or listed.circa) else YEAR_SLACK
        return self.first <= listed.last + slack and listed.first <= self.last + slack


def born(year: int, month: int = 0, day: int = 0, *, circa: bool = False) -> Born | None:
    """A date of birth, or None when it is not a possible one."""
    if not EARLIEST <= year <= LATEST or not 0 <= month <= 12 or not 0 <= day <= 31:
        return None
    if day and not month:
        return None
    return Born(year, year, month, day, circa=circa)


def between(first: int, last: int, *, circa: bool = False) -> Born | None:
    """The years from `first` to `last` (one date when they are the same year)."""
    if not EARLIEST <= first <= last <= LATEST:
        return None
    return Born(first, last, circa=circa)


def parse_listed(text: str) -> Born | None:
    """A stored date (`Born.text`) read back; None for anything else."""
    m = _STORED.fullmatch(text.strip())
    if not m:
        return None
    if m.group(5):
        return between(int(m.group(2)), int(m.group(5)), circa=bool(m[1]))
    return born(int(m.group(2)), int(m.group(3) or 0), int(m.group(4) or 0), circa=bool(m[1]))


_STORED = deferred(r"(~)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|/(\d{4}))?")  # `Born.text`
_MONTH = r"[^\W\d_]{3,9}\.?"
# One date as documents write it: ISO, day-month-year with dots, slashes or dashes,
# "12 Oct 1951", "Oct 12, 1951", "October 1951", or a year alone.
_DATE = (
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))"
    r"|(?P<num>(?P<na>\d{1,2})[./-](?P<nb>\d{1,2})[./-](?P<ny>\d{4}))"
    rf"|(?P<dmy>(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{_MONTH})\s+(?P<dy>\d{{4}}))"
    rf"|(?P<mdy>(?P<mm>{_MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}}))"
    rf"|(?P<my2>(?P<mm2>{_MONTH})\s+(?P<my2y>\d{{4}}))"
    r"|(?P<year>\d{4})"
)
DATE = deferred(rf"(?:{_DATE})(?!\d)", re.IGNORECASE)
# The words before a date that make it a date of birth: English, German, French,
# Spanish, Italian, Portuguese, Russian.
CUE = deferred(
    r"(?<![^\W_])(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|y\.?o\.?b\.?|year\s+of\s+birth|"
    r"birth\s*date|born(?:\s+on|\s+in)?|b\.|geb(?:\.|oren)?(?:\s+am)?|"
    r"n(?:ée?|ee)(?:\s+le|\s+en)?|nacid[oa](?:\s+el|\s+en)?|nat[oa]\s+il|"
    r"fecha\s+de\s+nacimiento|data\s+de\s+nascimento|"
    r"дата\s+рождения|род\.|родил(?:ся|ась))"
    r"[\s:.,-]*(?P<circa>(?:circa|ca\.|c\.|approx\.?|about|around|um|vers|hacia)\s*)?",
    re.IGNORECASE,
)


def _month(word: str) -> int:
    return MONTHS.get(word.lower().rstrip(".").translate(_PLAIN), 0)


_PLAIN = str.maketrans("éûôä", "euoa")


def _read(m: re.Match[str], circa: bool) -> Born | None:
    if m["iso"]:
        return born(int(m["iy"]), int(m["im"]), int(m["id"]), circa=circa)
    if m["num"]:
        a, b, year = int(m["na"]), int(m["nb"]), int(m["ny"])
        day, month = (b, a) if a <= 12 < b else (a, b)  # US order only when it must be
        date = born(year, month, day, circa=circa)
        swap = date is not None and a <= 12 and b <= 12 and a != b
        return Born(year, year, month, day, circa, swappable=True) if swap else date
    if m["dmy"]:
        month = _month(m["dm"])
        return born(int(m["dy"]), month, int(m["dd"]), circa=circa) if month else None
    if m["mdy"]:
        month = _month(m["mm"])
        return born(int(m["my"]), month, int(m["md"]), circa=circa) if month else None
    if m["my2"]:
        month = _month(m["mm2"])
        return born(int(m["my2y"]), month, circa=circa) if month else None
    return born(int(m["year"]), circa=circa)


def stated_births(text: str) -> tuple[Born, ...]:
    """The dates of birth a party text states: a date right after a word that says so
    ("DOB 12 Oct 1951", "born 1969", "b. 6 July 1957", "geb. 21.12.1942")."""
    if not any(c.isdigit() for c in text):
        return ()
    out: list[Born] = []
    for cue in CUE.finditer(text):
        m = DATE.match(text, cue.end())
        if m and (date := _read(m, bool(cue["circa"]))):
            out.append(date)
    return tuple(dict.fromkeys(out))


def contradicts(stated: Iterable[Born], listed: Iterable[Born]) -> bool:
    """Whether dates of birth were stated and listed and none of them agree."""
    given, known = list(stated), list(listed)
    return bool(given and known) and not any(s.agrees(k) for s in given for k in known)


def agreeing(stated: Iterable[Born], listed: Iterable[Born]) -> Born | None:
    """The first stated date that agrees with a listed one."""
    known = list(listed)
    return next((s for s in stated if any(s.agrees(k) for k in known)), None)
