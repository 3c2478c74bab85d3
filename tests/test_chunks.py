"""Chunks for worker processes: cut between records, whatever the quoting, so that
parsing the chunks gives exactly the rows (numbers, cells, errors, raw text) of
reading the file in one process."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screen.errors import InputError
from screen.io import chunks, rowtext
from screen.io.chunks import _records_by_quotes
from screen.io.orders import OrderFile, parse_text
from screen.io.rowtext import OrderRow

HEADER = "id,description,consignee\n"


def whole(text: str) -> list[OrderRow]:
    return list(OrderFile(io.BytesIO(text.encode()), "t.csv", "utf-8", ",").rows())


def chunked(text: str, block: int) -> tuple[list[OrderRow], int]:
    source = OrderFile(io.BytesIO(text.encode()), "t.csv", "utf-8", ",")
    chunks = list(source.raw_chunks(block))
    assert "".join(c.text for c in chunks) == text[len(HEADER) :]
    return [row for chunk in chunks for row in parse_text(chunk)], len(chunks)


CASES = [
    "1,green tea,Acme\n2,robots,Baltic\n3,chairs,Tea House\n",
    '1,"green\ntea",Acme\n2,"12"" pipe",Baltic\r\n3,x,y\n',
    "1,a,b\r\n2,c,d\r3,e,f\n\n5,g,h",  # CRLF, bare CR, an empty line, no final newline
    '1,5" bolts,Acme\n2,"unterminated,x\n3,a,b\n',  # a stray quote, an open quote
    "1,a\n2,b,c,d\n3,e,f\n",  # ragged rows
]


@pytest.mark.parametrize("body", CASES)
@pytest.mark.parametrize("block", [1, 5, 13, 1000])
def test_chunks_parse_as_the_whole_file(body: str, block: int) -> None:
    rows, _count = chunked(HEADER + body, block)
    assert rows == whole(HEADER + body)


def test_big_blocks_make_few_chunks() -> None:
    body = "".join(f"{i},green tea,Acme\n" for i in range(1000))
    rows, count = chunked(HEADER + body, 4096)
    assert len(rows) == 1000 and rows[-1].number == 1000
    assert 4 <= count <= 6  # about 19 KB in blocks of 4 KB


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet='ab ,"\n\r', max_size=120),
    st.integers(min_value=1, max_value=40),
)
def test_any_text_parses_the_same_in_chunks(body: str, block: int) -> None:
    if not body.strip():  # a header and no orders is refused (tests/hostile)
        with pytest.raises(InputError, match="has a header row but no orders"):
            whole(HEADER + body)
        return
    rows, _count = chunked(HEADER + body, block)
    assert rows == whole(HEADER + body)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", " ", ",", '"', '""', "\n", "\r\n"]), max_size=60).map(
        "".join
    ),
    st.integers(min_value=1, max_value=40),
)
def test_line_feed_text_parses_the_same_in_chunks(body: str, block: int) -> None:
    """Text whose lines end in LF or CRLF is cut by reading only its quoted lines
    (`_records_by_quotes`): the same rows as one reader."""
    if not body.strip():
        return
    rows, _count = chunked(HEADER + body, block)
    assert rows == whole(HEADER + body)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("a,b\nc,d\ne", (8, 2, 2)),
        ('a,"b\nc",d\ne,f\n', (14, 2, 3)),  # a quoted line end is no record end
        ('a,"b\nc,d\n', (0, 0, 0)),  # still open: nothing complete yet
        ('1,5" bolts\n2,x\n', (15, 2, 2)),  # a quote inside a field is a character
        ('a,"b""\n",x\r\nc\n', (14, 2, 3)),
    ],
)
def test_records_by_quotes(text: str, cut: tuple[int, int, int]) -> None:
    assert _records_by_quotes(text, ",", 3) == cut


WIDE = "id,description,consignee,country\n"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b,c,d", ",", '"', '"x"', "\n", "\r\n", "1,a,b,c\n"]), max_size=40
    ).map("".join),
    st.integers(min_value=1, max_value=60),
)
def test_stray_quotes_parse_the_same_in_chunks(body: str, block: int) -> None:
    """Records over several lines judged a stray quote's doing (`rowtext.runs_over`),
    with lines inside them that look like orders: the same rows in chunks."""
    if not body.strip():
        return
    source = OrderFile(io.BytesIO((WIDE + body).encode()), "t.csv", "utf-8", ",")
    expected = list(source.rows())
    source = OrderFile(io.BytesIO((WIDE + body).encode()), "t.csv", "utf-8", ",")
    rows = [row for chunk in source.raw_chunks(block) for row in parse_text(chunk)]
    assert rows == expected
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b,c", ",", '"', "\n", "\r\n", "1,a,b,c\n", "\r"]), max_size=50
    ).map("".join),
    st.integers(min_value=1, max_value=60),
)
def test_records_longer_than_the_limit_parse_the_same_in_chunks(body: str, block: int) -> None:
    """A record still open after `record_limit` characters is a quote never closed,
    for the one reader and for the chunker alike (the limit lowered to reach it)."""
    if not body.strip():
        return
    kept = rowtext.FIELD_CHARS[0]
    rowtext.FIELD_CHARS[0] = 2  # records of 4 fields: 30 characters
    try:
        source = OrderFile(io.BytesIO((WIDE + body).encode()), "t.csv", "utf-8", ",")
        expected = list(source.rows())
        source = OrderFile(io.BytesIO((WIDE + body).encode()), "t.csv", "utf-8", ",")
        rows = [row for chunk in source.raw_chunks(block) for row in parse_text(chunk)]
    finally:
        rowtext.FIELD_CHARS[0] = kept
    assert rows == expected


def test_a_quote_never_closed_ends_its_record_at_the_limit() -> None:
    """The lines after a stray quote are orders again once the record it opens is
    longer than any record could be, even if a quote closes it much later."""
    lines = [f"{i},green tea,Acme,JP\n" for i in range(2, 6000)]
    text = WIDE + '1,"tea,Acme,JP\n' + "".join(lines) + '6000,"tea",Acme,JP\n'
    rows = list(OrderFile(io.BytesIO(text.encode()), "t.csv", "utf-8", ",").rows())
    assert len(rows) == 6000
    assert rows[0].error == (
        "line 2: a quote opens here and is never closed: close it (the lines after it are "
        "screened on their own)"
    )
    assert all(row.error is None for row in rows[1:])
    assert rows[-1].cells == ["6000", "tea", "Acme", "JP"]
    source = OrderFile(io.BytesIO(text.encode()), "t.csv", "utf-8", ",")
    assert [r for c in source.raw_chunks(1 << 16) for r in parse_text(c)] == rows


def test_the_chunker_ends_a_record_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote never closed does not hold the rest of the file back as one record
    (which the parent would read again with every block)."""
    monkeypatch.setattr(rowtext, "FIELD_CHARS", [2])  # records of 4 fields: 30 characters
    text = '1,"a\n' + "b,c\n" * 20
    assert _records_by_quotes(text, ",", 4) == (len(text), 21, 21)


