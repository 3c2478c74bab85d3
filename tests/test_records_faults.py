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


EMPTIED = (
    "is an empty file (0 bytes): restore it from a copy, or delete it to start a new "
    "audit trail, or pass --db for another database"
)
UNFINISHED = (
    "is an unfinished database (no tables): restore it from a copy, or delete it to "
    "start a new audit trail, or pass --db for another database"
)


def _header_only(path: Path) -> None:
    """What a creation cut short by an older screen left: SQLite's header, no table."""
    made = sqlite3.connect(path)
    made.execute("PRAGMA journal_mode = WAL")
    made.close()


# (what is at the path, given by --db or $SCREEN_DB, the end of the error)
REFUSED_DATABASES = [
    (lambda p: p.write_bytes(b""), "--db", EMPTIED),
    (lambda p: p.write_bytes(b""), "env", EMPTIED),  # (hostile3 D11: made a new trail)
    (_header_only, "--db", UNFINISHED),
    (_header_only, "env", UNFINISHED),
]


@pytest.mark.parametrize(("make", "given", "message"), REFUSED_DATABASES)
def test_an_emptied_or_unfinished_database_is_refused_not_started_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make, given, message
) -> None:
    """s30 item 27, hostile3 D11: a 0-byte records database (a failed copy) restarted
    the trail at run 1, and so did one just emptied (a 30-second grace took it for
    another process creating it: screen now creates a database whole, elsewhere)."""
    db = tmp_path / "copy.db"
    make(db)
    before = db.read_bytes()
    args = ["check", "tea", "--country", "JP"]
    if given == "env":
        monkeypatch.setenv("SCREEN_DB", str(db))
    else:
        args += ["--db", str(db)]
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stderr) == (2, f"Error: the records database {db} {message}\n")
    assert db.read_bytes() == before


def test_a_database_is_created_whole_and_a_full_disk_leaves_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """hostile3 D12: a full disk while the database was created said "cannot rollback -
    no transaction is active" and left a 0-byte records.db, which the next run took
    for a new audit trail."""
    import screen.records.schema as schema

    db = tmp_path / "records.db"
    real = schema._statements

    def full(script: str):  # type: ignore[no-untyped-def]
        yield real(script)[0]
        yield "ROLLBACK"  # (what SQLite does itself when the disk is full)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(schema, "_statements", full)
    args = ["check", "tea", "--country", "JP", "--db", str(db)]
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: cannot create the records database {db} (database or disk is full): free "
        "some space on its disk, or pass --db for a database elsewhere, or --no-record to "
        "screen without recording\n",
    )
    assert list(tmp_path.iterdir()) == []  # (nothing left: not even a temporary file)
    monkeypatch.undo()
    made = CliRunner().invoke(app, args)
    assert made.exit_code == 0, made.output
    assert json.loads(made.stdout)["run_id"] == 1
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "records.db"
    ]


def test_runs_creating_one_database_at_once_share_it(tmp_path: Path) -> None:
    """(a guard) Several processes creating the database at once: one creation wins,
    every run is recorded in it, with its own id."""
    db = tmp_path / "records.db"
    command = [sys.executable, "-m", "screen", "check", "tea", "--country", "JP", "--db", str(db)]
    runs = [
        subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(3)
    ]
    errors = [run.communicate()[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], errors
    listed = CliRunner().invoke(app, ["history", "--db", str(db), "-f", "json"])
    assert sorted(r["id"] for r in json.loads(listed.stdout)) == [1, 2, 3]


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
