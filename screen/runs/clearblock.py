"""A whole chunk of plain lines decided at once: which rows are plainly clear.

The fused path (`fused.py`) decides a row from five cached verdicts.  A chunk in
which every line is plain (plain ASCII, no cell a spreadsheet would run, no line over
the cell limit, every line a whole record as wide as the header, no other field to
look at) is decided column by column rather than row by row: the lines split in one
`map` (the few holding a quote read with the csv module), the columns taken with one
`zip`, each verdict table read for a whole column with one `map`, and only the
values met for the first time derived one by one.  The rows left are those that
are not plainly clear, which the caller screens as before; runs of clear rows
between them are written with one `join`.  Each verdict is the same pure function of
its value as on the row-by-row path, so the output is the same byte for byte
(`tests/test_fused.py` checks the two against the full path).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat

from screen.io.writers import safe_cells
from screen.runs.lines import one_line_record

# description, consignee, country, date and direction: their column numbers
Core = tuple[int, int, int, int, int]
Derive = Callable[[int, str, str], int]  # (table, value, field name): a new verdict
DeriveContext = Callable[[int, str], int]  # (table, value): a new verdict


def not_clear(
    cells: list[list[str]],
    forced: list[int],
    core: Core,
    tables: tuple[dict[str, int], ...],
    derive: Derive,
    derive_context: DeriveContext,
) -> list[int]:
    """The indexes of the rows of `cells` (all of the header's width) that are not
    plainly clear: the rows `ClearPath.render` would screen on the full path, the
    `forced` ones among them.
    `tables` are the verdicts on descriptions, consignees, dates, directions and
    countries (`verdicts.new_tables`); `derive` and `derive_context` give (and keep) a
    verdict not yet in them, and are called only where the row-by-row path would
    call them: for a row whose verdicts so far leave it clear."""
    columns = list(zip(*cells, strict=True))
    descriptions, consignees = columns[core[0]], columns[core[1]]
    dates, directions, countries = columns[core[3]], columns[core[4]], columns[core[2]]
    skip = set(forced)
    d = _read(
        descriptions, tables[0], lambda i: i not in skip, lambda v: derive(0, v, "description")
    )
    for i in forced:
        d[i] = 0
    c = _read(consignees, tables[1], d.__getitem__, lambda v: derive(1, v, "consignee"))
    # something visible in the description or the consignee (verdict 2)
    ok = [d and c and (d | c) & 2 for d, c in zip(d, c, strict=True)]
    t = _read(dates, tables[2], ok.__getitem__, lambda v: derive_context(2, v))
    r = _read(directions, tables[3], lambda i: ok[i] and t[i], lambda v: derive_context(3, v))
    n = _read(
        countries, tables[4], lambda i: ok[i] and t[i] and r[i], lambda v: derive_context(4, v)
    )
    return [
        i
        for i, a, b, e, f in zip(range(len(cells)), ok, t, r, n, strict=True)
        if not (a and b and e and f)
    ]


def _read(
    values: tuple[str, ...],
    kept: dict[str, int],
    wanted: Callable[[int], object],
    derive: Callable[[str], int],
) -> list[int | None]:
    """The verdicts on `values` from `kept`; one not kept yet is derived (and kept)
    only for the rows `wanted` says need it, and is None for the others."""
    found = list(map(kept.get, values))
    if None in found:
        for i, verdict in enumerate(found):
            if verdict is None and wanted(i):  # a value met twice is derived once
                known = kept.get(values[i])
                found[i] = known if known is not None else derive(values[i])
    return found


def split_block(
    lines: list[str], delimiter: str, width: int, quoted: bool
) -> tuple[list[list[str]], list[int]] | None:
    """The cells of every line when each is a whole record of exactly `width` cells
    (split at `delimiter`; a line holding a quote, when `quoted`, read with the csv
    module), with the lines that take the full path whatever their verdicts (those
    holding a quote and a cell a spreadsheet would run: the output neutralises it,
    so the line is not written as read); else None."""
    cells = list(map(str.split, lines, repeat(delimiter)))
    forced = []
    if quoted:
        for i in [i for i, line in enumerate(lines) if '"' in line]:
            record = one_line_record(lines[i], delimiter)
            if record is None:  # a quoted field runs on, or odd quoting
                return None
            cells[i] = record
            if safe_cells(record) is not record:
                forced.append(i)
    if set(map(len, cells)) != {width}:
        return None
    return cells, forced


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
