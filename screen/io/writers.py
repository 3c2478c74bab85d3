"""Write screened rows as CSV or JSON Lines, safely.

* One output row per input row, in input order.
* Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first, or after
  a line break inside the cell) get an apostrophe before that character (CSV
  injection), and every cell holding CR, LF, the delimiter or a quote is quoted
  (Python's csv module leaves a bare CR unquoted, which starts a new row).
* Where the output goes, safely: `screen.io.output`.
"""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path
from typing import IO, Protocol

from screen.io.output import open_output
from screen.models import Hit, Status

RESULT_COLUMNS = ("status", "rule_ids", "matched", "score", "reason")
CLEAR_SUFFIX = ",clear,,,,\n"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_NEEDS_CARE = re.compile("[\x00\r\n][=+\\-@\t\r]|\r")  # one fast C scan per row
_AFTER_BREAK = re.compile("(?<=[\r\n])(?=[=+\\-@\t\r])")


def neutralise(cell: str) -> str:
    """Make a cell inert in a spreadsheet: an apostrophe before a formula character
    at the start and after every line break."""
    if cell.startswith(_FORMULA_START):
        cell = "'" + cell
    if "\n" in cell or "\r" in cell:
        cell = _AFTER_BREAK.sub("'", cell)
    return cell


def safe_cells(cells: list[str]) -> list[str]:
    """`printable` and `neutralise` over a row; one C-speed scan when nothing needs it
    (a row holding a CR always gets a new list, so it is never passed through)."""
    joined = "\x00" + "\x00".join(cells)
    if joined.isascii() and not _NEEDS_CARE.search(joined):
        return cells
    return [neutralise(printable(c)) for c in cells]


def printable(cell: str) -> str:
    """Replace undecodable bytes (lone surrogates) so the output stays valid UTF-8."""
    return cell.encode("utf-8", "replace").decode("utf-8") if not cell.isascii() else cell


class Outcome(Protocol):
    """A screened row, as `screen.runs.rows.Outcome` gives it."""

    @property
    def number(self) -> int: ...
    @property
    def cells(self) -> list[str]: ...
    @property
    def status(self) -> Status: ...
    @property
    def hits(self) -> tuple[Hit, ...]: ...
    @property
    def error(self) -> str | None: ...
    @property
    def raw(self) -> str: ...
    @property
    def note(self) -> str: ...


class Writer(Protocol):
    """What the batch pipeline writes rows with."""

    def write_header(self) -> None: ...
    def write(self, outcome: Outcome) -> None: ...
    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None: ...
    def finish(self) -> None: ...


def result_columns(header: list[str], wanted: tuple[str, ...] = RESULT_COLUMNS) -> list[str]:
    """The names of the result columns after `header`: `screen_status` etc. where the
    input already has a column of that name."""
    taken = set(header)
    names = []
    for name in wanted:
        while name in taken:
            name = f"screen_{name}"
        taken.add(name)
        names.append(name)
    return names


def output_header(header: list[str], run_id: bool = False) -> list[str]:
    """The header of a CSV or workbook output: the input columns, an input column
    named like a result column renamed `status (input)`, then the result columns
    (and `run_id`) under their documented names, which always carry the verdict."""
    wanted = [*RESULT_COLUMNS, *(("run_id",) if run_id else ())]
    taken = set(header) | set(wanted)
    names = []
    for name in header:
        if name in wanted:
            name = f"{name} (input)"
            while name in taken:
                name = f"{name} (input)"
            taken.add(name)
        names.append(name)
    return names + wanted


def summary_cells(outcome: Outcome) -> tuple[str, str, str, str, str]:
    """status, rule_ids, matched, score, reason for one row."""
    if outcome.error is not None:
        return outcome.status.value, "", "", "", outcome.error
    hits = outcome.hits
    if not hits:  # a review without a hit says why in its note
        return outcome.status.value, "", "", "", outcome.note
    rule_ids = ";".join(dict.fromkeys(h.rule_id for h in hits))
    matched = ";".join(dict.fromkeys(h.matched for h in hits))
    score = f"{max(h.score for h in hits):g}"
    reason = " | ".join(
        f"{h.rule_id} ({h.level.value}): {h.field} '{h.query}' matched '{h.matched}' at {h.score:g}"
        + (f", cleared {h.cleared}" if h.cleared else "")
        for h in hits
    )
    return outcome.status.value, rule_ids, matched, score, reason


