"""Reading shipment fields given as text (CLI options, CSV cells)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from screen.errors import InputError
from screen.models import Direction

_DATE_FORMATS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$"), "ymd"),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?: .*)?$"), "ymd"),
    (re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"), "ymd"),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), "ymd"),
    (re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"), "ymd"),
)


@lru_cache(maxsize=8192)
def parse_date(text: str) -> dt.date | None:
    """A date from YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD, YYYY年M月D日); None when empty.

    Day-first and month-first forms (01/05/2024) are refused rather than guessed:
    a wrong guess would move a shipment across an effective date.
    """
    value = text.strip()
    if not value:
        return None
    for pattern, _order in _DATE_FORMATS:
        m = pattern.match(value)
        if m:
            year, month, day = (int(g) for g in m.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                break
    raise InputError(f"bad date '{value}': write it as YYYY-MM-DD, e.g. 2024-05-01")


_DIRECTIONS = {
    "export": Direction.EXPORT,
    "exports": Direction.EXPORT,
    "exp": Direction.EXPORT,
    "out": Direction.EXPORT,
    "outbound": Direction.EXPORT,
    "e": Direction.EXPORT,
    "import": Direction.IMPORT,
    "imports": Direction.IMPORT,
    "imp": Direction.IMPORT,
    "in": Direction.IMPORT,
    "inbound": Direction.IMPORT,
    "i": Direction.IMPORT,
    "輸出": Direction.EXPORT,
    "輸入": Direction.IMPORT,
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
