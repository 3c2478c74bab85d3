"""The one range check for the numbers options take (a score, a count, a run id):
a value outside its range, NaN included, is exit 2 with one line saying what to
give.  `tests/test_argument_ranges.py` holds every numeric option of every command,
so that a new one cannot go unchecked."""

from __future__ import annotations

from typing import TypeVar

from screen.errors import InputError

LARGEST = 2**63 - 1  # SQLite's largest integer: a run id, a count
N = TypeVar("N", int, float)


def _shown(value: float) -> str:
    return format(value, "g") if isinstance(value, float) else str(value)


def in_range(value: N, option: str, low: N, high: N, what: str = "a number", hint: str = "") -> N:
    """`value` if `low <= value <= high` (NaN never is), else an InputError:
    "--min-score nan is out of range: give a score from 0 to 100"."""
    if not low <= value <= high:
        raise InputError(
            f"{option} {_shown(value)} is out of range: give {what} from {_shown(low)} to "
            f"{_shown(high)}{hint}"
        )
    return value


def score(value: float, option: str) -> float:
    """A name score or threshold: 0 to 100."""
    return in_range(value, option, 0.0, 100.0, "a score")


def whole(value: int, option: str, low: int = 1, hint: str = "") -> int:
    """A count or id SQLite can hold, `low` or more."""
    return in_range(value, option, low, LARGEST, "a whole number", hint)
