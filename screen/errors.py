"""One exception hierarchy for the whole tool.

Every message says what went wrong *and* how to fix it; the CLI prints it as a
single `Error: ...` line on stderr and exits with the error's `exit_code`.
"""

from __future__ import annotations

from screen.exitcodes import ExitCode
from screen.tuples import NamedTuple


class ScreenError(Exception):
    """Base class of every error `screen` raises on purpose."""

    exit_code: ExitCode = ExitCode.INTERNAL


class InputError(ScreenError):
    """The user's input (an option value, a shipment field, a file) cannot be used."""

    exit_code = ExitCode.USAGE


class RunFailure(ScreenError):
    """The run could not complete (a worker process died or failed): nothing is
    written under the output's name."""

    exit_code = ExitCode.USAGE


class Stopped(BaseException):
    """The process was asked to stop (SIGTERM, SIGHUP): unwinds like Ctrl-C, so every
    `finally` and `with` cleans up (temporary files, worker processes)."""

    def __init__(self, signum: int) -> None:
        import signal

        self.signum = signum
        self.name = signal.Signals(signum).name
        super().__init__(self.name)


class ListFormatError(InputError):
    """A sanctions-list file is malformed; the message names the file and line or element."""


class RecordsError(InputError):
    """The records database cannot be opened or written; the message names it."""


class UnknownRuleError(InputError):
    """A rule id (or list entry id) that the rulebook does not hold."""


_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_CONTROLS.update({c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_CONTROLS.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def one_line(text: str) -> str:
    """`text` with control characters (a newline in a path, say) and text direction
    controls written as escapes: a message stays one line, read as it is stored."""
    return text.translate(_CONTROLS)


class Problem(NamedTuple):
    """One problem found in a rulebook file: where it is and how to fix it."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" [{self.field}]" if self.field else ""
        return one_line(f"{where}{field}: {self.message}")


class RulebookError(ScreenError):
    """The rulebook cannot be loaded; `problems` lists every fault found."""

    exit_code = ExitCode.RULEBOOK

    def __init__(self, problems: list[Problem]) -> None:
        # each once: an alias repeated in a list (`[*t0, *t0]`) gives the same problem
        self.problems = problems = list(dict.fromkeys(problems))
        count = len(problems)
        head = f"the rulebook has {count} problem{'s' if count != 1 else ''}"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in problems))
