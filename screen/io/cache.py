"""An on-disk cache for derived data that is slow to rebuild: the compiled rulebook
and parsed sanctions lists with their name indexes.

Entries are pickles named by a key that hashes everything they derive from (the
source files' bytes and this package's version), so a changed file is a new key
and a stale entry is never read.  The cache lives in $SCREEN_CACHE_DIR, else
$XDG_CACHE_HOME/screen, else ~/.cache/screen; SCREEN_CACHE_DIR=off disables it.
A cache that cannot be read or written is rebuilt or skipped, never an error.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from screen.version import __version__

T = TypeVar("T")
FORMAT = "17"  # bump when cached classes change shape


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Unpickling makes hundreds of thousands of objects and no cycles; a collector
    pass every few hundred of them would double the load time."""
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


def prune(folder: Path, key: str, keep: int = KEEP) -> list[Path]:
    """Delete all but the `keep` newest entries that derive from the same source as
    `key` (same kind, same source file); returns what was deleted."""
    group = key.rsplit("-", 1)[0]
    entries = sorted(
        folder.glob(f"{group}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True
    )
    removed = []
    for old in entries[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
            removed.append(old)
    return removed


def files_digest(folder: str | Path) -> str:
    """A hash over the names and bytes of the files directly in `folder`."""
    digest = hashlib.sha256()
    base = Path(folder)
    if base.is_dir():
        for path in sorted(p for p in base.iterdir() if p.is_file()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key_for(kind: str, files: Iterable[Path], *extra: str) -> str:
    """A key over the kind, the files' names and bytes, extra strings and the version:
    `<kind>-<source>-<digest>`, where <source> names the first file's place (so the
    entries of one list file, edition after edition, can be pruned together)."""
    files = list(files)
    digest = hashlib.sha256(f"{kind}\0{FORMAT}\0{__version__}".encode())
    place = str(files[0].resolve()) if files else ""
    source = hashlib.sha256(place.encode()).hexdigest()[:12]
    for path in files:
        digest.update(b"\0" + path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    for value in extra:
        digest.update(b"\0" + value.encode())
    return f"{kind}-{source}-{digest.hexdigest()[:32]}"


def cached(key: str, build: Callable[[], T], valid: Callable[[T], bool] = lambda _: True) -> T:
    """The cached value under `key` if `valid` accepts it, else `build()` (stored for
    next time)."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{key}.pickle"
    with contextlib.suppress(Exception):  # unreadable, truncated or foreign: rebuild
        with path.open("rb") as handle, _gc_paused():
            value: T = pickle.load(handle)
        if valid(value):
            return value
    value = build()
    with contextlib.suppress(OSError, pickle.PicklingError):
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{key}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
            prune(folder, key)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return value
