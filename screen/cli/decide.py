"""`screen decide` and `screen decisions`: reviewers' decisions on parties and
listed entries (the good-guy list), kept in the records database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from screen.cli.handling import handles_errors, known_verdict
from screen.cli.listing import print_records
from screen.cli.options import (
    DbOpt,
    Format,
    FormatOpt,
    ListFormat,
    ListFormatOpt,
    ListFormatOutOpt,
    ListOpt,
    OutputOpt,
    RulesOpt,
)
from screen.cli.output import print_json, resolve, screener_from
from screen.exitcodes import ExitCode

decisions_app = typer.Typer(
    help="Reviewers' decisions: list them, export and import them as CSV.",
    no_args_is_help=True,
)
LIST_COLUMNS = (
    "reference",
    "party",
    "country",
    "entry_id",
    "verdict",
    "decided_by",
    "decided_at",
    "valid_until",
    "reason",
    "imported_by",
    "imported_at",
    "recorded_by",
)


def _connection(db: Path | None, create: bool = False) -> Any:
    from screen.cli.settings import setting
    from screen.records.database import connect, db_path

    return connect(db_path(setting("db", db)), create=create, read_only=not create)


@handles_errors
def decide(
    party: Annotated[str, typer.Argument(help="The party's name, as it appears in orders.")],
    entry: Annotated[
        str, typer.Option("--entry", help="The rule id or <list>:<entry id> it was matched to.")
    ],
    by: Annotated[str, typer.Option("--by", help="Who decides (name or e-mail).")],
    reason: Annotated[str, typer.Option("--reason", help="Why: what was checked.")],
    clear: Annotated[
        bool, typer.Option("--clear", help="The party is NOT that entry (a false positive).")
    ] = False,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="The party IS that entry (a true match).")
    ] = False,
    until: Annotated[
        str, typer.Option("--until", help="Last day the decision applies, YYYY-MM-DD.")
    ] = "",
    country: Annotated[
        str, typer.Option("--country", help="Only for the party in this country (default: any).")
    ] = "",
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Record a reviewer's decision: later screenings of the party show the hit on
    that entry as cleared (--clear) until --until or until the entry changes."""
    from screen.errors import InputError
    from screen.io.values import parse_date
    from screen.runs.decisions import decisions_for, new_decision, save, superseded_confirms

    if clear == confirm:
        raise InputError("give exactly one of --clear (not that entry) or --confirm (a match)")
    day = parse_date(until) if until else None
    if day is not None and day < dt.date.today():
        raise InputError(
            f"--until {day.isoformat()} is in the past (today is {dt.date.today().isoformat()}): "
            "the decision would never apply; give its last day from today on"
        )
    connection = _connection(db, create=True)
    screener = screener_from(rules, None, None, lists, list_format)
    decision = new_decision(
        party,
        screener.rules.get(entry),
        entry,
        "clear" if clear else "confirm",
        by,
        reason,
        country=country,
        until=day,
    )
    if clear:
        for confirm_ in superseded_confirms(decisions_for(connection, [party]), decision):
            sys.stderr.write(
                f"Warning: this clear supersedes {confirm_.reference}, by "
                f"{confirm_.decided_by} on {confirm_.decided_at[:10]}, which confirmed that "
                f"{confirm_.party} is {entry}: the party screens clear of it from now on\n"
            )
    save(connection, [decision])
    known_verdict(int(ExitCode.CLEAR))  # recorded: the reader of stdout may go away
    record = dataclasses.asdict(decision)
    if resolve(fmt) is Format.json:
        print_json(record)
    else:
        sys.stdout.write(
            f"{decision.reference}: {party} {'is not' if clear else 'is'} {entry} "
            f"(by {by}{', until ' + decision.valid_until if decision.valid_until else ''})\n"
        )


@decisions_app.command("list")
@handles_errors
def list_(
    party: Annotated[str, typer.Option("--party", help="Only the decisions on this party.")] = "",
    db: DbOpt = None,
    fmt: ListFormatOutOpt = ListFormat.auto,
) -> None:
    """The decisions recorded, oldest first."""
    from screen.runs.decisions import decisions_for

    parties = [party] if party.strip() else None
    found = [dataclasses.asdict(d) for d in decisions_for(_connection(db), parties)]
    print_records(found, fmt, LIST_COLUMNS, title="Decisions")


@decisions_app.command("export")
@handles_errors
def export(
    output: OutputOpt = None,
    db: DbOpt = None,
) -> None:
    """Every decision as CSV, for another team's `screen decisions import`."""
    from screen.cli.ownfiles import refuse_own_files
    from screen.io.writers import atomic_output, neutralise
    from screen.records.decisions import write_csv
    from screen.runs.decisions import decisions_for

    refuse_own_files(output, db)
    decisions = decisions_for(_connection(db), None)
    with atomic_output(output) as stream:
        write_csv(stream, decisions, neutralise)


@decisions_app.command("import")
@handles_errors
def import_(
    file: Annotated[Path, typer.Argument(help="A decisions CSV (from 'screen decisions export').")],
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    db: DbOpt = None,
) -> None:
    """Add the decisions of a CSV file (those already recorded are skipped); every
    field is checked, and the entries must be known to the --rules and --list given."""
    from screen.errors import InputError
    from screen.records.decisions import decode_csv, read_csv
    from screen.records.trail import now
    from screen.runs.decisionimport import Origin, checked
    from screen.runs.decisions import save
    from screen.runs.runstart import user_and_host

    if not file.is_file():
        raise InputError(f"no such file: {file}")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {file}: {exc.strerror}") from None
    rows = read_csv(io.StringIO(decode_csv(data, str(file)), newline=""), str(file))
    screener = screener_from(rules, None, None, lists, list_format)
    connection = _connection(db, create=True)
    user, host = user_and_host()
    found = checked(rows, screener.rules, connection, Origin(f"{user}@{host}", now(), str(file)))
    for warning in found.warnings:
        sys.stderr.write(f"Warning: {warning}\n")
    added = save(connection, found.decisions)
    sys.stderr.write(
        f"{added} decision{'s' if added != 1 else ''} imported, "
        f"{len(found.decisions) - added} already recorded\n"
    )
