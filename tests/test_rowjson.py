"""A chunk's rows as JSON: the fast joins give exactly what json.dumps gives."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screen.records.rowjson import block_json, rows_json, text_of, text_rows


def expected(rows: list[tuple[str, ...]], others: dict[int, tuple[str, ...]]) -> str:
    merged = [others.get(i, row) for i, row in enumerate(rows)]
    return json.dumps(merged, ensure_ascii=False, separators=(",", ":"))


CASES = [
    ([], {}),
    ([("a", "b")], {}),
    ([("PO-1", "green tea"), ("PO-2", "ロボット")], {}),
    ([("a", 'say "hi"'), ("b", "c")], {}),  # a quote: the encoder escapes it
    ([("a", "back\\slash")], {}),
    ([("a", "tab\there"), ("b", "line\nbreak")], {}),
    ([("a", "b"), ("c", "d")], {1: ("c", "d", "row has 3 fields, the header has 2")}),
    ([("a", "b"), ("c", "d")], {0: ("x", 'quoted "error"')}),
    ([("", ""), ("\u2028", "\x7f")], {}),  # no escape needed for these
]


@pytest.mark.parametrize(("rows", "others"), CASES)
def test_rows_json_is_json_dumps(rows, others) -> None:
    assert rows_json(list(rows), 2, others) == expected(rows, others)
    assert json.loads(rows_json(list(rows), 2, others)) == json.loads(expected(rows, others))


def test_rows_of_another_width_go_through_the_encoder() -> None:
    rows = [("a", "b", "c"), ('"', '"')]  # the quote count alone would match
    assert rows_json(list(rows), 2, {}) == expected(rows, {})


TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=6) | st.sampled_from(
    ['"', "\\", "\n", "\x00", "", "clear"]
)


@given(
    st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=8),
    st.dictionaries(
        st.integers(0, 7),
        st.lists(TEXT, min_size=3, max_size=4).map(tuple),
        max_size=3,
    ),
)
def test_rows_json_property(rows, others) -> None:
    others = {k: v for k, v in others.items() if k < len(rows)}
    assert rows_json(list(rows), 3, others) == expected(rows, others)


def split_rows(text: str, delimiter: str) -> list[list[str]]:
    lines = text.replace("\r\n", "\n").split("\n")
    if text.endswith("\n"):
        lines.pop()
    return [["clear", *line.split(delimiter)] for line in lines]


BLOCKS = [
    ("a,b,c\n", 1, 3, True),
    ("a,b,c\r\nd,,f\n", 2, 3, True),  # CRLF, an empty cell
    ("a,b,c\r\nd,,f\r\n", 2, 3, True),  # CRLF at the end too
    ("a,b\nc,d", 2, 2, True),  # no final line end
    ("ロボット,東京\n", 1, 2, True),
    ("a\tb\nc\td\n", 2, 2, True),  # a tab delimiter
    ("a,b\nc,d,e\n", 2, 2, False),  # a row of another width
    ('a,"b"\n', 1, 2, False),  # a quote: the cells differ from the split
    ("a,b\\c\n", 1, 2, False),  # a backslash needs escaping
    ("a,b\x01\n", 1, 2, False),  # so does a control character
    ("a,b\rc,d\n", 1, 2, False),  # a bare CR
]


@pytest.mark.parametrize(("text", "rows", "width", "plain"), BLOCKS)
def test_block_json_is_json_dumps_of_the_split_lines(text, rows, width, plain) -> None:
    delimiter = "\t" if "\t" in text else ","
    found = block_json(text, rows, width, delimiter, "clear")
    if not plain:
        assert found is None
    else:
        assert found is not None
        assert f"[{found}]" == json.dumps(
            split_rows(text, delimiter), ensure_ascii=False, separators=(",", ":")
        )


@given(
    st.lists(st.lists(TEXT, min_size=2, max_size=2), min_size=1, max_size=6),
    st.booleans(),
    st.sampled_from(["\n", "\r\n"]),
)
def test_block_json_property(cells, final, end) -> None:
    text = end.join(",".join(row) for row in cells) + (end if final else "")
    found = block_json(text, len(cells), 2, ",", "clear")
    if found is not None:  # then it is the text's lines, split, as the encoder writes them
        lines = split_rows(text, ",")
        assert len(lines) == len(cells)
        assert f"[{found}]" == json.dumps(lines, ensure_ascii=False, separators=(",", ":"))
    elif "\r" not in text and all('"' not in c and "\\" not in c for row in cells for c in row):
        plain = all(c.isprintable() and "," not in c for row in cells for c in row)
        assert not plain  # only text that cannot be encoded by joins is refused


# Cells a line kept as text may hold or must be read apart for: quotes, backslashes,
# control characters, the other delimiters, non-ASCII text, an undecodable byte.
CELL = st.text(
    alphabet=st.sampled_from(['"', "\\", "\x01", "\t", ",", ";", "é", "ロ", "\udc80", "a", " "]),
    max_size=4,
)


def _view_rows(text: str, delimiter: str, rows: int) -> list[tuple[str, ...]]:
    """The key fields `screened_rows` shows for `text` kept by `RowRecorder.begin_text`."""
    import tempfile
    from pathlib import Path

    from screen.records.database import connect
    from screen.records.trail import NewRun, add_chunk, start_run
    from screen.runs.rowrecords import Layout, RowRecorder

    with tempfile.TemporaryDirectory() as folder:
        connection = connect(Path(folder) / "t.db")
        run = NewRun("batch", "{}", "u", "h", "0", "v", "s", "p", 90, 75, input_delimiter=delimiter)
        run_id = start_run(connection, run, [])
        recorder = RowRecorder(
            Layout(run_id, 3, delimiter), lambda c: add_chunk(connection, run_id, c)
        )
        assert recorder.begin_text(1, text, rows)
        recorder.add(2, [], "review")
        recorder.end_text()
        recorder.flush()
        found = connection.execute(
            "SELECT order_id, description, consignee, status FROM screened_rows ORDER BY row"
        ).fetchall()
        connection.close()
        return found


@given(
    st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=2, max_size=5),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from([",", ";", "\t"]),
    st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_rows_kept_as_text_read_back_as_their_cells(rows, ending, delimiter, final) -> None:
    """`text_rows` and the view: each row's cells as the csv module reads its line;
    `text_of` gives the text back (an undecodable byte as '?')."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=ending).writerows(rows)
    text = out.getvalue()
    if not final:
        text = text[: -len(ending)]
    found = text_rows(text, delimiter)
    assert found is not None
    blanked, lines = found
    readable = text.encode("utf-8", "replace").decode("utf-8")
    assert text_of(blanked, {str(k): v for k, v in lines.items()}) == readable
    parsed = list(csv.reader(io.StringIO(readable, newline=""), delimiter=delimiter))
    statuses = ["clear", "review", *(["clear"] * (len(rows) - 2))]
    expected = [(*cells, status) for cells, status in zip(parsed, statuses, strict=True)]
    assert _view_rows(text, delimiter, len(rows)) == expected


def test_a_quoted_field_running_on_is_not_kept_as_text() -> None:
    assert text_rows('a,"b\nc",d\n', ",") is None
    assert text_rows("a,b\nc,d\n", ",") == ("a,b\nc,d\n", {})
