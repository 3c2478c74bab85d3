"""Reading shipment fields given as text (CLI options, CSV cells)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from screen.errors import InputError
from screen.models import Direction

_TIME = r"(?:[ T].*)?"  # a time after the date (ISO's T, an ERP's " 0:00:00") is dropped
# (pattern, flags, order); compiled on the first date read (`_formats`): most checks
# give none, and compiling them took every start a millisecond
_DATE_FORMATS = (
    (rf"^(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_TIME}$", 0, "ymd"),
    (r"^(\d{4})/(\d{1,2})/(\d{1,2})(?: .*)?$", 0, "ymd"),
    (r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", 0, "ymd"),
    (r"^(\d{4})(\d{2})(\d{2})$", 0, "ymd"),
    (r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", 0, "ymd"),
    # Day first with dots, as 1C, SAP and German and Russian ERPs write dates: no
    # ERP writes month.day.year, so 01.05.2024 is 1 May.
    (rf"^(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}){_TIME}$", 0, "dmy"),
    # A month by name cannot be mistaken: 20-May-2024, 20 May 2024, Oracle's 20-MAY-24.
    (r"^(\d{1,2})[- ]([a-z]{3,9})\.?[- ](\d{4}|\d{2})$", re.IGNORECASE, "dMy"),
    (r"^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$", re.IGNORECASE, "Mdy"),  # May 20, 2024
)
# The English month names and their abbreviations, as Oracle (NLS_DATE_LANGUAGE
# AMERICAN: JAN ... DEC), SAP and Excel write them ("Sept" too).
_MONTHS = {
    name: number
    for number, full in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        1,
    )
    for name in (full, full[:3], *(("sept",) if number == 9 else ()))
}
# Day and month as numbers with slashes or dashes: 05/06/2024 is 5 June in Europe and
# May 6 in the US; a wrong guess would move a shipment across an effective date.
_EITHER_WAY = r"^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?: .*)?$"  # (read only to refuse a date)


def _year(text: str) -> int:
    """A year; two digits as Oracle's RR format reads them (00-49: 2000s, 50-99: 1900s)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _day(groups: tuple[str, ...], order: str) -> dt.date | None:
    """The date `groups` name in `order` (y, m, d; M a month's name), None when the
    month's name is none."""
    parts = dict(zip(order, groups, strict=True))
    if "M" in parts:
        month = _MONTHS.get(parts["M"].lower())
        if month is None:
            return None
        return dt.date(_year(parts["y"]), month, int(parts["d"]))
    return dt.date(int(parts["y"]), int(parts["m"]), int(parts["d"]))


@cache
def _formats() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern, flags), order) for pattern, flags, order in _DATE_FORMATS)


@lru_cache(maxsize=8192)
def parse_date(text: str) -> dt.date | None:
    """A date; None when empty.  Year first (YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD,
    YYYYMMDD, YYYY年M月D日), day first with dots (DD.MM.YYYY), or a month by name
    (20-May-2024, 20 May 2024, May 20, 2024, 20-MAY-24); a Japanese era date (令和4年5月20日,
    R4.5.20) or a spreadsheet's date number (44701), as `datenumbers` reads them.

    Day and month as numbers with slashes or dashes (01/05/2024) are refused rather
    than guessed: a wrong guess would move a shipment across an effective date.
    """
    value = text.strip()
    if not value:
        return None
    for pattern, order in _formats():
        m = pattern.match(value)
        if m:
            try:
                day = _day(m.groups(), order)
            except ValueError:
                break
            if day is not None:
                return day
    from screen.io.datenumbers import era_date, serial_date  # (what few dates are)

    day = era_date(value) or serial_date(value)
    if day is not None:
        return day
    if re.match(_EITHER_WAY, value):
        raise InputError(
            f"bad date '{value}': with slashes or dashes the day may come first (Europe) "
            "or the month (US); write it as YYYY-MM-DD, e.g. 2024-05-01, or day first with "
            "dots, 01.05.2024"
        )
    raise InputError(f"bad date '{value}': write it as YYYY-MM-DD, e.g. 2024-05-01")


# The words for the two directions a trade file's direction column uses: English and
# its customs abbreviations, and the words of the customs declarations of the languages
# the README promises and of the EU's main ones (Japanese 輸出/輸入; Chinese 出口/进口
# (traditional 進口) as China's customs declaration labels them; Russian экспорт/импорт
# and вывоз/ввоз as the EAEU customs code does; German Ausfuhr/Einfuhr as the EU's
# Union Customs Code in German; French and Spanish as the UCC in those languages).  A
# re-export is an export: the goods leave again.
_EXPORT_WORDS = (
    "export exports exp out outbound e re-export reexport 輸出 出口 экспорт вывоз реэкспорт "
    "ausfuhr wiederausfuhr exportation réexportation exportación reexportación"
)
_IMPORT_WORDS = (
    "import imports imp in inbound i 輸入 进口 進口 импорт ввоз einfuhr importation importación"
)
_DIRECTIONS = {
    **{w: Direction.EXPORT for w in _EXPORT_WORDS.split()},
    **{w: Direction.IMPORT for w in _IMPORT_WORDS.split()},
    "re export": Direction.EXPORT,
}


def parse_direction(text: str) -> Direction:
    """export (the default when empty) or import."""
    found = _DIRECTIONS.get(text)  # the common spellings, as they come
    if found is not None:
        return found
    value = text.strip().lower()
    if not value:
        return Direction.EXPORT
    try:
        return _DIRECTIONS[value]
    except KeyError:
        raise InputError(f"unknown direction '{text.strip()}': use export or import") from None
