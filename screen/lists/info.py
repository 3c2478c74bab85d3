"""What a list file is, and how old: `screen lists info` and the stale-list warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from screen.lists import LoadedList
from screen.models import Rule

DEFAULT_MAX_AGE_DAYS = 30


@dataclass(frozen=True)
class ListInfo:
    path: str
    format: str
    entries: int
    published: dt.date | None
    sha256: str
    age_days: int
    age_from: str  # "published" (the date the file states) or "modified" (the file's mtime)
    max_age_days: int
    rules: Sequence[Rule] = field(repr=False, compare=False)

    @cached_property
    def names(self) -> int:
        """Names and weak aliases of all entries: counted only when asked for (`lists
        info`), since a list store reads every entry to count them, and the stale-list
        warning of every `check --list` needs only the age."""
        return sum(len(r.names) + len(r.weak_names) for r in self.rules)

    @property
    def stale(self) -> bool:
        return self.age_days > self.max_age_days

    def warning(self) -> str | None:
        if not self.stale:
            return None
        since = "published" if self.age_from == "published" else "last modified"
        return (
            f"the list {self.path} is {self.age_days} days old ({since} "
            f"{self.day().isoformat()}; warning after {self.max_age_days} days): "
            "download the current edition"
        )

    def day(self) -> dt.date:
        if self.published is not None:
            return self.published
        return dt.datetime.fromtimestamp(Path(self.path).stat().st_mtime).date()

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "entries": self.entries,
            "names": self.names,
            "published": self.published.isoformat() if self.published else None,
            "sha256": self.sha256,
            "age_days": self.age_days,
            "age_from": self.age_from,
            "stale": self.stale,
        }


def list_info(loaded: LoadedList, max_age_days: int, today: dt.date | None = None) -> ListInfo:
    """Counts, publication date, SHA-256 and age of a loaded list.  The age runs from the
    publication date the file states, else from the file's modification time."""
    today = today or dt.date.today()
    modified = dt.datetime.fromtimestamp(Path(loaded.path).stat().st_mtime).date()
    since = loaded.published or modified
    return ListInfo(
        path=loaded.path,
        format=loaded.format,
        entries=len(loaded.rules),
        published=loaded.published,
        sha256=loaded.sha256,
        age_days=max(0, (today - since).days),
        age_from="published" if loaded.published else "modified",
        max_age_days=max_age_days,
        rules=loaded.rules,
    )
