"""An OpenDocument sheet's blank rows below its data, repeated by the million.

LibreOffice writes the formatted rows below a sheet's data as one element repeated
(`table:number-rows-repeated="1048570"`); python-calamine expands them, a 1 KB file
into gigabytes.  They hold nothing (blank rows below the data are dropped anyway), so
such a row is taken out of the file before calamine reads it.  Rows repeated between
orders stay: each is an `error` row, as a blank row between orders is.
"""

from __future__ import annotations

import io
import re
import zipfile

BLANK_ROWS_KEPT = 10_000  # fewer repeated blank rows cost nothing worth a rewrite
_REPEATED_ROW = re.compile(rb"<table:table-row\b[^>]*?\btable:number-rows-repeated=\"(\d{5,})\"")
_TAG = re.compile(rb"<[^>]*>")
_VALUES = (b"office:value=", b"date-value=", b"time-value=", b"boolean-value=", b"formula=")


def _blank(xml: bytes) -> bool:
    """Whether the cells in `xml` hold nothing: no text between the tags (an empty
    `<text:p/>` is nothing), no number, date or formula."""
    return not _TAG.sub(b"", xml).strip() and not any(value in xml for value in _VALUES)


def _blank_tail_row(content: bytes, start: int) -> int | None:
    """The end of the row element opening at `start` when it is blank and only blank
    rows follow it in its sheet, else None."""
    opened = content.index(b">", start)
    if content[opened - 1 : opened] == b"/":
        end = opened + 1
    else:
        end = content.find(b"</table:table-row>", opened)
        if end < 0:
            return None
        end += len(b"</table:table-row>")
    table_end = content.find(b"</table:table>", end)
    if table_end < 0 or not _blank(content[start:table_end]):
        return None
    return end


def without_blank_tail(data: bytes) -> bytes:
    """`data` (an .ods file) without the blank rows repeated more than
    `BLANK_ROWS_KEPT` times below the data of a sheet; `data` itself when it has none."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        content = book.read("content.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return data  # calamine says what is wrong with it
    cuts = []
    for found in _REPEATED_ROW.finditer(content):
        end = _blank_tail_row(content, found.start()) if int(found[1]) > BLANK_ROWS_KEPT else None
        if end is not None:
            cuts.append((found.start(), end))
    if not cuts:
        return data
    kept, start = [], 0
    for begin, end in cuts:
        kept.append(content[start:begin])
        start = end
    kept.append(content[start:])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as rewritten:
        for info in book.infolist():
            body = b"".join(kept) if info.filename == "content.xml" else book.read(info)
            rewritten.writestr(info, body)
    return out.getvalue()
