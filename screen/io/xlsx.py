"""`screen batch --format xlsx`: a workbook reviewers open in Excel.

Sheet "Screened" holds every input row in order with the result columns (as the CSV
output), review rows filled yellow, blocked rows red and error rows grey; sheet
"Hits" lists every hit (row, status, rule, level, kind, field, input, matched,
score, title).  Written with XlsxWriter (the `excel` extra) in constant-memory mode,
under a temporary name renamed into place at the end.  Cells are written as text,
never as formulas, so nothing in the input can run in Excel.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from screen.errors import InputError
from screen.io.output import check_output, open_binary_output
from screen.io.writers import Outcome, output_header, printable, summary_cells
from screen.models import Hit, Status

FILLS = {Status.REVIEW: "#FFEB9C", Status.BLOCKED: "#FFC7CE", Status.ERROR: "#D9D9D9"}
HIT_COLUMNS = ("row", "status", "rule_id", "level", "kind", "field", "input", "matched", "score",
               "title")  # fmt: skip
MAX_CELL = 32_767  # Excel's limit on the characters of one cell


def _text(value: str) -> str:
    return printable(value)[:MAX_CELL]


class XlsxWriter:
    """A `Writer` over an open XlsxWriter workbook."""

    def __init__(self, book: Any, header: list[str], run_id: int | None = None) -> None:
        self.header = header
        self.width = len(header)
        self.run_id = run_id
        self.rows = book.add_worksheet("Screened")
        self.hits = book.add_worksheet("Hits")
        self.formats = {s: book.add_format({"bg_color": c}) for s, c in FILLS.items()}
        self.bold = book.add_format({"bold": True})
        self._row = 0
        self._hit = 0

    def write_header(self) -> None:
        names = output_header(self.header, self.run_id is not None)
        self._put(self.rows, 0, [_text(h) for h in names], self.bold)
        self._put(self.hits, 0, list(HIT_COLUMNS), self.bold)
        self.rows.freeze_panes(1, 0)
        self.hits.freeze_panes(1, 0)

    def _put(self, sheet: Any, row: int, values: list[Any], fmt: Any = None) -> None:
        for col, value in enumerate(values):
            if isinstance(value, str):
                sheet.write_string(row, col, value, fmt)
            else:
                sheet.write_number(row, col, value, fmt)

    def _tail(self) -> list[Any]:
        return [] if self.run_id is None else [self.run_id]

    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        self._row += 1
        row = [_text(c) for c in cells] + ["clear", "", "", "", "", *self._tail()]
        self._put(self.rows, self._row, row)

    def write(self, outcome: Outcome) -> None:
        cells = outcome.cells[: self.width] + [""] * (self.width - len(outcome.cells))
        status, rule_ids, matched, score, reason = summary_cells(outcome)
        values: list[Any] = [_text(c) for c in cells]
        values += [status, _text(rule_ids), _text(matched), float(score) if score else "",
                   _text(reason), *self._tail()]  # fmt: skip
        self._row += 1
        self._put(self.rows, self._row, values, self.formats.get(outcome.status))
        for hit in outcome.hits:
            self._write_hit(outcome.number, outcome.status, hit)

    def finish(self) -> None:
        """Nothing kept back: the workbook is closed by `xlsx_output`."""

    def _write_hit(self, number: int, status: Status, hit: Hit) -> None:
        self._hit += 1
        values: list[Any] = [number, status.value, hit.rule_id, hit.level.value, hit.kind.value,
                             hit.field, _text(hit.query), _text(hit.matched), hit.score,
                             _text(hit.title)]  # fmt: skip
        self._put(self.hits, self._hit, values)


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
        book = xlsxwriter.Workbook(
            str(temp), {"constant_memory": True, "strings_to_formulas": False}
        )
        yield XlsxWriter(book, header, run_id)
        book.close()
        with temp.open("rb") as source, open_binary_output(path) as sink:
            shutil.copyfileobj(source, sink, 1 << 20)
