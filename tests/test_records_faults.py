"""s30 M4: faults of the records database while recording are exit 2 with one line
naming the database and the fix (a full disk was exit 4 "internal error", its cause
masked by a ROLLBACK SQLite had already done); `check` still shows its verdict; a
locked database is waited for, saying so, at most LOCK_WAIT_S; a read-only database
is read by `history`."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import screen.records.database
import screen.runs.recording
from screen.cli import app
from tests.conftest import ROOT

HEADER = "order_id,description,consignee,country,date\n"
BLOCKED = "{n},semiconductor wafers {pad},Baltic LLC,RU,2024-05-01\n"


def _full_after_start(monkeypatch: pytest.MonkeyPatch, grow: int) -> None:
    """Every connection the recorder opens may grow the database by `grow` pages
    only (SQLite's own "database or disk is full" past them)."""
    real = screen.runs.recording.connect

    def capped(path: Path, **kwargs: bool) -> sqlite3.Connection:
        connection = real(path, **kwargs)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + grow}")
        return connection

    monkeypatch.setattr(screen.runs.recording, "connect", capped)


def _full(db: Path) -> str:
    return (
        f"Error: cannot record in the records database {db} (database or disk is full): free "
        "some space on its disk, or pass --db for a database elsewhere (or --no-record to "
        "screen without recording)\n"
    )


def test_a_check_that_cannot_be_recorded_shows_its_verdict_then_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "full.db"
    assert (
        CliRunner().invoke(app, ["check", "tea", "--country", "JP", "--db", str(db)]).exit_code == 0
    )
    _full_after_start(monkeypatch, 0)
    result = CliRunner().invoke(
        app,
        ["check", "semiconductor wafers", "-c", "Baltic LLC " + "z" * 9_000,
         "--end-user", "Tea House " + "y" * 9_000, "--address", "a" * 9_000,
         "--country", "RU", "--db", str(db), "-f", "json"],
    )  # fmt: skip
    assert (result.exit_code, result.stderr) == (2, _full(db))
    shown = json.loads(result.stdout)
    assert shown["status"] == "blocked" and "run_id" not in shown
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM runs").fetchone() == (1,)


def test_a_batch_that_cannot_be_recorded_exits_2_naming_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orders = tmp_path / "orders.csv"
    pad = "y" * 2000
    orders.write_text(HEADER + "".join(BLOCKED.format(n=n, pad=pad) for n in range(1, 400)))
    db = tmp_path / "full.db"
    _full_after_start(monkeypatch, 4)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["batch", str(orders), "-q", "-o", str(out), "--db", str(db)])
    assert (result.exit_code, result.stderr) == (2, _full(db))
    assert not out.exists()  # no output without its record


def test_a_locked_database_is_waited_for_saying_so_then_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "locked.db"
    assert (
        CliRunner().invoke(app, ["check", "tea", "--country", "JP", "--db", str(db)]).exit_code == 0
    )
    monkeypatch.setattr(screen.records.database, "LOCK_WAIT_S", 2.0)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(
            app, ["check", "wafers", "-c", "Baltic LLC", "--country", "RU", "--db", str(db),
                  "-f", "json"],
        )  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 2
    assert result.stderr == (
        f"Waiting for the records database {db} (locked by another process)...\n"
        f"Error: the records database {db} stays locked by another process (waited 2 s): try "
        "again when it is done, or pass --db for another database\n"
    )
    assert json.loads(result.stdout)["status"] == "blocked"


def _recorded(tmp_path: Path) -> Path:
    db = tmp_path / "ro" / "ro.db"
    db.parent.mkdir()
    ran = CliRunner().invoke(app, ["check", "wafers", "-c", "Baltic LLC", "--country", "RU",
                                   "--db", str(db)])  # fmt: skip
    assert ran.exit_code == 1
    return db


def test_history_reads_a_database_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _recorded(tmp_path)
    monkeypatch.setattr(screen.records.database, "_writable", lambda path: False)
    result = CliRunner().invoke(app, ["history", "--db", str(db), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == [1]
    shown = CliRunner().invoke(app, ["history", "show", "1", "--db", str(db), "-f", "json"])
    assert shown.exit_code == 1


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare")
def test_history_reads_a_database_on_a_read_only_mount(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "ro.db"
    recorded = subprocess.run(
        [sys.executable, "-m", "screen", "check", "wafers", "-c", "Baltic LLC", "--country", "RU",
         "--db", str(db)],
        capture_output=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert recorded.returncode == 1
    last = sqlite3.connect(db)  # the last connection: the log check-pointed and removed
    last.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    last.close()
    assert sorted(p.name for p in folder.iterdir()) == ["ro.db"]  # as archived
    script = (
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
        f"{sys.executable} -m screen history --db {db} -f json"
    )
    proc = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if "mount" in proc.stderr and proc.returncode != 0 and "screen" not in proc.stderr:
        pytest.skip(f"cannot mount here: {proc.stderr.strip()}")
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in json.loads(proc.stdout)] == [1]


def test_an_emptied_database_is_refused_not_started_afresh(tmp_path: Path) -> None:
    """s30 item 27: a 0-byte records database (a failed copy) restarted the trail at
    run 1; a 0-byte file being created by another process just now is still opened."""
    import os
    import time

    db = tmp_path / "copy.db"
    db.write_bytes(b"")
    old = time.time() - 3600
    os.utime(db, (old, old))
    result = CliRunner().invoke(app, ["check", "tea", "--country", "JP", "--db", str(db)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: the records database {db} is an empty file (0 bytes): restore it from a copy, "
        "or delete it to start a new audit trail, or pass --db for another database\n",
    )
    assert db.read_bytes() == b""
    fresh = tmp_path / "fresh.db"
    fresh.write_bytes(b"")
    assert (
        CliRunner().invoke(app, ["check", "tea", "--country", "JP", "--db", str(fresh)]).exit_code
        == 0
    )


@pytest.mark.parametrize(
    "args",
    [
        ["check", "tea", "--country", "Atlantis"],
        ["batch", "missing.csv", "-q", "-o", "out.csv"],
    ],
)
def test_input_refused_creates_no_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """s30 item 26: a command that fails on its input made an empty records database."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [*args, "--db", "new.db"])
    assert result.exit_code == 2
    assert not (tmp_path / "new.db").exists()
