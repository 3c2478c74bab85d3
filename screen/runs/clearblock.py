"""A whole chunk of plain lines decided at once: which rows are plainly clear.

The fused path (`fused.py`) decides a row from five cached verdicts.  A chunk in
which every line is plain (plain ASCII, no cell a spreadsheet would run, no line over
the cell limit, every line a whole record as wide as the header, no other field to
look at) is decided column by column rather than row by row: the lines split in one
`split` (the few holding a quote read with the csv module), each column taken as a
slice, each verdict table read for a whole column with one `map`, and only the
values met for the first time derived one by one.  The rows left are those that
are not plainly clear, which the caller screens as before; runs of clear rows
between them are written with one `join`.  Each verdict is the same pure function of
its value as on the row-by-row path, so the output is the same byte for byte
(`tests/test_fused.py` checks the two against the full path).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import repeat

from screen.io.writers import safe_cells
from screen.runs.lines import one_line_record

FORMULA_STARTS = "=+-@\t"  # what a cell a spreadsheet would run starts with
# description, consignee, country, date and direction: their column numbers
Core = tuple[int, int, int, int, int]
Derive = Callable[[int, str, str], int]  # (table, value, field name): a new verdict
DeriveContext = Callable[[int, str], int]  # (table, value): a new verdict


def not_clear(
    columns: list[list[str]],
    forced: list[int],
    core: Core,
    tables: tuple[dict[str, int], ...],
    derive: Derive,
    derive_context: DeriveContext,
) -> list[int]:
    """The indexes of the rows (the cells of `columns`, one list per column of the
    header) that are not plainly clear, in order: the rows `ClearPath.render` would
    screen on the full path, the `forced` ones among them.
    `tables` are the verdicts on descriptions, consignees, dates, directions and
    countries (`verdicts.new_tables`); `derive` and `derive_context` give (and keep) a
    verdict not yet in them, and are called only where the row-by-row path would
    call them: for a row whose verdicts so far leave it clear."""
    bad = set(forced)
    d = _read(columns[core[0]], tables[0], bad, lambda v: derive(0, v, "description"))
    c = _read(columns[core[1]], tables[1], bad, lambda v: derive(1, v, "consignee"))
    # nothing visible in the description nor in the consignee (both verdict 1)
    bad.update(i for i in _where(d, 1) if c[i] == 1)
    for table, column in ((2, core[3]), (3, core[4]), (4, core[2])):  # date, direction, country
        _read(columns[column], tables[table], bad, partial(derive_context, table))
    return sorted(bad)


def _read(
    values: list[str],
    kept: dict[str, int],
    bad: set[int],
    derive: Callable[[str], int],
) -> list[int]:
    """The verdicts on `values` from `kept`, adding to `bad` the rows whose verdict is
    0.  A verdict not kept yet is derived (and kept) only for a row not yet `bad`;
    for the others it stays -1 (a search for an int is quicker than one for None)."""
    found = list(map(kept.get, values, repeat(-1)))
    for i in _where(found, -1):
        if i not in bad:  # a value met twice is derived once
            known = kept.get(values[i])
            found[i] = known if known is not None else derive(values[i])
    bad.update(_where(found, 0))
    return found


def _where(values: list[int], wanted: int) -> list[int]:
    """The indexes of `values` equal to `wanted`, found by `list.index` (a search in
    C: most verdicts are neither -1 nor 0)."""
    found, at = [], -1
    try:
        while True:
            at = values.index(wanted, at + 1)
            found.append(at)
    except ValueError:
        return found


def split_block(
    lines: list[str], delimiter: str, width: int, quoted: bool
) -> tuple[list[list[str]], list[int]] | None:
    """The cells of the lines, one list per column, when each line is a whole
    record of exactly `width` cells (split at `delimiter`; a line holding a quote,
    when `quoted`, read with the csv module), with the lines that take the full path
    whatever their verdicts (those holding a quote and a cell a spreadsheet would
    run: the output neutralises it, so the line is not written as read); else None,
    also when a line without a quote has a cell that starts like a formula.

    The lines are split in one pass: joined with a line feed as a cell of its own
    between them (no line holds one), split at the delimiter, and each column taken
    as a slice.  The line feeds stand exactly every `width + 1` cells only when
    every line has `width` cells.  There every line but the first starts after a
    delimiter too, so a cell that starts like a formula is found by one search for
    the delimiter and the character, where the chunk's text needs two (after a
    delimiter, after a line end: `lines.formula_after`)."""
    rows = len(lines)
    if not rows:
        return None
    records: dict[int, list[str]] = {}
    forced = []
    if quoted:
        work = lines.copy()
        blank = delimiter * (width - 1)  # a placeholder: `width` empty cells
        for i in [i for i, line in enumerate(lines) if '"' in line]:
            record = one_line_record(lines[i], delimiter)
            if record is None or len(record) != width:  # a field runs on, odd quoting
                return None
            records[i] = record
            work[i] = blank
            if safe_cells(record) is not record:
                forced.append(i)
        lines = work
    step = width + 1
    joined = (delimiter + "\n" + delimiter).join(lines)
    if any(c in joined and (joined[0] == c or delimiter + c in joined) for c in FORMULA_STARTS):
        return None  # a cell starts like a formula: its line is not written as read
    cells = joined.split(delimiter)
    if len(cells) != rows * step - 1 or cells[width::step].count("\n") != rows - 1:
        return None
    columns = [cells[k::step] for k in range(width)]
    for i, record in records.items():
        for column, value in zip(columns, record, strict=True):
            column[i] = value
    return columns, forced


def join_block(lines: list[str], bad: list[int], suffix: str, full: Callable[[int], str]) -> str:
    """The output of a block: each line followed by `suffix`, but for the rows in
    `bad` (in order), whose output `full` gives."""
    parts: list[str] = []
    start = 0
    for index in bad:
        if index > start:
            parts.append(suffix.join(lines[start:index]) + suffix)
        parts.append(full(index))
        start = index + 1
    if start < len(lines):
        parts.append(suffix.join(lines[start:]) + suffix)
    return "".join(parts)
