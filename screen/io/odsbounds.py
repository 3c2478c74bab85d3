"""What an OpenDocument sheet would make calamine allocate, checked before it is read.

An .ods repeats a row or a cell with an attribute (`table:number-rows-repeated`,
`table:number-columns-repeated`), and calamine expands every repeat that holds a
value: an 879-byte file can declare 100,000 rows of 16,384 filled cells, which
calamine tries to allocate at once (it aborts, or says "Cannot detect file format"
when the allocation fails).  The area the chosen sheet's filled cells span is
counted from the markup (its blank rows and cells repeated, as LibreOffice writes a
sheet's formatted margins, do not count) and a sheet past `MAX_CELLS` is refused,
as an .xlsx sheet is.  A file repeating nothing by the thousand is not scanned.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from xml.sax.saxutils import unescape

from screen.errors import InputError

_BIG_REPEAT = re.compile(rb'number-(?:rows|columns)-repeated="\d{4,}"')
_TABLE_NAME = re.compile(rb'<table:table(?=[\s>/])[^>]*?\btable:name="([^"]*)"')
_ROW_END = b"</table:table-row>"
_ROW_START = b"<table:table-row"
_CLOSED_ROW = re.compile(rb"<table:table-row\b([^>]*?)/>")
_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_CELLS = (b"<table:table-cell", b"<table:covered-table-cell")
_ROWS = re.compile(rb'table:number-rows-repeated="(\d+)"')
_COLUMNS = re.compile(rb'table:number-columns-repeated="(\d+)"')
_VALUE = (b"office:value-type=", b"table:formula=")


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    found = pattern.search(attributes)
    return max(int(found.group(1)), 1) if found else 1


def sheet_names(content: bytes) -> list[str]:
    """The names of an OpenDocument spreadsheet's sheets, in order."""
    return [
        unescape(n.decode("utf-8", "replace"), {"&quot;": '"'})
        for n in _TABLE_NAME.findall(content)
    ]


def _sheet(content: bytes, sheet: str) -> bytes:
    """The markup of the sheet named `sheet` (empty when there is none)."""
    for found in _TABLE_NAME.finditer(content):
        if unescape(found.group(1).decode("utf-8", "replace"), {"&quot;": '"'}) == sheet:
            end = content.find(b"</table:table>", found.end())
            return content[found.end() : end if end >= 0 else len(content)]
    return b""


def _without_blank_end(body: bytes) -> bytes:
    """A row's markup without the empty cells it ends in (LibreOffice writes its
    formatted margin so)."""
    body = body.rstrip()
    while body.endswith(b"/>"):
        start = body.rfind(b"<")
        tag = body[start:]
        if not tag.startswith(_CELLS) or any(value in tag for value in _VALUE):
            break
        body = body[:start].rstrip()
    return body


def _width(body: bytes) -> int:
    """The columns a row's cells span up to its last filled cell (a cell that is
    not empty markup counts as filled)."""
    body = _without_blank_end(body)
    if b"columns-repeated" not in body:  # (most rows: each cell written out)
        return sum(body.count(cell) for cell in _CELLS)
    column = filled = 0
    for cell in _CELL.finditer(body):
        column += _repeat(_COLUMNS, cell.group(1))
        if not cell.group(2) or any(value in cell.group(1) for value in _VALUE):
            filled = column
    return filled


def filled_area(content: bytes, sheet: str) -> tuple[int, int]:
    """The rows and columns, from A1, that the filled cells of `sheet` span, repeats
    expanded.  The empty cells that end a row are taken out, and a row that then
    repeats nothing is measured by counting its cells (in C: a pattern over every
    cell took seconds for 100,000 rows)."""
    row = rows = columns = 0
    for piece in _sheet(content, sheet).split(_ROW_END):
        opened = piece.rfind(_ROW_START)
        if opened < 0:
            continue
        if piece.rstrip().endswith(b"/>"):  # (a formatted margin, most often)
            piece = _without_blank_end(piece)
        if b"repeated" not in piece:  # rows closed alone, then one row of its cells
            row += piece.count(_ROW_START)
            if width := sum(piece.count(cell) for cell in _CELLS):
                rows, columns = row, max(columns, width)
            continue
        if opened:  # (rows of no cells, closed alone, before this one)
            for closed in _CLOSED_ROW.finditer(piece, 0, opened):
                row += _repeat(_ROWS, closed.group(1))
        tag_end = piece.find(b">", opened)
        if piece[tag_end - 1 : tag_end] == b"/":  # (the sheet's last row, closed alone)
            row += _repeat(_ROWS, piece[opened:tag_end])
            continue
        repeat = _repeat(_ROWS, piece[opened:tag_end])
        if width := _width(piece[tag_end + 1 :]):
            rows, columns = row + repeat, max(columns, width)
        row += repeat
    return rows, columns


def check_ods(
    book: zipfile.ZipFile,
    name: str,
    pick: Callable[[list[str]], str],
    most: int,
    fix: str,
) -> None:
    """Refuse (InputError) an .ods whose chosen sheet's filled cells span more than
    `most` cells."""
    content = book.read("content.xml")
    if _BIG_REPEAT.search(content) is None:
        return  # every cell is written out: the file's own size bounds the area
    chosen = pick(sheet_names(content))
    rows, columns = filled_area(content, chosen)
    if rows * columns > most:
        raise InputError(
            f"{name}: sheet '{chosen}' spans {rows:,} rows by {columns:,} columns "
            f"({rows * columns:,} cells, repeated by the file's markup), more than the "
            f"{most:,} a sheet read may: {fix}"
        )
