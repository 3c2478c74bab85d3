"""Who is told when a write to the records database waits for another process's
lock: the command line writes it to stderr (`screen.cli.handling`).  Apart from
`database`, so that registering the teller opens no SQLite module for a command
that never records."""

from __future__ import annotations

from collections.abc import Callable

# told once when a write transaction has to wait; the database's path is its argument
WAITING: list[Callable[[str], None]] = []
