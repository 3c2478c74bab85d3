"""A company's own list, as simple CSV: `id,name,aliases,type,country,program`.

Aliases are separated by ";"; type is person, organization, vessel or aircraft;
country is a code or a name.  The list is named after its file ("watch-list.csv"
gives ids like `watch-list:42`).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from screen.errors import ListFormatError
from screen.lists.entry import ENTITY_TYPES, Entry

COLUMNS = ("id", "name", "aliases", "type", "country", "program")
TITLE = "own list"


def list_name(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "list"


def parse(path: Path, text: str) -> list[Entry]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in next(reader, [])]
    if header[: len(COLUMNS)] != list(COLUMNS):
        raise ListFormatError(f"{path}:1: the header must be {','.join(COLUMNS)}")
    name = list_name(path)
    entries, seen = [], set()
    for cells in reader:
        line = reader.line_num
        if not "".join(cells).strip():
            continue
        if len(cells) != len(header):
            raise ListFormatError(
                f"{path}:{line}: {len(cells)} fields, the header has {len(header)}"
            )
        entry_id, main, aliases, kind, country, program = (c.strip() for c in cells[:6])
        if not entry_id or not main:
            raise ListFormatError(f"{path}:{line}: every entry needs an id and a name")
        if entry_id in seen:
            raise ListFormatError(f"{path}:{line}: duplicate id '{entry_id}'")
        seen.add(entry_id)
        kind = kind.lower() or "organization"
        if kind not in ENTITY_TYPES:
            raise ListFormatError(
                f"{path}:{line}: type '{kind}' must be one of {', '.join(ENTITY_TYPES)}"
            )
        entries.append(
            Entry(
                list_name=name,
                entry_id=entry_id,
                name=main,
                type=kind,
                aliases=[a.strip() for a in aliases.split(";") if a.strip()],
                programs=[program] if program else [],
                country_names=[country] if country else [],
            )
        )
    return entries
