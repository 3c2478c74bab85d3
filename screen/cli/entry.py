"""The `screen` command line: parse options, call the library, render.

Exit codes (one `ExitCode` enum, the same for every command):
  0 clear / success, 1 review or blocked (eval: recall below --min-recall),
  2 bad usage or input, 3 rulebook error, 4 internal error (a bug: rerun with --debug).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from screen.cli import settings
from screen.cli.finish import exit_code, finish
from screen.cli.handling import (
    guard_stderr,
    install_signal_handlers,
    reserve_standard_streams,
    state,
)
from screen.cli.output import EXIT_CODES_HELP


def _version(value: bool) -> None:
    if value:
        from screen.version import __version__

        sys.stdout.write(f"screen {__version__}\n")
        raise typer.Exit()


def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback on errors.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            help="Settings file (default: $SCREEN_CONFIG, else screen.toml in this folder "
            "or the nearest parent that has one).",
            show_default=False,
        ),
    ] = None,
) -> None:
    state["debug"] = debug
    settings.use_config(config)


def _check(app: typer.Typer) -> None:
    from screen.cli import check

    app.command(epilog=EXIT_CODES_HELP)(check.check)


def _batch(app: typer.Typer) -> None:
    from screen.cli import batch

    app.command(
        epilog="Exit codes: 0 every row clear; 1 every row screened, some need review or are "
        "blocked; 5 some rows could not be screened (error rows: see the reason column), "
        "others may need review too; 2 the file cannot be screened at all (missing, empty, "
        "no usable columns); 3 rulebook error; 4 internal error."
    )(batch.batch)


def _eval(app: typer.Typer) -> None:
    from screen.cli import evaluate

    app.command(
        "eval",
        epilog="Exit codes: 0 success, 1 recall below --min-recall, 2 bad input "
        "(missing label column, bad labels), 3 rulebook error.",
    )(evaluate.eval_)


def _source(app: typer.Typer) -> None:
    from screen.cli import source

    app.command(epilog=EXIT_CODES_HELP)(source.source)


def _decide(app: typer.Typer) -> None:
    from screen.cli.decide import decide

    app.command(
        "decide", epilog="Exit codes: 0 recorded, 2 bad input (unknown entry, no --by or --reason)."
    )(decide)


def _rescreen(app: typer.Typer) -> None:
    from screen.cli.rescreen import rescreen

    app.command(
        "rescreen",
        epilog="Exit codes: 0 nothing new to review, 1 a new hit or a level raised to block, "
        "2 bad input (no records database, a bad date or list).",
    )(rescreen)


def _rules(app: typer.Typer) -> None:
    from screen.cli import rules

    rules_app = typer.Typer(help="Check and list the rulebook.", no_args_is_help=True)
    rules_app.command("validate", epilog=EXIT_CODES_HELP)(rules.rules_validate)
    rules_app.command("list", epilog=EXIT_CODES_HELP)(rules.rules_list)
    app.add_typer(rules_app, name="rules")


def _history(app: typer.Typer) -> None:
    from screen.cli.history import history_app

    app.add_typer(history_app, name="history")


def _decisions(app: typer.Typer) -> None:
    from screen.cli.decide import decisions_app

    app.add_typer(decisions_app, name="decisions")


def _lists(app: typer.Typer) -> None:
    from screen.cli import lists

    lists_app = typer.Typer(
        help="Inspect sanctions-list files and compare editions.", no_args_is_help=True
    )
    missing = "Exit codes: 0 success, 2 a missing or malformed list."
    lists_app.command("info", epilog=missing)(lists.lists_info)
    lists_app.command("diff", epilog=missing)(lists.lists_diff)
    app.add_typer(lists_app, name="lists")


def _config(app: typer.Typer) -> None:
    from screen.cli import configshow

    config_app = typer.Typer(help="Show the settings in force (screen.toml).", no_args_is_help=True)
    config_app.command("show", epilog="Exit codes: 0 success, 2 a bad config file.")(
        configshow.config_show
    )
    app.add_typer(config_app, name="config")


# Every command and command group, in the order `screen --help` lists them (typer
# lists commands before groups), each registered by a function that imports its
# module only when called.
COMMANDS: dict[str, Callable[[typer.Typer], None]] = {
    "check": _check,
    "batch": _batch,
    "eval": _eval,
    "source": _source,
    "decide": _decide,
    "rescreen": _rescreen,
    "rules": _rules,
    "history": _history,
    "decisions": _decisions,
    "lists": _lists,
    "config": _config,
}


def _usage_error(error: Any) -> None:
    """A usage error of the option parser (a missing option, a bad choice, a word
    that is no number) as the one line on stderr every other error is: `Error: ...`
    and where to read more (typer drew a box of several lines headed 'Usage:').
    `error` is the parser's ClickException (typer's own copy of click's)."""
    context = getattr(error, "ctx", None)
    message = error.format_message()
    where = f" (see '{context.command_path} --help')" if context is not None else ""
    sys.stderr.write(f"Error: {' '.join(message.split())}{where}\n")