def test_the_first_chunks_can_be_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers get small chunks first (verdicts on the values seen first are passed on
    sooner), then full ones; the rows are the same."""
    monkeypatch.setattr(chunks, "SMALL_BLOCK_CHARS", 1000)
    text = HEADER + "".join(f"{i},green tea,Acme\n" for i in range(1000))
    source = OrderFile(io.BytesIO(text.encode()), "t.csv", "utf-8", ",")
    cut = list(source.raw_chunks(4096, small=3))
    assert [len(c.text) < 1100 for c in cut[:4]] == [True, True, True, False]
    assert [row for c in cut for row in parse_text(c)] == whole(text)


@pytest.mark.parametrize("block", [11, 12, 13, 40])
def test_a_block_ending_inside_a_crlf_is_cut_by_its_quotes(monkeypatch, block: int) -> None:
    """A CRLF file holding quotes is cut by reading only the lines with a quote, also
    when a block ends between the CR and the LF of a line end (it was read record by
    record, about a second a million rows)."""

    def record_by_record(*args: object) -> None:
        raise AssertionError("read record by record")

    body = '1,"a, b",c\r\n2,d,e\r\n' * 20
    monkeypatch.setattr(chunks, "_complete_records", record_by_record)
    rows, _count = chunked(HEADER + body, block)
    monkeypatch.undo()
    assert rows == whole(HEADER + body)


@given(st.text(alphabet="a\r\n", max_size=30))
def test_line_feeds_only_is_every_cr_before_an_lf(text: str) -> None:
    """Every CR but one at the very end is part of a CRLF (the count it replaced)."""
    counted = text.count("\r") - text.endswith("\r") == text.count("\r\n")
    assert chunks._line_feeds_only(text) is counted
