"""A digest of this package's code and shipped tables, for keying derived data.

What the package derives and keeps on disk (the compiled rulebook, the country
table, the word tables) is only as good as the code that derived it.  Keying such
an entry by a hand-bumped format number reads a stale entry whenever a change
forgets the bump; keying it by this digest cannot: any edit to a module or a
table under `screen/` is a new digest, so a new entry.

The digest covers each file's path, size and modification time (one `stat` a
file: about 0.4 ms for the package's ~150 files, where hashing their 6 MB of
bytes took about 8 ms a run), computed once a process.  An edit changes the
modification time; an install sets the times once.  `datagen/` (build time
only) and bytecode are left out.  Where the package cannot be listed (run from a
zip file, say) the digest falls back to the version alone.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache

from screen.version import __version__

ROOT = os.path.dirname(os.path.abspath(__file__))
SKIPPED = frozenset({"__pycache__", "datagen"})
SUFFIXES = (".py", ".txt", ".tsv", ".yaml", ".json")


def digest_of(root: str, within: tuple[str, ...] = ("",)) -> str:
    """A hash over the relative path, size and modification time of every source
    and table file under `root`, or only in the folders and files `within` names
    (relative to `root`); folders in `SKIPPED` are left out."""
    digest = hashlib.sha256(__version__.encode())
    root = os.path.normpath(root)
    cut = len(os.path.join(root, ""))  # every path below is `root` joined to a name

    def add(path: str, info: os.stat_result) -> None:
        name = os.path.normpath(path[cut:])  # (`relpath`, without its two `abspath`s)
        digest.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())

    for part in within:
        top = os.path.join(root, part)
        if not os.path.isdir(top):
            add(top, os.stat(top))
            continue
        pending = [top]
        while pending:
            folder = pending.pop()
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in SKIPPED:
                        pending.append(entry.path)
                elif entry.name.endswith(SUFFIXES):
                    add(entry.path, entry.stat())
    return digest.hexdigest()


@cache
def code_digest(*within: str) -> str:
    """The digest of the installed package, or of the parts of it `within` names
    (folders and files relative to `screen/`; see the module's docstring)."""
    try:
        return digest_of(ROOT, within or ("",))
    except OSError:
        return hashlib.sha256(__version__.encode()).hexdigest()
