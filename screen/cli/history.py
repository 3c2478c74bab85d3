"""`screen history`: the audit trail's runs, one run, a party's screenings, a
run's output reproduced."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from screen.cli.handling import handles_errors, known_verdict
from screen.cli.listing import print_records
from screen.cli.options import (
    DbOpt,
    ExportFormat,
    Format,
    FormatOpt,
    ListFormat,
    ListFormatOutOpt,
    OutputOpt,
)
from screen.cli.output import print_json, resolve, stderr, stdout
from screen.cli.ranges import score, whole
from screen.exitcodes import ExitCode

history_app = typer.Typer(
    help="The audit trail: recorded runs, one run, a party's screenings, a run's output.",
    no_args_is_help=False,
)
RUN_LIST_COLUMNS = (
    "id",
    "command",
    "started_at",
    "ended_at",
    "status",
    "user",
    "input_name",
    "rows",
    "clear",
    "review",
    "blocked",
    "error",
)
SEARCH_COLUMNS = (
    "run_id",
    "started_at",
    "row",
    "order_id",
    "party",
    "score",
    "consignee",
    "end_user",
    "country",
    "status",
    "rule_ids",
)
RunArg = Annotated[int, typer.Argument(help="The run id (see 'screen history').")]


def _run(value: int) -> int:
    """A run id SQLite can hold; else an InputError."""
    return whole(value, "run", hint=" (see 'screen history')")


def _connection(db: Any) -> Any:
    from screen.cli.settings import setting
    from screen.records.database import connect, db_path

    return connect(db_path(setting("db", db)), create=False, read_only=True)


def _counted(connection: Any, found: dict[str, Any]) -> dict[str, Any]:
    """A run's record with the counts of the rows it recorded when it did not
    complete (its own counts are those of a completed run)."""
    if found["status"] != "completed":
        from screen.records.history import recorded_counts

        counts = recorded_counts(connection, found["id"])
        found.update(counts, rows=sum(counts.values()))
    return found


def _why(hits: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{h['rule_id']} {h['field']} {h['score']:g}"
        + (f" cleared {h['cleared']}" if h.get("cleared") else "")
        for h in hits
    )


def _verdict(counts: dict[str, Any], status: str = "completed") -> int:
    """The exit code of the run's rows: 5 with error rows or when the run did not
    complete (interrupted, failed, still running: rows were never screened), 1 with
    review or blocked ones, else 0."""
    if counts.get("error") or status != "completed":
        return int(ExitCode.INCOMPLETE)
    return int(
        ExitCode.FLAGGED if counts.get("review") or counts.get("blocked") else ExitCode.CLEAR
    )


@history_app.callback(invoke_without_command=True)
@handles_errors
def history(
    ctx: typer.Context,
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", help="Show the newest N runs.")] = 50,
    fmt: ListFormatOutOpt = ListFormat.auto,
) -> None:
    """List the recorded runs, newest first (0 success, 2 no database)."""
    if ctx.invoked_subcommand is not None:
        return
    from screen.cli.listing import list_format
    from screen.records.history import runs

    found = runs(_connection(db), whole(limit, "--limit"))
    if list_format(fmt) is ListFormat.table:  # minutes are enough on a terminal
        for record in found:
            record["started_at"] = record["started_at"][:16].replace("T", " ")
            record["ended_at"] = (record["ended_at"] or "")[:16].replace("T", " ")
    print_records(found, fmt, RUN_LIST_COLUMNS, title="Recorded runs")


@history_app.command("show")
@handles_errors
def show(run_id: RunArg, db: DbOpt = None, fmt: FormatOpt = Format.auto) -> None:
    """One run: what was screened, against what, and every row that was not clear
    (the exit code of the run: 5 with error rows, 1 with review or blocked ones)."""
    from screen.records.history import run
    from screen.runs.history import recorded_rows

    connection = _connection(db)
    found = _counted(connection, run(connection, _run(run_id)))
    known_verdict(_verdict(found, found["status"]))
    shown: list[dict[str, Any]] = [
        {
            "row": r.number,
            "status": r.status.value,
            "error": r.error,
            "hits": [h.as_dict() for h in r.hits],
        }
        for r in recorded_rows(connection, found)
        if r.status.value != "clear" or any(h.cleared for h in r.hits)
    ]
    flagged = [r for r in shown if r["status"] != "clear"]
    cleared = [r for r in shown if r["status"] == "clear"]  # by a reviewer's decision
    if found["command"] == "rescreen":  # its findings
        from screen.records.history import changes

        found["changes"] = changes(connection, run_id)
    found["options"] = json.loads(found["options"])
    found["input_header"] = json.loads(found["input_header"] or "null")
    if resolve(fmt) is Format.json:
        print_json({**found, "flagged_rows": flagged, "cleared_rows": cleared})
    else:
        console = stdout()
        for key in (
            "id", "command", "started_at", "ended_at", "status", "user", "host", "tool_version",
            "rulebook_version", "rulebook_sha256", "rulebook_path", "block_threshold",
            "review_threshold", "input_name", "input_sha256", "rows", "clear", "review",
            "blocked", "error",
        ):  # fmt: skip
            console.print(f"{key:<17} {'' if found[key] is None else found[key]}")
        for used in found["lists"]:
            console.print(
                f"{'list':<17} {used['name']} {used['file']} ({used['entries']} entries, "
                f"sha256 {used['sha256']})"
            )
        records = [
            {"row": f["row"], "status": f["status"], "why": f["error"] or _why(f["hits"])}
            for f in shown
        ]
        if records:
            print_records(records, ListFormat.table, ("row", "status", "why"))
        if found.get("changes"):
            from screen.runs.rescreen import COLUMNS

            print_records(found["changes"], ListFormat.table, COLUMNS)
    raise typer.Exit(_verdict(found, found["status"]))


@history_app.command("search")
@handles_errors
def search(
    party: Annotated[str, typer.Option("--party", help="The party's name, as you know it.")],
    min_score: Annotated[
        float, typer.Option("--min-score", help="Lowest name score (0-100) to report.")
    ] = 75.0,
    db: DbOpt = None,
    fmt: ListFormatOutOpt = ListFormat.auto,
) -> None:
    """Every recorded screening of a party (consignee or end user), found with the
    same name matcher as screening (exit 1 when any was review or blocked)."""
    from screen.errors import InputError
    from screen.runs.history import search_party

    if not party.strip():
        raise InputError("--party is empty: give the party's name")
    score(min_score, "--min-score")  # before the database is opened
    found = search_party(_connection(db), party, min_score)
    for record in found:
        record["rule_ids"] = ";".join(dict.fromkeys(h["rule_id"] for h in record["hits"]))
    flagged = any(r["status"] in ("review", "blocked") for r in found)
    verdict = known_verdict(int(ExitCode.FLAGGED if flagged else ExitCode.CLEAR))
    print_records(found, fmt, SEARCH_COLUMNS, title=f"Screenings of {party!r}")
    raise typer.Exit(verdict)


@history_app.command("export")
@handles_errors
def export(
    run_id: RunArg,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="As screen batch writes.")
    ] = ExportFormat.csv,
    output: OutputOpt = None,
    db: DbOpt = None,
) -> None:
    """Write a run's output again, row for row, from the records; a run of
    `--engine dask` into a folder, one file per part (the exit code of the run: 5
    with error rows, 1 with review or blocked ones)."""
    from screen.errors import InputError
    from screen.io.output import open_output
    from screen.records.history import parts, run
    from screen.runs.history import export_run

    _run(run_id)
    recorded = run(_connection(db), run_id)
    if recorded["command"] == "rescreen":
        raise InputError(
            f"run {run_id} is a re-screen: it has no output to write again; its changes are "
            f"in 'screen history show {run_id}'"
        )
    from screen.cli.ownfiles import refuse_own_files

    refuse_own_files(output, db)
    connection = _connection(db)
    known_verdict(_verdict(_counted(connection, recorded), recorded["status"]))
    if recorded["status"] != "completed":
        stderr().print(
            f"Warning: run {run_id} is {recorded['status']}: the output holds only the rows "
            f"it recorded, {recorded['rows']:,}; screen the input again for the others",
            markup=False,
            highlight=False,
        )
    found = parts(connection, run_id)
    encoding = _output_encoding(connection, run_id)
    counts: dict[str, int] = {}
    if found:
        counts = _export_parts(connection, run_id, found, fmt.value, output, encoding)
    else:
        with open_output(output, encoding) as stream:
            counts = export_run(connection, run_id, stream, fmt.value)
    raise typer.Exit(_verdict(counts, recorded["status"]))


def _output_encoding(connection: Any, run_id: int) -> str:
    """The encoding run `run_id` wrote its output in (--output-encoding or
    screen.toml's output_encoding, as recorded), else utf-8."""
    from screen.records.history import run

    options = json.loads(run(connection, run_id)["options"])
    return str(options.get("output_encoding") or "utf-8")


def _export_parts(
    connection: Any,
    run_id: int,
    found: list[dict[str, Any]],
    fmt: str,
    output: str | None,
    encoding: str,
) -> dict[str, int]:
    """A run in parts written again into the folder `output`, one file per part,
    named and encoded as the run wrote them; the counts of every part."""
    from pathlib import Path

    from screen.errors import InputError
    from screen.io.output import open_output
    from screen.runs.history import export_run

    if output is None or output == "-":
        raise InputError(f"run {run_id} wrote {len(found)} parts: give -o FOLDER")
    folder = Path(output)
    if not folder.is_dir():
        if folder.exists() or not folder.parent.is_dir():
            raise InputError(f"cannot write the parts into {output}: give -o FOLDER")
        folder.mkdir()
    counts: dict[str, int] = {}
    for part in found:
        name = Path(part["output_name"])
        target = folder / (name.stem + (".csv" if fmt == "csv" else ".jsonl"))  # Parquet too
        with open_output(str(target), encoding) as stream:
            for status, count in export_run(connection, run_id, stream, fmt, part).items():
                counts[status] = counts.get(status, 0) + count
    return counts