class _LazyRichUtils:
    """typer's `rich_utils` until something but a usage error needs it: importing
    it imports rich's console and traceback (about 50 ms a run), which a run that
    draws no help and meets no usage error never needs."""

    rich_format_error = staticmethod(_usage_error)

    def __getattr__(self, name: str) -> Any:
        from importlib import import_module

        real = import_module("typer.rich_utils")  # (typer's attribute is then the module)
        vars(real)["rich_format_error"] = _usage_error
        return getattr(real, name)


def _patch_usage_errors() -> None:
    """typer calls `rich_utils.rich_format_error(error)` for each usage error, after
    `from . import rich_utils`, which takes the package's attribute when it has one:
    the module itself patched if it is imported, else a stand-in that imports it
    only when asked for something else."""
    real = sys.modules.get("typer.rich_utils")
    if real is not None:
        vars(real)["rich_format_error"] = _usage_error
    else:
        vars(typer)["rich_utils"] = _LazyRichUtils()


def build(only: str | None = None) -> typer.Typer:
    """The application: every command, or with `only` just that one (typer turns each
    registered command into a click command, its options read from its signature,
    before it parses a word: a run builds only the one it runs)."""
    _patch_usage_errors()
    app = typer.Typer(
        name="screen",
        help="Screen shipments against export-control rules. " + EXIT_CODES_HELP,
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
    )
    app.callback()(_main)
    for name, register in COMMANDS.items():
        if only is None or name == only:
            register(app)
    return app


def command_word(args: list[str]) -> str | None:
    """The command `args` run when it is known and nothing but the group's own
    options (--debug, --config FILE) stands before it; else None (help, --version,
    completion, a usage error: the whole application answers)."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--debug" or arg.startswith("--config="):
            i += 1
        elif arg == "--config":
            i += 2
        else:
            return arg if arg in COMMANDS else None
    return None


def __getattr__(name: str) -> typer.Typer:
    """`app`: the whole application (built on first use: tests and documentation)."""
    if name == "app":
        app = build()
        globals()["app"] = app
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def escape_unencodable() -> None:
    """A character the terminal's encoding lacks (PYTHONIOENCODING=ascii, a legacy
    code page) is written escaped (\\u0418) instead of failing the command after it
    screened and recorded (a report of 'internal error' for a recorded run)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")


def main() -> None:
    """The console entry: run the command, then leave without tearing down the heap
    (see `finish`).  SIGTERM and SIGHUP stop a command as Ctrl-C does (see
    `handling`)."""
    from screen.errors import Stopped

    reserve_standard_streams()
    install_signal_handlers()
    escape_unencodable()
    guard_stderr()
    try:
        build(command_word(sys.argv[1:]))()
    except SystemExit as exc:
        finish(exit_code(exc.code))
    except Stopped as exc:  # before a command started
        sys.stderr.write(f"Stopped by {exc.name}.\n")
        finish(128 + exc.signum)
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        finish(130)
    finish(0)
