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
Everything the command itself makes is collected as usual (a long batch still
collects its cycles; its row loop relaxes the thresholds further:
`screen.runs.rows.relaxed_gc`).  A process that did not `hold` (tests invoking the
application, a program importing it) is left alone: `release` is then a no-op.
"""

from __future__ import annotations

import gc

_held = [False]  # whether `hold` turned the collector off (and `release` has not run)


def hold() -> None:
    """Turn the collector off for start-up (if it is on)."""
    if gc.isenabled():
        gc.disable()
        _held[0] = True


def release() -> None:
    """Start-up is over: freeze what exists and turn the collector back on."""
    if _held[0]:
        _held[0] = False
        gc.freeze()
        gc.enable()
