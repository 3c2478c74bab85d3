"""What every command shares: consoles, the output format, the screener from options."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screen.cli.options import Format

if TYPE_CHECKING:
    from rich.console import Console

    from screen.engine import Screener

EXIT_CODES_HELP = (
    "Exit codes: 0 clear, 1 review or blocked, 2 bad usage or input, 3 rulebook error, "
    "4 internal error."
)


def open_stdout() -> None:
    """Refuse to run a command whose results go nowhere (`screen check ... >&-`)."""
    from screen.io.output import check_output

    check_output(None)


def stdout() -> Console:
    from rich.console import Console

    open_stdout()
    return Console(file=sys.stdout, highlight=False, soft_wrap=False)


def stderr() -> Console:
    from rich.console import Console

    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def resolve(fmt: Format) -> Format:
    open_stdout()
    if fmt is Format.auto:
        return Format.table if sys.stdout.isatty() else Format.json
    return fmt


def print_json(data: Any) -> None:
    open_stdout()
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def screener_from(
    rules: Path | None,
    block: float | None,
    review: float | None,
    lists: list[str] | None = None,
    list_format: str | None = None,
) -> Screener:
    """The screener a command's options ask for."""
    from screen.runs.loading import open_screener

    return open_screener(
        rules,
        block_threshold=block,
        review_threshold=review,
        lists=lists or (),
        list_format=list_format,
    )
