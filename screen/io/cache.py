"""An on-disk cache for derived data that is slow to rebuild: the compiled rulebook
and parsed sanctions lists with their name indexes.

Entries are pickles named by a key that hashes everything they derive from (the
source files' bytes, and the code and tables of this package that derive them:
`screen.codedigest`), so a changed file or a changed module is a new key and a
stale entry is never read (the newest few per source are kept).  The cache
lives in $SCREEN_CACHE_DIR, else the OS's cache folder (`cache_dir`);
SCREEN_CACHE_DIR=off disables it.
A cache that cannot be read or written is rebuilt or skipped, never an error.

Unpickling runs code named by the data, so nothing another user could have written
is ever unpickled:

* the folder must belong to the current user and not be writable by group or
  others (it is created 0700), else the cache is not used at all;
* every entry carries an HMAC-SHA256 over its key and bytes, made with a random
  per-user key kept in the folder with mode 0600; an entry is unpickled only when
  its file belongs to the current user, is writable by no one else, and its tag
  verifies.  Anything else is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import mmap
import os
import pickle
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TypeVar

from screen.codedigest import code_digest
from screen.io.cachesecret import KEY_FILE as KEY_FILE  # (where the key is kept)
from screen.io.cachesecret import secret, trusted

T = TypeVar("T")
MAGIC = b"SCREEN-CACHE\x00v1"  # then the 32-byte tag, then the pickle
TAG_BYTES = 32
HEADER = len(MAGIC) + TAG_BYTES


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The collector paused: unpickling a cache entry, or building a list store,
    makes hundreds of thousands of objects and no cycles, and a collector pass
    every few hundred of them would double the load (a fifth of a build)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def cache_dir() -> Path | None:
    """$SCREEN_CACHE_DIR, else where the OS keeps caches (platformdirs: ~/.cache/screen
    or $XDG_CACHE_HOME/screen on Linux, ~/Library/Caches/screen on macOS,
    %LOCALAPPDATA%\\screen\\Cache on Windows)."""
    chosen = os.environ.get("SCREEN_CACHE_DIR")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("screen", appauthor=False))


KEEP = 3  # entries kept per source (the newest): older versions of a list are pruned
STALE_PART = 24 * 3600  # seconds unwritten after which an entry's temporary file is a dead run's


def _modified(path: Path) -> int | None:
    """When `path` was last written; None when it is gone (another run pruned it)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def prune(folder: Path, key: str, keep: int = KEEP, suffix: str = ".pickle") -> list[Path]:
    """Delete all but the `keep` newest entries that derive from the same source as
    `key` (same kind, same source file), and their temporary files not written for
    `STALE_PART` seconds (a build killed: a run writing one touches it); returns what
    was deleted.  Other runs may prune at once: an entry gone meanwhile is passed."""
    group = key.rsplit("-", 1)[0]
    found = ((_modified(p), p) for p in folder.glob(f"{group}-*{suffix}"))
    dated = [(when, p) for when, p in found if when is not None]
    entries = [p for _, p in sorted(dated, key=lambda item: item[0], reverse=True)]
    stale = time.time_ns() - STALE_PART * 1_000_000_000
    parts = [
        p
        for p in folder.glob(f".{group}-*.part")
        if (when := _modified(p)) is not None and when < stale
    ]
    removed = []
    for old in entries[keep:] + parts:
        with contextlib.suppress(OSError):
            old.unlink()
            removed.append(old)
    return removed


