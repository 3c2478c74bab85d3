"""A whole chunk of plain lines decided at once: which rows are plainly clear.

The fused path (`fused.py`) decides a row from three cached verdicts.  Row by row,
the Python around those three lookups (split the line, take five cells, three
`get`s, the tests, one append) costs more than the lookups.  A chunk in which every
line is plain (no quote, plain ASCII, no cell a spreadsheet would run, no line over
the cell limit, every line as wide as the header, no other field to look at) is
decided column by column instead: the lines split in one `map`, the columns taken
with one `zip`, each verdict table read for a whole column with one `map`, and only
the values met for the first time derived one by one.  The rows left are those that
are not plainly clear, which the caller screens as before; runs of clear rows
between them are written with one `join`.  Each verdict is the same pure function of
its value as on the row-by-row path, so the output is the same byte for byte
(`tests/test_fused.py` checks the two against the full path).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat

# description, consignee, country, date and direction: their column numbers
Core = tuple[int, int, int, int, int]
Derive = Callable[[int, str, str], int]  # (table, value, field name): a new verdict
DeriveContext = Callable[[int, str], int]  # (table, value): a new verdict


def not_clear(
    cells: list[list[str]],
    core: Core,
    tables: tuple[dict[str, int], ...],
    derive: Derive,
    derive_context: DeriveContext,
) -> list[int]:
    """The indexes of the rows of `cells` (all of the header's width) that are not
    plainly clear: the rows `ClearPath.render` would screen on the full path.
    `tables` are the verdicts on descriptions, consignees, dates, directions and
    countries (`fused.new_tables`); `derive` and `derive_context` give (and keep) a
    verdict not yet in them, and are called only where the row-by-row path would
    call them: for a row whose verdicts so far leave it clear."""
    columns = list(zip(*cells, strict=True))
    descriptions, consignees = columns[core[0]], columns[core[1]]
    describe, party = tables[0], tables[1]
    verdicts = list(map(describe.get, descriptions))
    if None in verdicts:
        for i, d in enumerate(verdicts):
            if d is None:  # a value met twice in the chunk is derived once
                known = describe.get(descriptions[i])
                verdicts[i] = (
                    known if known is not None else derive(0, descriptions[i], "description")
                )
    open_rows = verdicts  # a row stays open while its verdicts so far are non-zero
    found = list(map(party.get, consignees))
    if None in found:
        for i, c in enumerate(found):
            if c is None and open_rows[i]:
                known = party.get(consignees[i])
                found[i] = known if known is not None else derive(1, consignees[i], "consignee")
    # something visible in the description or the consignee (verdict 2)
    open_rows = [d and c and (d | c) & 2 for d, c in zip(verdicts, found, strict=True)]
    for table, column in zip((2, 3, 4), (core[3], core[4], core[2]), strict=True):
        values, kept = columns[column], tables[table]
        found = list(map(kept.get, values))
        if None in found:
            for i, k in enumerate(found):
                if k is None and open_rows[i]:
                    known = kept.get(values[i])
                    found[i] = known if known is not None else derive_context(table, values[i])
        open_rows = list(map(_both, open_rows, found))
    return [i for i, clear in enumerate(open_rows) if not clear]


def _both(a: int | None, b: int | None) -> int | None:
    return a and b


def split_block(lines: list[str], delimiter: str, width: int) -> list[list[str]] | None:
    """Every line split at `delimiter` when each has exactly `width` cells, else None."""
    cells = list(map(str.split, lines, repeat(delimiter)))
    if set(map(len, cells)) != {width}:
        return None
    return cells


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
