"""The recorder a screening command's --db / --no-record options ask for."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screen.engine import Screener
    from screen.runs.decisions import Decisions
    from screen.runs.recording import Recorder


def recorder_from(db: Path | None, no_record: bool) -> Recorder | None:
    """None for --no-record; else a recorder on the chosen database, opened now so
    that a database that cannot be opened stops the command before it screens."""
    if no_record:
        return None
    from screen.cli.settings import setting
    from screen.records.database import db_path
    from screen.runs.recording import Recorder

    recorder = Recorder(db_path(setting("db", db)))
    recorder.connection()
    return recorder


def decisions_for(
    recorder: Recorder | None, screener: Screener, parties: list[str] | None = None
) -> Decisions | None:
    """The reviewers' decisions in the records database (on these parties, or all);
    None with --no-record, which leaves the database alone."""
    if recorder is None:
        return None
    from screen.records.database import holds_decisions

    if not holds_decisions(recorder.connection()):
        return None  # most databases: the decision code is not even imported
    import datetime as dt

    from screen.runs.decisions import Decisions, decisions_for

    found = decisions_for(recorder.connection(), parties)
    return Decisions(found, screener.rules, dt.date.today()) if found else None


def options_of(params: dict[str, Any]) -> dict[str, Any]:
    """A command's options as recorded: JSON-ready, without --db; with the settings
    file in force (`config`) and the SHA-256 of its bytes (`config_sha256`), so
    that a run whose thresholds a screen.toml changed says which file did."""
    from screen.cli.settings import config

    options = {k: v for k, v in params.items() if k not in ("db", "no_record")}
    settings = config()
    if settings.path is not None:
        options.update(config=str(settings.path), config_sha256=settings.sha256)
    return options


def note_run(recorder: Recorder | None) -> None:
    """One line on stderr saying where the run was recorded."""
    if recorder is not None:
        sys.stderr.write(f"recorded as run {recorder.run_id} in {recorder.path}\n")
