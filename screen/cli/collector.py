"""The garbage collector's policy for a command-line run: off while the process
starts, then on, never scanning what start-up made.

Starting a command imports typer, click, rich and the engine and reads the compiled
rulebook: some 50,000 objects (modules, classes, functions, tables) that live until
the process ends.  With CPython's default thresholds the young generations are
collected every 700 allocations meanwhile, and each collection scans every young
survivor and finds nothing to free: measured on `screen check`, 80 young and 8
middle collections, 13.6 ms of a 180 ms run.  A higher threshold does not help
(each of fewer collections scans more survivors: 14 ms at 10,000); only not
scanning them does.

So `hold` (called first by the console entry, before typer is imported) turns the
collector off, and `release` (called as every command starts, by
`handling.handles_errors`) freezes whatever exists by then (`gc.freeze`: it is
never scanned again) and turns the collector back on with its thresholds unchanged.
What a command then builds to start is start-up too: `settling` keeps the collector
off while a command builds its screener (the engine's modules, the compiled
rulebook's 100,000 objects) and freezes it after, where a young collection scanned
it all once and a middle one again (about 6 M instructions a 10,000 objects).
Everything the command itself makes is collected as usual (a long batch still
collects its cycles; its row loop relaxes the thresholds further:
`screen.runs.rows.relaxed_gc`).  A process that did not `hold` (tests invoking the
application, a program importing it) is left alone: `release` is then a no-op.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_held = [False]  # whether `hold` turned the collector off (and `release` has not run)
_policy = [False]  # whether this process follows the policy (`hold` turned it off)


def hold() -> None:
    """Turn the collector off for start-up (if it is on)."""
    if gc.isenabled():
        gc.disable()
        _held[0] = _policy[0] = True


def release() -> None:
    """Start-up is over: freeze what exists and turn the collector back on."""
    if _held[0]:
        _held[0] = False
        gc.freeze()
        gc.enable()


@contextlib.contextmanager
def settling() -> Iterator[None]:
    """The collector off while a command builds what it starts with, and that frozen
    after, in a process that follows the policy (else nothing changes)."""
    if not (_policy[0] and gc.isenabled()):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
