"""UN Security Council Consolidated List, XML format.

INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY, each with REFERENCE_NUMBER (the entry
id, e.g. QDi.001), FIRST_NAME..FOURTH_NAME, NAME_ORIGINAL_SCRIPT, *_ALIAS with
QUALITY (Good, Low: scored lower) and ALIAS_NAME, NATIONALITY, *_ADDRESS, LISTED_ON,
UN_LIST_TYPE and COMMENTS1.  Parsed with defusedxml: no entity expansion, no DTDs.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import (
    DefusedXmlException,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from screen.errors import ListFormatError
from screen.lists.birthdates import births_text, iso_date
from screen.lists.entry import Entry
from screen.matching.births import Born, between

LIST = "un"
TITLE = "UN Security Council Consolidated List"
AUTHORITY = "United Nations Security Council"


def _text(element: Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None and found.text else ""


def _values(element: Element, path: str) -> list[str]:
    return [(v.text or "").strip() for v in element.findall(path) if v.text and v.text.strip()]


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def births(person: Element) -> list[str]:
    """The dates of an INDIVIDUAL's INDIVIDUAL_DATE_OF_BIRTH elements: EXACT (a DATE
    or a YEAR), APPROXIMATELY (read as circa) and BETWEEN (FROM_YEAR to TO_YEAR)."""
    out: list[Born | None] = []
    for element in person.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        circa = _text(element, "TYPE_OF_DATE").upper() == "APPROXIMATELY"
        first, last = _text(element, "FROM_YEAR"), _text(element, "TO_YEAR")
        if first.isdigit() and last.isdigit():
            out.append(between(int(first), int(last), circa=circa))
        else:
            date, year = _text(element, "DATE")[:10], _text(element, "YEAR")
            out.append(iso_date(date, circa=circa) or iso_date(year, circa=circa))
    return births_text(out)


def _entry(element: Element, person: bool, position: int, path: Path) -> Entry:
    kind = "INDIVIDUAL" if person else "ENTITY"
    ref = _text(element, "REFERENCE_NUMBER") or _text(element, "DATAID")
    parts = [_text(element, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    name = " ".join(p for p in parts if p)
    if not ref:
        raise ListFormatError(f"{path}: {kind} #{position} has no REFERENCE_NUMBER or DATAID")
    if not name:
        raise ListFormatError(f"{path}: {kind} {ref} (#{position}) has no FIRST_NAME")
    entry = Entry(
        list_name=LIST,
        entry_id=ref,
        name=name,
        type="person" if person else "organization",
        programs=[_text(element, "UN_LIST_TYPE")],
        remarks=_text(element, "COMMENTS1"),
        listed_on=_date(_text(element, "LISTED_ON")),
    )
    entry.born = births(element) if person else []
    entry.aliases.extend(_values(element, "NAME_ORIGINAL_SCRIPT"))
    for alias in element.findall(f"{kind}_ALIAS"):
        alias_name = _text(alias, "ALIAS_NAME")
        if alias_name:
            weak = _text(alias, "QUALITY").lower() == "low"
            (entry.weak_aliases if weak else entry.aliases).append(alias_name)
    for address in element.findall(f"{kind}_ADDRESS"):
        parts = [
            _text(address, t) for t in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
        ]
        text = ", ".join(p for p in parts if p)
        if text:
            entry.addresses.append(text)
        if _text(address, "COUNTRY"):
            entry.country_names.append(_text(address, "COUNTRY"))
    entry.country_names.extend(_values(element, "NATIONALITY/VALUE"))
    return entry


# The list's two sections and the one kind of element each holds, as the UN publishes it.
_SECTIONS = {"INDIVIDUALS": "INDIVIDUAL", "ENTITIES": "ENTITY"}


def _check_sections(path: Path, root: Element) -> None:
    """Refuse an element the reader would pass over (a section or an entry renamed):
    its entries would be lost without a word."""
    for element in root:
        kind = _SECTIONS.get(element.tag)
        if kind is None:
            raise ListFormatError(
                f"{path}: <{element.tag}> in <CONSOLIDATED_LIST> is not one of "
                f"<{'>, <'.join(_SECTIONS)}>: its entries would not be read; download the "
                "list again as the UN publishes it"
            )
        for child in element:
            if child.tag != kind:
                raise ListFormatError(
                    f"{path}: <{child.tag}> in <{element.tag}> is not an <{kind}>: it would "
                    "not be read; download the list again as the UN publishes it"
                )


def _unsafe(path: Path, text: str, exc: DefusedXmlException) -> ListFormatError:
    """The refusal of XML defusedxml will not read, naming the line of what it met
    (the entity declared, the external reference, the DTD) and the fix."""
    name = getattr(exc, "name", None) if isinstance(exc, EntitiesForbidden) else None
    sysid = getattr(exc, "sysid", None)
    if name is not None:
        what, pattern = (
            f"an entity declaration <!ENTITY {name}>",
            rf"<!ENTITY\s+(?:%\s*)?{re.escape(name)}\b",
        )
    elif isinstance(exc, ExternalReferenceForbidden) and sysid:
        what, pattern = f"an external reference to '{sysid}'", re.escape(sysid)
    else:
        what, pattern = "a document type declaration (DTD)", r"<!DOCTYPE"
    found = re.search(pattern, text)
    where = f":{text.count(chr(10), 0, found.start()) + 1}" if found else ""
    return ListFormatError(
        f"{path}{where}: refused unsafe XML ({what}): the UN publishes its list without "
        "entities or external references; download the list again as the UN publishes it"
    )


def parse(path: Path, text: str) -> list[Entry]:
    try:
        root = ElementTree.fromstring(text)
    except DefusedXmlException as exc:
        raise _unsafe(path, text, exc) from None
    except ElementTree.ParseError as exc:
        line, column = exc.position
        raise ListFormatError(
            f"{path}:{line}: not well-formed XML (column {column}): {exc.msg}"
        ) from None
    if root.tag != "CONSOLIDATED_LIST":
        raise ListFormatError(f"{path}: the root element is <{root.tag}>, not <CONSOLIDATED_LIST>")
    _check_sections(path, root)
    entries = [
        _entry(e, True, i, path) for i, e in enumerate(root.findall("INDIVIDUALS/INDIVIDUAL"), 1)
    ]
    entries += [_entry(e, False, i, path) for i, e in enumerate(root.findall("ENTITIES/ENTITY"), 1)]
    missing = [tag for tag in _SECTIONS if root.find(tag) is None]
    if missing:
        raise ListFormatError(
            f"{path}: no <{missing[0]}> section in <CONSOLIDATED_LIST>: the file is not "
            "whole; download the list again as the UN publishes it"
        )
    seen: set[str] = set()
    for entry in entries:
        if entry.entry_id in seen:
            raise ListFormatError(
                f"{path}: duplicate REFERENCE_NUMBER '{entry.entry_id}': each entry once "
                "(two lists run together?)"
            )
        seen.add(entry.entry_id)
    return entries
