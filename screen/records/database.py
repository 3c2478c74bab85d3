"""Open the records database: where it lives, WAL, waiting on busy, migrations.

The database is `--db PATH`, else $SCREEN_DB, else `records.db` in the OS data
folder (platformdirs: ~/.local/share/screen on Linux).  It is opened in WAL mode
so several runs can record at once (one writer at a time, readers never wait),
with a busy timeout and retries around each write transaction.  A database that
cannot be opened is a `RecordsError` (exit 2), never a silent skip.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from screen.errors import RecordsError
from screen.records.schema import migrate, refuse_unknown

DB_ENV = "SCREEN_DB"
BUSY_TIMEOUT_MS = 30_000  # a writer waits this long for another's transaction
RETRIES = 5  # then retries the whole transaction this many times
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


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """An open, migrated connection to the records database at `path`."""
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
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if new:  # settable only before the first table (and before WAL)
            connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        else:  # nothing written, not even the journal mode, to a file not screen's
            try:
                _retry(lambda: refuse_unknown(connection, str(path)))
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
    instead of failing on upgrade), retried when another writer keeps the lock."""
    for attempt in range(RETRIES + 1):
        try:
            connection.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if attempt == RETRIES:
                raise RecordsError(
                    f"the records database stays locked ({exc}): try again"
                ) from None
            time.sleep(0.05 * 2**attempt)
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
