"""The one set of process exit codes that every `screen` command uses."""

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes, documented in `--help` and the README.

    0 and 1 are outcomes, not failures: scripts branch on them.
    """

    CLEAR = 0
    """Everything screened came out clear (or the command succeeded)."""
    FLAGGED = 1
    """At least one shipment needs review or is blocked (eval: recall below --min-recall)."""
    USAGE = 2
    """Bad usage or bad input: unknown option value, unreadable or malformed file."""
    RULEBOOK = 3
    """The rulebook is invalid; every problem is listed on stderr."""
    INTERNAL = 4
    """An unexpected internal error (a bug): run again with --debug and report it."""
    INCOMPLETE = 5
    """batch: some rows could not be screened (error rows); other rows may need review
    too.  Fix those rows and screen them again."""
