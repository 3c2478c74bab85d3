"""The audit trail: every check, batch and eval run recorded in SQLite, with its
rows and hits; --db, $SCREEN_DB, --no-record; databases that cannot be opened;
two batches recording at once."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from screen.cli import app
from screen.records.schema import LATEST
from tests.conftest import DATA, ROOT

ORDERS = str(ROOT / "examples" / "orders.csv")


def query(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, args).fetchall()


def test_batch_run_is_recorded_with_its_rows_and_hits(runner, tmp_path) -> None:
    db = tmp_path / "audit.db"
    result = runner.invoke(app, ["batch", ORDERS, "--db", str(db)])
    assert result.exit_code == 5  # the example has error rows
    assert result.stderr.endswith(f"recorded as run 1 in {db}\n")
    out = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["run_id"] for r in out} == {"1"}
    (run,) = query(
        db,
        "SELECT command, ended_at IS NOT NULL, input_name, input_sha256, rows, clear, review, "
        "blocked, error, rulebook_sha256, block_threshold FROM runs",
    )
    import hashlib

    digest = hashlib.sha256(Path(ORDERS).read_bytes()).hexdigest()
    assert run[:9] == ("batch", 1, ORDERS, digest, 30, 11, 3, 13, 3)
    assert len(run[9]) == 64 and run[10] == 90.0
    rows = query(db, "SELECT row, order_id, consignee, status FROM screened_rows ORDER BY row")
    assert [r[0] for r in rows] == list(range(1, 31))
    with open(ORDERS, encoding="utf-8", newline="") as f:
        directions = [r.get("direction") or "" for r in csv.DictReader(f)]
    assert [d for (d,) in query(db, "SELECT direction FROM screened_rows ORDER BY row")] == (
        directions
    )
    assert [r[3] for r in rows] == [r["status"] for r in out]
    assert [r[1] for r in rows] == [r["order_id"] for r in out]
    flagged = {r[0] for r in rows if r[3] in ("review", "blocked")}
    assert {r[0] for r in query(db, "SELECT DISTINCT row FROM hits")} == flagged
    rule_ids = {
        row: ";".join(
            dict.fromkeys(
                r[0]
                for r in query(db, "SELECT rule_id FROM hits WHERE row = ? ORDER BY position", row)
            )
        )
        for row in flagged
    }
    assert rule_ids == {i + 1: r["rule_ids"] for i, r in enumerate(out) if i + 1 in flagged}


def test_recorded_input_reads_back_as_the_rows(runner, tmp_path) -> None:
    db = tmp_path / "audit.db"
    runner.invoke(app, ["batch", ORDERS, "--db", str(db), "-q"])
    from screen.records.history import chunks

    with sqlite3.connect(db) as connection:
        text = "".join(chunk.input or "" for chunk in chunks(connection, 1))
    with open(ORDERS, encoding="utf-8", newline="") as f:
        original = list(csv.reader(f))[1:]
    assert list(csv.reader(io.StringIO(text, newline=""))) == original


def test_workers_record_every_row(runner, tmp_path, monkeypatch) -> None:
    import screen.runs.workers

    monkeypatch.setattr(screen.runs.workers, "CHUNK_CHARS", 300)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    runner.invoke(app, ["batch", ORDERS, "-q", "--db", str(one), "-o", os.devnull])
    runner.invoke(
        app, ["batch", ORDERS, "-q", "--db", str(two), "--workers", "2", "-o", os.devnull]
    )
    sql = "SELECT row, order_id, status, error FROM screened_rows ORDER BY row"
    assert query(two, sql) == query(one, sql)
    hits = "SELECT row, position, rule_id, score FROM hits ORDER BY row, position"
    assert query(two, hits) == query(one, hits)
    from screen.io.orders import open_orders

    with open_orders(ORDERS) as source:
        chunks = len(list(source.raw_chunks(300)))
    assert chunks > 4
    assert query(two, "SELECT count(*) FROM row_chunks") == [(chunks,)]


def test_check_is_recorded_and_json_names_the_run(runner, tmp_path, monkeypatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("SCREEN_DB", str(db))
    result = runner.invoke(
        app, ["check", "robots", "-c", "Sberbank", "--country", "RU", "--date", "2024-05-01"]
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["run_id"] == 1
    assert query(db, "SELECT command, rows, blocked, input_name FROM runs") == [
        ("check", 1, 1, None)
    ]
    assert query(db, "SELECT consignee, country, date, status FROM screened_rows") == [
        ("Sberbank", "RU", "2024-05-01", "blocked")
    ]
    assert {r for (r,) in query(db, "SELECT rule_id FROM hits")} == {
        "ENT-SBERBANK",
        "RU-ROBOTS",
    }
    options = json.loads(query(db, "SELECT options FROM runs")[0][0])
    assert options["consignee"] == "Sberbank" and "db" not in options


def test_eval_is_recorded(runner, tmp_path) -> None:
    db = tmp_path / "audit.db"
    result = runner.invoke(app, ["eval", str(DATA / "dev.csv"), "--db", str(db), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["run_id"] == 1
    with open(DATA / "dev.csv", encoding="utf-8") as f:
        count = sum(1 for _ in csv.DictReader(f))
    assert query(db, "SELECT command, rows FROM runs") == [("eval", count)]
    assert query(db, "SELECT count(*) FROM screened_rows") == [(count,)]


def test_lists_are_recorded_with_their_hash_and_size(runner, tmp_path) -> None:
    db = tmp_path / "audit.db"
    listed = DATA / "lists" / "ofac" / "sdn.csv"
    runner.invoke(
        app,
        [
            "check",
            "tea",
            "-c",
            "National Bank of Cuba",
            "--country",
            "ES",
            "--list",
            str(listed),
            "--db",
            str(db),
        ],
    )
    import hashlib

    ((name, file, sha, entries),) = query(db, "SELECT name, file, sha256, entries FROM run_lists")
    assert (name, file) == ("ofac-sdn", str(listed))
    assert sha == hashlib.sha256(listed.read_bytes()).hexdigest()
    from screen.lists import load_list

    assert entries == len(load_list(str(listed)).rules)


def test_no_record_writes_nothing(runner, tmp_path) -> None:
    db = tmp_path / "audit.db"
    result = runner.invoke(app, ["batch", ORDERS, "--db", str(db), "--no-record"])
    assert result.exit_code == 5
    assert not db.exists()
    assert "run_id" not in result.stdout.splitlines()[0]
    assert "recorded" not in result.stderr


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("folder", "the records database {db} is a folder: pass --db FILE"),
        (
            "garbage",
            "cannot open the records database {db} (file is not a database): pass --db for "
            "another database, or --no-record to screen without recording",
        ),
        (
            "no-parent",
            "cannot create the records database {db}: the folder {parent} does not exist",
        ),
        (
            "newer",
            "the records database {db} has schema version 99, newer than this screen knows "
            f"({LATEST}): upgrade screen, or pass --db for another database",
        ),
    ],
)
def test_a_database_that_cannot_be_opened_is_exit_2(runner, tmp_path, setup, message) -> None:
    db = tmp_path / "audit.db"
    if setup == "folder":
        db.mkdir()
    elif setup == "garbage":
        db.write_bytes(b"not a database at all, but long enough to have a header" * 20)
    elif setup == "no-parent":
        db = tmp_path / "missing" / "audit.db"
    else:
        with sqlite3.connect(db) as connection:
            connection.execute("PRAGMA user_version = 99")
    for command in (["check", "tea", "--country", "JP"], ["batch", ORDERS]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        expected = message.format(db=db, parent=db.parent)
        assert result.stderr == f"Error: {expected}\n"


def test_two_batches_recording_at_once_both_complete(tmp_path) -> None:
    """Two processes write into one database at the same time (WAL, busy retries)."""
    rows = ["order_id,description,consignee,country,date"]
    for i in range(6000):
        item = "robots" if i % 50 == 0 else f"green tea {i % 300}"
        rows.append(f"{i},{item},Company {i % 700},{'RU' if i % 3 else 'JP'},2024-05-01")
    orders = tmp_path / "big.csv"
    orders.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "shared.db"
    env = {**os.environ, "SCREEN_DB": str(db)}
    import screen.runs.rowrecords

    env["PYTHONPATH"] = str(ROOT)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "screen",
                "batch",
                str(orders),
                "-q",
                "-o",
                os.devnull,
                "--workers",
                str(workers),
            ],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for workers in (1, 2)
    ]
    for proc in procs:
        assert proc.wait(timeout=600) == 1, proc.stderr.read() if proc.stderr else ""
    assert screen.runs.rowrecords.ROWS_PER_CHUNK < 6000  # the single process writes several chunks
    assert query(db, "SELECT id, rows, ended_at IS NOT NULL FROM runs ORDER BY id") == [
        (1, 6000, 1),
        (2, 6000, 1),
    ]
    counts = query(
        db, "SELECT run_id, count(*), count(DISTINCT row) FROM screened_rows GROUP BY run_id"
    )
    assert counts == [(1, 6000, 6000), (2, 6000, 6000)]


OLD_ROWS = {
    # version 2: the row number first, no direction, the error last
    2: [
        [1, "PO-1", "green tea", "Acme", "", "", "", "clear", None],
        [2, "PO-2", "", "", "", "", "", "error", "empty row: nothing to screen"],
    ],
    # version 3: the key fields and the direction, the status, an error only if any
    3: [
        ["PO-1", "green tea", "Acme", "", "", "", "export", "clear"],
        ["PO-2", "", "", "", "", "", "", "error", "empty row: nothing to screen"],
    ],
    # version 4: the status, then the input's cells (row_layouts), errors apart
    4: [["clear", "PO-1", "green tea", "Acme"], ["error", "PO-2", "", ""]],
}


@pytest.mark.parametrize("version", [2, 3, 4])
def test_an_older_database_is_upgraded(runner, tmp_path, version) -> None:
    """A database of an earlier schema opens, its rows are rewritten in place (as
    status then cells, with the run's layout), and it still exports and records."""
    from screen.records import schema

    db = tmp_path / "old.db"
    with sqlite3.connect(db) as connection:
        for script in schema.MIGRATIONS[:version]:
            connection.executescript(script)
        connection.execute(
            "INSERT INTO runs (command, options, started_at, ended_at, user, host, tool_version, "
            "rulebook_version, rulebook_sha256, rulebook_path, block_threshold, review_threshold, "
            "input_name, input_header, input_delimiter, rows, clear, error) VALUES ('batch', '{}', "
            "'2025-01-02T03:04:05+00:00', '2025-01-02T03:04:06+00:00', 'bob', 'pc', '0.2.0', "
            "'v', 'abc', '/r', 90, 75, 'o.csv', '[\"order_id\",\"description\",\"consignee\"]', "
            "',', 2, 1, 1)"
        )
        rows, text = json.dumps(OLD_ROWS[version]), 'PO-1,green tea,"Acme"\r\n,,\n'
        if version < 4:
            connection.execute("INSERT INTO row_chunks VALUES (1, 1, 2, ?, ?)", (rows, text))
        else:
            connection.execute(
                "INSERT INTO row_layouts VALUES (1, 1, 2, 3, NULL, NULL, NULL, NULL)"
            )
            errors = '{"1":"empty row: nothing to screen"}'
            connection.execute(
                "INSERT INTO row_chunks VALUES (1, 1, 2, ?, ?, ?)", (rows, text, errors)
            )
        connection.execute(f"PRAGMA user_version = {version}")
    result = runner.invoke(app, ["history", "export", "1", "--db", str(db)])
    assert result.exit_code == 5, result.output  # the run's own code: an error row
    assert result.stdout == (
        "order_id,description,consignee,status,rule_ids,matched,score,reason,run_id\n"
        'PO-1,green tea,"Acme",clear,,,,,1\n'
        ",,,error,,,,empty row: nothing to screen,1\n"
    )
    assert query(db, "PRAGMA user_version") == [(LATEST,)]
    direction = "export" if version == 3 else ""  # not recorded before 3 (nor in the v4 case)
    assert query(db, "SELECT * FROM screened_rows") == [
        (1, 1, "PO-1", "green tea", "Acme", "", "", "", direction, "clear", None),
        (1, 2, "PO-2", "", "", "", "", "", "", "error", "empty row: nothing to screen"),
    ]
    result = runner.invoke(app, ["batch", ORDERS, "-q", "--db", str(db), "-o", os.devnull])
    assert result.exit_code == 5
    assert query(db, "SELECT count(*) FROM screened_rows WHERE run_id = 2") == [(30,)]


def test_the_run_records_what_was_screened_when_it_fails(runner, tmp_path, monkeypatch) -> None:
    import screen.runs.rows

    def boom(self, row):
        raise KeyboardInterrupt

    monkeypatch.setattr(screen.runs.rows.RowScreener, "screen", boom)
    db = tmp_path / "audit.db"
    result = runner.invoke(app, ["batch", ORDERS, "-q", "--db", str(db), "-o", os.devnull])
    assert result.exit_code == 130
    # s30 M3: closed as interrupted, with the counts of the rows it recorded
    assert query(db, "SELECT rows, clear, status, ended_at IS NOT NULL FROM runs") == [
        (1, 1, "interrupted", 1)
    ]
    assert query(db, "SELECT row, status FROM screened_rows") == [(1, "clear")]


def test_the_writing_thread_writes_in_order_and_raises_a_failed_write() -> None:
    from screen.errors import RecordsError
    from screen.runs.chunkwriter import ChunkWriter

    written: list[object] = []
    writer = ChunkWriter(written.append)
    for number in range(20):  # more than wait at once
        writer.put(number)
    writer.close()
    assert written == list(range(20))

    def locked(chunk: object) -> None:
        raise RecordsError("the records database stays locked (database is locked): try again")

    broken = ChunkWriter(locked)
    broken.put(1)
    with pytest.raises(RecordsError, match="stays locked"):
        broken.close()


def test_a_check_is_recorded_whole_or_not_at_all(tmp_path) -> None:
    """A check's start, row and end are one transaction: a failure while its row is
    made leaves no half-recorded run behind."""
    from screen.records.database import connect
    from screen.records.trail import ChunkRecord, NewRun, record_run

    db = tmp_path / "whole.db"
    connection = connect(db)
    run = NewRun("check", "{}", "me", "here", "0.2.0", "1", "abc", "rules", 90.0, 75.0)

    def failing(run_id: int) -> ChunkRecord:
        raise RuntimeError("the row could not be encoded")

    with pytest.raises(RuntimeError, match="could not be encoded"):
        record_run(connection, run, [], failing, {"clear": 1})
    assert query(db, "SELECT count(*) FROM runs") == [(0,)]
    assert query(db, "SELECT count(*) FROM row_layouts") == [(0,)]

    def row(run_id: int) -> ChunkRecord:
        return ChunkRecord(
            1, 1, '[["clear","","tea","Acme","","JP","2024-05-01","export"]]', None, []
        )

    run_id = record_run(connection, run, [], row, {"clear": 1})
    connection.close()
    assert query(db, "SELECT id, rows, clear, ended_at IS NOT NULL FROM runs") == [
        (run_id, 1, 1, 1)
    ]
    assert query(db, "SELECT run_id, consignee, status FROM screened_rows") == [
        (run_id, "Acme", "clear")
    ]


def test_a_check_leaves_the_log_to_the_next_run(tmp_path) -> None:
    """`screen check` ends without check-pointing the write-ahead log (closing the last
    connection did, and deleted the log the next check made again); what it recorded
    is there for the next run and for any reader."""
    db = tmp_path / "wal.db"
    env = {**os.environ, "SCREEN_DB": str(db), "SCREEN_CACHE_DIR": str(tmp_path / "cache")}
    for consignee in ("Acme", "Sberbank"):
        done = subprocess.run(
            [sys.executable, "-m", "screen", "check", "tea", "-c", consignee, "--format", "json"],
            env=env,
            capture_output=True,
            check=False,
            cwd=ROOT,
        )
        assert done.returncode in (0, 1), done.stderr
    assert Path(f"{db}-wal").is_file()
    assert query(db, "SELECT run_id, consignee FROM screened_rows ORDER BY run_id") == [
        (1, "Acme"),
        (2, "Sberbank"),
    ]


def test_a_check_check_points_the_log_once_it_has_grown(tmp_path, monkeypatch) -> None:
    from screen.models import Shipment
    from screen.runs import recording
    from screen.runs.loading import open_screener

    db = tmp_path / "grown.db"
    screener = open_screener(environment=False)
    shipment = Shipment(description="tea", consignee="Acme", country="JP")
    result = screener.screen(shipment)
    recorder = recording.Recorder(db)
    recorder.record_check({}, screener, shipment, result)
    assert Path(f"{db}-wal").is_file()  # left to the next run
    monkeypatch.setattr(recording, "CHECK_WAL_BYTES", 0)
    recorder.record_check({}, screener, shipment, result)
    assert not Path(f"{db}-wal").exists()  # the last connection check-pointed it
    assert query(db, "SELECT id, rows, clear FROM runs") == [(1, 1, 1), (2, 1, 1)]
