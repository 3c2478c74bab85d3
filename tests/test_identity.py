"""s30 M7 (item 19): a run records the OS account running screen (its user id's
name), not $USER, which anyone can set; a decision records the OS account and host
that recorded it beside the self-declared --by."""

from __future__ import annotations

import json
import os
import pwd
import socket
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app

LIST = "id,name,aliases,type,country,program\nW1,Kestrel Precision Trading,,organization,AE,x\n"


def test_runs_and_decisions_record_the_os_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USER", "mallory")
    monkeypatch.setenv("LOGNAME", "mallory")
    account = pwd.getpwuid(os.getuid()).pw_name
    assert account != "mallory"
    db = str(tmp_path / "r.db")
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST)
    assert CliRunner().invoke(app, ["check", "tea", "--country", "JP", "--db", db]).exit_code == 0
    decided = CliRunner().invoke(
        app,
        ["decide", "Kestrel Precision Trading", "--entry", "watch:W1", "--clear", "--by", "ceo",
         "--reason", "x", "--list", str(listed), "--db", db, "-f", "json"],
    )  # fmt: skip
    assert decided.exit_code == 0, decided.output
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT user, host FROM runs").fetchall() == [
            (account, socket.gethostname())
        ]
        assert connection.execute("SELECT decided_by, recorded_by FROM decisions").fetchall() == [
            ("ceo", f"{account}@{socket.gethostname()}")
        ]
    assert json.loads(decided.stdout)["recorded_by"] == f"{account}@{socket.gethostname()}"
