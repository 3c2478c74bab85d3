"""`screen batch`: every row of an order file, one output row per input row."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Annotated

import typer

from screen.cli.handling import handles_errors
from screen.cli.options import (
    BatchFormat,
    BlockOpt,
    EncodingOpt,
    ListFormatOpt,
    ListOpt,
    MapOpt,
    ReviewOpt,
    RulesOpt,
)
from screen.cli.output import screener_from, stderr
from screen.exitcodes import ExitCode


@handles_errors
def batch(
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
) -> None:
    """Screen every row of an order file; one output row per input row, in order."""
    from screen.cli.progress import RowProgress
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
    with open_orders(orders, encoding, delimiter) as order_file:
        columns = map_columns(order_file.header, overrides)
        size = Path(orders).stat().st_size if orders != "-" else None
        from screen.runs.workers import auto_workers, capped

        workers = auto_workers(size) if workers == 0 else capped(workers)
        raw = order_file.stream.buffer if orders != "-" else None
        with (
            atomic_output(output, out_encoding) as stream,
            RowProgress(not quiet, size, raw) as bar,
        ):
            header = order_file.header
            passthrough = order_file.delimiter == ","

            def make_writer(out: IO[str]) -> Writer:
                if fmt is BatchFormat.jsonl:
                    return JsonlWriter(out, header)
                return CsvWriter(out, header, passthrough=passthrough)

            summary = run_batch(
                screener,
                order_file,
                columns,
                stream,
                make_writer,
                workers=workers,
                progress=bar.update,
            )
    if not quiet:
        from screen.cli.render import print_summary

        print_summary(stderr(), summary, order_file.encoding, order_file.delimiter)
    raise typer.Exit(int(ExitCode.FLAGGED if summary.flagged else ExitCode.CLEAR))
