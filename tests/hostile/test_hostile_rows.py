"""Items 6, 7, 9 and 10: a flagged shipment never comes out clear, and no row is lost."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.io.orders import OrderFile, parse_text
from tests.hostile.conftest import (
    BLOCKED_ROW,
    CLEAR_ROW,
    HEADER,
    child_env,
    screen_command,
    write,
)


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "-q", "--no-record"])


# -- 6: the reader of stdout goes away ------------------------------------------


def _piped(tmp_path: Path, command: str, *args: str) -> int:
    """Exit code of `screen ARGS | command` (the reader closes without reading)."""
    shell = " ".join(f"'{a}'" for a in screen_command(*args)) + f" | {command}"
    done = subprocess.run(
        ["bash", "-c", shell + "; exit ${PIPESTATUS[0]}"],
        env=child_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        timeout=300,
    )
    return done.returncode


def test_check_blocked_into_a_closed_pipe_exits_1(tmp_path: Path) -> None:
    args = ("check", "semiconductor wafers", "--country", "RU", "--date", "2024-05-01")
    assert _piped(tmp_path, "true", *args, "--format", "json", "--no-record") == 1


def test_batch_into_a_closed_pipe_is_never_clear(tmp_path: Path) -> None:
    rows = "".join(f"{i},green tea,Tea House,JP,2024-05-01\n" for i in range(3, 60003))
    path = write(tmp_path, HEADER + BLOCKED_ROW + rows)
    assert _piped(tmp_path, "head -c 10 > /dev/null", "batch", str(path), "-q") in (1, 141)


# -- 7: duplicate columns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "extra", "message"),
    [
        (
            "order_id,description,consignee,country,date,description\n",
            ",semiconductor wafers",
            "columns 'description' (column 2) and 'description' (column 6) have the same "
            "name: rename one; only one column can be screened as the description",
        ),
        (
            "order_id,Description,consignee,country,date,Item\n",
            ",semiconductor wafers",
            "columns 'Description' (column 2) and 'Item' (column 6) could each be the "
            "description: pick one with --map description='Description'",
        ),
    ],
)
def test_duplicate_columns_are_refused(tmp_path: Path, header, extra, message) -> None:
    path = write(tmp_path, header + CLEAR_ROW.rstrip("\n") + extra + "\n")
    result = _batch(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {message}\n"


def test_map_picks_one_of_two_candidate_columns(tmp_path: Path) -> None:
    header = "order_id,Description,consignee,country,date,Item\n"
    path = write(tmp_path, header + "2,green tea,Tea House,RU,2024-05-01,semiconductor wafers\n")
    result = _batch(str(path), "--map", "description=Item")
    assert result.exit_code == 1
    assert [r["status"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["blocked"]


def test_jsonl_keeps_both_cells_of_a_repeated_column(tmp_path: Path) -> None:
    header = "order_id,description,consignee,country,date,note,note\n"
    path = write(tmp_path, header + CLEAR_ROW.rstrip("\n") + ",first,second\n")
    result = _batch(str(path), "--format", "jsonl")
    record = json.loads(result.stdout)
    assert (record["input"]["note"], record["input"]["note (column 7)"]) == ("first", "second")


# -- 9: a quote never closed ---------------------------------------------------------


def _rows(text: str, chunk: int | None = None) -> list[tuple[int, list[str], str | None]]:
    opened = OrderFile(io.BytesIO(text.encode()), "orders.csv", None, None)
    if chunk is None:
        return [(r.number, r.cells, r.error) for r in opened.rows()]
    return [(r.number, r.cells, r.error) for c in opened.raw_chunks(chunk) for r in parse_text(c)]


UNCLOSED = HEADER + '1,"semiconductor wafers,Baltic LLC,RU,2024-05-01\n' + BLOCKED_ROW
UNCLOSED += "".join(f"{i},green tea,Tea House,JP,2024-05-01\n" for i in range(3, 6))
NEVER_CLOSED = (
    "line 2: a quote opens here and is never closed: close it (the lines after it are "
    "screened on their own)"
)


def test_a_quote_never_closed_loses_no_line() -> None:
    rows = _rows(UNCLOSED)
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]  # one row per line after the header
    assert rows[0][2] == NEVER_CLOSED
    assert rows[1] == (2, BLOCKED_ROW.strip().split(","), None)
    assert all(error is None for _, _, error in rows[1:])


@pytest.mark.parametrize("chunk", [1, 2, 3, 10])
def test_workers_recover_the_same_rows(chunk: int) -> None:
    assert _rows(UNCLOSED, chunk) == _rows(UNCLOSED)


def test_batch_screens_the_lines_after_an_unclosed_quote(tmp_path: Path) -> None:
    result = _batch(str(write(tmp_path, UNCLOSED)))
    assert result.exit_code == 5  # some rows could not be screened
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["status"] for r in rows] == ["error", "blocked", "clear", "clear", "clear"]
    assert rows[0]["reason"] == NEVER_CLOSED


# A stray quote in the middle of a file: closed lines later by the quote that opens a
# quoted field of another order.
STRAY = (
    HEADER
    + '1,"semiconductor wafers,Baltic LLC,RU,2024-05-01\n'
    + BLOCKED_ROW
    + "3,green tea,Tea House,JP,2024-05-01\n"
    + '4,"green tea, loose",Tea House,JP,2024-05-01\n'
    + "5,semiconductor wafers,Baltic LLC,RU,2024-05-01\n"
)
RUNS_ON = (
    "line 2: a quote opens here and runs on to line 5: close it (the lines after it are "
    "screened on their own)"
)
# A quoted field with line breaks in it (an address) is one order, as it should be.
MULTILINE = (
    HEADER
    + '1,"semiconductor wafers\n(boxed, 2 units)\nfragile",Baltic LLC,RU,2024-05-01\n'
    + '2,"green tea","Tea House\n1-2 Chome, Minato",JP,2024-05-01\n'
    + CLEAR_ROW.replace("2,", "3,", 1)
)


def test_a_stray_quote_mid_file_loses_no_line() -> None:
    """Item 9, in the middle of a file: the broken record is an error row on the line
    where the quote opens, and every line after it is screened on its own."""
    rows = _rows(STRAY)
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]  # one row per line after the header
    assert rows[0] == (1, ["1", "semiconductor wafers,Baltic LLC,RU,2024-05-01"], RUNS_ON)
    assert rows[3][1] == ["4", "green tea, loose", "Tea House", "JP", "2024-05-01"]
    assert all(error is None for _, _, error in rows[1:])


def test_a_quoted_field_over_several_lines_is_one_order() -> None:
    rows = _rows(MULTILINE)
    assert [(r[0], r[2]) for r in rows] == [(1, None), (2, None), (3, None)]
    assert rows[0][1][1] == "semiconductor wafers\n(boxed, 2 units)\nfragile"
    assert rows[1][1][2] == "Tea House\n1-2 Chome, Minato"


@pytest.mark.parametrize("text", [STRAY, MULTILINE])
@pytest.mark.parametrize("chunk", [1, 7, 40, 1000])
def test_workers_cut_stray_and_quoted_lines_alike(text: str, chunk: int) -> None:
    assert _rows(text, chunk) == _rows(text)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_screens_every_line_after_a_stray_quote(tmp_path: Path, workers: str) -> None:
    result = _batch(str(write(tmp_path, STRAY)), "--workers", workers)
    assert result.exit_code == 5  # some rows could not be screened
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["status"] for r in rows] == ["error", "blocked", "clear", "clear", "blocked"]
    assert rows[0]["reason"] == RUNS_ON
    result = _batch(str(write(tmp_path, MULTILINE)), "--workers", workers)
    assert result.exit_code == 1
    statuses = [r["status"] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert statuses == ["blocked", "clear", "clear"]


# s28 C6: the line a stray quote swallows is ragged, holds quotes, or the file is
# narrow; every swallowed order is still screened on its own.
WIDE = "order_id,description,consignee,country,address\n"
SWALLOWED = [
    (  # a swallowed order missing its last field
        WIDE + 'PO-1,Green tea,"Acme,DE,Berlin\nPO-2,3D printer,Tver Automation,RU\n'
        'PO-3,Tea,Acme",DE,Berlin\nPO-4,Semiconductors,Acme,RU,Moscow\n',
        ["error", "error", "clear", "blocked"],
    ),
    (  # a swallowed order with an escaped empty field
        WIDE + 'PO-1,Green tea,"Acme,RU,x\nPO-2,3D printer,Tver Automation,RU,""\n'
        'PO-3,Tea,Acme",DE,x\nPO-4,Semiconductors,Acme,RU,y\n',
        ["error", "blocked", "clear", "blocked"],
    ),
    (  # a doubled quote inside the swallowed order
        WIDE + 'PO-1,Green tea,"Acme,RU,x\nPO-2,3D printer 12"" bed,Tver,RU,Tver\n'
        'PO-3,Tea,Acme",DE,x\n',
        ["error", "blocked", "clear"],
    ),
    (  # three columns
        'description,consignee,country\nGreen tea,"Acme Trading,DE\n'
        '3D printer,Tver Automation,RU\nWooden toys,Kazan Kids",DE\nSemiconductors,Acme,RU\n',
        ["error", "blocked", "clear", "blocked"],
    ),
]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(("text", "statuses"), SWALLOWED)
def test_no_order_is_lost_in_a_stray_quote(tmp_path: Path, workers, text, statuses) -> None:
    result = _batch(str(write(tmp_path, text)), "--workers", workers)
    assert result.exit_code == 5, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["status"] for r in rows] == statuses
    assert rows[0]["reason"].startswith("line 2: a quote opens here and runs on to line ")


def test_a_narrow_file_keeps_an_address_over_lines_as_one_order(tmp_path: Path) -> None:
    text = 'description,consignee,country\ngreen tea,"Tea House\n1-2 Chome, Minato",JP\n'
    result = _batch(str(write(tmp_path, text)))
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 1


# -- 10: nothing to screen -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEADER, "has a header row but no orders: add the orders below the header"),
        (HEADER + "\n\r\n  \n", "has a header row but no orders: add the orders below the header"),
        ("", "is empty: it needs a header row and at least one order"),
        ("\n \n", "is empty: it needs a header row and at least one order"),
    ],
)
def test_header_only_and_empty_files_exit_2(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    result = _batch(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path} {message}\n"


# -- s28 M6: an input that is a pipe is read; a folder is named as one ----------------------


def test_an_input_pipe_is_read(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "orders.fifo"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as stream:
            stream.write(HEADER + BLOCKED_ROW + CLEAR_ROW)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = _batch(str(fifo))
    writer.join(timeout=10)
    if writer.is_alive():  # the pipe was never read: let the writer go
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    assert result.exit_code == 1, result.output
    assert [r["status"] for r in csv.DictReader(io.StringIO(result.stdout))] == [
        "blocked",
        "clear",
    ]


def test_a_folder_as_input_is_named_as_one(tmp_path: Path) -> None:
    result = _batch(str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path} is a folder: give an order file\n"
