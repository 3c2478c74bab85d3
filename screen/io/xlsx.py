"""`screen batch --format xlsx`: a workbook reviewers open in Excel.

Sheet "Screened" holds every input row in order with the result columns (as the CSV
output), review rows filled yellow, blocked rows red and error rows grey; sheet
"Hits" lists every hit (row, status, rule, level, kind, field, input, matched,
score, title).  Written with XlsxWriter (the `excel` extra) in constant-memory mode,
under a temporary name renamed into place at the end.  XlsxWriter orders the sheets as
they are added, and cannot move one, so the hits are kept in a temporary file while the
rows are written and put on "Hits" once the last row is: "Screened", its continuations,
then "Hits" and its own.  Cells are written as text,
never as formulas, so nothing in the input can run in Excel.

Nothing is dropped at Excel's sheet limits (XlsxWriter ignores a cell written past
them): rows beyond a sheet's 1,048,576 continue on "Screened (2)", "Hits (2)" and so
on, the header repeated, and `notes()` says so; an input too wide for a sheet with
the result columns is refused before anything is screened (`refuse_too_wide`).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from screen.errors import InputError
from screen.io.output import WRITE_FAILURES, check_output, open_binary_output, write_failure
from screen.io.writers import Outcome, output_header, printable, summary_cells
from screen.models import Hit, Status

FILLS = {Status.REVIEW: "#FFEB9C", Status.BLOCKED: "#FFC7CE", Status.ERROR: "#D9D9D9"}
HIT_COLUMNS = ("row", "status", "rule_id", "level", "kind", "field", "input", "matched", "score",
               "title")  # fmt: skip
MAX_CELL = 32_767  # Excel's limit on the characters of one cell
# Excel's limits on one sheet (XlsxWriter ignores a cell written past them): the rows,
# the header row included, and the columns.  Module constants, so a test can lower them.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384


def _text(value: str) -> str:
    return printable(value)[:MAX_CELL]


def _cut(values: list[str]) -> int:
    """How many of `values` an Excel cell cannot hold whole (`printable` keeps lengths)."""
    return sum(len(v) > MAX_CELL for v in values)


def refuse_too_wide(header: list[str], run_id: bool, name: str) -> None:
    """InputError when the input columns of `name` and the result columns (with
    `run_id`) do not fit on one sheet: the verdict columns would be the ones lost."""
    width = len(output_header(header, run_id))
    if width > MAX_COLUMNS:
        raise InputError(
            f"{name} has {len(header):,} columns; with the result columns (status, rule_ids, "
            f"matched, score, reason{', run_id' if run_id else ''}) that is {width:,}, more "
            f"than the {MAX_COLUMNS:,} columns an Excel sheet holds: use --format csv (or "
            "jsonl), which keeps every column"
        )


class _Pages:
    """One sheet of the output and the sheets that continue it: "Screened", then
    "Screened (2)", ... each with the header repeated, a new one whenever a sheet is
    full (MAX_ROWS rows, the header included)."""

    def __init__(self, book: Any, name: str, header: list[Any], bold: Any) -> None:
        self.book, self.name, self.header, self.bold = book, name, header, bold
        self.names: list[str] = []
        self.sheet: Any = None
        self.row = MAX_ROWS - 1  # none yet: the first `put` opens the first sheet

    def open(self) -> None:
        """Add the next sheet of this series, with its header."""
        name = self.name if not self.names else f"{self.name} ({len(self.names) + 1})"
        self.sheet = self.book.add_worksheet(name)
        self.names.append(name)
        _put(self.sheet, 0, self.header, self.bold)
        self.sheet.freeze_panes(1, 0)
        self.row = 0

    def put(self, values: list[Any], fmt: Any = None) -> None:
        """Write one row below the last, on a new sheet when this one is full."""
        if self.row >= MAX_ROWS - 1:
            self.open()
        self.row += 1
        _put(self.sheet, self.row, values, fmt)

    def note(self, what: str) -> str | None:
        """What a reader must be told when the rows did not fit on one sheet."""
        if len(self.names) < 2:
            return None
        more = ", ".join(f"'{n}'" for n in self.names[1:])
        return (
            f"the {what} do not fit on one sheet (Excel holds {MAX_ROWS - 1:,} below the "
            f"header): sheet '{self.name}' continues on {more}, with the header repeated"
        )


def _put(sheet: Any, row: int, values: list[Any], fmt: Any = None) -> None:
    for col, value in enumerate(values):
        if isinstance(value, str):
            sheet.write_string(row, col, value, fmt)
        else:
            sheet.write_number(row, col, value, fmt)


class XlsxWriter:
    """A `Writer` over an open XlsxWriter workbook."""

    def __init__(self, book: Any, header: list[str], run_id: int | None, spool: IO[str]) -> None:
        refuse_too_wide(header, run_id is not None, "the input")  # `batch` checked first
        self.header = header
        self.width = len(header)
        self.run_id = run_id
        bold = book.add_format({"bold": True})
        names = output_header(header, run_id is not None)
        self.rows = _Pages(book, "Screened", [_text(h) for h in names], bold)
        self.hits = _Pages(book, "Hits", list(HIT_COLUMNS), bold)
        self.formats = {s: book.add_format({"bg_color": c}) for s, c in FILLS.items()}
        self.cut = _cut(names)  # cells cut short at Excel's MAX_CELL characters
        self.spool = spool  # the hits, a JSON array a line, until the rows are written

    def write_header(self) -> None:
        self.rows.open()

    def write_hits(self) -> None:
        """The hits kept while the rows were written, on "Hits" after the last
        "Screened" sheet (an empty "Hits" when there are none)."""
        self.hits.open()
        self.spool.seek(0)
        for line in self.spool:
            self.hits.put(json.loads(line))

    def _tail(self) -> list[Any]:
        return [] if self.run_id is None else [self.run_id]

    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        self.cut += _cut(cells)
        self.rows.put([_text(c) for c in cells] + ["clear", "", "", "", "", *self._tail()])

    def write(self, outcome: Outcome) -> None:
        cells = outcome.cells[: self.width] + [""] * (self.width - len(outcome.cells))
        status, rule_ids, matched, score, reason = summary_cells(outcome)
        self.cut += _cut([*cells, rule_ids, matched, reason])
        values: list[Any] = [_text(c) for c in cells]
        values += [status, _text(rule_ids), _text(matched), float(score) if score else "",
                   _text(reason), *self._tail()]  # fmt: skip
        self.rows.put(values, self.formats.get(outcome.status))
        for hit in outcome.hits:
            self._write_hit(outcome.number, outcome.status, hit)

    def finish(self) -> None:
        """Nothing kept back: the workbook is closed by `xlsx_output`."""

    def notes(self) -> list[str]:
        """What the user must be told about the workbook: sheets continued, cells cut."""
        found = [self.rows.note("rows"), self.hits.note("hits")]
        if self.cut:
            found.append(
                f"{self.cut:,} cell(s) longer than the {MAX_CELL:,} characters an Excel cell "
                "holds were cut short there: use --format csv (or jsonl) for their whole text"
            )
        return [n for n in found if n is not None]

    def _write_hit(self, number: int, status: Status, hit: Hit) -> None:
        self.cut += _cut([hit.query, hit.matched, hit.title])
        values: list[Any] = [number, status.value, hit.rule_id, hit.level.value, hit.kind.value,
                             hit.field, _text(hit.query), _text(hit.matched), hit.score,
                             _text(hit.title)]  # fmt: skip
        self.spool.write(json.dumps(values) + "\n")  # (ASCII: a lone surrogate kept as read)


@contextlib.contextmanager
def xlsx_output(path: str | None, header: list[str], run_id: int | None) -> Iterator[XlsxWriter]:
    """An `XlsxWriter` whose workbook lands at `path` only when the block completes."""
    if path is None or path == "-":
        raise InputError("--format xlsx writes a workbook: give -o FILE.xlsx")
    try:
        import xlsxwriter
    except ImportError:
        raise InputError(
            "--format xlsx needs the excel extra: pip install 'screen[excel]'"
        ) from None
    check_output(path)
    # Built in a temporary folder, then handed to `open_binary_output`, which puts
    # it in place the way every output is (a device or FIFO is written, not replaced).
    with tempfile.TemporaryDirectory(prefix="screen-xlsx-") as folder:
        temp = Path(folder) / "book.xlsx"
        with _building(path, Path(folder).parent):
            options = {"constant_memory": True, "strings_to_formulas": False, "tmpdir": folder}
            book = xlsxwriter.Workbook(str(temp), options)  # (its sheets' files in `folder`)
            with (Path(folder) / "hits.jsonl").open("w+", encoding="utf-8") as spool:
                writer = XlsxWriter(book, header, run_id, spool)
                yield writer
                writer.write_hits()
            book.close()
        with temp.open("rb") as source, open_binary_output(path) as sink:
            shutil.copyfileobj(source, sink, 1 << 20)


@contextlib.contextmanager
def _building(path: str, folder: Path) -> Iterator[None]:
    """A full disk or a file-size limit while the workbook is built in the temporary
    folder (its sheets as XlsxWriter writes them, the hits, the file it zips) as one
    OutputError naming both, as `open_output` says it of any output."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        yield
    except (OSError, FileCreateError) as exc:
        found = exc if isinstance(exc, OSError) else exc.__cause__ or exc.__context__
        if not isinstance(found, OSError) or found.errno not in WRITE_FAILURES:
            raise
        raise write_failure(
            f"{path} (built first in the temporary folder {folder})", found
        ) from None