class CsvWriter:
    """Input columns in their order, then the result columns."""

    def __init__(
        self,
        stream: IO[str],
        header: list[str],
        passthrough: bool = False,
        run_id: int | None = None,
    ) -> None:
        """`passthrough`: the input is comma-separated, so a clear row may be written
        as the line it was read from (its own quoting kept) plus the result columns.
        `run_id`: the recorded run, written as a last column of every row."""
        self.width = len(header)
        self.header = header
        self.stream = stream
        self.passthrough = passthrough
        self._writer = csv.writer(stream, lineterminator="\n")
        # for rows holding a bare CR, which the minimal quoting would leave bare
        self._quoting_all = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)
        self._tail = [] if run_id is None else [str(run_id)]
        self._clear_suffix = CLEAR_SUFFIX if run_id is None else f",clear,,,,,{run_id}\n"
        self._clear_cells = ["clear", "", "", "", "", *self._tail]
        # what follows a plainly clear row's own line (screen.runs.fused), if allowed
        self.line_suffix = self._clear_suffix if passthrough else None

    def _writerow(self, row: list[str]) -> None:
        if any("\r" in cell for cell in row):
            self._quoting_all.writerow(row)
        else:
            self._writer.writerow(row)

    def write_header(self) -> None:
        names = output_header(self.header, bool(self._tail))
        self._writerow([neutralise(printable(h)) for h in names])

    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        """A row with the header's width that came out clear."""
        safe = safe_cells(cells)
        if raw and self.passthrough and safe is cells:
            self.stream.write(raw.rstrip("\r\n") + self._clear_suffix)
        else:
            self._writerow([*safe, *self._clear_cells])

    def finish(self) -> None:
        """Nothing kept back: rows are written as they come."""

    def write(self, outcome: Outcome) -> None:
        cells = outcome.cells
        if len(cells) != self.width:
            cells = cells[: self.width] + [""] * (self.width - len(cells))
        if outcome.status is Status.CLEAR and not outcome.hits:
            self.write_clear(outcome.number, cells, outcome.raw)
            return
        row = list(safe_cells(cells))
        row.extend(neutralise(c) for c in summary_cells(outcome))
        row.extend(self._tail)
        self._writerow(row)


def unique_names(header: list[str]) -> list[str]:
    """The header with a repeated name made unique ("notes", "notes (column 4)"), so
    that a JSON object keeps every cell."""
    seen: set[str] = set(header)
    taken: set[str] = set()  # the names given so far (a set: a header of 200,000 columns)
    names: list[str] = []
    for index, name in enumerate(header):
        if name in taken:
            name = f"{name} (column {index + 1})"
            while name in seen:
                name += "'"
            seen.add(name)
        taken.add(name)
        names.append(name)
    return names


class JsonlWriter:
    """One JSON object per row."""

    def __init__(self, stream: IO[str], header: list[str], run_id: int | None = None) -> None:
        self.stream = stream
        self.header = unique_names(header)
        self.run_id = run_id

    def write_header(self) -> None:
        """JSON Lines has no header."""

    def finish(self) -> None:
        """Nothing kept back."""

    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        self._write(number, cells, Status.CLEAR, (), None)

    def write(self, outcome: Outcome) -> None:
        self._write(
            outcome.number, outcome.cells, outcome.status, outcome.hits, outcome.error, outcome.note
        )

    def _write(
        self,
        number: int,
        cells: list[str],
        status: Status,
        hits: tuple[Hit, ...],
        error: str | None,
        note: str = "",
    ) -> None:
        cells = [printable(c) for c in cells]
        data: dict[str, object] = dict(zip(self.header, cells, strict=False))
        if len(cells) > len(self.header):
            data["_extra"] = cells[len(self.header) :]
        record = {
            "row": number,
            "input": data,
            "status": status.value,
            "hits": [h.as_dict() for h in hits],
            "error": error,
        }
        if note:  # a review without a hit: why (the CSV's reason)
            record["note"] = note
        if self.run_id is not None:
            record["run_id"] = self.run_id
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def stdin_is(path: str) -> bool:
    """Whether standard input is the file at `path` (`batch - -o orders.csv <
    orders.csv` would write over the orders it reads)."""
    try:
        here, there = os.fstat(0), os.stat(path)
    except (OSError, ValueError):
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


# The older name of `screen.io.output.open_output` (regular files atomically,
# devices and FIFOs directly, folders refused), kept for its callers.
atomic_output = open_output
