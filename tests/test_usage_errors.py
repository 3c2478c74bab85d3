"""s30 M10 item 24: a usage error of the option parser is one line on stderr,
`Error: ...` with where to read more, exit 2, like every other error (typer drew a
box of several lines headed 'Usage: ...')."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from screen.cli import app


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "x", "--no-such-option"], "No such option: --no-such-option"),
        (["history", "show", "abc"], "Invalid value for '"),  # ('run_id' or 'RUN_ID')
        (["decide", "X", "--entry", "a", "--reason", "r", "--clear"], "Missing option '--by'"),
    ],
)  # fmt: skip
def test_a_usage_error_is_one_line(args: list[str], message: str) -> None:
    """(the parser's own words after `message` vary with the typer and click versions
    the ranges allow: "Input should be a valid integer" or "'abc' is not a valid
    integer")"""
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {message}") and " (see '" in lines[0]
    assert lines[0].endswith(f"{args[0]}{' ' + args[1] if args[0] == 'history' else ''} --help')")
