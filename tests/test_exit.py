"""The console entry leaves with `os._exit` (no heap teardown): every byte of output
still arrives, and every exit code is the command's own.  These run the real
entry point in a fresh interpreter, the only place the fast exit happens."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from screen.cli.finish import exit_code
from screen.matching.countries import build_countries, countries, use_countries
from screen.version import __version__
from tests.conftest import ROOT


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("SCREEN_RULES", "SCREEN_LISTS")}
    return subprocess.run(
        [sys.executable, "-m", "screen", *args], capture_output=True, env=env, cwd=cwd, check=False
    )


CODES = [
    (["check", "green tea", "--country", "JP", "--format", "json"], 0, ""),
    (["check", "3D printer", "--country", "RU", "--date", "2022-06-01", "-f", "json"], 1, ""),
    (["check", "x", "--date", "yesterday"], 2, "Error: "),
    (["check", "x", "--rules", "no/such/folder"], 3, "Error: "),
    (["check", "x", "--no-such-option"], 2, "No such option"),
    (["--version"], 0, ""),
]


@pytest.mark.parametrize(("args", "code", "stderr"), CODES)
def test_exit_codes_are_the_commands_own(args: list[str], code: int, stderr: str) -> None:
    done = run(*args)
    assert done.returncode == code, done.stderr
    assert stderr in done.stderr.decode()


def test_version_is_the_one_in_version_py() -> None:
    from importlib.metadata import version

    assert run("--version").stdout.decode() == f"screen {__version__}\n"
    assert version("screen") == __version__, "reinstall: pip install -e ."


def test_large_output_to_a_pipe_arrives_whole(tmp_path: Path) -> None:
    """Thousands of rows written to stdout (a pipe, so block-buffered) then the fast
    exit: the last buffer must be flushed."""
    orders = tmp_path / "orders.csv"
    with orders.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["order_id", "description", "consignee", "country"])
        for i in range(5000):
            writer.writerow([f"PO-{i}", f"green tea #{i}", f"Company {i} Ltd", "JP"])
    done = run("batch", str(orders), "--quiet", "--workers", "1")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(done.stdout.decode().splitlines()))
    assert len(rows) == 5000
    assert rows[-1]["order_id"] == "PO-4999"
    assert done.stdout.endswith(b"\n")


def test_summary_on_stderr_arrives(tmp_path: Path) -> None:
    done = run("batch", str(ROOT / "examples" / "orders.csv"), "-o", str(tmp_path / "out.csv"))
    assert done.returncode == 5  # the example has error rows
    assert done.stderr.decode().strip(), "the summary on stderr was lost"
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("\n") > 1


@pytest.mark.parametrize(
    ("code", "expected"), [(None, 0), (0, 0), (1, 1), (2, 2), (130, 130), ("a message", 1)]
)
def test_exit_code_as_sys_exit_gives_it(code: object, expected: int) -> None:
    assert exit_code(code) == expected


def test_cached_country_table_is_the_built_one() -> None:
    built = build_countries()
    use_countries(built)
    assert countries() is built
    assert countries().names["russia"] == "RU"
