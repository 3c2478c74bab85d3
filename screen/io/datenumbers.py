"""Dates written in Japan's era years and as a spreadsheet's date numbers.

* Japanese era dates (和暦), as Japanese invoices, customs forms and ERPs write them:
  "令和4年5月20日", "令和元年5月1日" (the era's first year), "R4.5.20", "H31/4/30",
  "㋿4.5.20" (the era's one-character sign). The eras of the Imperial Era Name Act
  that a shipment can carry: 昭和 (S, from 1926-12-25), 平成 (H, from 1989-01-08) and
  令和 (R, from 2019-05-01). An era's year N is the Gregorian year its first year
  began in, plus N - 1; a day outside its era ("平成31年5月1日": Heisei ended on 30
  April 2019) is refused, not moved into the next era.
* Spreadsheet date numbers: a date column saved from Excel or LibreOffice without a
  date format holds the day's serial number ("44701" is 2022-05-20; the days since
  1899-12-30, which Excel's 1900 date system counts for every day after February
  1900, and LibreOffice's default). Read only as five digits (a fraction after them
  is the time of day) between `FIRST_SERIAL` and `LAST_SERIAL`, 1990-01-01 to
  2059-12-31: a number outside that range is no plausible shipment date and is an
  error, not a guess.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from screen.errors import InputError

# era -> (its Latin initial, its first day); newest first, each ends the day before
# the next one begins
ERAS = {
    "令和": ("R", dt.date(2019, 5, 1)),
    "平成": ("H", dt.date(1989, 1, 8)),
    "昭和": ("S", dt.date(1926, 12, 25)),
}
_BY_INITIAL = {initial: era for era, (initial, _) in ERAS.items()}
_ERA_DATE = re.compile(
    r"^(?P<era>令和|平成|昭和|[RHS])\s*(?P<year>元|\d{1,2})\s*"
    r"(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日|[./-](?P<m2>\d{1,2})[./-](?P<d2>\d{1,2}))$",
    re.IGNORECASE,
)
EPOCH = dt.date(1899, 12, 30)  # day 0 of the serial numbers (Excel 1900, LibreOffice)
FIRST_SERIAL = (dt.date(1990, 1, 1) - EPOCH).days  # 32874
LAST_SERIAL = (dt.date(2059, 12, 31) - EPOCH).days  # 58440
_SERIAL = re.compile(r"^(\d{5})(?:\.\d+)?$")


def era_date(value: str) -> dt.date | None:
    """The day a Japanese era date names, None when `value` is none; InputError for
    an era date that names no day of its era."""
    text = unicodedata.normalize("NFKC", value).strip()  # "㋿" is 令和; full-width digits
    m = _ERA_DATE.match(text)
    if m is None:
        return None
    era = _BY_INITIAL.get(m["era"].upper(), m["era"])
    first = ERAS[era][1]
    year = 1 if m["year"] == "元" else int(m["year"])
    month, day = int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"])
    ends = min((s for _, s in ERAS.values() if s > first), default=None)
    try:
        found = dt.date(first.year + year - 1, month, day)
    except ValueError:
        found = None
    if found is None or year < 1 or found < first or (ends is not None and found >= ends):
        until = f" to {ends - dt.timedelta(days=1)}" if ends else ""
        raise InputError(
            f"bad date '{value.strip()}': no such day of the {era} era (from {first}{until}); "
            "write it as YYYY-MM-DD, e.g. 2024-05-01"
        )
    return found


def serial_date(value: str) -> dt.date | None:
    """The day a spreadsheet's date number names (44701: 2022-05-20), None when
    `value` is not five digits; InputError when it is outside 1990-2059."""
    m = _SERIAL.match(value.strip())
    if m is None:
        return None
    serial = int(m[1])
    if not FIRST_SERIAL <= serial <= LAST_SERIAL:
        raise InputError(
            f"bad date '{value.strip()}': read as a spreadsheet's date number it is "
            f"{EPOCH + dt.timedelta(days=serial)}, outside 1990-2059; write it as "
            "YYYY-MM-DD, e.g. 2024-05-01"
        )
    return EPOCH + dt.timedelta(days=serial)
