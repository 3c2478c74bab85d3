"""A chunk's rows as JSON: the fast joins give exactly what json.dumps gives."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.records.rowjson import rows_json


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
