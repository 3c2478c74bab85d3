"""Open an order file of any kind: CSV/TSV text in any encoding, or a workbook
(.xlsx, .xlsm, .xlsb, .xls, .ods), told apart by content rather than by name."""

from __future__ import annotations

import codecs
import contextlib
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from screen.errors import InputError
from screen.io.excel import SheetFile, read_workbook
from screen.io.orders import OrderFile, readable_input, standard_input
from screen.io.replay import Replay

OrderSource = OrderFile | SheetFile
_HEAD_BYTES = 512  # enough for the ZIP and OLE2 signatures and an ODS mimetype
# A page of markup: an ERP's "Excel export" that is an HTML table named .xls, a web
# page saved, an XML spreadsheet (Excel 2003).  Its first line is a tag, which no order
# file's header is; read as CSV it is one header row of tags and "no orders".
_MARKUP = re.compile(r"\s*<(?:(!doctype\s+html|html|table|head|body|meta)|(\?xml))[\s>]", re.I)


def _markup(head: bytes) -> str | None:
    """What kind of markup file starts with `head` ("an HTML page"), or None."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, errors="replace")
            break
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    found = _MARKUP.match(text)
    if found is None:
        return None
    return "an HTML page" if found.group(1) else "an XML file"


def _open(
    raw: BinaryIO, name: str, encoding: str | None, delimiter: str | None, sheet: str | None
) -> OrderSource:
    head = raw.read(_HEAD_BYTES)
    book = read_workbook(raw, head, name, sheet)
    if book is not None:
        if encoding or delimiter:
            raise InputError(
                f"{name} is a {book.kind} workbook: --encoding and --delimiter are for CSV files"
            )
        return book
    markup = _markup(head)
    if markup:
        raise InputError(
            f"{name} is {markup}, not a workbook or a CSV file: open it in Excel (or the "
            "program that wrote it) and save it as .xlsx or CSV"
        )
    if sheet is not None:
        raise InputError(f"--sheet is for workbooks (.xlsx, .xls, .ods); {name} is a text file")
    order_file = OrderFile(io.BufferedReader(Replay(head, raw)), name, encoding, delimiter)
    order_file.raw = raw  # the file itself: its position is the bytes read so far
    return order_file


@contextlib.contextmanager
def open_order_source(
    path: str, encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None
) -> Iterator[OrderSource]:
    """Open an order file or workbook, or standard input for '-'."""
    if path == "-":
        yield _open(standard_input(), "standard input", encoding, delimiter, sheet)
        return
    file = readable_input(path)
    with file.open("rb") as raw:
        yield _open(raw, path, encoding, delimiter, sheet)
