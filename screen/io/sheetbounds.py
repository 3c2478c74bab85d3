"""What a workbook may make its reader allocate, checked before python-calamine opens it.

calamine allocates what a file declares: every cell of the area between a sheet's
first and last cell (32 bytes a cell: "A1" and "XFD1048576" are 549 GB), and each
shared string whole.  Its allocation failures abort the process (no exception), so
a small hostile file must be refused before: the parts' sizes unzipped as the ZIP
declares them, the sheet's area from its cell references (read as bytes, a chunk
at a time), and the longest run of text a string of the sheet or of its shared
strings holds.  A workbook past a bound is refused (exit 2) saying which and how
to read its orders.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from typing import IO

from defusedxml import ElementTree

from screen.errors import InputError
from screen.io.binbounds import check_xlsb
from screen.io.odsbounds import check_ods
from screen.io.sheetcells import sheet_names, sheet_part

MAX_UNZIPPED = 1 << 30  # bytes a workbook's parts may hold unzipped, all together
MAX_CELLS = 20_000_000  # the area of a sheet (rows by columns) a read may span
MAX_TEXT = 1 << 20  # bytes of text without markup (a cell holds 10,000 characters)
_CHUNK = 1 << 20
_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d{1,12})"')
_COLUMNS = {  # cell references by their column's letters
    n: re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{%d})\d' % n) for n in (3, 2, 1)
}
_PLAIN = {n: re.compile(rb'<c r="([A-Z]{%d})\d' % n) for n in (3, 2)}
_ODD_CELL = re.compile(rb'<c(?:>|/>|\s(?!r="))')  # a cell not as Excel writes it
_ODD_ROW = re.compile(rb'<row(?:>|/>|\s(?!r="))')
_PREFIXED = re.compile(rb"<\w+:worksheet\b")
_ROW_PLAIN = re.compile(rb'<row r="(\d{1,12})"')
_LATER = [re.compile(rb'<c r="([%c-Z])\d' % (65 + k)) for k in range(26)]
_LEAST = {3: 1 << 30, 2: 703, 1: 27}  # the first column of one letter more
_OVERLAP = 64
FIX = "save the orders as CSV UTF-8, or copy them alone to a new workbook"


def check_workbook(book: zipfile.ZipFile, name: str, pick: Callable[[list[str]], str]) -> None:
    """Refuse (InputError) an xlsx workbook whose chosen sheet (`pick` of its sheet
    names) or shared strings would make calamine allocate past the bounds."""
    infos = book.infolist()
    unzipped = sum(info.file_size for info in infos)
    if unzipped > MAX_UNZIPPED:
        raise InputError(
            f"{name}: the workbook's parts hold {unzipped:,} bytes unzipped, more than the "
            f"{MAX_UNZIPPED:,} a workbook may: {FIX}"
        )
    parts = {info.filename for info in infos}
    if "xl/workbook.xml" not in parts and "content.xml" in parts:  # an OpenDocument sheet
        with book.open("content.xml") as stream:
            _text_runs(stream, name, "a cell of the workbook")
        check_ods(book, name, pick, MAX_CELLS, FIX)
        return
    if "xl/workbook.xml" not in parts:  # an .xlsb: binary parts
        check_xlsb(book, name, MAX_CELLS, MAX_TEXT, FIX)
        return
    try:
        chosen = pick(sheet_names(book))
        part = sheet_part(book, chosen)
    except (KeyError, ElementTree.ParseError):
        return  # calamine says what is wrong with it
    for shared in ("xl/sharedStrings.xml", "xl/sharedstrings.xml"):
        if shared in parts:
            with book.open(shared) as stream:
                _text_runs(stream, name, "a shared string")
    if part is None or part not in parts:
        return
    with book.open(part) as stream:
        rows, columns = _area(stream, name, chosen)
    if rows * columns > MAX_CELLS:
        raise InputError(
            f"{name}: sheet '{chosen}' spans {rows:,} rows by {columns:,} columns "
            f"({rows * columns:,} cells), more than the {MAX_CELLS:,} a sheet read may: {FIX}"
        )


def _text_runs(stream: IO[bytes], name: str, what: str) -> None:
    """Refuse a part holding a run of text of `MAX_TEXT` bytes or more."""
    carried = b""  # the text run the chunk before ended in
    while chunk := stream.read(_CHUNK):
        carried = _carried(carried + chunk, name, what)


def _carried(text: bytes, name: str, what: str) -> bytes:
    """The run of text `text` ends in (carried into the next chunk), refusing a run
    of `MAX_TEXT` bytes or more."""
    if _long_text(text):
        raise InputError(
            f"{name}: {what} holds more than {MAX_TEXT:,} bytes of text, and a cell "
            f"holds at most 10,000 characters: {FIX}"
        )
    return text[text.rfind(b"<") + 1 :]


def _long_text(text: bytes) -> bool:
    """Whether `text` holds a run of `MAX_TEXT` bytes without markup: such a run
    holds a whole block of half that size, aligned, so only the blocks without a
    "<" (found in C) are measured."""
    half = MAX_TEXT // 2
    for at in range(0, len(text) - half + 1, half):
        if text.find(b"<", at, at + half) < 0:
            end = text.find(b"<", at)
            if (len(text) if end < 0 else end) - text.rfind(b"<", 0, at) - 1 >= MAX_TEXT:
                return True
    return False


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _area(stream: IO[bytes], name: str, sheet: str) -> tuple[int, int]:
    """The most rows and columns a sheet's cells span, counted from A1 (its declared
    `dimension` is not read: calamine allocates what the cells span); refusing a
    run of text past `MAX_TEXT` on the way."""
    rows, columns = 0, 0
    carried = tail = b""
    prefixed = None  # whether the elements are written with a namespace prefix
    while chunk := stream.read(_CHUNK):
        carried = _carried(carried + chunk, name, f"a cell of sheet '{sheet}'")
        window = tail + chunk  # (a reference cut by the chunk's end is whole here)
        tail = chunk[-_OVERLAP:]
        if prefixed is None:
            prefixed = _PREFIXED.search(window) is not None
        # references as Excel and most writers put them (r first, no prefix) are read
        # by the quick patterns; any other cell or row by the general ones
        plain = not prefixed and _ODD_CELL.search(window) is None
        plain = plain and _ODD_ROW.search(window) is None
        found_rows = (_ROW_PLAIN if plain else _ROW).findall(window)
        if found_rows:
            rows = max(rows, *map(int, found_rows))
        columns = _widest(window, columns, plain)
    return rows, columns


def _widest(window: bytes, columns: int, plain: bool) -> int:
    """The greater of `columns` and the last column a reference in `window` names.
    References of more letters name later columns; among those of one letter the
    quick way asks only for a later letter than the last found (a scan in C each)."""
    for width in (3, 2):
        if columns < _LEAST[width]:
            found = (_PLAIN if plain else _COLUMNS)[width].findall(window)
            if found:  # (of one width: the last as text is the last column)
                return max(columns, _column(max(found)))
    if columns >= _LEAST[1]:
        return columns
    if not plain:
        found = _COLUMNS[1].findall(window)
        return max(columns, _column(max(found))) if found else columns
    while columns < 26:
        later = _LATER[columns].search(window)  # (a letter after the last found)
        if later is None:
            break
        columns = later.group(1)[0] - 64
    return columns
