"""OpenSanctions exports in FollowTheMoney JSON lines (entities.ftm.json).

One JSON object a line: id, caption, schema, properties (each a list of strings),
datasets, first_seen/last_seen, target.  This is how OpenSanctions publishes every
dataset, so it brings the EU, UK, and Japan's METI End User List and MOF list
offline.  Parties (Person, Organization, Company, LegalEntity, PublicBody, Vessel,
Airplane) that are sanction targets become entries; Address entities in the file
spell out the addresses the parties point to (an address held elsewhere is left
out); other schemas are skipped.

The list is named after the dataset when every entry comes from one (`eu_fsf:NK-...`),
else `opensanctions`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from screen.errors import ListFormatError
from screen.lists.birthdates import iso_births
from screen.lists.entry import Entry
from screen.matching.names.crafts import imo_name
from screen.matching.names.webnames import is_identifier_name

LIST = "opensanctions"
TITLE = "OpenSanctions (FollowTheMoney)"
AUTHORITY = "OpenSanctions export"
_TYPES = {
    "Person": "person",
    "Organization": "organization",
    "Company": "organization",
    "LegalEntity": "organization",
    "PublicBody": "organization",
    "Vessel": "vessel",
    "Airplane": "aircraft",
}
_NAMES = ("name", "alias", "previousName")
_COUNTRIES = ("country", "nationality", "citizenship", "jurisdiction", "flag")


class _Twice(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each given once (json.loads keeps the last of two
    "name" keys: the first's names would be lost)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Twice(key)
            seen.add(key)
    return found


def _records(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    records = []
    seen: dict[str, int] = {}
    # JSON Lines: a record ends at "\n" alone (str.splitlines() would also cut at
    # U+2028, U+2029 and U+0085, which JSON strings may hold unescaped)
    for line, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw, object_pairs_hook=_once)
        except _Twice as exc:
            raise ListFormatError(
                f"{path}:{line}: key '{exc.key}' is given twice in one object: which one "
                "holds the data cannot be told, so the list is refused; download it again"
            ) from None
        except ValueError as exc:
            raise ListFormatError(f"{path}:{line}: not a JSON object ({exc})") from None
        except RecursionError:
            raise ListFormatError(
                f"{path}:{line}: JSON nested too deep to be a FollowTheMoney entity"
            ) from None
        if not isinstance(record, dict) or not record.get("id") or not record.get("schema"):
            raise ListFormatError(
                f"{path}:{line}: a FollowTheMoney entity needs an id and a schema"
            )
        if not isinstance(record["schema"], str) or not isinstance(record["id"], str | int):
            raise ListFormatError(f"{path}:{line}: an entity's id and schema must be strings")
        properties = record.get("properties", {})
        if not isinstance(properties, dict):
            raise ListFormatError(f"{path}:{line}: 'properties' must be an object of lists")
        for key, values in properties.items():  # a string read as a list is its letters
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ListFormatError(f"{path}:{line}: property '{key}' must be a list of strings")
        if str(record["id"]) in seen:
            raise ListFormatError(
                f"{path}:{line}: duplicate id '{record['id']}' (first at line "
                f"{seen[str(record['id'])]}): each entity once (two exports run together?)"
            )
        seen[str(record["id"])] = line
        records.append((line, record))
    return records


def _values(record: dict[str, Any], *keys: str) -> list[str]:
    props = record.get("properties") or {}
    found = [str(v).strip() for k in keys for v in props.get(k) or () if str(v).strip()]
    return list(dict.fromkeys(found))


def _imo(record: dict[str, Any]) -> list[str]:
    """A vessel's IMO numbers ("IMO9213387"), as a shipping text writes them: a name."""
    return [n for v in _values(record, "imoNumber") if (n := imo_name(v))]


# The identifier numbers FollowTheMoney's properties hold, each given the label a
# document writes it with (`webnames.py` reads it back as an identifier of the entry)
_ID_PROPERTIES = {
    "registrationNumber": "Registration Number", "taxNumber": "Tax ID No.", "innCode": "INN",
    "ogrnCode": "OGRN", "passportNumber": "Passport", "idNumber": "Identification Number",
    "vatCode": "Tax ID No.", "swiftBic": "SWIFT/BIC",
}  # fmt: skip


def _identifiers(record: dict[str, Any]) -> list[str]:
    """Its registration, tax and passport numbers and SWIFT/BIC code, as names of it."""
    labelled = (f"{label} {v}" for k, label in _ID_PROPERTIES.items() for v in _values(record, k))
    return [name for name in labelled if is_identifier_name(name)]


def _date(values: list[str]) -> dt.date | None:
    for value in sorted(values):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            continue
    return None


def _entry(record: dict[str, Any], addresses: dict[str, str], line: int, path: Path) -> Entry:
    names = _values(record, *_NAMES)
    caption = str(record.get("caption") or "").strip()
    main = caption or (names[0] if names else "")
    if not main:
        raise ListFormatError(f"{path}:{line}: entity {record['id']} has no name")
    born = _values(record, "birthDate")
    remarks = [f"born {'; '.join(born)}"] if born else []
    remarks += _values(record, "position", "notes")
    return Entry(
        list_name=LIST,
        entry_id=str(record["id"]),
        name=main,
        type=_TYPES[record["schema"]],
        aliases=[n for n in names if n != main] + _imo(record) + _identifiers(record),
        weak_aliases=_values(record, "weakAlias"),
        programs=_values(record, "program", "programId"),
        datasets=[str(d) for d in record.get("datasets") or ()],
        addresses=[addresses[a] for a in _values(record, "addressEntity") if a in addresses]
        + _values(record, "address"),
        country_names=_values(record, *_COUNTRIES),
        remarks="; ".join(remarks),
        listed_on=_date(_values(record, "createdAt")),
        born=iso_births(born),
    )


def parse(path: Path, text: str) -> list[Entry]:
    records = _records(path, text)
    addresses = {
        str(r["id"]): "; ".join(_values(r, "full")) or str(r.get("caption") or "")
        for _, r in records
        if r["schema"] == "Address"
    }
    entries = [
        _entry(r, addresses, line, path)
        for line, r in records
        if r["schema"] in _TYPES and r.get("target", True)
    ]
    datasets = {tuple(e.datasets) for e in entries}
    if len(datasets) == 1 and len(next(iter(datasets))) == 1:
        name = next(iter(datasets))[0]
        for entry in entries:
            entry.list_name = name
    return entries
