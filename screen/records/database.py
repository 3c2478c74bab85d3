"""Open the records database: where it lives, WAL, waiting on busy, migrations.

The database is `--db PATH`, else $SCREEN_DB, else `records.db` in the OS data
folder (platformdirs: ~/.local/share/screen on Linux).  It is opened in WAL mode
so several runs can record at once (one writer at a time, readers never wait).
A writer waits for another's transaction at most `LOCK_WAIT_S`, saying so on
stderr (`WAITING`) after the first second, then gives up with a `RecordsError`.
A database that cannot be opened, or written while recording (a full disk), is a
`RecordsError` (exit 2) naming it and the fix, never a silent skip.  A command that
only reads opens a database it cannot write (a read-only folder, an archive on
write-once media) read-only.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

from screen.errors import RecordsError
from screen.records.schema import LATEST, migrate, refuse_unknown
from screen.records.waiting import WAITING

DB_ENV = "SCREEN_DB"
BUSY_TIMEOUT_MS = 1_000  # one wait on another's lock, before saying that it waits
RETRIES = 5  # opening and migrating: retried this many times while locked
LOCK_WAIT_S = 60.0  # a write transaction waits at most this long for another's
# Rows are recorded in chunks of half a megabyte: with 16 KiB pages SQLite writes
# them with about two thirds of the CPU 4 KiB pages take (measured, 200 chunks).
PAGE_SIZE = 16384


def default_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("screen", appauthor=False) / "records.db"


def db_path(given: str | os.PathLike[str] | None = None) -> Path:
    """The database a command uses: the option, else $SCREEN_DB, else the default."""
    if given:
        return Path(given)
    from_env = os.environ.get(DB_ENV, "").strip()
    return Path(from_env) if from_env else default_path()


def connect(path: Path, *, create: bool = True, read_only: bool = False) -> sqlite3.Connection:
    """An open, migrated connection to the records database at `path` (`read_only`:
    a command that only reads; a database it cannot write is opened read-only)."""
    if read_only and path.is_file() and not _writable(path):
        return _read_only(path)
    if path.is_dir():
        raise RecordsError(f"the records database {path} is a folder: pass --db FILE")
    new = not path.exists()
    if new:
        if not create:
            raise RecordsError(
                f"no records database at {path}: run a check or batch first, or pass --db"
            )
        if path == default_path():
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise RecordsError(
                f"cannot create the records database {path}: the folder {path.parent} does "
                "not exist"
            )
        _create(path.resolve() if path.is_symlink() else path)  # (a link: made where it points)
    _refuse_emptied(path)
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:  # nothing written, not even the journal mode, to a file not screen's
            _retry(lambda: _refuse_unfinished(connection, path))
        except RecordsError:
            connection.close()
            raise
        _retry(lambda: connection.execute("PRAGMA journal_mode = WAL"))
        connection.execute("PRAGMA synchronous = NORMAL")
        _retry(lambda: migrate(connection, str(path)))
    except sqlite3.DatabaseError as exc:
        raise RecordsError(
            f"cannot open the records database {path} ({exc}): pass --db for another "
            "database, or --no-record to screen without recording"
        ) from None
    return connection


def _create(path: Path) -> None:
    """A new records database at `path`, made whole under a temporary name in its
    folder and linked into place (never over a file another process put there
    meanwhile): so a file at the path is always a whole database, and an empty or
    unfinished one is never screen's own creating it (a full disk leaves nothing)."""
    temp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.new"
    try:
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))  # (umask applies)
        made = sqlite3.connect(temp, isolation_level=None)
        try:
            made.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # (only before the first table)
            made.execute("PRAGMA journal_mode = WAL")
            migrate(made, str(path))
        finally:
            made.close()  # (the last connection: its log check-pointed and removed)
        with contextlib.suppress(FileExistsError):  # another process made it first: theirs
            os.link(temp, path)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        full = "full" in reason or "No space" in reason
        fix = "free some space on its disk, or pass --db" if full else "pass --db"
        raise RecordsError(
            f"cannot create the records database {path} ({reason}): {fix} for a database "
            "elsewhere, or --no-record to screen without recording"
        ) from None
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _refuse_unfinished(connection: sqlite3.Connection, path: Path) -> None:
    """`refuse_unknown`, and a database of no version and no table (its creation
    never finished, by an older screen or a copy): refused, as an empty file is."""
    if (
        refuse_unknown(connection, str(path)) == 0
        and not connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    ):
        raise RecordsError(
            f"the records database {path} is an unfinished database (no tables): restore "
            "it from a copy, or delete it to start a new audit trail, or pass --db for "
            "another database"
        )


