"""One place where library errors become a line on stderr and an exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer

from screen.errors import RulebookError, ScreenError
from screen.exitcodes import ExitCode

P = ParamSpec("P")
R = TypeVar("R")

state = {"debug": False}


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one `Error: ...` line on stderr and their exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except ScreenError as exc:
            if state["debug"]:
                raise
            message = str(exc)
            if isinstance(exc, RulebookError):
                message = f"{message}\nFix the rulebook and run 'screen rules validate' again."
            sys.stderr.write(f"Error: {message}\n")
            raise typer.Exit(int(exc.exit_code)) from None
        except BrokenPipeError:
            # The reader (e.g. `head`) stopped early: not an error of ours.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(int(ExitCode.CLEAR)) from None
        except KeyboardInterrupt:
            sys.stderr.write("Interrupted.\n")
            raise typer.Exit(130) from None
        except Exception as exc:
            if state["debug"]:
                raise
            sys.stderr.write(
                f"Error: internal error ({type(exc).__name__}: {exc}); "
                "rerun with --debug for the traceback and report it\n"
            )
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return wrapper
