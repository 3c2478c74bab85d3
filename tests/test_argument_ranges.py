"""s30 M9: a run id or --limit out of SQLite's range, or below 1, is exit 2 with one
line (they were exit 4, OverflowError, or --limit -1 listed every run); --min-recall
outside 0..1 is exit 2 (1.5 was accepted and failed every run)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.conftest import ROOT

HUGE = "99999999999999999999"
RANGE = "give a whole number from 1 to 9223372036854775807"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "r.db")
    assert CliRunner().invoke(app, ["check", "tea", "--country", "JP", "--db", path]).exit_code == 0
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["history", "show", HUGE], f"run {HUGE} is out of range: {RANGE} (see 'screen history')"),
        (["history", "show", "0"], f"run 0 is out of range: {RANGE} (see 'screen history')"),
        (
            ["history", "export", HUGE],
            f"run {HUGE} is out of range: {RANGE} (see 'screen history')",
        ),
        (["history", "export", "0"], f"run 0 is out of range: {RANGE} (see 'screen history')"),
        (["history", "--limit", HUGE], f"--limit {HUGE} is out of range: {RANGE}"),
        (["history", "--limit", "-1"], f"--limit -1 is out of range: {RANGE}"),
        (["history", "--limit", "0"], f"--limit 0 is out of range: {RANGE}"),
    ],
)
def test_out_of_range_numbers_are_exit_2(db: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert (result.exit_code, result.stderr) == (2, f"Error: {message}\n")


@pytest.mark.parametrize("args", [["history", "show", "1"], ["history", "--limit", "1"]])
def test_numbers_in_range_still_work(db: str, args: list[str]) -> None:
    assert CliRunner().invoke(app, [*args, "--db", db]).exit_code == 0


@pytest.mark.parametrize("value", ["1.5", "-0.1"])
def test_min_recall_outside_0_to_1_is_exit_2(value: str) -> None:
    labelled = str(ROOT / "tests" / "data" / "dev.csv")
    result = CliRunner().invoke(app, ["eval", labelled, "--min-recall", value, "--no-record"])
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: --min-recall {float(value):g} is not a recall: give a share from 0 to 1, "
        "e.g. 0.95\n",
    )
