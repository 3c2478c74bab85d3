"""US Commerce BIS Denied Persons List (dpl.txt): tab-separated, quoted header.

Columns: Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,
Expiration_Date (MM/DD/YYYY), Standard_Order, Last_Update, Action, FR_Citation.
A denial order with several addresses is one row per address: rows with the same
name and effective date are one entry.  The file has no entry ids, so an entry's
id is a hash of its name and effective date, stable from one edition to the next.
The list gives no entity type.  A name may carry an alias in parentheses:
"PEARL (A.K.A. NEI-CHIEN CHU) LI".
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from pathlib import Path

from screen.errors import ListFormatError
from screen.lists.entry import Entry
from screen.lists.headers import header_of, rows_of

LIST = "bis-dpl"
TITLE = "BIS Denied Persons List"
AUTHORITY = "United States, Commerce (BIS)"
REQUIRED = ("Name", "Effective_Date")
_AKA = re.compile(r"\(\s*(?:A\.?K\.?A\.?|F\.?K\.?A\.?)\s*([^)]+)\)", re.IGNORECASE)


def _date(path: Path, line: int, column: str, value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, "%m/%d/%Y").date()
    except ValueError:
        raise ListFormatError(
            f"{path}:{line}: {column} '{value}' is not a date in the list's MM/DD/YYYY form"
        ) from None


def _entry_id(name: str, effective: str) -> str:
    return hashlib.sha1(f"{name.upper()}|{effective}".encode()).hexdigest()[:12]


def parse(path: Path, text: str) -> list[Entry]:
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    header = header_of(path, reader)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ListFormatError(
            f"{path}:1: not a Denied Persons List: no column {', '.join(missing)} "
            "(expected the tab-separated dpl.txt as BIS publishes it)"
        )
    entries: dict[str, Entry] = {}
    short = 0  # the line of the last row, when it has fewer fields than the header
    for line, row, cut in rows_of(path, reader, header, ""):
        short = line if cut else 0
        cells = {k: v.strip() for k, v in row.items() if k}
        raw = " ".join(cells.get("Name", "").split())
        if not raw:
            raise ListFormatError(f"{path}:{line}: entry has no name")
        aliases = [a.strip() for a in _AKA.findall(raw)]
        name = " ".join(_AKA.sub(" ", raw).split())
        effective = cells.get("Effective_Date", "")
        key = _entry_id(name, effective)
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = Entry(
                list_name=LIST,
                entry_id=key,
                name=name,
                type="organization",  # the list does not say
                programs=["Denied Persons List"],
                remarks="; ".join(c for c in (cells.get("FR_Citation"), cells.get("Action")) if c),
                listed_on=_date(path, line, "Effective_Date", effective),
                ends_on=_date(path, line, "Expiration_Date", cells.get("Expiration_Date", "")),
            )
        entry.aliases.extend(a for a in aliases if a not in entry.aliases)
        parts = ("Street_Address", "City", "State", "Postal_Code", "Country")
        address = ", ".join(cells[p] for p in parts if cells.get(p))
        if address and address not in entry.addresses:
            entry.addresses.append(address)
        if cells.get("Country"):
            entry.country_names.append(cells["Country"])
    if short:  # the file ends mid-line
        raise ListFormatError(f"{path}:{short}: the line has fewer fields than the header")
    return list(entries.values())
