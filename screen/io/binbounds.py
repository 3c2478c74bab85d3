"""What a binary workbook (.xls, .xlsb) may make calamine allocate, checked before it
is opened (`sheetbounds.py` does the same for the XML ones).

calamine gives a sheet the area between its first and last cell (32 bytes a cell),
and an allocation that fails aborts the process (no exception).  An .xls stores a
column as 16 bits, which calamine takes as they are (Excel stops at 256): a 6 KB
.xls with one cell at A1 and one at row 65,536, column 65,536 asked for 137 GB
when the workbook was opened (calamine reads every sheet of an .xls at once).  An
.xlsb stores rows and columns as 32 bits, and its sheets are zipped.  So the cells
of every sheet are read here, record by record, and a sheet spanning more than a
read may is refused, as is a record of an .xlsb longer than a cell's text could
make it (`MAX_TEXT`).
"""

from __future__ import annotations

import contextlib
import re
import struct
import zipfile
from collections.abc import Iterator

from defusedxml import ElementTree

from screen.errors import InputError

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE  # the end of a sector chain
_STREAMS = ("workbook", "book")  # an .xls's stream of records (BIFF8; BIFF5)
# BIFF records whose first four bytes are a cell's row and column (FORMULA, NUMBER,
# LABEL, LABELSST, RK, BLANK, BOOLERR, RSTRING; BIFF3 and BIFF4 formulas)
_BIFF_CELLS = frozenset({0x0006, 0x0203, 0x0204, 0x00FD, 0x027E, 0x0201, 0x0205, 0x00D6})
_BIFF_CELLS |= {0x0206, 0x0406}
_BIFF_SPANS = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first column .. last
_BOF = {0x0809, 0x0409, 0x0209, 0x0009}
_BOUNDSHEET = 0x0085
_XLSB_SHEET = re.compile(r"xl/worksheets/[^/]+\.bin", re.I)
_XLSB_ROW = 0x0000  # BrtRowHdr: its row, for the cells after it
_XLSB_CELLS = frozenset(range(2, 11))  # the BrtCell* and BrtFmla* calamine reads: column first


class _Damaged(ValueError):
    """The compound file cannot be followed (a chain out of range or in a loop)."""


