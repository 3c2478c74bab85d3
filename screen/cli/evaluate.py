"""`screen eval`: recall and false alarms on labelled shipments."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from screen.cli.handling import handles_errors, known_verdict
from screen.cli.options import (
    BlockOpt,
    DbOpt,
    EncodingOpt,
    Format,
    FormatOpt,
    ListFormatOpt,
    ListOpt,
    MapOpt,
    NoRecordOpt,
    ReviewOpt,
    RulesOpt,
    SheetOpt,
)
from screen.cli.output import print_json, resolve, screener_from, stdout
from screen.exitcodes import ExitCode


@handles_errors
def eval_(
    ctx: typer.Context,
    labelled: Annotated[
        str,
        typer.Argument(
            help="Labelled shipments: a CSV (or workbook) like an order file plus a label column."
        ),
    ],
    label_column: Annotated[
        str, typer.Option("--label-column", help="Column holding flag / clear / either.")
    ] = "expect",
    category_column: Annotated[
        str, typer.Option("--category-column", help="Column grouping rows into categories.")
    ] = "why",
    min_recall: Annotated[
        float | None,
        typer.Option(
            "--min-recall",
            help="Exit 1 when overall recall is below this (0-1).",
            show_default=False,
        ),
    ] = None,
    column_map: MapOpt = None,
    encoding: EncodingOpt = None,
    sheet: SheetOpt = None,
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    block_threshold: BlockOpt = None,
    review_threshold: ReviewOpt = None,
    fmt: FormatOpt = Format.auto,
    db: DbOpt = None,
    no_record: NoRecordOpt = False,
) -> None:
    """Measure recall and false alarms on labelled shipments, with a threshold sweep."""
    from collections import Counter

    from screen.cli.ordersource import mapped_columns, print_warnings
    from screen.cli.recording import note_run, options_of, recorder_from
    from screen.cli.settings import column_overrides, setting
    from screen.io.columns import order_column
    from screen.io.sources import open_order_source
    from screen.models import Thresholds
    from screen.runs.evaluate import SWEEP, evaluate
    from screen.runs.labels import label_columns, read_labels
    from screen.runs.rows import relaxed_gc, screen_rows

    if min_recall is not None and not 0 <= min_recall <= 1:
        from screen.errors import InputError

        raise InputError(
            f"--min-recall {min_recall:g} is not a recall: give a share from 0 to 1, e.g. 0.95"
        )
    review_threshold = setting("review_threshold", review_threshold)
    if review_threshold is not None:  # NaN reported at no threshold at all, exit 0
        from screen.cli.ranges import score

        score(review_threshold, "--review-threshold")
    recorder = recorder_from(db, no_record)
    # the thresholds reported at, checked as check's and batch's are (review <= block);
    # then lowered to find every hit the sweep counts, from SWEEP[0]
    screener = screener_from(rules, block_threshold, review_threshold, lists, list_format)
    threshold = screener.thresholds.review
    block = screener.thresholds.block
    screener.configure(Thresholds(block=block, review=min(SWEEP[0], threshold)))
    with open_order_source(labelled, encoding, None, sheet) as order_file:
        columns = mapped_columns(order_file, column_overrides(column_map), sheet)
        if recorder is not None:  # two order id columns: refused before screening
            order_column(order_file.header)
        label_at, category_at = label_columns(order_file.header, label_column, category_column)
        outcomes = screen_rows(screener, order_file.rows(), columns)
        counts: Counter[str] = Counter()
        if recorder is not None:
            recorder.start(
                "eval",
                options_of(ctx.params),
                screener,
                input_name=labelled,
                header=order_file.header,
                delimiter=order_file.delimiter,
                columns=columns,
            )
            outcomes = recorder.record_outcomes(outcomes, counts)
        with relaxed_gc():
            report = evaluate(read_labels(outcomes, label_at, category_at), threshold)
        if recorder is not None:
            recorder.finish(counts)
    print_warnings(order_file)
    recall = report.overall.recall
    if min_recall is None or recall is not None:  # else an error once the report is shown
        below = min_recall is not None and recall is not None and recall < min_recall
        known_verdict(int(ExitCode.FLAGGED if below else ExitCode.CLEAR))
    if resolve(fmt) is Format.json:
        data = report.as_dict()
        if recorder is not None:
            data["run_id"] = recorder.run_id
        print_json(data)
    else:
        from screen.cli.render import print_report

        print_report(stdout(), report)
        note_run(recorder)
    if min_recall is None:
        return
    if recall is None:
        from screen.errors import InputError

        raise InputError(
            "no row is labelled flag, so there is no recall to hold to --min-recall: label "
            "the rows that must be flagged, or leave out --min-recall"
        )
    if recall < min_recall:
        sys.stderr.write(f"recall {recall:.3f} is below --min-recall {min_recall:g}\n")
        raise typer.Exit(int(ExitCode.FLAGGED))
