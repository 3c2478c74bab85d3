"""Reading a list file as its publisher wrote it, and telling its format from its content.

Publishers add bytes that are not data: Treasury's CSV files end with a lone 0x1A
(Ctrl-Z, the old DOS end-of-file marker) after the last CRLF, and many files end
with blank lines.  `read_list_text` drops both, so no importer ever sees them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

from screen.errors import ListFormatError
from screen.lists.quoting import quotes_closed, stray_quotes

Reader = Callable[[Path], bytes]  # a file's bytes (`FilesRead`: as read once)

FORMATS = ("ofac", "ofac-cons", "un", "csl", "dpl", "ftm", "simple")
# Everything after the last line of data that is only Ctrl-Z bytes, spaces and line
# breaks (a Ctrl-Z may also follow the last line directly, with no line break).
_TRAILER = re.compile(r"(?:(?<=\n)|\x1a)[\x1a\s]*\Z")
_DPL_COLUMNS = ("effective_date", "expiration_date", "standard_order", "fr_citation")


def strip_trailer(text: str) -> str:
    """`text` without a trailing end-of-file marker (0x1A) and blank trailing lines."""
    return _TRAILER.sub("", text)


def cut_short(error: ListFormatError, path: Path, text: str, data: bytes) -> ListFormatError:
    """`error`, saying the likely cause when the line it names is the last of the
    file (`text`, read from the bytes `data`) and the file does not end with a line
    end (or Ctrl-Z) as lists do: it was cut short, most often by a download."""
    found = re.match(rf"{re.escape(str(path))}:(\d+):", str(error))
    lines = text.count("\n") + (not text.endswith("\n"))
    if found is None or int(found.group(1)) < lines:
        return error
    if data.rstrip(b"\x00 \t")[-1:] in (b"\n", b"\r", b"\x1a"):  # NUL: UTF-16's
        return error
    return ListFormatError(
        f"{error}; this is the file's last line: the file seems cut short (an incomplete "
        "download?): download it again"
    )


def beside_files(path: Path) -> list[Path]:
    """The OFAC alternate-name and address files standing beside `path`, if any."""
    from screen.lists.ofac import LAYOUTS

    names = dict.fromkeys(n for layout in LAYOUTS.values() for n in (layout.alt, layout.add))
    return [path.with_name(n) for n in names if path.with_name(n).is_file()]


class FilesRead:
    """The bytes of a list file and of the files read beside it, each read once: the
    cache key hashes these bytes and the list is parsed from them, so a file replaced
    meanwhile (a new edition downloaded over it) is never stored under the key of
    other bytes, and the hash a run records is that of the bytes it screened."""

    def __init__(self, paths: list[Path]) -> None:
        self._data = {path: path.read_bytes() for path in paths}

    def __call__(self, path: Path) -> bytes:
        data = self._data.get(path)
        if data is None:  # (not there when the list was read: its key does not cover it)
            raise ListFormatError(
                f"{path}: appeared beside the list while it was being read: run again"
            )
        return data


def companion_text(path: Path, read: Reader = Path.read_bytes) -> str | None:
    """The text of a file read with a list (OFAC's alt.csv beside sdn.csv), None when
    there is none.  Refused when the name is there but is no readable file (a broken
    link, a folder), holds nothing (a download cut to nothing) or ends inside a
    quoted field: its names would be lost.  (No header is normal: Treasury writes none.)"""
    if not os.path.lexists(path):
        return None
    if not path.is_file():
        raise ListFormatError(
            f"{path}: stands beside the list but is not a readable file (a broken link, a "
            "folder?): the names in it would be lost; put the file back or remove its name"
        )
    text = read_list_text(path, read=read)
    if not text.strip():
        raise ListFormatError(
            f"{path}: stands beside the list but is empty (an incomplete download?): the "
            "names or addresses it should hold would be lost; download the list again, or "
            "remove the empty file to screen without it"
        )
    try:
        quotes_closed(path, text, ",")
        stray_quotes(path, text, ",", multiline=True)
    except ListFormatError as exc:
        raise cut_short(exc, path, text, read(path)) from None
    return text


# Files a download or a mail gateway may give instead of the list itself, by their
# first bytes: read as text they are garbage, and "name the format" is no fix.
_CONTAINERS = (
    (b"\x1f\x8b", "a gzip archive: unpack it (gunzip) and pass the list file inside"),
    (b"PK\x03\x04", "a ZIP archive (or a workbook): unpack it and pass the list file "
     "inside; a workbook: save the sheet as CSV UTF-8"),
    (b"PK\x05\x06", "an empty ZIP archive: download the list again"),
    (b"BZh", "a bzip2 archive: unpack it (bunzip2) and pass the list file inside"),
    (b"\xfd7zXZ\x00", "an xz archive: unpack it (unxz) and pass the list file inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: unpack it and pass the list file inside"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive: unpack it (unzstd) and pass the list file inside"),
    (b"\xd0\xcf\x11\xe0", "an Excel 97-2003 workbook: save the sheet as CSV UTF-8"),
    (b"%PDF-", "a PDF document: download the list in one of its data formats"),
)  # fmt: skip
_WEB_PAGE = re.compile(rb"\s*<(?:!doctype\s+html|html|head|body)[\s>]", re.I)


def refuse_containers(path: Path, data: bytes) -> None:
    """A ListFormatError when `data` (the bytes of the list file `path`) is an
    archive, a workbook, a PDF or a web page, or holds nothing."""
    for magic, what in _CONTAINERS:
        if data.startswith(magic):
            raise ListFormatError(f"{path}: not a list file but {what}")
    if _WEB_PAGE.match(data.removeprefix(b"\xef\xbb\xbf")[:512]):
        raise ListFormatError(
            f"{path}: not a list file but a web page (HTML): a download that got a page "
            "instead of the file? download the list again"
        )


def read_list_text(path: Path, main: bool = False, read: Reader = Path.read_bytes) -> str:
    """The text of the list file `path` (its bytes as `read` gives them), decoded
    strictly (`decoding.py`); the `main` file of a list (not a file read beside it)
    may not be empty."""
    from screen.lists.decoding import decode_list

    data = read(path)
    refuse_containers(path, data)
    text = strip_trailer(decode_list(path, data).lstrip("\ufeff"))
    if main and not text.strip():
        raise ListFormatError(
            f"{path}: the file is empty (an incomplete download?): download the list again"
        )
    return text


def _ofac_layout(path: Path, fields: list[str]) -> str:
    """ofac or ofac-cons for a file in OFAC's headerless CSV layout; the SDN and the
    consolidated (non-SDN) files share the layout, and Treasury names the latter
    cons_*.csv; a file renamed (an archived edition) is the one whose alias file
    (alt.csv or cons_alt.csv) stands beside it."""
    consolidated = path.name.lower().startswith("cons_") or (
        path.name.lower() != "sdn.csv"  # renamed: the alias file beside it tells
        and path.with_name("cons_alt.csv").is_file()
        and not path.with_name("alt.csv").is_file()
    )
    if len(fields) in (5, 6):  # alternate names or addresses, not the main file
        kind = "alternate names" if len(fields) == 5 else "addresses"
        main = "cons_prim.csv" if consolidated else "sdn.csv"
        raise ListFormatError(
            f"{path}: this is an OFAC file of {kind} ({len(fields)} fields a line); "
            f"pass {main} instead (the alternate-name and address files beside it are read "
            "with it)"
        )
    return "ofac-cons" if consolidated else "ofac"


def _first_line_fields(line: str, delimiter: str) -> list[str]:
    import csv

    return next(csv.reader([line], delimiter=delimiter), [])


def detect_format(path: Path, text: str) -> str:
    """One of FORMATS, from the file's content."""
    head = text.lstrip()[:4000]
    if head.startswith("<"):
        return "un"
    # Lines end at CR or LF only: JSON strings may hold U+2028, U+2029 and U+0085
    # unescaped, which str.splitlines() would take for line ends.
    first = re.split(r"[\r\n]", head, maxsplit=1)[0].strip()
    if first.startswith("{"):
        try:  # the whole first line: an entity with many names runs past the head
            record = json.loads(text.lstrip().partition("\n")[0])
        except (ValueError, RecursionError):
            record = None
        if isinstance(record, dict) and {"schema", "properties"} <= record.keys():
            return "ftm"
    if "\t" in first:
        columns = [c.strip().lower() for c in _first_line_fields(first, "\t")]
        if "name" in columns and any(c in columns for c in _DPL_COLUMNS):
            return "dpl"
    fields = _first_line_fields(first, ",")
    columns = [c.strip().lower() for c in fields]
    if "source" in columns and "name" in columns:
        return "csl"
    if columns[:2] == ["id", "name"]:
        return "simple"
    if columns and columns[0].isdigit():
        return _ofac_layout(path, fields)
    raise ListFormatError(
        f"{path}: cannot tell the list format; name it with --list-format ({', '.join(FORMATS)})"
    )


# Where a format says when the file was made: the UN XML's dateGenerated; in an
# OpenSanctions export, the newest `last_seen` (the day the export last saw its source).
_PUBLISHED = {
    "un": re.compile(r"""dateGenerated\s*=\s*["'](\d{4}-\d\d-\d\d)"""),
    "ftm": re.compile(r'"last_seen"\s*:\s*"(\d{4}-\d\d-\d\d)'),
}


def published_date(fmt: str, text: str) -> dt.date | None:
    """The publication date the file states, if its format has one."""
    pattern = _PUBLISHED.get(fmt)
    if pattern is None:
        return None
    head = text[:4000] if fmt == "un" else text
    dates = []
    for found in pattern.findall(head):
        try:
            dates.append(dt.date.fromisoformat(found))
        except ValueError:
            continue
    return max(dates, default=None)
