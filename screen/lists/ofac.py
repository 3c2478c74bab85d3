"""OFAC SDN list, CSV format: sdn.csv, with alt.csv (aliases) and add.csv (addresses)
read when they stand beside it.  No header; `-0-` means empty.

sdn.csv: ent_num, name, type, programs, title, call_sign, vessel_type, tonnage, GRT,
vessel_flag, vessel_owner, remarks.  alt.csv: ent_num, alt_num, alt_type, alt_name,
remarks.  add.csv: ent_num, add_num, address, city/state/postal, country, remarks.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from screen.errors import ListFormatError
from screen.lists.entry import Entry

LIST = "ofac-sdn"
TITLE = "OFAC Specially Designated Nationals list"
AUTHORITY = "United States, Treasury (OFAC)"
_EMPTY = "-0-"
_TYPES = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft", "": "organization"}
# Remarks carry more names: "a.k.a. 'BNC'." OFAC marks these single-quoted ones as weaker.
_REMARK_AKA = re.compile(r"(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'([^']+)'")


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == _EMPTY else value


def _rows(path: Path, text: str, width: int) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ListFormatError(f"{path}:{reader.line_num}: not valid CSV ({exc})") from None
        if not row or not "".join(row).strip():
            continue
        if len(row) < width:
            raise ListFormatError(
                f"{path}:{reader.line_num}: expected {width} fields, found {len(row)}: "
                "is this an OFAC file in CSV format?"
            )
        yield reader.line_num, [_clean(c) for c in row]


def parse(path: Path, text: str, beside: dict[str, str]) -> list[Entry]:
    """Entries of sdn.csv (`text`); `beside` holds alt.csv / add.csv texts if present."""
    entries: dict[str, Entry] = {}
    for line, row in _rows(path, text, 12):
        ent_num, name, kind, programs = row[0], row[1], row[2].lower(), row[3]
        if not ent_num.isdigit():
            raise ListFormatError(f"{path}:{line}: entry number '{ent_num}' is not a number")
        if not name:
            raise ListFormatError(f"{path}:{line}: entry {ent_num} has no name")
        remarks = row[11]
        entries[ent_num] = Entry(
            list_name=LIST,
            entry_id=ent_num,
            name=name,
            type=_TYPES.get(kind, "organization"),
            programs=[
                p.strip() for p in re.split(r"\]\s*\[|;", programs.strip("[] ")) if p.strip()
            ],
            weak_aliases=_REMARK_AKA.findall(remarks),
            remarks=remarks,
        )
    alt_path = path.with_name("alt.csv")
    if "alt" in beside:
        for _line, row in _rows(alt_path, beside["alt"], 4):
            entry = entries.get(row[0])
            if entry is None:
                continue  # an alias of an entry this sample of the list does not hold
            if row[3]:
                entry.aliases.append(row[3])
    add_path = path.with_name("add.csv")
    if "add" in beside:
        for _line, row in _rows(add_path, beside["add"], 5):
            entry = entries.get(row[0])
            if entry is None:
                continue
            address = ", ".join(part for part in row[2:5] if part)
            if address:
                entry.addresses.append(address)
            if row[4]:
                entry.country_names.append(row[4])
    return list(entries.values())
