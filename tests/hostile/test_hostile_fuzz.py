"""Fuzzing (hypothesis) over the CSV reader, the YAML loader and every list
importer: nothing but a clear `ScreenError` comes out, and no row is lost.

The budget is the "hostile" profile in tests/hostile/conftest.py: a short run in
`make test`, `make fuzz` for a long one."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screen.errors import ScreenError
from screen.io.orders import OrderFile, parse_text
from screen.lists import FORMATS, load_list
from screen.rulebook.yamlread import read_yaml

PROFILE = settings.get_profile("hostile")

# the characters that break CSV and YAML: quotes, delimiters, line ends, NUL, BOM,
# zero-width and bidi marks, surrogates' stand-ins, and some letters
HOSTILE = '",;\t|\r\n\x00\ufeff\u200b\u202e \'"#:-&*![]{}>|%@`\\aZ9日ё'
TEXT = st.text(alphabet=st.sampled_from(HOSTILE), max_size=300)
HEADER = "order_id,description,consignee,country,date\n"


@settings(PROFILE)
@given(body=TEXT, chunk=st.integers(min_value=1, max_value=7))
def test_the_csv_reader_loses_no_text_and_agrees_with_workers(body: str, chunk: int) -> None:
    data = (HEADER + body).encode("utf-8")
    try:
        rows = list(OrderFile(io.BytesIO(data), "fuzz.csv", "utf-8", None).rows())
    except ScreenError:
        return  # a clear refusal (header only, blank): fine
    # every character after the header lands in exactly one row, in order
    assert "".join(r.raw for r in rows) == data.decode("utf-8")[len(HEADER) :]
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))
    opened = OrderFile(io.BytesIO(data), "fuzz.csv", "utf-8", None)
    in_chunks = [r for c in opened.raw_chunks(chunk) for r in parse_text(c)]
    assert in_chunks == rows


@settings(PROFILE)
@given(raw=st.binary(max_size=300))
def test_the_csv_reader_takes_any_bytes(raw: bytes) -> None:
    try:
        opened = OrderFile(io.BytesIO(HEADER.encode() + raw), "fuzz.csv", None, None)
        rows = list(opened.rows())
    except ScreenError:
        return
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))


@settings(PROFILE)
@given(text=TEXT)
def test_the_yaml_loader_only_reports_problems(text: str) -> None:
    value, problems = read_yaml(text, "fuzz.yaml")
    assert value is None or problems is not None


@settings(PROFILE)
@given(data=st.data())
@pytest.mark.parametrize("fmt", [*FORMATS, None])
def test_every_list_importer_fails_only_with_a_clear_error(
    fmt: str | None, data, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = data.draw(TEXT)
    # no cache entry for each drawn list (set for this test only, not the worker's rest)
    monkeypatch.setenv("SCREEN_CACHE_DIR", "off")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz-list.csv"
        path.write_text(text, encoding="utf-8")
        try:
            loaded = load_list(str(path), fmt)
        except ScreenError as exc:
            assert str(exc)
            return
        assert loaded.rules
