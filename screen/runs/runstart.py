"""What a run records when it starts: who ran it and where, with which rulebook,
lists and thresholds, the input's SHA-256, and where its key fields stand."""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from screen.engine import Screener
from screen.records.trail import RECORDED_FIELDS, ListUsed, NewRun
from screen.version import __version__


def file_sha256(path: str) -> str | None:
    """The SHA-256 of a regular file; None for standard input."""
    if path == "-" or not Path(path).is_file():
        return None
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def lists_used(screener: Screener) -> list[ListUsed]:
    """The sanctions lists loaded into the screener: file, SHA-256, entry count."""
    found: dict[tuple[str, str], list[Any]] = {}
    for loaded in screener.lists:
        source = loaded.rules[0].source if loaded.rules else None
        if source and source.list and source.file and source.sha256:
            key = (source.file, source.sha256)
            found.setdefault(key, [source.list, 0])[1] += len(loaded.rules)
    return [ListUsed(name, file, sha, count) for (file, sha), (name, count) in found.items()]


def new_run(command: str, options: Mapping[str, Any], screener: Screener) -> NewRun:
    """What a run records when it starts: who ran what, with which rulebook."""
    user, host = user_and_host()
    rulebook = screener.rulebook
    return NewRun(
        command=command,
        options=json.dumps(dict(options), ensure_ascii=False, default=str),
        user=user,
        host=host,
        tool_version=__version__,
        rulebook_version=rulebook.version,
        rulebook_sha256=rulebook.sha256,
        rulebook_path=rulebook.path,
        block_threshold=screener.thresholds.block,
        review_threshold=screener.thresholds.review,
    )


def user_and_host() -> tuple[str, str]:
    """The OS account running screen and the host.  The account is the name of the
    process's user id, not $USER or $LOGNAME, which anyone can set to any name."""
    return os_user(), socket.gethostname()


def os_user() -> str:
    if hasattr(os, "getuid"):
        import pwd

        try:
            return pwd.getpwuid(os.getuid()).pw_name
        except KeyError:  # a user id without a name (some containers)
            return str(os.getuid())
    import getpass

    try:
        return getpass.getuser()  # Windows: the login name
    except (KeyError, OSError):
        return "unknown"


def layout_of(header: list[str], columns: Mapping[str, int]) -> tuple[int | None, ...]:
    """Where each of `RECORDED_FIELDS` stands in a row's array (0 is the status)."""
    from screen.io.columns import order_column  # (a batch's: a check has no header)

    found = dict(columns)
    order = order_column(header)
    if order is not None:
        found["order_id"] = order
    return tuple(None if (c := found.get(name)) is None else c + 1 for name in RECORDED_FIELDS)
