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
import zipfile
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple

from screen.errors import InputError
from screen.io.rowtext import OrderRow

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
        rows = book.get_sheet_by_name(chosen).to_python(skip_empty_area=True)
    except CalamineError as exc:
        raise InputError(f"{name}: cannot read the workbook ({exc})") from None
    return Sheet(chosen, rows)


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
        loaded = load_sheet(data, name, sheet)
        self.sheet = loaded.name
        rows = loaded.rows
        while rows and not any(cell_text(c).strip() for c in rows[-1]):
            rows.pop()  # formatted but empty rows below the data
        if not rows:
            raise InputError(f"{name}: sheet '{self.sheet}' is empty")
        self.header = [cell_text(c).strip() for c in rows[0]]
        while self.header and not self.header[-1]:
            self.header.pop()
        if not self.header:
            raise InputError(f"{name}: the first row of sheet '{self.sheet}' must name the columns")
        self._rows = rows[1:]
        self.text_columns: set[int] = set()
        self.warnings: list[str] = []

    def describe(self) -> str:
        return f"sheet '{self.sheet}' of an {self.kind} workbook"

    def rows(self) -> Iterator[OrderRow]:
        width = len(self.header)
        for number, values in enumerate(self._rows, 1):
            cells = [cell_text(v) for v in values[:width]]
            cells += [""] * (width - len(cells))
            extra = [cell_text(v) for v in values[width:] if cell_text(v).strip()]
            error = None
            if not "".join(cells).strip() and not extra:
                error = "empty row: nothing to screen"
            elif extra:
                error = f"row has {width + len(extra)} filled cells, the header names {width}"
            for index in self.text_columns:
                warning = hs_number_warning(values[index]) if index < len(values) else None
                if warning:
                    self.warnings.append(f"{self.name} row {number + 1}: {warning}")
            yield OrderRow(number, cells, error)


def read_workbook(raw: BinaryIO, head: bytes, name: str, sheet: str | None) -> SheetFile | None:
    """A `SheetFile` when the stream holds a workbook, else None (nothing consumed
    beyond `head` in that case)."""
    if workbook_kind(head) is None:
        return None
    data = head + raw.read()
    kind = workbook_kind(head, data)
    if kind in (None, "zip"):
        raise InputError(f"{name} is a ZIP archive, not an order file: unzip it first")
    return SheetFile(data, name, kind or "xlsx", sheet)
