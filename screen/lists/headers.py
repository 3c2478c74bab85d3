"""The header of a list published as CSV (the Consolidated Screening List, the Denied
Persons List), read as its importers need it: each column's name without the spaces
around it, and each once.

A header cell with a space after its name ("alt_names ") was no column the importer
looked up, and a column given twice was read as its last (a second, empty alt_names
column an export tool appended): either way a whole column of names was lost and
listed parties came out clear without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from screen.errors import ListFormatError


class Reader(Protocol):
    """A csv.reader: rows, and the line it has read to."""

    def __iter__(self) -> Iterator[list[str]]: ...
    def __next__(self) -> list[str]: ...
    @property
    def line_num(self) -> int: ...


def header_of(path: Path, reader: Reader) -> list[str]:
    """The first row of `reader` (`csv.reader` over the list file `path`), each name
    stripped; a ListFormatError naming a column given twice."""
    header = [name.strip() for name in next(reader, [])]
    seen: dict[str, int] = {}
    for number, name in enumerate(header, 1):
        key = name.lower()
        if key and key in seen:
            raise ListFormatError(
                f"{path}:1: column '{name}' is given twice (columns {seen[key]} and {number}): "
                "which one holds the data cannot be told, so the list is refused; remove one "
                "or download the list again"
            )
        seen[key] = number
    return header


def rows_of(
    path: Path, reader: Reader, header: list[str], more: str
) -> Iterator[tuple[int, dict[str, str], bool]]:
    """(line, cells by column, whether the row has fewer fields than the header) for
    each row after the header; a row of more fields is a ListFormatError (`more`
    says what to check).  Blank lines are passed over, as csv.DictReader does."""
    for cells in reader:
        if not cells:
            continue
        line = reader.line_num
        if len(cells) > len(header):
            raise ListFormatError(f"{path}:{line}: more fields than the header has{more}")
        yield line, dict(zip(header, cells, strict=False)), len(cells) < len(header)
