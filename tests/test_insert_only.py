"""s30 M11 (partly): the records database refuses, through triggers, to change or
delete what was recorded: a run that ended, its lists, rows and hits, a decision's
content (its party key may be re-keyed).  Not tamper-proof: whoever can write the
file can drop the triggers; it stops slips and programs that would edit the trail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app

LIST = "id,name,aliases,type,country,program\nW1,Kestrel Precision Trading,,organization,AE,x\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "r.db"
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST)
    ran = CliRunner().invoke(
        app,
        ["check", "wafers", "-c", "Kestrel Precision Trading", "--country", "RU", "--list",
         str(listed), "--db", str(path)],
    )  # fmt: skip
    assert ran.exit_code == 1
    decided = CliRunner().invoke(
        app,
        ["decide", "Kestrel Precision Trading", "--entry", "watch:W1", "--confirm", "--by", "bob",
         "--reason", "same firm", "--list", str(listed), "--db", str(path)],
    )  # fmt: skip
    assert decided.exit_code == 0
    return path


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE runs SET blocked = 0", "a run that ended is never changed"),
        ("DELETE FROM runs", "runs are never deleted"),
        ("DELETE FROM hits WHERE run_id = 1", "hits are never changed or deleted"),
        ("UPDATE row_chunks SET rows = replace(rows, 'blocked', 'clear')",
         "row_chunks are never changed or deleted"),
        ("UPDATE run_lists SET sha256 = 'x'", "run_lists are never changed or deleted"),
        ("UPDATE decisions SET verdict = 'clear'",
         "a decision is never changed: record a new one with screen decide"),
        ("UPDATE decisions SET decided_at = '2099-01-01T00:00:00+00:00'",
         "a decision is never changed: record a new one with screen decide"),
        ("DELETE FROM decisions",
         "a decision is never deleted: record a new one with screen decide"),
    ],
)  # fmt: skip
def test_what_was_recorded_is_never_changed(db: Path, sql: str, message: str) -> None:
    with sqlite3.connect(db) as connection:
        with pytest.raises(sqlite3.IntegrityError) as refused:
            connection.execute(sql)
        assert str(refused.value) == f"the audit trail is insert only: {message}"
        assert connection.execute("SELECT blocked, status FROM runs").fetchall() == [
            (1, "completed")
        ]


def test_a_decision_may_be_rekeyed(db: Path) -> None:
    """Guard: re-keying a decision's party (a newer way of keying) is allowed."""
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE decisions SET party_key = 'x', key_version = 1")
        assert connection.execute("SELECT party_key FROM decisions").fetchall() == [("x",)]
