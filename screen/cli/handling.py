"""One place where library errors become a line on stderr and an exit code.

Besides `ScreenError`s, this is where the process meets its surroundings:

* the reader of stdout went away (`screen check ... | true`, `batch ... | head`):
  the exit code is the verdict when it is known (a command sets it with
  `known_verdict` before printing), else 141 (128 + SIGPIPE, as a shell reports
  it); never 0 for a flagged shipment;
* stdout cannot be written (`> /dev/full`, a file too large): exit 2, one line;
* SIGTERM and SIGHUP unwind like Ctrl-C (temporary files removed, workers
  ended) and exit 143 and 129 with one line; Ctrl-C exits 130 with one line;
* a standard stream closed when the process starts (`<&-`, `2>&-`): its file
  descriptor is held by /dev/null, so no file the run opens takes it, and an
  error's exit code stands without stderr to say it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, ParamSpec, TextIO, TypeVar, cast

import typer

from screen.cli.collector import release
from screen.errors import RulebookError, ScreenError, Stopped, one_line
from screen.exitcodes import ExitCode

P = ParamSpec("P")
R = TypeVar("R")

SIGPIPE_EXIT = 128 + 13
state: dict[str, object] = {"debug": False, "verdict": None}


def known_verdict(code: int) -> int:
    """Set the command's exit code once it is known, before its results are written
    to stdout: it stands if the reader of stdout goes away (`... | true`, `| head`)."""
    state["verdict"] = code
    return code


def _stop(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


def install_signal_handlers() -> None:
    """SIGTERM and SIGHUP raise `Stopped` in the main thread (the console entry only)."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)


def reserve_standard_streams() -> None:
    """Each of fds 0, 1 and 2 closed at start opened on /dev/null (else the records
    database could be opened as fd 2 and take what a library writes there); Python
    has then left `sys.stdin` or `sys.stdout` None, which the commands report as a
    closed stream, and `sys.stderr` None, which is given /dev/null: an error is still
    its exit code (an AttributeError writing it made it exit 1, "review")."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)  # (the lowest free fd: this one)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process


class _Stderr:
    """Standard error that, once its reader has gone (`2>&1 | head`, a closed log
    pipe), drops what is written to it: a warning or the summary it could not
    deliver must not change the command's exit code (rich ended it with 1,
    "review or blocked", a clear batch; an input error's message ended it with 1)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._gone()

    def _gone(self) -> None:
        """fd 2 on /dev/null: what the stream still holds is flushed there."""
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guard_stderr() -> None:
    """Standard error's reader going away never changes the exit code (`_Stderr`)."""
    if sys.stderr is not None and not isinstance(sys.stderr, _Stderr):
        sys.stderr = cast(TextIO, _Stderr(sys.stderr))


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so the exit's flush cannot fail again."""
    if sys.stdout is not None:
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def _fail(message: str, code: int) -> typer.Exit:
    """One line on stderr (a newline in a path is written as an escape)."""
    sys.stderr.write(f"Error: {one_line(message)}\n")
    return typer.Exit(code)


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one `Error: ...` line on stderr and their exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        release()  # start-up is over (`collector`)
        state["verdict"] = None
        _tell_waits()
        try:
            try:
                result = command(*args, **kwargs)
            except typer.Exit as exc:
                _close_runs(FAILED)  # none is left open by a command that completed
                state["verdict"] = exc.exit_code
                _flush_stdout()
                raise
            except (Stopped, KeyboardInterrupt, BrokenPipeError):
                _close_runs(INTERRUPTED)
                raise
            except BaseException:
                _close_runs(FAILED)
                raise
            _flush_stdout()
            return result
        except typer.Exit:
            raise
        except ScreenError as exc:
            if state["debug"]:
                raise
            if isinstance(exc, RulebookError):  # one line per problem, each escaped
                sys.stderr.write(
                    f"Error: {exc}\nFix the rulebook and run 'screen rules validate' again.\n"
                )
                raise typer.Exit(int(exc.exit_code)) from None
            raise _fail(str(exc), int(exc.exit_code)) from None
        except BrokenPipeError:
            # The reader (e.g. `head`) stopped early: the verdict, if known, stands.
            _silence_stdout()
            verdict = state["verdict"]
            raise typer.Exit(verdict if isinstance(verdict, int) else SIGPIPE_EXIT) from None
        except Stopped as exc:
            sys.stderr.write(f"Stopped by {exc.name}.\n")
            raise typer.Exit(128 + exc.signum) from None
        except KeyboardInterrupt:
            sys.stderr.write("Interrupted.\n")
            raise typer.Exit(130) from None
        except OSError as exc:
            from screen.io.output import WRITE_FAILURES, write_failure

            if state["debug"] or exc.errno not in WRITE_FAILURES:
                raise _internal(exc) from None
            _silence_stdout()
            raise _fail(str(write_failure("standard output", exc)), ExitCode.USAGE) from None
        except Exception as exc:
            if state["debug"]:
                raise
            raise _internal(exc) from None

    return wrapper


def _tell_waits() -> None:
    """Say on stderr when a write to the records database waits for another's."""
    from screen.records.waiting import WAITING

    def tell(path: str) -> None:
        sys.stderr.write(
            f"Waiting for the records database {path} (locked by another process)...\n"
        )

    if not WAITING:
        WAITING.append(tell)


INTERRUPTED, FAILED = "interrupted", "failed"  # as `screen.records.trail` names them


def _close_runs(status: str) -> None:
    """Close the runs the command started and did not finish (only a command that
    records has loaded the recorder)."""
    if "screen.runs.recording" in sys.modules:
        from screen.runs.recording import close_open_runs

        close_open_runs(status)


def _internal(exc: Exception) -> typer.Exit:
    if state["debug"]:
        raise exc
    return _fail(
        f"internal error ({type(exc).__name__}: {exc}); "
        "rerun with --debug for the traceback and report it",
        ExitCode.INTERNAL,
    )
