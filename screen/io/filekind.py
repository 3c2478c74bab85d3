"""What a path names when it is not a regular file, said in a user's words.

`Path.is_file()` is False alike for a missing file, a folder, a named pipe and a
device, so a check on it alone says "no such file" of a file that exists; and
opening a named pipe waits for a writer.  `not_regular` only calls stat."""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(path: Path) -> str | None:
    """What `path` is when it is not a regular file (symlinks followed), or None:
    "a folder", "a named pipe (FIFO)", "a symlink to X, which does not exist", ...;
    "missing" when nothing is there at all."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        try:
            target = os.readlink(path)
        except OSError:
            return "missing"
        return f"a symlink to {target}, which does not exist"
    except OSError as exc:
        return f"not readable ({exc.strerror})"
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")
