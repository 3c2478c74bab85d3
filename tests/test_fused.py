"""The fused path (screen/runs/fused.py) writes exactly what the full path writes.

Rows are drawn from a vocabulary that hits every rule kind (items, listed names,
embargoed places, HS headings) and every reason a row must leave the fused path
(unreadable dates and directions, blank or invisible fields, formula prefixes,
non-ASCII text, quotes, ragged rows, empty lines, oversized cells), then rendered
both ways: the fused path, and `RowScreener.screen` plus the writer for every row.
A flagged row can only come out clear if the two differ."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screen.io.chunks import RawChunk
from screen.io.columns import map_columns
from screen.io.orders import parse_text
from screen.io.rowtext import MAX_FIELD_CHARS
from screen.io.writers import CsvWriter
from screen.runs import clearblock
from screen.runs.fused import ClearPath, line_suffix
from screen.runs.lines import formula_after, plain_text, split_lines
from screen.runs.rows import RowScreener, Summary
from tests.conftest import DAY

DESCRIPTIONS = [
    "green tea",
    "wooden toys #12",
    "semiconductor diodes",
    "industrial robot",
    "blasting explosives",
    "",
    "   ",
    "\u200b",
    "=cmd|' /C calc'!A7",
    "-5 bolts",
    "café crème",
    "bolts, nuts",
    'pipe 12" steel',
    "x" * 10_001,
]
CONSIGNEES = [
    "Tea House",
    "Company 0012345 LLC",
    "Sberbank",
    "Bank VTB PJSC",
    "Vorontsova, Maria",
    "",
    "@home",
    "Ōsaka Trading",
]
COUNTRIES = ["JP", "DE", "RU", "Russia", "Crimea", "KP", "", "Atlantis"]
DATES = ["2024-05-01", "2023-01-15", "", "not a date"]
DIRECTIONS = ["export", "import", "", "sideways"]
HS_CODES = ["", "8541", "0902.10", "8479"]

BASE = ["order_id", "description", "consignee", "country", "date", "direction"]
EXTRA = ["hs_code", "end_user", "address"]


def _cells(extra: bool) -> st.SearchStrategy[list[str]]:
    fields = [
        st.from_regex(r"PO-[0-9]{1,4}", fullmatch=True),
        st.sampled_from(DESCRIPTIONS),
        st.sampled_from(CONSIGNEES),
        st.sampled_from(COUNTRIES),
        st.sampled_from(DATES),
        st.sampled_from(DIRECTIONS),
    ]
    if extra:
        fields += [
            st.sampled_from(HS_CODES),
            st.sampled_from(["", *CONSIGNEES[:4]]),
            st.sampled_from(["", "Sevastopol", "1 Main St"]),
        ]
    return st.tuples(*fields).map(list)


def _line(cells: list[str], ending: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator=ending).writerow(cells)
    return out.getvalue()


JUNK = [
    "\n",
    "\r\n",
    "a,b\n",
    'PO-1,"never closed,x\n',
    "PO-2,tea,Tea House,JP,2024-05-01,export,9\n",
]


@st.composite
def _text(draw: st.DrawFn, extra: bool) -> str:
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.integers(0, 9)) == 0:
            parts.append(draw(st.sampled_from(JUNK)))
        else:
            parts.append(_line(draw(_cells(extra)), ending))
    text = "".join(parts)
    return text[:-1] if draw(st.booleans()) and text.endswith("\n") else text


def _both(screener, text: str, extra: bool) -> tuple[tuple[str, int, int], tuple[str, int, int]]:
    header = BASE + (EXTRA if extra else [])
    columns = map_columns(header, {})
    chunk = RawChunk(1, 2, text, ",", len(header))

    def make_writer(out):
        return CsvWriter(out, header, passthrough=True)

    rows = RowScreener(screener, columns, DAY)
    fused = Summary()
    suffix = line_suffix(make_writer(io.StringIO()))
    assert suffix is not None
    got = ClearPath(rows, suffix).render(chunk, make_writer, io.StringIO(), fused)
    fused.finish()
    full, out = Summary(), io.StringIO()
    writer = make_writer(out)
    for row in parse_text(chunk):
        outcome = rows.screen(row)
        writer.write(outcome)
        full.add(outcome)
    full.finish()
    return (got, fused.rows, fused.statuses["clear"]), (
        out.getvalue(),
        full.rows,
        full.statuses["clear"],
    )


@settings(max_examples=300, deadline=None)
@given(st.booleans().flatmap(lambda extra: st.tuples(st.just(extra), _text(extra))))
def test_the_fused_path_writes_what_the_full_path_writes(screener, case) -> None:
    extra, text = case
    fused, full = _both(screener, text, extra)
    assert fused == full


@pytest.mark.parametrize(
    "cells",
    [
        ["PO-1", "semiconductor diodes", "Tea House", "RU", "2024-05-01", "export"],
        ["PO-2", "green tea", "Sberbank", "JP", "2024-05-01", "export"],
        ["PO-3", "green tea", "Tea House", "Crimea", "2024-05-01", "export"],
        ["PO-4", "green tea", "Vorontsova, Maria", "JP", "2024-05-01", "export"],
    ],
)
def test_a_row_that_hits_never_comes_out_clear(screener, cells) -> None:
    text = _line(["PO-0", "green tea", "Tea House", "JP", "2024-05-01", "export"], "\n")
    text += _line(cells, "\n") * 2  # the second time from the verdict tables
    (got, rows, clear), _ = _both(screener, text, False)
    assert (rows, clear) == (3, 1)
    assert got.splitlines()[0].endswith(",clear,,,,")
    assert all(",clear," not in line for line in got.splitlines()[1:])


GOOD = ["PO-0", "green tea", "Tea House", "JP", "2024-05-01", "export"]


def _with(index: int, value: str) -> list[str]:
    return [*GOOD[:index], value, *GOOD[index + 1 :]]


# Each row must leave the fused path for its own reason; both paths must agree.
REASONS = {
    "clear": GOOD,
    "blank description and consignee": ["PO-0", "   ", "", "JP", "2024-05-01", "export"],
    "invisible description, no consignee": ["PO-0", "\u200b", "", "JP", "2024-05-01", "export"],
    "bad date": _with(4, "not a date"),
    "bad direction": _with(5, "sideways"),
    "formula description": _with(1, "=1+2"),
    "formula order id": _with(0, "-5"),
    "non-ASCII consignee": _with(2, "Ōsaka Trading"),
    "undecodable byte": _with(2, "Caf\udce9"),  # as surrogateescape reads it
    "oversized description": _with(1, "x" * 10_001),
    "quoted comma": _with(2, "Vorontsova, Maria"),
    "embargoed place": _with(3, "Crimea"),
    "listed name": _with(2, "Sberbank"),
    "item": _with(1, "industrial robot"),
}


@pytest.mark.parametrize("reason", sorted(REASONS))
@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_each_reason_to_leave_the_fused_path(screener, reason: str, ending: str) -> None:
    text = _line(GOOD, ending) + _line(REASONS[reason], ending) * 2 + ending + "a,b" + ending
    fused, full = _both(screener, text, False)
    assert fused == full
    assert fused[1] == 5


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("a,b\nc,d\r\n", True),
        ('a,"b\nc",d\n', True),  # quotes are read line by line
        ("a,b\rc,d\n", False),  # a bare CR ends a line too
        ("a,\x00b\n", False),  # the csv module refuses NUL
    ],
)
def test_plain_text(text: str, plain: bool) -> None:
    assert plain_text(text, ",") is plain


@given(st.text(alphabet="a,\r\n\x00", max_size=30))
def test_split_lines_is_plain_text_split(text: str) -> None:
    found = split_lines(text, ",")
    assert (found is None) == (not plain_text(text, ","))
    if found is not None:
        pieces, ending, mixed = found
        assert ending.join(pieces) == text
        lines = [p[:-1] if mixed and p.endswith("\r") else p for p in pieces]
        assert lines == text.replace("\r\n", "\n").split("\n")


def _plain(values: list[str]) -> list[str]:
    """The values a chunk decided column by column may hold (quoted by the csv
    writer when they hold a quote or a comma): ASCII, no formula prefix, no line
    end, not over the cell limit; and a formula only a quote hides from a scan of
    the text (that row must still take the full path)."""
    return [
        v
        for v in values
        if v.isascii()
        and not set(v) & set("\r\n")
        and v[:1] not in ("=", "+", "-", "@")
        and len(v) <= MAX_FIELD_CHARS
    ] + ["=SUM(1, 2)"]


@st.composite
def _plain_text(draw: st.DrawFn) -> str:
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    rows = draw(
        st.lists(
            st.tuples(
                st.from_regex(r"PO-[0-9]{1,4}", fullmatch=True),
                st.sampled_from(_plain(DESCRIPTIONS)),
                st.sampled_from(_plain(CONSIGNEES)),
                st.sampled_from(_plain(COUNTRIES)),
                st.sampled_from(_plain(DATES)),
                st.sampled_from(_plain(DIRECTIONS)),
            ),
            min_size=1,
            max_size=30,
        )
    )
    text = "".join(_line(list(row), ending) for row in rows)
    return text[: -len(ending)] if draw(st.booleans()) else text


@settings(max_examples=200, deadline=None)
@given(_plain_text())
def test_a_plain_chunk_is_decided_column_by_column_as_row_by_row(screener, text: str) -> None:
    from screen.runs import fused

    blocks = []

    def spy(*args):
        blocks.append(args)
        return clearblock.not_clear(*args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fused, "not_clear", spy)
        got, full = _both(screener, text, False)
    assert got == full
    assert blocks  # the chunk took the column-by-column path


@given(st.text(alphabet="ab=+-@\t,;\n\r", max_size=40), st.sampled_from([",", ";", "\t"]))
def test_formula_after_is_the_pattern(text: str, delimiter: str) -> None:
    pattern = re.compile(f"[\n{re.escape(delimiter)}][=+\\-@\t]")
    assert formula_after(text, delimiter) is bool(pattern.search(text))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["a,b,c", "d,e,f"], ([["a", "d"], ["b", "e"], ["c", "f"]], [])),
        (["a,b", "d,e,f"], None),  # a line narrower than the header
        (["a,b,c,d", "d,e"], None),  # one wider, one narrower: the total is right
        (["=a,b,c", "d,e,f"], None),  # a formula first in the chunk
        (["a,b,c", "-d,e,f"], None),  # first on a later line
        (["a,b,c", "d,e,@f"], None),  # last on a later line
        (["a,b,c", 'd,"=e",f'], ([["a", "d"], ["b", "=e"], ["c", "f"]], [1])),  # quoted: full path
        (["a,b,c", 'd,"e, f",g'], ([["a", "d"], ["b", "e, f"], ["c", "g"]], [])),
        (["a,b,c", 'd,"e'], None),  # a quoted field runs on
        (["a-b,c+d,e@f"], ([["a-b"], ["c+d"], ["e@f"]], [])),  # inside a cell: no formula
    ],
)
def test_split_block(lines: list[str], expected) -> None:
    assert clearblock.split_block(lines, ",", 3, True) == expected
