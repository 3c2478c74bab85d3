"""s30 M1: `-o` never overwrites the records database in force (with or without
--no-record; --db, screen.toml's db, $SCREEN_DB, the default), any SQLite database,
or a list or rulebook file in force, for `batch -o`, `history export -o` and
`decisions export -o` alike."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.conftest import ROOT

WATCH = (
    "id,name,aliases,type,country,program\nW1,Kestrel Precision Trading LLC,,organization,AE,x\n"
)
ORDERS = (
    "order_id,description,consignee,country\n1,green tea,Kestrel Precision Trading,JP\n"
    "2,green tea,Acme Foods,JP\n"
)


def _invoke(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A team folder: screen.toml naming rec.db, the watch list and a rulebook copy;
    one check recorded in rec.db."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "orders.csv").write_text(ORDERS)
    (tmp_path / "watch.csv").write_text(WATCH)
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    (tmp_path / "screen.toml").write_text('db = "rec.db"\nlists = ["watch.csv"]\nrules = "rules"\n')
    code, _, err = _invoke(["--config", "screen.toml", "check", "x", "-c", "y", "--country", "JP"])
    assert code == 0, err
    return tmp_path


def _content(target: Path) -> object:
    """The file's bytes; a records database's runs (a connection left open by an
    earlier command in this process may check-point its log meanwhile)."""
    data = target.read_bytes()
    if not data.startswith(b"SQLite format 3"):
        return data
    with sqlite3.connect(target) as connection:
        return connection.execute("SELECT id, command FROM runs").fetchall()


def _refused(args: list[str], target: Path, message: str) -> None:
    before = _content(target)
    code, out, err = _invoke(args)
    # a command that uses a settings file says so first (qa5 D05), unless --quiet
    note = (
        "using settings from screen.toml\n" if args[:2] == CONFIG and "--quiet" not in args else ""
    )
    assert (code, err) == (2, f"{note}Error: {message}\n"), err
    assert out == ""
    assert _content(target) == before


def _own(target: str, what: str, path: str | None = None) -> str:
    return f"the output {target} is {what} of this run ({path or target}): choose another --output"


CONFIG = ["--config", "screen.toml"]


@pytest.mark.parametrize(
    "command",
    [
        ["batch", "orders.csv", "--no-record", "--quiet", "-o"],
        ["history", "export", "1", "-o"],
        ["decisions", "export", "-o"],
    ],
)
@pytest.mark.parametrize(
    ("target", "what"),
    [
        ("rec.db", "the records database"),
        ("watch.csv", "a --list file"),
        ("rules/entities.yaml", "a file of the rulebook"),
    ],
)
def test_no_output_overwrites_the_files_in_force(
    folder: Path, command: list[str], target: str, what: str
) -> None:
    _refused([*CONFIG, *command, target], folder / target, _own(target, what))


def test_no_record_still_protects_the_database_of_screen_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "orders.csv").write_text(ORDERS)
    db = tmp_path / "env.db"
    monkeypatch.setenv("SCREEN_DB", str(db))
    assert _invoke(["check", "x", "-c", "y", "--country", "JP"])[0] == 0
    args = ["batch", "orders.csv", "--no-record", "-q", "-o", "env.db"]
    _refused(args, db, _own("env.db", "the records database", str(db)))


def test_no_record_still_protects_the_default_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screen.records.database import default_path

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCREEN_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    db = default_path()
    assert str(db).startswith(str(tmp_path))
    (tmp_path / "orders.csv").write_text(ORDERS)
    assert _invoke(["check", "x", "-c", "y", "--country", "JP"])[0] == 0
    args = ["batch", "orders.csv", "--no-record", "-q", "-o", str(db)]
    _refused(args, db, _own(str(db), "the records database"))


def _archive(folder: Path) -> None:
    """A copy of rec.db (its log included) as archive.db."""
    with (
        sqlite3.connect(folder / "rec.db") as source,
        sqlite3.connect(folder / "archive.db") as copy,
    ):
        source.backup(copy)


SQLITE = (
    "the output {} is an SQLite database (a records database, or another application's): "
    "an export never overwrites one; choose another --output"
)


@pytest.mark.parametrize(
    "command",
    [
        ["batch", "orders.csv", "--no-record", "--quiet", "-o"],
        ["history", "export", "1", "-o"],
        ["decisions", "export", "-o"],
    ],
)
def test_no_output_overwrites_another_records_database(folder: Path, command: list[str]) -> None:
    _archive(folder)
    _refused([*CONFIG, *command, "archive.db"], folder / "archive.db", SQLITE.format("archive.db"))


def test_nor_the_journal_of_another_database(folder: Path) -> None:
    _archive(folder)
    (folder / "archive.db-wal").write_bytes(b"journal")
    args = [*CONFIG, "history", "export", "1", "-o", "archive.db-wal"]
    _refused(args, folder / "archive.db-wal", SQLITE.format("archive.db-wal"))


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (["batch", "orders.csv", "--no-record", "--quiet", "-o"], 1),
        (["history", "export", "1", "-o"], 0),
        (["decisions", "export", "-o"], 0),
    ],
)
def test_an_ordinary_file_is_still_written(folder: Path, command: list[str], code: int) -> None:
    (folder / "out.csv").write_text("old,csv\n")
    (folder / "notes.db").write_text("a text file that happens to end in .db\n")
    for target in ("out.csv", "notes.db", "new.csv"):
        got, _, err = _invoke([*CONFIG, *command, target])
        assert got == code, err
        assert (folder / target).read_text().startswith(("order_id", "reference"))
