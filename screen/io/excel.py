"""Order files as workbooks: .xlsx, .xlsm, .xlsb, .xls and .ods, read with python-calamine
(the optional `excel` extra: `pip install 'screen[excel]'`).

A workbook is recognised by its content (a ZIP holding `xl/` parts or an OpenDocument
spreadsheet, or an OLE2 compound file), whatever its name, so an .xlsx named
orders.csv is read as what it is.  Typed cells come in as text the way the CSV path
would see them: dates as YYYY-MM-DD, whole numbers without ".0".  A number in a
column that must be text (the HS code) has lost its leading zero (0101.21 stored
as a number is 101.21): each such row gets a warning saying how to store it as text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any, BinaryIO

from defusedxml.common import DefusedXmlException

from screen.errors import InputError
from screen.io.binbounds import check_xls
from screen.io.odstail import without_blank_tail
from screen.io.rowtext import OrderRow, too_long
from screen.io.sheetbounds import FIX, MAX_CELLS, check_workbook
from screen.io.sheetcells import Cell, Flagged, cell_name, ods_merges, xlsx_flags
from screen.tuples import NamedTuple

_NAMED = 10  # rows warned of one by one; the others are counted (a million lines help no one)
SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
INSTALL = "pip install 'screen[excel]'"


def workbook_kind(head: bytes, data: bytes | None = None) -> str | None:
    """xlsx, ods or xls when the bytes are a workbook, else None.  `head` is the first
    bytes; `data` (the whole file) lets a ZIP be told apart from other ZIPs."""
    if head.startswith(_OLE2):
        return "xls"
    if not head.startswith(b"PK\x03\x04"):
        return None
    if b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in head[:200]:
        return "ods"
    if data is None:
        return "xlsx" if b"[Content_Types].xml" in head or b"xl/" in head else "zip"
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return None
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    return "ods" if "content.xml" in names else "zip"


class Sheet(NamedTuple):
    name: str
    rows: list[list[Any]]
    names: list[str]  # every sheet of the workbook, in order
    start: tuple[int, int]  # where `rows` start on the sheet (row, column; 0-based)
    merges: list[tuple[Cell, Cell]]  # merged ranges, as calamine gives them (xlsx)


def load_sheet(data: bytes, name: str, sheet: str | None) -> Sheet:
    """The rows of one sheet: `sheet` is a name, or a 1-based position (default 1)."""
    try:
        from python_calamine import CalamineError, CalamineWorkbook
    except ImportError:
        raise InputError(
            f"{name} is an Excel/OpenDocument workbook; reading one needs the excel extra: "
            f"{INSTALL} (or save the sheet as CSV UTF-8 from Excel)"
        ) from None
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(book.sheet_names)
        chosen = _pick(names, sheet, name)
        found = book.get_sheet_by_name(chosen)
        rows = found.to_python(skip_empty_area=True)
        start = found.start or (0, 0)
        merges = list(found.merged_cell_ranges or [])
    except CalamineError as exc:
        raise InputError(f"{name}: cannot read the workbook ({exc})") from None
    return Sheet(chosen, rows, names, (start[0], start[1]), merges)


def _pick(names: list[str], sheet: str | None, name: str) -> str:
    if not names:
        raise InputError(f"{name}: the workbook has no sheets")
    if sheet is None:
        return names[0]
    if sheet in names:
        return sheet
    if sheet.isdigit() and 1 <= int(sheet) <= len(names):
        return names[int(sheet) - 1]
    listed = ", ".join(f"{i} '{n}'" for i, n in enumerate(names, 1))
    raise InputError(
        f"{name} has no sheet '{sheet}': pass --sheet with a name or number ({listed})"
    )


def cell_text(value: Any) -> str:
    """A cell as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def hs_number_warning(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (
            f"the HS code {cell_text(value)} is stored as a number, so leading and trailing "
            "zeros are lost (0101.21 becomes 101.21): format the HS code column as Text in "
            "Excel and type the codes again, or type each with a leading apostrophe "
            "('0101.21)"
        )
    return None


class SheetFile:
    """An open workbook sheet with the interface of `OrderFile`: header, rows, and
    per-row warnings for numbers in columns that must be text (`text_columns`)."""

    delimiter = ","

    def __init__(self, data: bytes, name: str, kind: str, sheet: str | None) -> None:
        self.name = name
        self.kind = kind
        if kind in ("xlsx", "ods"):  # (calamine aborts on what it cannot allocate)
            book = zipfile.ZipFile(io.BytesIO(data))
            check_workbook(book, name, lambda names: _pick(names, sheet, name))
        else:  # (every sheet: calamine reads them all when it opens an .xls)
            check_xls(data, name, MAX_CELLS, FIX)
        if kind == "ods":
            data = without_blank_tail(data)
        loaded = load_sheet(data, name, sheet)
        self.sheet = loaded.name
        self.sheets = loaded.names
        rows = loaded.rows
        self._start = loaded.start
        merges = loaded.merges if kind != "ods" else ods_merges(data, loaded.name)
        _fill_merged(rows, merges, loaded.start)
        self._flags = xlsx_flags(data, loaded.name) if kind == "xlsx" else {}
        while rows and not any(cell_text(c).strip() for c in rows[-1]):
            rows.pop()  # formatted but empty rows below the data
        if not rows:
            raise InputError(f"{name}: sheet '{self.sheet}' is empty")
        if len(rows) == 1:
            raise InputError(f"{name}: {_no_orders(self.sheet, loaded.names)}")
        self.header = [cell_text(c).strip() for c in rows[0]]
        while self.header and not self.header[-1]:
            self.header.pop()
        if not self.header:
            raise InputError(f"{name}: the first row of sheet '{self.sheet}' must name the columns")
        self._rows = rows[1:]
        self.text_columns: set[int] = set()
        self.screened_columns: set[int] = set()  # where a formula's stored 0 is no value
        self.warnings: list[str] = []
        if more := continued_on(self.sheet, loaded.names):
            said = _continued(self.sheet, more)
            if sheet is None:  # the first sheet, taken for the orders: only part of them?
                raise InputError(
                    f"{name}: {said}: one sheet is read at a time; pass --sheet "
                    f"'{self.sheet}' to screen it alone and --sheet for each of the others, "
                    "or save every row as one CSV file"
                )
            self.warnings.append(f"{name}: {said}, not read: screen them with --sheet")

    def describe(self) -> str:
        return f"sheet '{self.sheet}' of an {self.kind} workbook"

    def rows(self) -> Iterator[OrderRow]:
        width = len(self.header)
        numbers = last = 0  # rows with an HS code stored as a number: the first few named
        for number, values in enumerate(self._rows, 1):
            cells = [cell_text(v) for v in values[:width]]
            cells += [""] * (width - len(cells))
            extra = [cell_text(v) for v in values[width:] if cell_text(v).strip()]
            error = None
            if not "".join(cells).strip() and not extra:
                error = "empty row: nothing to screen"
            elif extra:
                error = f"row has {width + len(extra)} filled cells, the header names {width}"
            else:
                error = too_long(cells) or self._cell_error(number, width)
            for index in self.text_columns:
                warning = hs_number_warning(values[index]) if index < len(values) else None
                if warning:
                    numbers, last = numbers + 1, number + 1
                    if numbers <= _NAMED:
                        self.warnings.append(f"{self.name} row {number + 1}: {warning}")
            yield OrderRow(number, cells, error)
        if numbers > _NAMED:
            self.warnings.append(
                f"{self.name}: {numbers - _NAMED:,} more rows (up to row {last}) hold an HS "
                "code stored as a number, its leading and trailing zeros lost: format the HS "
                "code column as Text in Excel"
            )

    def _cell_error(self, number: int, width: int) -> str | None:
        """An Excel error or an uncomputed formula among the row's cells."""
        if not self._flags:
            return None
        row = self._start[0] + number  # the header is the sheet's first row of data
        for index in range(width):
            cell = (row, self._start[1] + index)
            flag = self._flags.get(cell)
            if flag is not None and (why := _flag_error(flag, index in self.screened_columns)):
                return f"cell {cell_name(cell)} {why}"
        return None


def _flag_error(flag: Flagged, screened: bool) -> str | None:
    if flag.error:
        return f"holds the Excel error {flag.error}: correct it in the workbook"
    if flag.value is None or (screened and flag.value == "0"):
        stored = (
            "with no computed value"
            if flag.value is None
            else "whose stored value is 0, as programs that write workbooks without "
            "computing them store"
        )
        return f"is a formula {stored}: open and save the file in Excel, or export it as CSV"
    return None


def continued_on(sheet: str, names: list[str]) -> list[str]:
    """The sheets named as continuations of `sheet`: "Orders (2)", "Orders (3)" ... as
    `batch --format xlsx` continues rows past a sheet's 1,048,576 (and Excel names a
    copy of the sheet)."""
    pattern = re.compile(rf"{re.escape(sheet)} \(\d+\)", re.IGNORECASE)
    return [n for n in names if pattern.fullmatch(n)]


def _continued(sheet: str, more: list[str]) -> str:
    listed = ", ".join(f"'{n}'" for n in more)
    return f"sheet '{sheet}' may continue on {listed} (rows past a sheet's 1,048,576, or a copy)"


def sheets_hint(names: list[str]) -> str:
    """Where else the orders may be: the workbook's sheets, for --sheet."""
    listed = ", ".join(f"{i} '{n}'" for i, n in enumerate(names, 1))
    return f"the workbook's sheets are {listed}: pass --sheet"


def _no_orders(sheet: str, names: list[str]) -> str:
    if len(names) == 1:
        return f"sheet '{sheet}' has a header row but no orders: add the orders below the header"
    return f"sheet '{sheet}' has a header row but no orders; {sheets_hint(names)}"


def _fill_merged(rows: list[list[Any]], merges: list[tuple[Cell, Cell]], start: Cell) -> None:
    """Give every row of a merged range the value of its top-left cell (in the
    range's first column), as Excel shows it beside each of those rows."""
    for (top, left), (bottom, _right) in merges:
        first, column = top - start[0], left - start[1]
        if not 0 <= first < len(rows) or column < 0 or column >= len(rows[first]):
            continue
        value = rows[first][column]
        for index in range(first + 1, min(bottom - start[0] + 1, len(rows))):
            cells = rows[index]
            cells.extend([""] * (column + 1 - len(cells)))
            if cells[column] in ("", None):
                cells[column] = value


def read_workbook(raw: BinaryIO, head: bytes, name: str, sheet: str | None) -> SheetFile | None:
    """A `SheetFile` when the stream holds a workbook, else None (nothing consumed
    beyond `head` in that case)."""
    first = workbook_kind(head)
    if first is None:
        return None
    data = head + raw.read()
    kind = workbook_kind(head, data)
    if kind is None:  # a ZIP archive whose directory, at its end, cannot be read
        what = "an .xlsx workbook" if first == "xlsx" else "a ZIP archive"
        raise InputError(
            f"{name} is {what} that is damaged or cut short (an incomplete download or "
            "copy?): save or copy it again, or export the sheet as CSV"
        )
    if kind == "zip":
        raise InputError(f"{name} is a ZIP archive, not an order file: unzip it first")
    try:
        return SheetFile(data, name, kind or "xlsx", sheet)
    except DefusedXmlException:  # an entity declared: a bomb, or a file read from disk
        raise InputError(
            f"{name}: the workbook's XML declares entities or a document type (DTD), which "
            "Excel and LibreOffice never write: refused as unsafe; save the orders as CSV "
            "UTF-8, or copy them alone to a new workbook"
        ) from None
