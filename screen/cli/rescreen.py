"""`screen rescreen`: the parties of the audit trail against the lists in force now."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from screen.cli import listing
from screen.cli.handling import handles_errors, known_verdict
from screen.cli.options import (
    BlockOpt,
    DbOpt,
    ListFormat,
    ListFormatOpt,
    ListFormatOutOpt,
    ListOpt,
    NoRecordOpt,
    ReviewOpt,
    RulesOpt,
)
from screen.exitcodes import ExitCode


@handles_errors
def rescreen(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Only parties screened in runs started on or after this date (YYYY-MM-DD).",
            show_default=False,
        ),
    ] = None,
    changed_only: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--changed-only",
            metavar="OLD NEW",
            help="Two editions of a list: score parties only against the entries added, "
            "changed or removed from OLD to NEW.",
            show_default=False,
        ),
    ] = None,
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    block_threshold: BlockOpt = None,
    review_threshold: ReviewOpt = None,
    db: DbOpt = None,
    no_record: NoRecordOpt = False,
    fmt: ListFormatOutOpt = ListFormat.auto,
) -> None:
    """Re-screen every recorded consignee and end user and report what changed since
    its last screening: new hits, hits gone, changed levels (exit 1 when a new hit or
    a level raised to block needs review)."""
    from screen.cli.settings import setting
    from screen.io.values import parse_date
    from screen.records.database import connect, db_path
    from screen.runs.rescreen import COLUMNS
    from screen.runs.rescreen import rescreen as run_rescreen

    start = parse_date(since) if since else None
    day = start.isoformat() if start else None
    connection = connect(db_path(setting("db", db)), create=False)
    touched = None
    if changed_only is not None and lists:
        from screen.errors import InputError

        raise InputError(
            "--changed-only OLD NEW re-screens against the entries that changed from OLD to "
            "NEW, not against --list: leave --list out, or --changed-only for a full re-screen"
        )
    if changed_only is not None:
        from screen.lists import load_list
        from screen.runs.loading import open_screener
        from screen.runs.rescreen import touched_list

        kind = setting("list_format", list_format)
        touched = touched_list(load_list(changed_only[0], kind), load_list(changed_only[1], kind))
        folder = setting("rules", rules)
        screener = open_screener(
            Path(folder) if folder else None,
            block_threshold=setting("block_threshold", block_threshold),
            review_threshold=setting("review_threshold", review_threshold),
            environment=False,
        )
        screener.add_lists([touched.loaded])
    else:
        from screen.cli.output import screener_from
        from screen.runs.rescreen import renamed_lists

        screener = screener_from(rules, block_threshold, review_threshold, lists, list_format)
        for warning in renamed_lists(connection, screener):
            sys.stderr.write(f"Warning: {warning}\n")
    found = run_rescreen(connection, screener, since=day, changed=touched)
    verdict = known_verdict(int(ExitCode.FLAGGED if found.needs_review else ExitCode.CLEAR))
    recorder, unrecorded = None, None
    if not no_record:  # the evidence that the trail was re-screened, and what was found,
        # recorded before the changes are written (a reader of stdout may go away)
        from screen.cli.recording import options_of
        from screen.errors import RecordsError
        from screen.runs.recording import Recorder
        from screen.runs.rescreen import NEEDS_REVIEW

        recorder = Recorder(db_path(setting("db", db)))
        review = len({c["party"] for c in found.changes if c["change"] in NEEDS_REVIEW})
        counts = {"clear": found.parties - review, "review": review}
        try:
            recorder.record_rescreen(options_of(ctx.params), screener, found.changes, counts)
        except RecordsError as exc:  # the changes are still shown, then the error
            recorder, unrecorded = None, exc
    if listing.list_format(fmt) is ListFormat.table:  # the day is enough on a terminal
        for change in found.changes:
            change["last_screened"] = change["last_screened"][:10]
    listing.print_records(
        found.changes, fmt, COLUMNS, title="Changes since each party's last screening"
    )
    if recorder is not None:
        from screen.cli.recording import note_run

        note_run(recorder)
    summary = ", ".join(f"{n} {c}" for c, n in sorted(found.counts().items())) or "no change"
    sys.stderr.write(f"re-screened {found.parties} parties: {summary}\n")
    if unrecorded is not None:
        raise unrecorded  # exit 2: the changes were shown, not recorded
    raise typer.Exit(verdict)
