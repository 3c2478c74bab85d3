"""Hostile round 5 (area B, leftover 1): two order id columns of the same name.

The order id is what the audit trail keys a row's verdict by.  With two columns of
that name the first was recorded without a word, so a blocked row could stand in the
trail under the id of the other column.  They are refused as two screened columns
are, when the run is recorded (with --no-record no order id is read), before the
records database is opened; in every engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.hostile.conftest import write

ORDERS = (
    "Order ID,description,consignee,country,date,order_id\n"
    "A1,green tea,Acme,JP,2024-05-01,B1\n"
    "A2,semiconductor wafers,Acme,RU,2024-05-01,B2\n"
)
REFUSED = (
    "Error: columns 'Order ID' (column 1) and 'order_id' (column 6) have the same name: "
    "rename one; only one column can be recorded as the order id\n"
)


def test_two_order_id_columns_are_refused_before_recording(tmp_path: Path) -> None:
    db = tmp_path / "trail.db"
    out = tmp_path / "out.csv"
    args = ["batch", str(write(tmp_path, ORDERS)), "--db", str(db), "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr == REFUSED
    assert not db.exists() and not out.exists()


def test_eval_refuses_them_too(tmp_path: Path) -> None:
    labelled = write(tmp_path, ORDERS.replace("order_id\n", "order_id,expect\n", 1)
                     .replace("B1\n", "B1,clear\n").replace("B2\n", "B2,flag\n"))  # fmt: skip
    args = ["eval", str(labelled), "--db", str(tmp_path / "trail.db"), "--format", "json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr == REFUSED


def test_without_recording_no_order_id_is_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(write(tmp_path, ORDERS)), "--no-record", "-q"])
    assert result.exit_code == 1, result.output
    third = result.stdout.splitlines()[2]
    assert third.startswith("A2,semiconductor wafers,Acme,RU,2024-05-01,B2,blocked")


def test_one_order_id_column_is_recorded(tmp_path: Path) -> None:
    """Two columns of different names ('Order ID', 'PO Number'): the first name of the
    list is the order id, as before."""
    text = ORDERS.replace(",order_id\n", ",PO Number\n", 1)
    db = tmp_path / "trail.db"
    result = CliRunner().invoke(app, ["batch", str(write(tmp_path, text)), "--db", str(db), "-q"])
    assert result.exit_code == 1, result.output
    with sqlite3.connect(db) as connection:
        found = connection.execute("SELECT row, order_id FROM screened_rows ORDER BY row")
        assert found.fetchall() == [(1, "A1"), (2, "A2")]


def test_a_dask_partition_refuses_them_before_screening(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from tests.hostile.conftest import run_screen

    write(tmp_path, ORDERS)
    result = run_screen(
        tmp_path, "batch", "orders.csv", "--engine", "dask", "--workers", "1", "-o", "out", "-q"
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr == REFUSED
    assert list((tmp_path / "out").iterdir()) == []
