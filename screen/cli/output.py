"""What every command shares: consoles, the output format, the screener from options."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screen.cli.options import Format

if TYPE_CHECKING:
    from rich.console import Console

    from screen.engine import Screener
    from screen.lists import LoadedList

EXIT_CODES_HELP = (
    "Exit codes: 0 clear, 1 review or blocked, 2 bad usage or input, 3 rulebook error, "
    "4 internal error, 5 (batch) some rows could not be screened."
)


def open_stdout() -> None:
    """Refuse to run a command whose results go nowhere (`screen check ... >&-`)."""
    from screen.io.output import check_output

    check_output(None)


def stdout() -> Console:
    from rich.console import Console

    open_stdout()
    console = Console(file=sys.stdout, highlight=False, soft_wrap=False)
    console.on_broken_pipe = _reader_gone  # type: ignore[method-assign]
    return console


def _reader_gone() -> None:
    """What rich does when the reader of stdout goes away: raise it, for `handling`
    to end with the verdict or 141 as for any other output (rich's own ends the
    process with exit 1, "review or blocked")."""
    import errno

    raise BrokenPipeError(errno.EPIPE, "the reader of standard output went away")


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
    """The screener a command's options ask for, with screen.toml's settings where an
    option is not given; a warning on stderr for each list older than the configured
    list_max_age_days."""
    from screen.cli.collector import settling
    from screen.cli.settings import forced_format_note, setting
    from screen.errors import ListFormatError

    folder = setting("rules", rules)
    loaded: list[LoadedList] = []
    try:
        wanted = setting("lists", lists)
        # (start-up: `collector`; not around a list's build, whose garbage must go)
        with nullcontext() if wanted else settling():
            from screen.runs.loading import open_screener

            screener = open_screener(
                Path(folder) if folder else None,
                block_threshold=setting("block_threshold", block),
                review_threshold=setting("review_threshold", review),
                lists=wanted,
                list_format=setting("list_format", list_format),
                loaded=loaded,
            )
    except ListFormatError as exc:
        raise ListFormatError(f"{exc}{forced_format_note(list_format)}") from None
    if not loaded:
        return screener
    from screen.lists.info import list_info

    max_age = setting("list_max_age_days")
    for item in loaded:
        warning = list_info(item, max_age).warning()
        if warning:
            stderr().print(f"Warning: {warning}", markup=False, highlight=False)
    return screener
