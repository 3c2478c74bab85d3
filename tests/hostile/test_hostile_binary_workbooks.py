"""Round 7, lead 3: an .xls or .xlsb whose cells span an area calamine cannot
allocate.  Only .xlsx and .ods were probed before calamine opened them: a 2.5 KB
.xls with a cell at row 65,536, column 65,536 (BIFF stores columns in 16 bits,
and calamine takes them as they are) made calamine ask for 137 GB when it opened
the workbook, and a 1.4 KB .xlsb with a cell at column 4,000,000,000 asked for
128 PB: the process aborted (SIGABRT, exit 134, a Rust backtrace), or, for an
area just big enough, swapped the machine.  Run in a child process: the old code
aborted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.binbooks import write_xls, write_xlsb
from tests.hostile.conftest import run_screen

pytest.importorskip("python_calamine")

FIX = "save the orders as CSV UTF-8, or copy them alone to a new workbook"
ORDERS = [
    (0, 0, "description"),
    (0, 1, "consignee"),
    (0, 2, "country"),
    (1, 0, "green tea"),
    (1, 1, "Sberbank"),
    (1, 2, "RU"),
]


@pytest.mark.parametrize("pad", [0, 5000], ids=["mini-stream", "sectors"])
def test_an_xls_spanning_too_many_cells_is_refused(tmp_path: Path, pad: int) -> None:
    path = write_xls(tmp_path / "orders.xls", [*ORDERS, (65535, 65535, 1.0)], pad)
    done = run_screen(tmp_path, "batch", str(path), "--no-record")
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"Error: {path}: sheet 'Orders' spans 65,536 rows by 65,536 columns "
        f"(4,294,967,296 cells), more than the 20,000,000 a sheet read may: {FIX}\n"
    )
    assert done.stdout == ""


@pytest.mark.parametrize("pad", [0, 5000], ids=["mini-stream", "sectors"])
def test_an_xls_within_the_bounds_is_read(tmp_path: Path, pad: int) -> None:
    """(Columns past Excel's 256 read as they were: the bound is on the area.)"""
    path = write_xls(tmp_path / "orders.xls", [*ORDERS, (2, 300, 1.0)], pad)
    done = run_screen(tmp_path, "batch", str(path), "--no-record", "--format", "jsonl")
    assert done.returncode == 5, done.stderr  # a row of a number alone is an error row
    assert "blocked 1  error 1" in done.stderr
    assert '"consignee": "Sberbank"' in done.stdout and '"status": "blocked"' in done.stdout


def test_a_damaged_xls_is_refused_before_calamine(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "orders.xls", ORDERS, 5000)
    data = bytearray(path.read_bytes())
    data[48:52] = (10_000).to_bytes(4, "little")  # the directory past the file's end
    path.write_bytes(bytes(data))
    done = run_screen(tmp_path, "batch", str(path), "--no-record")
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"Error: {path}: the workbook's compound file is damaged (its sectors cannot be "
        f"followed): {FIX}\n"
    )


@pytest.mark.parametrize(
    "part", ["worksheets/sheet1.bin", "worksheets/../worksheets/x.bin"], ids=["excel", "odd"]
)
def test_an_xlsb_spanning_too_many_cells_is_refused(tmp_path: Path, part: str) -> None:
    path = write_xlsb(tmp_path / "orders.xlsb", [*ORDERS, (5, 4_000_000_000, 1.0)], part)
    done = run_screen(tmp_path, "batch", str(path), "--no-record")
    assert done.returncode == 2, done.stderr
    sheet = part.rsplit("/", 1)[-1]
    assert done.stderr == (
        f"Error: {path}: sheet part '{sheet}' spans 6 rows by 4,000,000,001 columns "
        f"(24,000,000,006 cells), more than the 20,000,000 a sheet read may: {FIX}\n"
    )


def test_an_xlsb_cell_of_too_much_text_is_refused(tmp_path: Path) -> None:
    path = write_xlsb(tmp_path / "orders.xlsb", [*ORDERS, (2, 0, "x" * 600_000)])
    done = run_screen(tmp_path, "batch", str(path), "--no-record")
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"Error: {path}: a record of the workbook holds 1,200,012 bytes, more than the "
        f"1,048,576 a cell's text may: {FIX}\n"
    )


def test_an_xlsb_within_the_bounds_is_read(tmp_path: Path) -> None:
    path = write_xlsb(tmp_path / "orders.xlsb", ORDERS)
    done = run_screen(tmp_path, "batch", str(path), "--no-record", "--format", "jsonl")
    assert done.returncode == 1, done.stderr
    assert '"consignee": "Sberbank"' in done.stdout and '"status": "blocked"' in done.stdout