def _folder(create: bool) -> Path | None:
    """The cache folder if it is safe to use (created 0700 when `create`), else None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    return folder if stat.S_ISDIR(info.st_mode) and trusted(info) else None


def files_digest(folder: str | Path) -> str:
    """A hash over the names and bytes of the files directly in `folder`."""
    digest = hashlib.sha256()
    base = Path(folder)
    if base.is_dir():
        for path in sorted(p for p in base.iterdir() if p.is_file()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key_for(
    kind: str, files: Iterable[Path], *extra: str, read: Callable[[Path], bytes] = Path.read_bytes
) -> str:
    """A key over the kind, the files' names and bytes (as `read` gives them: the
    bytes the entry is then built from), extra strings and the code:
    `<kind>-<source>-<digest>`, where <source> names the first file's place (so the
    entries of one list file, edition after edition, can be pruned together)."""
    files = list(files)
    digest = hashlib.sha256(f"{kind}\0{code_digest()}".encode())
    place = str(files[0].resolve()) if files else ""
    source = hashlib.sha256(place.encode()).hexdigest()[:12]
    for path in files:
        digest.update(b"\0" + path.name.encode() + b"\0")
        digest.update(read(path))
    for value in extra:
        digest.update(b"\0" + value.encode())
    return f"{kind}-{source}-{digest.hexdigest()[:32]}"


def _load(path: Path, key: str, secret: bytes) -> object:
    """The entry's value; ValueError unless the file is the user's own and its tag
    verifies (checked before a single byte is unpickled)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not (stat.S_ISREG(info.st_mode) and trusted(info)) or info.st_size <= HEADER:
            raise ValueError("not an entry of this user's")
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            view = memoryview(mapped)
            try:
                if view[: len(MAGIC)] != MAGIC:
                    raise ValueError("not a cache entry")
                tag = hmac.new(secret, key.encode() + b"\0", hashlib.sha256)
                tag.update(view[HEADER:])
                if not hmac.compare_digest(tag.digest(), bytes(view[len(MAGIC) : HEADER])):
                    raise ValueError("the entry's tag does not verify")
                with gc_paused():
                    return pickle.loads(view[HEADER:])
            finally:
                view.release()


class _Signing:
    """A binary file that also feeds every byte written to an HMAC."""

    def __init__(self, handle: IO[bytes], tag: hmac.HMAC) -> None:
        self._write = handle.write
        self._tag = tag

    def write(self, data: bytes) -> int:
        self._tag.update(data)
        return self._write(data)


def _store(folder: Path, path: Path, key: str, secret: bytes, value: object) -> None:
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{key}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + bytes(TAG_BYTES))
            tag = hmac.new(secret, key.encode() + b"\0", hashlib.sha256)
            pickle.dump(value, _Signing(handle, tag), protocol=pickle.HIGHEST_PROTOCOL)
            handle.seek(len(MAGIC))
            handle.write(tag.digest())
        os.replace(temp, path)
        prune(folder, key)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def stored(
    key: str, suffix: str, write: Callable[[Path], None], read: Callable[[Path], T]
) -> T | None:
    """A derived file kept in the cache folder in a format that runs no code when
    read (the list store): `read(path)` of the file under `key` when it is a regular
    file of the user's own that no one else can write, else `write` it anew (under a
    temporary name, renamed into place) and read that.  `read` raises ValueError for
    a file it does not accept (then rewritten).  None when no safe folder exists or
    the file cannot be written (SQLite's "database or disk is full" too): the
    caller builds in memory."""
    folder = _folder(create=True)
    if folder is None:
        return None
    path = folder / f"{key}{suffix}"
    with contextlib.suppress(OSError, ValueError):  # missing, foreign, damaged: rewrite
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode) and trusted(info):
            return read(path)
    temp = ""
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{key}.", suffix=".part")
        os.close(fd)
        os.unlink(temp)  # the writer makes the file afresh
        write(Path(temp))
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except (OSError, sqlite3.OperationalError):  # a full disk, a quota, a read-only folder
        return None
    finally:
        with contextlib.suppress(OSError):
            if temp:
                os.unlink(temp)
    prune(folder, key, suffix=suffix)
    try:
        return read(path)
    except (OSError, ValueError):
        return None


def cached(key: str, build: Callable[[], T], valid: Callable[[T], bool] = lambda _: True) -> T:
    """The cached value under `key` if `valid` accepts it, else `build()` (stored for
    next time).  A folder that is not safe to use is neither read nor written."""
    folder = _folder(create=False)
    signer = secret(folder, create=False) if folder else None
    if folder is not None and signer is not None:
        with contextlib.suppress(Exception):  # missing, truncated, forged or foreign: rebuild
            value: T = _load(folder / f"{key}.pickle", key, signer)  # type: ignore[assignment]
            if valid(value):
                return value
    value = build()
    folder = _folder(create=True)
    signer = secret(folder, create=True) if folder else None
    if folder is not None and signer is not None:
        with contextlib.suppress(OSError, pickle.PicklingError):
            _store(folder, folder / f"{key}.pickle", key, signer, value)
    return value
