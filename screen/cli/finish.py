"""Leave the process without tearing down its heap.

A run ends with caches holding hundreds of thousands of objects (the compiled
rulebook, name indexes, per-value results).  A normal interpreter exit walks all
of them: a garbage-collector pass and the deallocation of every module's objects,
0.5 s and more after a big batch, and about a tenth of a `screen check`.  Nothing
in that teardown is output: every command writes through `with` blocks that close
their files.  So once the command has returned, `finish` runs what a normal exit
runs that matters (the `atexit` handlers, which also run pending `weakref.finalize`
callbacks such as temporary-directory removal), flushes stdout and stderr, and
ends the process with `os._exit` and the command's exit code.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from typing import NoReturn


def exit_code(code: object) -> int:
    """The status `sys.exit(code)` would give: None is 0, an int is itself, anything
    else (a message) is printed to stderr and gives 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1


def finish(code: int) -> NoReturn:
    """Run the exit handlers, flush the standard streams and end the process."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        # The reader may have gone (`screen batch ... | head`) or the stream be
        # closed (None when the process started with it closed): nothing more can
        # be delivered; the exit code still stands.
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(code & 0xFF)