def _stream(data: bytes) -> bytes:
    """The bytes of the workbook stream of the compound (OLE2) file `data`."""
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if not 7 <= shift <= 16 or not 2 <= mini_shift < shift:
        raise _Damaged("sector size")
    size = 1 << shift
    sectors = max(0, -(-(len(data) - 512) // size))  # (a last sector may be cut short)

    def sector(number: int) -> bytes:
        if number >= sectors:
            raise _Damaged("a sector past the end")
        start = 512 + number * size
        return data[start : start + size].ljust(size, b"\0")

    def chain(first: int, table: list[int]) -> Iterator[int]:
        seen = 0
        while first != _END:
            if first >= len(table) or seen > len(table):
                raise _Damaged("a chain out of range or in a loop")
            yield first
            first, seen = table[first], seen + 1

    fat_sectors = list(struct.unpack_from("<109I", data, 76))
    difat, count = struct.unpack_from("<II", data, 68)
    for _ in range(min(count, sectors)):
        if difat >= sectors:
            break
        listed = struct.unpack(f"<{size // 4}I", sector(difat))
        fat_sectors += listed[:-1]
        difat = listed[-1]
    fat: list[int] = []
    for number in fat_sectors:
        if number < sectors:
            fat += struct.unpack(f"<{size // 4}I", sector(number))
    directory = b"".join(sector(n) for n in chain(struct.unpack_from("<I", data, 48)[0], fat))
    entries = [directory[at : at + 128] for at in range(0, len(directory) - 127, 128)]
    if not entries:
        raise _Damaged("no directory")
    cutoff = struct.unpack_from("<I", data, 56)[0]
    for entry in entries:
        length = min(struct.unpack_from("<H", entry, 64)[0], 64)
        name = entry[: max(0, length - 2)].decode("utf-16-le", "replace").lower()
        if entry[66] != 2 or name not in _STREAMS:
            continue
        start, wanted = struct.unpack_from("<IQ", entry, 116)
        if shift == 9:  # (version 3 files: the size's high half may be junk)
            wanted &= 0xFFFFFFFF
        if wanted >= cutoff:
            return b"".join(sector(n) for n in chain(start, fat))[:wanted]
        mini_fat: list[int] = []
        for number in chain(struct.unpack_from("<I", data, 60)[0], fat):
            mini_fat += struct.unpack(f"<{size // 4}I", sector(number))
        root_start = struct.unpack_from("<I", entries[0], 116)[0]
        container = b"".join(sector(n) for n in chain(root_start, fat))
        mini = 1 << mini_shift
        parts = (container[n * mini : (n + 1) * mini] for n in chain(start, mini_fat))
        return b"".join(parts)[:wanted]
    raise _Damaged("no workbook stream")


def _biff_areas(stream: bytes) -> Iterator[tuple[int, int, int]]:
    """(offset of the sheet's BOF, rows, columns) of each substream of BIFF records."""
    at, start, rows, columns = 0, 0, 0, 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        body = stream[at + 4 : at + 4 + length]
        if kind in _BOF:
            if rows:
                yield start, rows, columns
            start, rows, columns = at, 0, 0
        elif kind in _BIFF_CELLS and len(body) >= 4:
            row, column = struct.unpack_from("<HH", body)
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        elif kind in _BIFF_SPANS and len(body) >= 6:
            row, first = struct.unpack_from("<HH", body)
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, first + 1, last + 1)
        at += 4 + length
    if rows:
        yield start, rows, columns


def _sheet_names(stream: bytes) -> dict[int, str]:
    """The sheets' names by the offset of their BOF (BOUNDSHEET records)."""
    names: dict[int, str] = {}
    at = 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        body = stream[at + 4 : at + 4 + length]
        if kind == _BOUNDSHEET and len(body) >= 8:
            count, wide = body[6], body[7] & 1
            text = body[8 : 8 + count * (2 if wide else 1)]
            names[struct.unpack_from("<I", body)[0]] = text.decode(
                "utf-16-le" if wide else "latin-1", "replace"
            )
        at += 4 + length
    return names


def check_xls(data: bytes, name: str, max_cells: int, fix: str) -> None:
    """Refuse (InputError) an .xls a sheet of which spans more than `max_cells`, or
    whose records cannot be followed (calamine would follow them its own way)."""
    try:
        stream = _stream(data) if data.startswith(_CFB_MAGIC) else b""
    except (_Damaged, struct.error):
        raise InputError(
            f"{name}: the workbook's compound file is damaged (its sectors cannot be "
            f"followed): {fix}"
        ) from None
    names = _sheet_names(stream)
    for start, rows, columns in _biff_areas(stream):
        if rows * columns > max_cells:
            sheet = names.get(start, "?")
            raise InputError(
                f"{name}: sheet '{sheet}' spans {rows:,} rows by {columns:,} columns "
                f"({rows * columns:,} cells), more than the {max_cells:,} a sheet read may: {fix}"
            )


def _varint(data: bytes, at: int, most: int) -> tuple[int, int]:
    value = shift = 0
    for _ in range(most):
        if at >= len(data):
            raise struct.error("a record cut short")
        byte = data[at]
        value, at, shift = value | (byte & 0x7F) << shift, at + 1, shift + 7
        if not byte & 0x80:
            break
    return value, at


def _xlsb_area(data: bytes, name: str, max_text: int, fix: str) -> tuple[int, int]:
    """The rows and columns the cells of an .xlsb sheet part span, from A1 (up to a
    record cut short: calamine may read the cells before it)."""
    at, row, rows, columns = 0, 0, 0, 0
    with contextlib.suppress(struct.error):
        while at < len(data):
            kind, at = _varint(data, at, 2)
            length, at = _varint(data, at, 4)
            if length > max_text:
                raise InputError(
                    f"{name}: a record of the workbook holds {length:,} bytes, more than "
                    f"the {max_text:,} a cell's text may: {fix}"
                )
            if kind == _XLSB_ROW and length >= 4:
                row = struct.unpack_from("<I", data, at)[0]
            elif kind in _XLSB_CELLS and length >= 4:
                rows = max(rows, row + 1)
                columns = max(columns, struct.unpack_from("<I", data, at)[0] + 1)
            at += length
    return rows, columns


def _xlsb_parts(book: zipfile.ZipFile) -> list[str]:
    """The parts calamine may read as a sheet or its strings: whatever the workbook's
    relationships name (it follows them whatever their type), the sheets where Excel
    puts them, and the shared strings."""
    targets: list[str] = []
    with contextlib.suppress(KeyError, ElementTree.ParseError):
        rels = ElementTree.fromstring(book.read("xl/_rels/workbook.bin.rels"))
        targets = [e.get("Target", "") for e in rels.iter() if e.tag.endswith("Relationship")]
    named = {t[1:] if t.startswith("/") else f"xl/{t}" for t in targets}
    return [
        part
        for part in book.namelist()
        if part in named or _XLSB_SHEET.fullmatch(part) or part == "xl/sharedStrings.bin"
    ]


def check_xlsb(book: zipfile.ZipFile, name: str, max_cells: int, max_text: int, fix: str) -> None:
    """Refuse (InputError) an .xlsb a sheet of which spans more than `max_cells`, or
    a part of which holds a record longer than `max_text` (parts' sizes unzipped
    are bounded before: they are read whole)."""
    for part in _xlsb_parts(book):
        if not part.lower().endswith(".bin"):
            continue
        rows, columns = _xlsb_area(book.read(part), name, max_text, fix)
        if rows * columns > max_cells:
            sheet = part.rsplit("/", 1)[-1]
            raise InputError(
                f"{name}: sheet part '{sheet}' spans {rows:,} rows by {columns:,} columns "
                f"({rows * columns:,} cells), more than the {max_cells:,} a sheet read may: {fix}"
            )
