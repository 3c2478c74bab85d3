"""s30 M3: a run ends with a status (running, completed, interrupted, failed) and
counts that match the rows it recorded; a signal or an error closes it; `history`
shows the status and `history show` of a run with flagged rows never exits 0."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.conftest import ROOT, drop_triggers

HEADER = "order_id,description,consignee,country,date\n"
BLOCKED = "{n},semiconductor wafers,Baltic LLC,RU,2024-05-01\n"
CLEAR = "{n},green tea,Tea House,JP,2024-05-01\n"


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def _recorded(db: Path) -> list[tuple]:
    """(rows, clear, review, blocked, error) the runs row says, and as recorded."""
    said = query(db, "SELECT rows, clear, review, blocked, error FROM runs WHERE id = 1")
    rows = query(db, "SELECT status FROM screened_rows WHERE run_id = 1")
    statuses = [s for (s,) in rows]
    counted = (len(statuses), *(statuses.count(s) for s in ("clear", "review", "blocked", "error")))
    return [said[0], counted]


def _ctrl_c_as_a_terminal_gives_it() -> None:
    """Ctrl-C left to Python's default in the child, as a shell in a terminal starts
    a command: a process started with SIGINT ignored (a background job, or a test
    worker that ignores it, as pytest-xdist's may) keeps ignoring it, rightly, and the
    test would see the batch run to its end (exit 1) in place of Ctrl-C's exit 130."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
)
def test_a_signal_closes_the_run_as_interrupted(tmp_path: Path, signum: int, code: int) -> None:
    db = tmp_path / "sig.db"
    env = {**os.environ, "SCREEN_DB": str(db)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "screen", "batch", "-", "-q", "-o", str(tmp_path / "out.csv")],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
        preexec_fn=_ctrl_c_as_a_terminal_gives_it,
    )
    assert proc.stdin is not None
    rows = [(BLOCKED if n % 3 == 0 else CLEAR).format(n=n) for n in range(1, 3001)]
    proc.stdin.write(HEADER + "".join(rows))
    proc.stdin.flush()  # and keep it open: the batch waits for more rows
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        db.exists() and query(db, "SELECT count(*) FROM runs") == [(1,)]
    ):
        time.sleep(0.2)
    time.sleep(3)  # the rows given are screened meanwhile
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert query(db, "SELECT status, ended_at IS NOT NULL FROM runs") == [("interrupted", 1)]
    said, counted = _recorded(db)
    assert said == counted and said[3] > 0  # blocked rows were recorded
    result = CliRunner().invoke(app, ["history", "show", "1", "--db", str(db), "-f", "json"])
    assert result.exit_code == 5  # rows never screened (and blocked ones): never 0
    assert json.loads(result.stdout)["status"] == "interrupted"


def test_an_output_that_cannot_be_written_fails_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import screen.io.output
    from screen.io.output import OutputError

    def refused(*args: object, **kwargs: object) -> None:
        raise OutputError("cannot write out.csv: Read-only file system")

    monkeypatch.setattr(screen.io.output, "open_output", refused)
    orders = tmp_path / "orders.csv"
    orders.write_text(HEADER + BLOCKED.format(n=1))
    db = tmp_path / "r.db"
    args = ["batch", str(orders), "-q", "-o", str(tmp_path / "out.csv"), "--db", str(db)]
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stderr) == (
        2,
        "Error: cannot write out.csv: Read-only file system\n",
    )
    assert query(db, "SELECT status, rows, ended_at IS NOT NULL FROM runs") == [("failed", 0, 1)]


def test_a_completed_run_and_history_show_its_status(tmp_path: Path) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text(HEADER + BLOCKED.format(n=1) + CLEAR.format(n=2))
    db = str(tmp_path / "r.db")
    ran = CliRunner().invoke(app, ["batch", str(orders), "-q", "-o", os.devnull, "--db", db])
    assert ran.exit_code == 1
    listed = CliRunner().invoke(app, ["history", "--db", db, "-f", "json"])
    assert [(r["id"], r["status"], r["rows"]) for r in json.loads(listed.stdout)] == [
        (1, "completed", 2)
    ]
    table = CliRunner().invoke(app, ["history", "--db", db, "-f", "table"]).stdout
    assert "completed" in table


def test_an_unfinished_run_of_an_older_database_is_marked_and_recounted(tmp_path: Path) -> None:
    """A run left without an end by an older screen (version 7: no status, counts
    0) opens as interrupted, and `history show` counts its recorded rows."""
    orders = tmp_path / "orders.csv"
    orders.write_text(HEADER + BLOCKED.format(n=1) + CLEAR.format(n=2))
    db = tmp_path / "old.db"
    ran = CliRunner().invoke(app, ["batch", str(orders), "-q", "-o", os.devnull, "--db", str(db)])
    assert ran.exit_code == 1
    with sqlite3.connect(db) as connection:
        drop_triggers(connection)  # version 7 had none
        connection.executescript(
            "UPDATE runs SET ended_at = NULL, rows = 0, clear = 0, blocked = 0;"
            "ALTER TABLE runs DROP COLUMN status;"
            "ALTER TABLE decisions DROP COLUMN imported_by;"
            "ALTER TABLE decisions DROP COLUMN imported_at;"
            "ALTER TABLE decisions DROP COLUMN imported_from;"
            "ALTER TABLE decisions DROP COLUMN recorded_by;"
            "DROP TABLE rescreen_changes;"
            "PRAGMA user_version = 7;"
        )
    result = CliRunner().invoke(app, ["history", "show", "1", "--db", str(db), "-f", "json"])
    assert result.exit_code == 5, result.output  # (interrupted: rows never screened)
    shown = json.loads(result.stdout)
    assert (shown["status"], shown["rows"], shown["blocked"], shown["clear"]) == (
        "interrupted",
        2,
        1,
        1,
    )


@pytest.mark.parametrize("status", ["interrupted", "failed", "running"])
def test_history_of_a_run_that_did_not_complete_is_never_clear(tmp_path: Path, status) -> None:
    """Hostile round 6: `history show` and `history export` of a run stopped after
    its clear rows (or before any row) exited 0, and the export wrote those rows
    alone without a word: `history export 7 -o screened.csv && ship` shipped what
    was never screened.  Such a run exits 5, as a run with rows not screened does,
    and the export says how many rows it holds."""
    orders = tmp_path / "orders.csv"
    orders.write_text(HEADER + CLEAR.format(n=1) + CLEAR.format(n=2))
    db = tmp_path / "r.db"
    ran = CliRunner().invoke(app, ["batch", str(orders), "-q", "-o", os.devnull, "--db", str(db)])
    assert ran.exit_code == 0, ran.output
    with sqlite3.connect(db) as connection:  # (as a run stopped after these rows)
        drop_triggers(connection)
        connection.execute("UPDATE runs SET status = ?", (status,))
    shown = CliRunner().invoke(app, ["history", "show", "1", "--db", str(db), "-f", "json"])
    assert shown.exit_code == 5, shown.output
    out = tmp_path / "again.csv"
    exported = CliRunner().invoke(app, ["history", "export", "1", "--db", str(db), "-o", str(out)])
    assert (exported.exit_code, exported.stderr) == (
        5,
        f"Warning: run 1 is {status}: the output holds only the rows it recorded, 2; "
        "screen the input again for the others\n",
    )
    assert len(out.read_text().splitlines()) == 3
