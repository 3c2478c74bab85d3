"""An `-o` that names a file screen keeps or reads is refused before anything is
screened or written, whatever the command (`batch -o`, `history export -o`,
`decisions export -o`) and whether or not it records: the records database in
force (`--db`, screen.toml's `db`, $SCREEN_DB, the default) and its `-wal`/`-shm`
files, any other file that is an SQLite database (a copy of a records database,
an archive) or one of its journals, the list files and the rulebook in force, the
seed articles it quotes (and the built-in ones), and screen.toml.  Writing CSV
there would destroy an audit trail, a list or the rules."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
JOURNALS = ("-wal", "-shm", "-journal")


def _rulebook_files(rules: Path | None) -> list[tuple[str, Path]]:
    """The rulebook's files and the seed articles it may quote, each with what it is."""
    from screen.cli.settings import setting
    from screen.errors import RulebookError
    from screen.rulebook.locate import builtin, rules_path, seed_folders

    own: list[tuple[str, Path]] = []
    try:
        folder = rules_path(setting("rules", rules))
    except RulebookError:  # no such rulebook: nothing of it to harm (reported later)
        folders = []
        with contextlib.suppress(RulebookError):
            folders = [builtin("seeds")]  # never written over, whatever the rulebook
    else:
        own += [("a file of the rulebook", p) for p in _files_in(folder)]
        folders = seed_folders(folder)
    for seeds in folders:
        own += [("a seed article of the rulebook", p) for p in _files_in(seeds)]
    return own


def _files_in(folder: Path) -> list[Path]:
    """`folder`'s files at any depth and the folder itself; a file, itself."""
    if folder.is_dir():
        return [p for p in folder.rglob("*") if p.is_file()] + [folder]
    return [folder]


def _list_files(lists: list[str] | None) -> list[Path]:
    from screen.cli.settings import setting
    from screen.errors import ScreenError
    from screen.lists import list_paths
    from screen.lists.detect import beside_files

    found = []
    try:
        names = list_paths(setting("lists", lists) or [])
    except ScreenError:  # a list that cannot be found: reported where it is read
        return []
    for name in names:
        found += [Path(name), *beside_files(Path(name))]
    return found


def is_sqlite(path: str) -> bool:
    """Whether `path` is an SQLite database file (by its header), or the journal
    (`-wal`, `-shm`, `-journal`) of one."""
    for end in JOURNALS:
        if path.endswith(end) and _has_header(path[: -len(end)]):
            return True
    return _has_header(path)


def _has_header(path: str) -> bool:
    """Whether `path` is a regular file that begins as an SQLite database does (a
    FIFO or a device is never opened here: opening a FIFO waits for a writer)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:  # no such file, no permission: nothing of SQLite's to harm
        return False


def refuse_own_files(
    output: str | None,
    db: Path | None,
    *,
    rules: Path | None = None,
    lists: list[str] | None = None,
) -> None:
    """Raise InputError when `output` names the records database in force (even
    with --no-record), an SQLite database, a list or rulebook file in force, a seed
    article of that rulebook or a built-in one, or the screen.toml in force."""
    if output is None or output == "-" or not output.strip():
        return
    from screen.cli.settings import config, setting
    from screen.errors import InputError
    from screen.io.writers import same_file
    from screen.records.database import db_path

    database = Path(db_path(setting("db", db)))
    own: list[tuple[str, Path]] = [("the records database", database)]
    own += [("the records database", Path(f"{database}{end}")) for end in JOURNALS]
    own += _rulebook_files(rules)
    own += [("a --list file", p) for p in _list_files(lists)]
    settings_file = config().path
    if settings_file is not None:
        own.append(("the config file", settings_file))
    for what, path in own:
        if same_file(output, str(path)):
            raise InputError(
                f"the output {output} is {what} of this run ({path}): choose another --output"
            )
    if is_sqlite(output):
        raise InputError(
            f"the output {output} is an SQLite database (a records database, or another "
            "application's): an export never overwrites one; choose another --output"
        )
