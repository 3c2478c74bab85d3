"""`screen batch`: every row of an order file, one output row per input row."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Annotated

import typer

from screen.cli.handling import handles_errors
from screen.cli.options import (
    BatchFormat,
    BlockOpt,
    DbOpt,
    EncodingOpt,
    ListFormatOpt,
    ListOpt,
    MapOpt,
    NoRecordOpt,
    ReviewOpt,
    RulesOpt,
)
from screen.cli.output import screener_from, stderr
from screen.exitcodes import ExitCode


@handles_errors
def batch(
    ctx: typer.Context,
    orders: Annotated[
        str, typer.Argument(help="Order file (CSV/TSV with a header row), or - for stdin.")
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write here (default: stdout).", show_default=False),
    ] = None,
    fmt: Annotated[
        BatchFormat, typer.Option("--format", "-f", help="Output format.")
    ] = BatchFormat.csv,
    column_map: MapOpt = None,
    encoding: EncodingOpt = None,
    delimiter: Annotated[
        str | None,
        typer.Option(
            "--delimiter",
            help="Force the delimiter: a character, or comma, semicolon, tab.",
            show_default=False,
        ),
    ] = None,
    output_encoding: Annotated[
        str,
        typer.Option(
            "--output-encoding", help="Output encoding; utf-8-sig helps Excel open Japanese text."
        ),
    ] = "utf-8",
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    block_threshold: BlockOpt = None,
    review_threshold: ReviewOpt = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            help="Processes screening in parallel (at most one per core); 0 (auto) uses "
            "several for files of 16 MB or more on a multi-core machine.",
        ),
    ] = 0,
    db: DbOpt = None,
    no_record: NoRecordOpt = False,
) -> None:
    """Screen every row of an order file; one output row per input row, in order."""
    from screen.cli.progress import RowProgress
    from screen.cli.recording import options_of, recorder_from
    from screen.errors import InputError
    from screen.io.columns import map_columns, parse_map
    from screen.io.encoding import canonical_encoding
    from screen.io.orders import open_orders
    from screen.io.writers import CsvWriter, JsonlWriter, Writer, atomic_output, same_file
    from screen.runs.pipeline import run_batch

    if (
        output not in (None, "-")
        and orders != "-"
        and Path(orders).exists()
        and same_file(orders, str(output))
    ):
        raise InputError(f"the output {output} is the input file: choose another --output")
    out_encoding = canonical_encoding(output_encoding)
    if out_encoding is None:
        raise InputError(f"unknown --output-encoding '{output_encoding}': use utf-8 or utf-8-sig")
    overrides = parse_map(column_map or [])
    screener = screener_from(rules, block_threshold, review_threshold, lists, list_format)
    if workers < 0:
        raise InputError(f"--workers must be 0 (auto) or more, not {workers}")
    recorder = recorder_from(db, no_record)
    with open_orders(orders, encoding, delimiter) as order_file:
        columns = map_columns(order_file.header, overrides)
        size = Path(orders).stat().st_size if orders != "-" else None
        from screen.runs.workers import auto_workers, capped

        workers = auto_workers(size) if workers == 0 else capped(workers)
        raw = order_file.stream.buffer if orders != "-" else None
        run_id = None
        if recorder is not None:
            run_id = recorder.start(
                "batch",
                options_of(ctx.params),
                screener,
                input_name=orders,
                header=order_file.header,
                delimiter=order_file.delimiter,
                columns=columns,
            )
            recorder.close()  # worker processes open their own connections
        with (
            atomic_output(output, out_encoding) as stream,
            RowProgress(not quiet, size, raw) as bar,
        ):
            header = order_file.header
            passthrough = order_file.delimiter == ","

            def make_writer(out: IO[str]) -> Writer:
                writer: Writer
                if fmt is BatchFormat.jsonl:
                    writer = JsonlWriter(out, header, run_id)
                else:
                    writer = CsvWriter(out, header, passthrough=passthrough, run_id=run_id)
                return recorder.writer(writer) if recorder is not None else writer

            summary = run_batch(
                screener,
                order_file,
                columns,
                stream,
                make_writer,
                workers=workers,
                progress=bar.update,
            )
    if recorder is not None:
        recorder.finish(summary.statuses)
    if not quiet:
        from screen.cli.recording import note_run
        from screen.cli.render import print_summary

        print_summary(stderr(), summary, order_file.detected.describe(), order_file.delimiter)
        note_run(recorder)
    raise typer.Exit(int(ExitCode.FLAGGED if summary.flagged else ExitCode.CLEAR))
