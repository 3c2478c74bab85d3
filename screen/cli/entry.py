"""The `screen` command line: parse options, call the library, render.

Exit codes (one `ExitCode` enum, the same for every command):
  0 clear / success, 1 review or blocked (eval: recall below --min-recall),
  2 bad usage or input, 3 rulebook error, 4 internal error (a bug: rerun with --debug).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from screen.cli import batch, check, configshow, evaluate, lists, rules, settings, source
from screen.cli.decide import decide, decisions_app
from screen.cli.finish import exit_code, finish
from screen.cli.handling import install_signal_handlers, state
from screen.cli.history import history_app
from screen.cli.output import EXIT_CODES_HELP
from screen.cli.rescreen import rescreen

app = typer.Typer(
    name="screen",
    help="Screen shipments against export-control rules. " + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="Check and list the rulebook.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(history_app, name="history")
app.add_typer(decisions_app, name="decisions")
lists_app = typer.Typer(
    help="Inspect sanctions-list files and compare editions.", no_args_is_help=True
)
app.add_typer(lists_app, name="lists")
config_app = typer.Typer(help="Show the settings in force (screen.toml).", no_args_is_help=True)
app.add_typer(config_app, name="config")


def _version(value: bool) -> None:
    if value:
        from screen.version import __version__

        sys.stdout.write(f"screen {__version__}\n")
        raise typer.Exit()


@app.callback()
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


app.command(epilog=EXIT_CODES_HELP)(check.check)
app.command(
    epilog="Exit codes: 0 every row clear; 1 every row screened, some need review or are "
    "blocked; 5 some rows could not be screened (error rows: see the reason column), others "
    "may need review too; 2 the file cannot be screened at all (missing, empty, no usable "
    "columns); 3 rulebook error; 4 internal error."
)(batch.batch)
app.command(
    "eval",
    epilog="Exit codes: 0 success, 1 recall below --min-recall, 2 bad input "
    "(missing label column, bad labels), 3 rulebook error.",
)(evaluate.eval_)
app.command(epilog=EXIT_CODES_HELP)(source.source)
app.command(
    "decide", epilog="Exit codes: 0 recorded, 2 bad input (unknown entry, no --by or --reason)."
)(decide)
app.command(
    "rescreen",
    epilog="Exit codes: 0 nothing new to review, 1 a new hit or a level raised to block, "
    "2 bad input (no records database, a bad date or list).",
)(rescreen)
rules_app.command("validate", epilog=EXIT_CODES_HELP)(rules.rules_validate)
rules_app.command("list", epilog=EXIT_CODES_HELP)(rules.rules_list)
config_app.command("show", epilog="Exit codes: 0 success, 2 a bad config file.")(
    configshow.config_show
)
lists_app.command("info", epilog="Exit codes: 0 success, 2 a missing or malformed list.")(
    lists.lists_info
)
lists_app.command("diff", epilog="Exit codes: 0 success, 2 a missing or malformed list.")(
    lists.lists_diff
)


def main() -> None:
    """The console entry: run the command, then leave without tearing down the heap
    (see `finish`).  SIGTERM and SIGHUP stop a command as Ctrl-C does (see
    `handling`)."""
    from screen.errors import Stopped

    install_signal_handlers()
    try:
        app()
    except SystemExit as exc:
        finish(exit_code(exc.code))
    except Stopped as exc:  # before a command started
        sys.stderr.write(f"Stopped by {exc.name}.\n")
        finish(128 + exc.signum)
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        finish(130)
    finish(0)
