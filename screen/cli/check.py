"""`screen check`: one shipment from the terminal."""

from __future__ import annotations

from typing import Annotated

import typer

from screen.cli.handling import handles_errors, known_verdict
from screen.cli.options import (
    BlockOpt,
    DbOpt,
    Format,
    FormatOpt,
    ListFormatOpt,
    ListOpt,
    NoRecordOpt,
    ReviewOpt,
    RulesOpt,
)
from screen.cli.output import open_stdout, print_json, resolve, screener_from, stdout
from screen.exitcodes import ExitCode


@handles_errors
def check(
    ctx: typer.Context,
    description: Annotated[str, typer.Argument(help="What is shipped, as on the invoice.")] = "",
    consignee: Annotated[str, typer.Option("--consignee", "-c", help="Who receives it.")] = "",
    country: Annotated[
        str,
        typer.Option("--country", help="Destination (export) or origin (import): code or name."),
    ] = "",
    date: Annotated[
        str, typer.Option("--date", help="Shipping date, YYYY-MM-DD (default: today).")
    ] = "",
    direction: Annotated[str, typer.Option("--direction", help="export or import.")] = "export",
    hs_code: Annotated[str, typer.Option("--hs-code", help="HS code, e.g. 8542.31.")] = "",
    end_user: Annotated[
        str, typer.Option("--end-user", help="The end user, if not the consignee.")
    ] = "",
    address: Annotated[str, typer.Option("--address", help="Delivery address.")] = "",
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    block_threshold: BlockOpt = None,
    review_threshold: ReviewOpt = None,
    fmt: FormatOpt = Format.auto,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the source passage behind each hit.")
    ] = False,
    db: DbOpt = None,
    no_record: NoRecordOpt = False,
) -> None:
    """Screen one shipment: exit 0 clear, 1 review or blocked."""
    from screen.cli.recording import decisions_for, note_run, options_of, recorder_from
    from screen.io.serialize import result_to_dict
    from screen.io.values import parse_date, parse_direction
    from screen.models import Shipment, Status

    open_stdout()
    _no_field_too_long(
        description=description, consignee=consignee, country=country,
        end_user=end_user, address=address, hs_code=hs_code,
    )  # fmt: skip
    shipment = Shipment(
        description=description,
        consignee=consignee,
        country=country,
        date=parse_date(date),
        direction=parse_direction(direction),
        hs_code=hs_code,
        end_user=end_user,
        address=address,
    )
    screener = screener_from(rules, block_threshold, review_threshold, lists, list_format)
    result = screener.screen(shipment)  # bad input stops here, before any database is made
    recorder = recorder_from(db, no_record)
    decisions = decisions_for(recorder, screener, [consignee, end_user])
    if decisions is not None:
        result = decisions.apply_result(result, {"consignee": consignee, "end_user": end_user})
    verdict = known_verdict(
        int(ExitCode.CLEAR if result.status is Status.CLEAR else ExitCode.FLAGGED)
    )
    from screen.errors import RecordsError

    unrecorded: RecordsError | None = None
    if recorder is not None:
        try:
            recorder.record_check(options_of(ctx.params), screener, shipment, result)
        except RecordsError as exc:  # the verdict is still shown, then the error
            unrecorded, recorder = exc, None
    if resolve(fmt) is Format.json:
        data = result_to_dict(result, shipment, screener.rulebook)
        if recorder is not None:
            data["run_id"] = recorder.run_id
        print_json(data)
    else:
        from screen.cli.render import print_result
        from screen.rulebook.sources import find_passage

        passages = {}
        if explain:
            for hit in result.hits:
                src = hit.source
                if src.seed and src.quote:
                    passages[hit.rule_id] = find_passage(
                        screener.rulebook.seeds_dir, src.seed, src.quote
                    )
        print_result(stdout(), result, shipment, explain, passages)
        note_run(recorder)
    if unrecorded is not None:
        raise unrecorded  # exit 2: the screening was shown, not recorded
    raise typer.Exit(verdict)


def _no_field_too_long(**fields: str) -> None:
    """A field over the limit a batch's cell has is refused here too (exit 2): no
    shipment's field is that long, and its end would not be screened whole."""
    from screen.errors import InputError
    from screen.io.rowtext import MAX_FIELD_CHARS

    for name, value in fields.items():
        if len(value) > MAX_FIELD_CHARS:
            option = "the description" if name == "description" else f"--{name.replace('_', '-')}"
            raise InputError(
                f"{option} is {len(value):,} characters long; the limit is {MAX_FIELD_CHARS:,}"
                " (as for a batch's cell): give the party's name or the goods, not a document"
            )
