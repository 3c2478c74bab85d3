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
