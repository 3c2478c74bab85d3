"""`screen batch`: every row of an order file, one output row per input row."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import IO, Annotated

import typer

from screen.cli.handling import handles_errors
from screen.cli.options import (
    BatchFormat,
    BlockOpt,
    DbOpt,
    EncodingOpt,
    Engine,
    ListFormatOpt,
    ListOpt,
    MapOpt,
    NoRecordOpt,
    ReviewOpt,
    RulesOpt,
    SheetOpt,
)
from screen.cli.output import screener_from, stderr
from screen.exitcodes import ExitCode


@handles_errors
def batch(
    ctx: typer.Context,
    orders: Annotated[
        str,
        typer.Argument(
            help="Order file (CSV/TSV with a header row, or an Excel/OpenDocument workbook), "
            "or - for stdin; with --engine dask, a folder or a quoted pattern "
            "('orders/*.csv') of CSV or Parquet files."
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write here (default: stdout).", show_default=False),
    ] = None,
    fmt: Annotated[
        BatchFormat,
        typer.Option(
            "--format",
            "-f",
            help="Output format; xlsx (with -o) highlights flagged rows and lists the hits "
            "on a second sheet.",
        ),
    ] = BatchFormat.csv,
    column_map: MapOpt = None,
    encoding: EncodingOpt = None,
    sheet: SheetOpt = None,
    delimiter: Annotated[
        str | None,
        typer.Option(
            "--delimiter",
            help="Force the delimiter: a character, or comma, semicolon, tab.",
            show_default=False,
        ),
    ] = None,
    output_encoding: Annotated[
        str | None,
        typer.Option(
            "--output-encoding",
            help="Output encoding (default: screen.toml's output_encoding, else utf-8); "
            "utf-8-sig helps Excel open Japanese text.",
            show_default=False,
        ),
    ] = None,
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    block_threshold: BlockOpt = None,
    review_threshold: ReviewOpt = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress bar, no summary, no note of the settings file (warnings and "
            "errors are still shown).",
        ),
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            help="Processes screening in parallel (at most one per core); 0 (auto) uses "
            "several for files of 1 MB or more on a multi-core machine.",
        ),
    ] = 0,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="local: this machine; dask: a Dask cluster, one output file per partition "
            "in the -o folder (needs pip install 'screen[dask]').",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler's address (tcp://host:8786); "
            "default: a local cluster of --workers processes.",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
    no_record: NoRecordOpt = False,
) -> None:
    """Screen every row of an order file; one output row per input row, in order."""
    from screen.cli import settings
    from screen.cli.ordersource import mapped_columns, print_warnings
    from screen.cli.progress import RowProgress
    from screen.cli.recording import decisions_for, options_of, recorder_from
    from screen.cli.settings import column_overrides, setting
    from screen.errors import InputError
    from screen.io.columns import columns_used, missing_note, order_column
    from screen.io.encoding import canonical_encoding
    from screen.io.excel import SheetFile
    from screen.io.orders import OrderFile
    from screen.io.output import check_output, open_output
    from screen.io.sources import open_order_source
    from screen.io.writers import CsvWriter, JsonlWriter, Writer, same_file, stdin_is
    from screen.io.xlsx import xlsx_output
    from screen.runs.pipeline import run_batch

    if quiet:
        settings.quiet()
    if (
        output not in (None, "-")
        and orders != "-"
        and Path(orders).exists()
        and same_file(orders, str(output))
    ) or (orders == "-" and output not in (None, "-") and stdin_is(str(output))):
        raise InputError(f"the output {output} is the input file: choose another --output")
    from screen.cli.ownfiles import refuse_own_files

    refuse_own_files(output, db, rules=rules, lists=lists)
    output_encoding = setting("output_encoding", output_encoding)
    out_encoding = canonical_encoding(output_encoding, "--output-encoding")
    if out_encoding is None:
        raise InputError(f"unknown --output-encoding '{output_encoding}': use utf-8 or utf-8-sig")
    if fmt is BatchFormat.xlsx and output in (None, "-"):
        raise InputError("--format xlsx writes a workbook: give -o FILE.xlsx")
    overrides = column_overrides(column_map)
    if engine is Engine.dask or scheduler is not None or fmt is BatchFormat.parquet:
        from screen.cli.batch_dask import DaskOptions, batch_on_dask

        batch_on_dask(
            DaskOptions(
                engine,
                orders,
                output,
                fmt,
                overrides,
                encoding,
                delimiter,
                out_encoding,
                Path(folder) if (folder := setting("rules", rules)) else None,
                list(setting("lists", lists)),
                setting("list_format", list_format),
                setting("block_threshold", block_threshold),
                setting("review_threshold", review_threshold),
                quiet,
                workers,
                scheduler,
                not no_record,
                db,
                dict(ctx.params, output_encoding=out_encoding),
            )
        )
    check_output(output)  # before any screening (a Dask run writes a folder instead)
    screener = screener_from(rules, block_threshold, review_threshold, lists, list_format)
    if workers < 0:
        raise InputError(f"--workers must be 0 (auto) or more, not {workers}")
    with open_order_source(orders, encoding, delimiter, sheet) as order_file:
        columns = mapped_columns(order_file, overrides, sheet)
        if not no_record:  # two order id columns are refused before the database opens
            order_column(order_file.header)
        if fmt is BatchFormat.xlsx:  # before screening: too wide a sheet loses the verdict
            from screen.io.xlsx import refuse_too_wide

            name = "standard input" if orders == "-" else orders
            refuse_too_wide(order_file.header, not no_record, name)
        if note := missing_note(order_file.header, columns, overrides):
            stderr().print(f"Warning: {note}", markup=False, highlight=False)
        size = Path(orders).stat().st_size if orders != "-" else None
        from screen.runs.workers import auto_workers, capped

        workers = auto_workers(size) if workers == 0 else capped(workers)
        raw = None
        if isinstance(order_file, SheetFile):
            workers = 1  # a workbook is read whole: nothing to cut into chunks
        elif orders != "-":
            raw = order_file.raw  # the file itself: how far it has been read
        run_id = None
        decisions = None
        recorder = recorder_from(db, no_record)  # once the input reads, before screening
        if recorder is not None:
            run_id = recorder.start(
                "batch",
                options_of(dict(ctx.params, output_encoding=out_encoding)),  # as written
                screener,
                input_name=orders,
                header=order_file.header,
                delimiter=order_file.delimiter,
                columns=columns,
            )
            decisions = decisions_for(recorder, screener)
            recorder.close()  # worker processes open their own connections
        header = order_file.header
        with contextlib.ExitStack() as scope:
            book = None
            if fmt is BatchFormat.xlsx:
                book = scope.enter_context(xlsx_output(output, header, run_id))
                workers = 1  # the workbook is written in row order by this process
            stream = (
                io.StringIO()
                if book is not None
                else scope.enter_context(open_output(output, out_encoding))
            )
            bar = scope.enter_context(RowProgress(not quiet, size, raw))
            passthrough = isinstance(order_file, OrderFile) and order_file.delimiter == ","

            def make_writer(out: IO[str]) -> Writer:
                writer: Writer
                if book is not None:
                    writer = book
                elif fmt is BatchFormat.jsonl:
                    writer = JsonlWriter(out, header, run_id)
                else:
                    writer = CsvWriter(out, header, passthrough=passthrough, run_id=run_id)
                return recorder.writer(writer) if recorder is not None else writer

            if recorder is not None:
                scope.callback(recorder.stop)  # the rows screened so far, even on failure
            summary = run_batch(
                screener,
                order_file,
                columns,
                stream,
                make_writer,
                workers=workers,
                progress=bar.update,
                decisions=decisions,
                recorder=recorder,
            )
    if recorder is not None:
        recorder.finish(summary.statuses)
    if not quiet:
        from screen.cli.recording import note_run
        from screen.cli.render import print_summary

        used = columns_used(order_file.header, columns)
        print_summary(stderr(), summary, order_file.describe(), used)
        note_run(recorder)
    for note in book.notes() if book is not None else []:  # rows continued on a sheet
        stderr().print(f"Warning: {output}: {note}", markup=False, highlight=False)
    print_warnings(order_file)
    if summary.incomplete:
        raise typer.Exit(int(ExitCode.INCOMPLETE))
    raise typer.Exit(int(ExitCode.FLAGGED if summary.flagged else ExitCode.CLEAR))