def _refuse_emptied(path: Path) -> None:
    """A records database that is an empty file (a copy that failed, a file cut to
    nothing) is refused rather than started afresh: its run ids would restart at 1
    and collide with those written into outputs made from the lost trail.  (screen
    creates a database whole: `_create`.)"""
    try:
        info = path.stat()
    except OSError:
        return
    if info.st_size == 0:
        raise RecordsError(
            f"the records database {path} is an empty file (0 bytes): restore it from a "
            "copy, or delete it to start a new audit trail, or pass --db for another database"
        )


def _writable(path: Path) -> bool:
    """Whether the database and its folder (for the -wal and -shm files) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes, to a database of the latest schema; without
    its -shm file (which a read-only folder cannot get) the file is read as it is."""
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}"
    for mode in ("mode=ro", "immutable=1"):
        try:
            connection = sqlite3.connect(
                f"{uri}?{mode}", uri=True, isolation_level=None, check_same_thread=False
            )
            current = refuse_unknown(connection, str(path))
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            reason = exc
            continue
        if current < LATEST:
            connection.close()
            raise RecordsError(
                f"the records database {path} is read-only and of an older schema "
                f"(version {current}; this screen reads {LATEST}): copy it, with its -wal "
                "and -shm files, to a folder you can write, and read the copy"
            )
        return connection
    raise RecordsError(f"cannot read the records database {path} ({reason}): it is read-only")


def write_failure(path: str, exc: sqlite3.Error) -> RecordsError:
    """A write to the records database that failed, as one line with its fix."""
    text = str(exc)
    if "full" in text:
        fix = "free some space on its disk, or pass --db for a database elsewhere"
    elif "readonly" in text or "read-only" in text:
        fix = "it is read-only: pass --db for a database you can write"
    else:
        fix = "pass --db for another database"
    return RecordsError(
        f"cannot record in the records database {path} ({text}): {fix} "
        "(or --no-record to screen without recording)"
    )


@contextlib.contextmanager
def write_faults(path: str | Path) -> Iterator[None]:
    """SQLite's errors while recording as a `RecordsError` naming the database."""
    try:
        yield
    except sqlite3.Error as exc:
        raise write_failure(str(path), exc) from None


def _retry(action: Callable[[], object]) -> None:
    """Run `action`, again after a pause while another process holds a lock."""
    for attempt in range(RETRIES + 1):
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or attempt == RETRIES:
                raise
            time.sleep(0.05 * 2**attempt)


def holds_decisions(connection: sqlite3.Connection) -> bool:
    """Whether any reviewer's decision is recorded (`records/decisions.py` keeps
    them): a run in a database without one need not load the decision code."""
    found = connection.execute("SELECT EXISTS (SELECT 1 FROM decisions)").fetchone()
    return bool(found[0])


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction, taken at once (BEGIN IMMEDIATE: waits on the busy timeout
    instead of failing on upgrade), waiting at most `LOCK_WAIT_S` for another writer.
    A failed statement's own cause is what is raised: SQLite may have rolled the
    transaction back itself (a full disk), and then there is nothing to roll back."""
    _begin(connection)
    try:
        yield connection
    except BaseException:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _begin(connection: sqlite3.Connection) -> None:
    deadline = time.monotonic() + LOCK_WAIT_S
    told = False
    while True:
        try:
            connection.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            path = connection.execute("PRAGMA database_list").fetchone()[2]
            if time.monotonic() >= deadline:
                raise RecordsError(
                    f"the records database {path} stays locked by another process (waited "
                    f"{LOCK_WAIT_S:g} s): try again when it is done, or pass --db for "
                    "another database"
                ) from None
            if not told:
                for tell in WAITING:
                    tell(path)
                told = True
            time.sleep(0.05)
