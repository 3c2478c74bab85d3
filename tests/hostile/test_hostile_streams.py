"""Standard streams closed when `screen` starts (`<&-`, `>&-`, `2>&-`: a service or a
cron job started without them).  hostile3 D10: `screen batch - <&-` was exit 4, an
AttributeError; with stderr closed too every error was exit 1 ("review"), its
AttributeError unprintable.  Each case runs in a child whose descriptors are closed
for real."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hostile.conftest import BLOCKED_ROW, HEADER, run_screen, write

CLOSED_STDIN = (
    "Error: standard input is closed: pipe the orders in (screen batch - < orders.csv), "
    "or give the order file's name instead of -\n"
)
CLOSED_STDOUT = "Error: standard output is closed: give -o FILE, or redirect the output (> FILE)\n"


def _closing(*fds: int):  # type: ignore[no-untyped-def]
    def close() -> None:
        for fd in fds:
            os.close(fd)

    return close


# (arguments, descriptors closed, exit code, stderr when it is open)
CASES = [
    (["batch", "-", "--no-record"], (0,), 2, CLOSED_STDIN),
    (["batch", "-", "--no-record", "-o", "out.csv"], (0,), 2, CLOSED_STDIN),
    (["batch", "-", "--no-record"], (0, 2), 2, None),  # (was 1: "review")
    (["batch", "-", "--no-record"], (0, 1, 2), 2, None),
    (["check", "", "--no-record"], (2,), 2, None),  # nothing to screen (was 1)
    (["check", "tea", "-c", "Sberbank", "--no-record"], (1,), 2, CLOSED_STDOUT),
    # guards: a verdict stands with a stream closed that the command does not need
    (["check", "tea", "-c", "Sberbank", "--no-record"], (0,), 1, ""),
    (["check", "tea", "-c", "Sberbank", "--no-record"], (2,), 1, None),
    (["check", "tea", "-c", "Sberbank"], (0, 2), 1, None),  # (recorded: the db opens)
    (["batch", "orders.csv", "--no-record", "--quiet", "-o", "out.csv"], (0, 1, 2), 1, None),
]


@pytest.mark.parametrize(("args", "closed", "code", "stderr"), CASES)
def test_a_closed_standard_stream_is_an_error_or_no_matter(
    tmp_path: Path, args, closed, code, stderr
) -> None:
    write(tmp_path, HEADER + BLOCKED_ROW)
    done = run_screen(tmp_path, *args, preexec_fn=_closing(*closed))
    assert done.returncode == code, done.stderr
    if stderr is not None:
        assert done.stderr == stderr
    if "-o" in args and code == 1:
        assert "blocked" in (tmp_path / "out.csv").read_text()


def test_a_database_opened_with_stderr_closed_keeps_its_descriptor(tmp_path: Path) -> None:
    """(a guard) With fd 2 closed the records database is the first file opened: it
    must not take fd 2, where libraries write their messages, and records as usual."""
    done = run_screen(
        tmp_path, "check", "tea", "-c", "Sberbank", preexec_fn=_closing(2)
    )  # fmt: skip
    assert done.returncode == 1
    probe = run_screen(tmp_path, "history", "--format", "json")
    assert probe.returncode == 0, probe.stderr
    assert '"status": "completed"' in probe.stdout
