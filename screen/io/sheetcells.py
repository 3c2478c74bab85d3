"""What a workbook's cells hold beyond the values python-calamine gives: merged
ranges (calamine gives the value in the top-left cell only; an OpenDocument sheet's
ranges it does not give at all), Excel error cells (#N/A, #REF!: calamine gives them
as empty) and formulas (whose stored value may never have been computed: files
written by programs store none, or 0).

Cells are (row, column), 0-based over the whole sheet.  The XML is read with
defusedxml, element by element.
"""

from __future__ import annotations

import io
import re
import zipfile

from defusedxml import ElementTree

from screen.tuples import NamedTuple

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")

Cell = tuple[int, int]


class Flagged(NamedTuple):
    """A cell whose value is not what the sheet shows: `error` is its Excel error
    (#N/A), or "" for a formula; `value` its stored value (None: none)."""

    error: str
    value: str | None


def cell_name(cell: Cell) -> str:
    """B4 for (3, 1)."""
    row, column = cell
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _parse_ref(ref: str) -> Cell | None:
    found = _CELL_REF.fullmatch(ref)
    if not found:
        return None
    column = 0
    for letter in found.group(1):
        column = column * 26 + ord(letter) - 64
    return int(found.group(2)) - 1, column - 1


def sheet_names(book: zipfile.ZipFile) -> list[str]:
    """The names of an xlsx workbook's sheets, in order."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    return [str(entry.get("name", "")) for entry in workbook.iter(f"{_MAIN}sheet")]


def sheet_part(book: zipfile.ZipFile, sheet: str) -> str | None:
    """The xlsx part holding the sheet named `sheet`."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG}Relationship")}
    for entry in workbook.iter(f"{_MAIN}sheet"):
        if entry.get("name") == sheet:
            target = targets.get(entry.get(f"{_REL}id"), "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def xlsx_flags(data: bytes, sheet: str) -> dict[Cell, Flagged]:
    """The error cells and formula cells of an xlsx sheet."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        part = sheet_part(book, sheet)
        if part is None or part not in book.namelist():
            return {}
        flags: dict[Cell, Flagged] = {}
        with book.open(part) as stream:
            for _, element in ElementTree.iterparse(stream):
                if element.tag != f"{_MAIN}c":
                    continue
                cell = _parse_ref(element.get("r", ""))
                value = element.find(f"{_MAIN}v")
                text = None if value is None or not value.text else value.text
                if cell is not None and element.get("t") == "e":
                    flags[cell] = Flagged(text or "#VALUE!", text)
                elif cell is not None and element.find(f"{_MAIN}f") is not None:
                    flags[cell] = Flagged("", text)
                element.clear()
        return flags
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return {}  # calamine read it: what it gives stands


def ods_merges(data: bytes, sheet: str) -> list[tuple[Cell, Cell]]:
    """The merged ranges of an OpenDocument sheet: cells that span rows or columns
    (`table:number-rows-spanned`, `table:number-columns-spanned`)."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        root = ElementTree.fromstring(book.read("content.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return []
    merges = []
    for table in root.iter(f"{_TABLE}table"):
        if table.get(f"{_TABLE}name") != sheet:
            continue
        row = 0
        for element in table.iter(f"{_TABLE}table-row"):
            column = 0
            for cell in element:
                rows = int(cell.get(f"{_TABLE}number-rows-spanned", "1"))
                columns = int(cell.get(f"{_TABLE}number-columns-spanned", "1"))
                if rows > 1 or columns > 1:
                    merges.append(((row, column), (row + rows - 1, column + columns - 1)))
                column += int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
            row += int(element.get(f"{_TABLE}number-rows-repeated", "1"))
    return merges
