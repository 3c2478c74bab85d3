"""Binary workbooks written record by record, as no library at hand writes them:
an .xls (BIFF8 records in an OLE2 compound file, the stream in ordinary sectors or
in the mini stream) and an .xlsb (BIFF12 records in a ZIP)."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

Cells = list[tuple[int, int, "str | float"]]
END, FREE, FAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def _biff(kind: int, body: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _bof(kind: int) -> bytes:
    return _biff(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 1996, 0, 6))


def xls_stream(cells: Cells, pad: int = 0, sheet: str = "Orders") -> bytes:
    """A workbook stream: globals (a padding record of `pad` bytes, the sheet's
    BOUNDSHEET, the shared strings) and one sheet of `cells`."""
    strings = sorted({v for _, _, v in cells if isinstance(v, str)})
    sst = struct.pack("<II", len(strings), len(strings))
    for text in strings:
        sst += struct.pack("<HB", len(text), 0) + text.encode("latin-1")
    body = _bof(0x10)
    for row, column, value in cells:
        if isinstance(value, str):
            body += _biff(0x00FD, struct.pack("<HHHI", row, column, 0, strings.index(value)))
        else:
            body += _biff(0x0203, struct.pack("<HHHd", row, column, 0, value))
    body += _biff(0x000A)
    name = sheet.encode("latin-1")

    def globals_(offset: int) -> bytes:
        head = _bof(0x05) + _biff(0x0042, struct.pack("<H", 1200))
        head += _biff(0x009C, bytes(pad)) if pad else b""
        head += _biff(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), 0) + name)
        return head + _biff(0x00FC, sst) + _biff(0x000A)

    return globals_(len(globals_(0))) + body


def _entry(name: str, kind: int, start: int, size: int, child: int = FREE) -> bytes:
    encoded = name.encode("utf-16-le") + b"\0\0" if name else b""
    out = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
    out += struct.pack("<III", FREE, FREE, child) + bytes(36)
    return out + struct.pack("<IQ", start, size)


def _chain(first: int, count: int) -> list[int]:
    return [first + i + 1 if i < count - 1 else END for i in range(count)]


def compound(stream: bytes) -> bytes:
    """An OLE2 file (512-byte sectors) holding `stream` as "Workbook": in the mini
    stream when it is under 4,096 bytes, as Excel keeps a small stream."""
    size = 512
    mini = len(stream) < 4096
    held = stream.ljust(-(-len(stream) // 64) * 64, b"\0") if mini else stream
    count = -(-len(held) // size)
    data = held.ljust(count * size, b"\0")
    fat = _chain(0, count)
    mini_fat_sector = FREE
    if mini:
        mini_fat_sector = len(fat)
        data += struct.pack("<128I", *(_chain(0, len(held) // 64) + [FREE] * 128)[:128])
        fat.append(END)
    directory_sector = len(fat)
    root = _entry("Root Entry", 5, 0 if mini else END, len(held) if mini else 0, child=1)
    book = _entry("Workbook", 2, 0, len(stream))
    data += root + book + _entry("", 0, 0, 0) + _entry("", 0, 0, 0)
    fat.append(END)
    fat.append(FAT_SECTOR)
    data += struct.pack("<128I", *(fat + [FREE] * 128)[:128])
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIII", 0, 1, directory_sector, 0, 4096)
    header += struct.pack("<IIII", mini_fat_sector, 1 if mini else 0, END, 0)
    header += struct.pack("<109I", len(fat) - 1, *[FREE] * 108)
    return header + data


def write_xls(path: Path, cells: Cells, pad: int = 0) -> Path:
    path.write_bytes(compound(xls_stream(cells, pad)))
    return path


def _varint(value: int) -> bytes:
    out = b""
    while True:
        low, value = value & 0x7F, value >> 7
        out += bytes([low | (0x80 if value else 0)])
        if not value:
            return out


def _record(kind: int, body: bytes = b"") -> bytes:
    return _varint(kind) + _varint(len(body)) + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def write_xlsb(path: Path, cells: Cells, part: str = "worksheets/sheet1.bin") -> Path:
    """An .xlsb of one sheet, `Orders`, kept at xl/`part`."""
    book = _record(0x83) + _record(0x8F)
    book += _record(0x9C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide("Orders"))
    book += _record(0x90) + _record(0x84)
    sheet = _record(0x81) + _record(0x94, struct.pack("<IIII", 0, 1, 0, 1)) + _record(0x91)
    rows: dict[int, list[tuple[int, str | float]]] = {}
    for row, column, value in cells:
        rows.setdefault(row, []).append((column, value))
    for row in sorted(rows):
        sheet += _record(0x00, struct.pack("<IIHBBBI", row, 0, 300, 0, 0, 0, 0))
        for column, value in rows[row]:
            if isinstance(value, str):
                sheet += _record(0x06, struct.pack("<II", column, 0) + _wide(value))
            else:
                sheet += _record(0x05, struct.pack("<IId", column, 0, value))
    sheet += _record(0x92) + _record(0x82)
    relations = "http://schemas.openxmlformats.org/package/2006/relationships"
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.'
            'macroEnabled.main"/><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/></Types>',
        )
        out.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{relations}"><Relationship Id="rId1" '
            f'Type="{kind}/officeDocument" Target="xl/workbook.bin"/></Relationships>',
        )
        out.writestr("xl/workbook.bin", book)
        out.writestr(
            "xl/_rels/workbook.bin.rels",
            f'<Relationships xmlns="{relations}"><Relationship Id="rId1" '
            f'Type="{kind}/worksheet" Target="{part}"/></Relationships>',
        )
        out.writestr(f"xl/{part}", sheet)
    return path
