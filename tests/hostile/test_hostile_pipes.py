"""qa5 D13: the reader of stdout gone before a word is written, every command that
knows its exit code before writing keeps it, as `check` does (README, Nothing
lost: "the exit code is the verdict once it is known, else 141"); `history show`,
`search` and `export`, `rescreen` and `eval` exited 141 for a known verdict."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.conftest import DATA
from tests.hostile.conftest import child_env, screen_command

SBERBANK = ["check", "3D printer", "-c", "Sberbank", "--country", "RU", "--date", "2024-05-01"]


def _into_a_closed_pipe(tmp_path: Path, *args: str) -> int:
    """Exit code of `screen ARGS` whose stdout is a pipe no one reads any more: its
    read end is closed before the process starts, so every write fails (no race)."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            screen_command(*args),
            env=child_env(tmp_path),
            cwd=tmp_path,
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=300,
        )
    finally:
        os.close(write)
    return done.returncode


@pytest.fixture()
def recorded(tmp_path: Path) -> Path:
    """The child's records database with one blocked check (run 1)."""
    db = tmp_path / "records.db"
    result = CliRunner().invoke(app, [*SBERBANK, "--db", str(db), "-f", "json"])
    assert result.exit_code == 1, result.output
    return db


@pytest.mark.parametrize(
    ("args", "verdict"),
    [
        (SBERBANK, 1),
        (["history", "show", "1"], 1),
        (["history", "show", "1", "-f", "table"], 1),
        (["history", "search", "--party", "Sberbank"], 1),
        (["history", "export", "1"], 1),
        (["history", "export", "1", "-f", "jsonl"], 1),
        (["rescreen"], 0),
        (["eval", str(DATA / "dev.csv"), "--no-record"], 0),
        (["decide", "Sberbank", "--entry", "ENT-SBERBANK", "--by", "qa", "--reason", "checked",
          "--confirm"], 0),
    ],
    ids=lambda value: " ".join(value[:2]) if isinstance(value, list) else str(value),
)  # fmt: skip
def test_a_known_verdict_stands_when_the_reader_is_gone(
    tmp_path: Path, recorded: Path, args: list[str], verdict: int
) -> None:
    assert _into_a_closed_pipe(tmp_path, *args) == verdict


def test_a_listing_into_a_closed_pipe_is_141(tmp_path: Path, recorded: Path) -> None:
    """No verdict to keep: the exit code says the output was not delivered."""
    assert _into_a_closed_pipe(tmp_path, "history") == 141


def test_rescreen_is_recorded_when_the_reader_is_gone(tmp_path: Path, recorded: Path) -> None:
    assert _into_a_closed_pipe(tmp_path, "rescreen") == 0
    shown = CliRunner().invoke(app, ["history", "--db", str(recorded), "-f", "json"])
    assert [(r["command"], r["status"]) for r in json.loads(shown.stdout)] == [
        ("rescreen", "completed"),
        ("check", "completed"),
    ]


@pytest.mark.parametrize("value", ["json", "CSV", ""])
def test_export_format_is_checked_as_every_option(recorded: Path, value: str) -> None:
    result = CliRunner().invoke(app, ["history", "export", "1", "-f", value, "--db", str(recorded)])
    assert (result.exit_code, result.stdout) == (2, "")
    # (typer's words between the option and the value differ by version)
    assert result.stderr.startswith("Error: Invalid value for '--format' / '-f'")
    assert result.stderr.endswith(
        f"'{value}' is not one of 'csv', 'jsonl'. (see 'screen history export --help')\n"
    )


# -- round 5, area A: a table into a closed pipe, and standard error's reader gone ----------

LISTS = DATA / "lists"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", "green tea", "-c", "Acme", "--country", "DE", "--no-record", "-f", "table"], 0),
        ([*SBERBANK, "-f", "table"], 1),
        (["history", "-f", "table"], 141),
        (["decisions", "list", "-f", "table"], 141),
        (["rules", "list", "-f", "table"], 141),
        (["lists", "info", str(LISTS / "ofac" / "sdn.csv"), "-f", "table"], 141),
        (["lists", "diff", str(LISTS / "csl" / "consolidated.csv"),
          str(LISTS / "csl" / "csl.csv"), "-f", "table"], 141),
    ],
    ids=lambda value: " ".join(value[:2]) if isinstance(value, list) else str(value),
)  # fmt: skip
def test_a_table_into_a_closed_pipe_ends_as_any_output(
    tmp_path: Path, recorded: Path, args: list[str], code: int
) -> None:
    """rich ended the process with 1 ("review or blocked") when a table's reader was
    gone: a clear check was 1, a listing 1 in a table and 141 in JSON."""
    assert _into_a_closed_pipe(tmp_path, *args) == code


def _stderr_into_a_closed_pipe(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`screen ARGS` whose stderr is a pipe no one reads (stdout captured)."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            screen_command(*args),
            env=child_env(tmp_path),
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=write,
            text=True,
            timeout=300,
        )
    finally:
        os.close(write)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["batch", "orders.csv", "--no-record"], 0),  # its summary on stderr
        (["lists", "info", str(LISTS / "un" / "consolidated.xml"), "-f", "json"], 0),  # old
        (["check", "green tea", "-c", "Acme", "--country", "XX", "--no-record"], 2),  # error
        ([*SBERBANK, "--no-record", "-f", "json"], 1),
    ],
    ids=lambda value: " ".join(value[:2]) if isinstance(value, list) else str(value),
)
def test_standard_errors_reader_gone_changes_no_exit_code(
    tmp_path: Path, args: list[str], code: int
) -> None:
    """A warning, the summary or an error's message that cannot be delivered on
    stderr ended the process with 1: a clear batch read as "review or blocked", an
    input error as 1 instead of 2.  The results on stdout are all written."""
    (tmp_path / "orders.csv").write_text(
        "description,consignee,country,date\ngreen tea,Acme,DE,2024-05-01\n", "utf-8"
    )
    done = _stderr_into_a_closed_pipe(tmp_path, *args)
    assert done.returncode == code
    if args[0] == "batch":
        assert done.stdout.endswith("green tea,Acme,DE,2024-05-01,clear,,,,\n")
