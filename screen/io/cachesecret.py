"""The cache folder's trust: whose a file is, and the per-user HMAC key that signs
the cache's entries (`cache.py`).

The key is 32 random bytes in a file of the user's own that only they can read.  A
key file that is no such thing (empty or cut short by a full disk or a crash, a
link, a folder, a FIFO, readable by others) is replaced by a new key, written whole
under a temporary name and put in place at once: the entries the old key signed no
longer verify and are rebuilt.  No entry is ever read unsigned.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from pathlib import Path

KEY_FILE = "hmac.key"
OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH  # (also `configtrust`'s)


def current_user() -> int | None:
    """The current user id (None where the platform has none: no owner checks)."""
    return os.getuid() if hasattr(os, "getuid") else None


def trusted(info: os.stat_result) -> bool:
    """Whether a file or folder belongs to the current user and only they can write it."""
    me = current_user()
    return (me is None or info.st_uid == me) and not info.st_mode & OTHERS_WRITE


def secret(folder: Path, create: bool) -> bytes | None:
    """The per-user HMAC key: 32 random bytes in a 0600 file of the user's own.  A key
    file that is no such thing (empty or cut short, a link, a folder, a FIFO, readable
    by others) is replaced by a new key when `create`: the entries signed with it are
    then rebuilt, and no entry is ever read unsigned (it disabled the cache for good)."""
    path = folder / KEY_FILE
    found = _read_secret(path)
    if found is not None or not create:
        return found
    return _new_secret(folder, path)


def _read_secret(path: Path) -> bytes | None:
    """The key in `path` when it is a private regular file of 32 bytes, else None
    (opened without following a link, nor waiting for a FIFO's writer)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not (stat.S_ISREG(info.st_mode) and trusted(info)) or info.st_mode & 0o077:
            return None
        secret = os.read(fd, 64)
    except OSError:
        return None
    finally:
        os.close(fd)
    return secret if len(secret) == 32 else None


def _new_secret(folder: Path, path: Path) -> bytes | None:
    """A new key written whole under a temporary name and put in place at once (never
    seen half written): linked when there is none (another run making one first wins,
    and theirs is read), else put in the place of the unusable one."""
    temp = ""
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{KEY_FILE}.", suffix=".part")
        with os.fdopen(fd, "wb") as handle:  # (mkstemp makes it 0600)
            handle.write(secrets.token_bytes(32))
        try:
            os.link(temp, path)
        except FileExistsError:
            if (theirs := _read_secret(path)) is not None:
                return theirs
            os.replace(temp, path)  # (a link or a FIFO is replaced, never followed)
        except OSError:  # a file system without hard links
            os.replace(temp, path)
    except OSError:  # a read-only folder, a full disk; a folder named hmac.key
        return None
    finally:
        with contextlib.suppress(OSError):
            if temp:
                os.unlink(temp)
    return _read_secret(path)
