"""The recorder a screening command's --db / --no-record options ask for."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screen.runs.recording import Recorder


def recorder_from(db: Path | None, no_record: bool) -> Recorder | None:
    """None for --no-record; else a recorder on the chosen database, opened now so
    that a database that cannot be opened stops the command before it screens."""
    if no_record:
        return None
    from screen.records.database import db_path
    from screen.runs.recording import Recorder

    recorder = Recorder(db_path(db))
    recorder.connection()
    return recorder


def options_of(params: dict[str, Any]) -> dict[str, Any]:
    """A command's options as recorded: JSON-ready, without --db."""
    return {k: v for k, v in params.items() if k not in ("db", "no_record")}


def note_run(recorder: Recorder | None) -> None:
    """One line on stderr saying where the run was recorded."""
    if recorder is not None:
        sys.stderr.write(f"recorded as run {recorder.run_id} in {recorder.path}\n")
