"""OFAC lists in Treasury's CSV format: the SDN list (sdn.csv, with alt.csv and
add.csv beside it) and the Consolidated (non-SDN) list (cons_prim.csv, with
cons_alt.csv and cons_add.csv).  The two share one layout.  No header; `-0-` means
empty.  The files beside the main one are read when they are there.

sdn.csv: ent_num, name, type, programs, title, call_sign, vessel_type, tonnage, GRT,
vessel_flag, vessel_owner, remarks.  alt.csv: ent_num, alt_num, alt_type, alt_name,
remarks.  add.csv: ent_num, add_num, address, city/state/postal, country, remarks.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from screen.errors import ListFormatError
from screen.lists.birthdates import ofac_births
from screen.lists.entry import Entry
from screen.lists.quoting import field_too_long
from screen.matching.names.crafts import imo_name
from screen.matching.names.webnames import remark_identifiers

AUTHORITY = "United States, Treasury (OFAC)"


@dataclass(frozen=True)
class Layout:
    """One OFAC list: its short name, title and the names of the files beside it."""

    list_name: str
    title: str
    alt: str
    add: str

    @property
    def companions(self) -> tuple[tuple[str, str], ...]:
        """(kind, file name) of the files read with the main one."""
        return (("alt", self.alt), ("add", self.add))


LAYOUTS = {
    "ofac": Layout("ofac-sdn", "OFAC Specially Designated Nationals list", "alt.csv", "add.csv"),
    "ofac-cons": Layout(
        "ofac-cons", "OFAC Consolidated (non-SDN) Sanctions List", "cons_alt.csv", "cons_add.csv"
    ),
}
_EMPTY = "-0-"
_TYPES = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft", "": "organization"}
# Remarks carry more names: "a.k.a. 'BNC'." OFAC marks these single-quoted ones as weaker.
_REMARK_AKA = re.compile(r"(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'([^']+)'")
# A vessel's IMO number ("Vessel Registration Identification IMO 9213387"): a name of
# the ship as a shipping text writes it.
_IMO = re.compile(r"\bIMO\s*(\d+)\b")


# What a line with another number of fields than the format's most likely is.  More
# fields: two records on one line (a line end lost, e.g. an entry appended to a file
# that did not end with one) or a column added; either way a name would be lost.
_FIELDS_FIX = {
    False: "is this an OFAC file in CSV format?",
    True: "two records run together on one line (a line end missing?) or a column added: "
    "put each record on its own line with the format's fields, or download the list again",
}


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == _EMPTY else value


def _rows(path: Path, text: str, width: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields as written) of each row that is not blank: `_clean` the
    fields used (most of the twelve of an SDN row are not)."""
    reader = csv.reader(io.StringIO(text))
    try:
        for row in reader:
            if not row or not "".join(row).strip():
                continue
            if len(row) != width:
                raise ListFormatError(
                    f"{path}:{reader.line_num}: expected {width} fields, found {len(row)}: "
                    + _FIELDS_FIX[len(row) > width and row[0].strip().isdigit()]
                )
            yield reader.line_num, row
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ListFormatError(field_too_long(path, reader.line_num)) from None
        raise ListFormatError(f"{path}:{reader.line_num}: not valid CSV ({exc})") from None


def _companion_rows(
    path: Path, companion: Path, text: str, width: int, entries: dict[str, Entry]
) -> list[list[str]]:
    """The rows of a file read beside the list; refused when fewer than half of them
    name an entry of the list: another list's file (cons_alt.csv saved as alt.csv:
    2 of its 575 addresses name an SDN entry), whose rows would be passed over as
    entries a sample of the list lacks.  (Treasury's own files name an entry each.)"""
    rows = [row for _line, row in _rows(companion, text, width)]
    named = sum(_clean(row[0]) in entries for row in rows)
    if named * 2 < len(rows):
        raise ListFormatError(
            f"{companion}: {named:,} of its {len(rows):,} rows name an entry of {path}: "
            "the file of another list or edition? put the list's own file beside it "
            "(download the list again)"
        )
    return rows


def parse(path: Path, text: str, layout: Layout, beside: dict[str, str]) -> list[Entry]:
    """Entries of the main file (`text`); `beside` holds the texts of the alternate-name
    and address files (keys "alt", "add") that stand beside it."""
    entries: dict[str, Entry] = {}
    for line, row in _rows(path, text, 12):
        ent_num, name, kind, programs = (_clean(c) for c in row[:4])
        kind = kind.lower()
        if not ent_num.isdigit():
            raise ListFormatError(f"{path}:{line}: entry number '{ent_num}' is not a number")
        if not name:
            raise ListFormatError(f"{path}:{line}: entry {ent_num} has no name")
        if ent_num in entries:  # two files run together, or a hand edit gone wrong
            raise ListFormatError(
                f"{path}:{line}: duplicate entry number {ent_num}: keep one entry a number "
                "(two editions run together?)"
            )
        remarks = _clean(row[11])
        vessel = kind == "vessel"
        entries[ent_num] = Entry(
            list_name=layout.list_name,
            entry_id=ent_num,
            name=name,
            type=_TYPES.get(kind, "organization"),
            programs=[
                p.strip() for p in re.split(r"\]\s*\[|;", programs.strip("[] ")) if p.strip()
            ],
            aliases=[
                *(a for n in _IMO.findall(remarks) if vessel and (a := imo_name(n))),
                *remark_identifiers(remarks),  # (its website, e-mail, SWIFT/BIC)
            ],
            weak_aliases=_REMARK_AKA.findall(remarks),
            remarks=remarks,
            born=ofac_births(remarks),
        )
    alt_path = path.with_name(layout.alt)
    if "alt" in beside:
        for row in _companion_rows(path, alt_path, beside["alt"], 5, entries):
            entry = entries.get(_clean(row[0]))
            if entry is None:
                continue  # an alias of an entry this sample of the list does not hold
            alias = _clean(row[3])
            if alias:
                entry.aliases.append(alias)
    add_path = path.with_name(layout.add)
    if "add" in beside:
        for row in _companion_rows(path, add_path, beside["add"], 6, entries):
            entry = entries.get(_clean(row[0]))
            if entry is None:
                continue
            places = [_clean(c) for c in row[2:5]]
            address = ", ".join(part for part in places if part)
            if address:
                entry.addresses.append(address)
            if places[2]:
                entry.country_names.append(places[2])
    return list(entries.values())
