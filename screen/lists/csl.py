"""US Consolidated Screening List (trade.gov), CSV with a header.

Two layouts: the older export (source, entity_number, type, programs, name, ...)
and the current one with an `_id` column first.  Names and `alt_names` may carry
several names separated by ";"; the ISN list appends "; and any successor, ..." to
names, which is dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from pathlib import Path

from screen.errors import ListFormatError
from screen.lists.birthdates import iso_births
from screen.lists.entry import Entry
from screen.lists.headers import header_of, rows_of
from screen.models import Severity

LIST = "csl"
TITLE = "US Consolidated Screening List"
REQUIRED = ("source", "name")
# Lists that require a licence or extra care rather than forbid dealing outright.
REVIEW_SOURCES = (
    "(EL)",
    "(UVL)",
    "(MEU)",
    "(SSI)",
    "(ISN)",
    "(CAP)",
    "(CMIC)",
    "(NS-MBS)",
    "(PLC)",
)
_TYPES = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}


def _split(value: str) -> list[str]:
    return [
        v.strip()
        for v in value.split(";")
        if v.strip() and not v.strip().lower().startswith("and any ")
    ]


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10]) if value.strip() else None
    except ValueError:
        return None


def _entry_id(row: dict[str, str]) -> str:
    if row.get("_id"):
        return row["_id"][:16]
    if row.get("entity_number"):
        return row["entity_number"]
    key = "|".join(row.get(k, "") for k in ("source", "name", "addresses", "start_date"))
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def parse(path: Path, text: str) -> list[Entry]:
    reader = csv.reader(io.StringIO(text))
    header = header_of(path, reader)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ListFormatError(
            f"{path}:1: not a Consolidated Screening List: no column {', '.join(missing)}"
        )
    if "alt_names" not in header:
        raise ListFormatError(
            f"{path}:1: no alt_names column: the list's aliases would be lost (the "
            "Consolidated Screening List has one); download the whole file again, or add an "
            "empty alt_names column to a list that has no aliases"
        )
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    short = 0  # the line of the last row, when it has fewer fields than the header
    for line, row, cut in rows_of(path, reader, header, ": check the quoting"):
        short = line if cut else 0
        names = _split(row.get("name") or "")
        if not names:
            raise ListFormatError(f"{path}:{line}: entry has no name")
        source = (row.get("source") or "").strip()
        entry_id = _entry_id(row)
        if entry_id in seen:  # the same entity in two source lists: keep both, apart
            seen[entry_id] += 1
            entry_id = f"{entry_id}-{seen[entry_id]}"
        else:
            seen[entry_id] = 1
        addresses = [a.strip() for a in re.split(r";\s*", row.get("addresses") or "") if a.strip()]
        country_names = [
            c for key in ("nationalities", "citizenships") for c in (row.get(key) or "").split(",")
        ] + [a.rsplit(",", 1)[-1] for a in addresses]
        entries.append(
            Entry(
                list_name=LIST,
                entry_id=entry_id,
                name=names[0],
                type=_TYPES.get((row.get("type") or "").strip().lower(), "organization"),
                aliases=names[1:] + _split(row.get("alt_names") or ""),
                programs=[source, *_split(row.get("programs") or "")],
                addresses=addresses,
                country_names=country_names,
                remarks=(row.get("remarks") or "").strip(),
                listed_on=_date(row.get("start_date") or ""),
                born=iso_births([row.get("dates_of_birth") or ""]),
                severity=Severity.REVIEW
                if any(t in source for t in REVIEW_SOURCES)
                else Severity.BLOCK,
            )
        )
    if short:  # the file ends mid-line
        raise ListFormatError(f"{path}:{short}: the line has fewer fields than the header")
    return entries
