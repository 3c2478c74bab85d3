"""s29 (round 2, H1 and M1): a field over the csv module's limit (16 MiB) is an error row
that says so, and every other row is screened, with one process or two and from
standard input; chunks for workers cut around it as one process reads it."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from screen.io.orders import OrderFile, parse_text
from screen.io.rowtext import OrderRow
from screen.io.writers import unique_names
from tests.hostile.conftest import run_screen, write

HEADER = "description,consignee,country\n"
LIMIT = 50  # the csv module's field limit while a case runs: small texts stand for 16 MiB


@pytest.fixture()
def small_limit() -> Iterator[None]:
    before = csv.field_size_limit(LIMIT)
    yield
    csv.field_size_limit(before)


def _rows(text: str, block: int = 0) -> list[OrderRow]:
    source = OrderFile(io.BytesIO(text.encode()), "t.csv", "utf-8", ",")
    if not block:
        return list(source.rows())
    return [row for chunk in source.raw_chunks(block) for row in parse_text(chunk)]


BIG = "a" * (LIMIT + 10)
BODIES = [  # (body, the statuses of its rows: e an error, o read)
    (f'"{BIG}",Sberbank,RU\n3D printer,Acme,RU\n', "eo"),  # quoted, closed on its line
    (f"{BIG},Sberbank,RU\n3D printer,Acme,RU\n", "eo"),  # unquoted
    (f'tea,"x\n{BIG}",RU\n3D printer,Acme,RU\n', "eeo"),  # over a line end: each line
    (f'tea,x,RU\n"{BIG}\n3D printer,Acme,RU\n', "oeo"),  # never closed
    (f'tea,x,RU\n"a",b,"{BIG}"\n"q",w,e\n', "oeo"),  # the last field
]


@pytest.mark.usefixtures("small_limit")
@pytest.mark.parametrize(("body", "kinds"), BODIES)
@pytest.mark.parametrize("block", [0, 1, 7, 40, 1000])
def test_a_field_over_the_limit_is_an_error_row(body: str, kinds: str, block: int) -> None:
    rows = _rows(HEADER + body, block)
    assert "".join("e" if row.error else "o" for row in rows) == kinds
    assert rows == _rows(HEADER + body)  # chunks read as one process reads
    bad = next(row for row in rows if row.error)
    assert bad.error is not None and "a field of more than 0 MiB" in bad.error


@pytest.mark.parametrize("how", ["1", "2", "stdin"])
def test_a_17_mib_field_is_one_error_row(tmp_path: Path, how: str) -> None:
    text = HEADER + '"' + "a" * (17 << 20) + '",Sberbank,RU\n3D printer,Acme,RU\n'
    path = write(tmp_path, text)
    args = ["batch", "--no-record", "--format", "jsonl", "-o", "out.jsonl"]
    if how == "stdin":
        with path.open("rb") as stdin:
            done = run_screen(tmp_path, *args, "-", stdin=stdin)
    else:
        done = run_screen(tmp_path, *args, str(path), "--workers", how)
    assert done.returncode == 5, done.stderr  # rows not screened; no internal error
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").open()]
    assert [row["status"] for row in rows] == ["error", "blocked"]
    assert rows[0]["error"] == (
        "line 2: a field of more than 16 MiB (the row's text is 17.0 MiB) exceeds the limit "
        "of 10,000 characters: check the quoting, or shorten the cell"
    )


# Round 2 M1: a header of 200,000 columns (1.4 MB) once took minutes in JSON Lines:
# each name was looked for among the names before it.
NAMES = [
    (["a", "b"], ["a", "b"]),
    (["note", "x", "note"], ["note", "x", "note (column 3)"]),
    (["n", "n (column 2)", "n"], ["n", "n (column 2)", "n (column 3)"]),
    (["n", "n", "n (column 2)"], ["n", "n (column 2)'", "n (column 2)"]),
]


@pytest.mark.parametrize(("header", "names"), NAMES)
def test_repeated_names_are_made_unique(header: list[str], names: list[str]) -> None:
    assert unique_names(header) == names


def test_a_wide_header_is_named_in_linear_time() -> None:
    header = [f"c{i}" for i in range(100_000)] + ["c5"]
    start = time.perf_counter()
    names = unique_names(header)
    assert time.perf_counter() - start < 5  # it took about 25 s, 0.05 s now
    assert names[-1] == "c5 (column 100001)"
