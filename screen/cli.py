"""The `screen` command line: parse options, call the library, render.

Exit codes (one `ExitCode` enum, the same for every command):
  0 clear / success, 1 review or blocked (eval: recall below --min-recall),
  2 bad usage or input, 3 rulebook error, 4 internal error (a bug: rerun with --debug).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from screen.cli_options import (
    BatchFormat,
    BlockOpt,
    EncodingOpt,
    Format,
    FormatOpt,
    ListFormatOpt,
    ListOpt,
    MapOpt,
    ReviewOpt,
    RulesOpt,
)
from screen.errors import RulebookError, ScreenError
from screen.exitcodes import ExitCode

if TYPE_CHECKING:
    from rich.console import Console

    from screen.engine import Screener

EXIT_CODES_HELP = (
    "Exit codes: 0 clear, 1 review or blocked, 2 bad usage or input, 3 rulebook error, "
    "4 internal error."
)

app = typer.Typer(
    name="screen",
    help="Screen shipments against export-control rules. " + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="Check and list the rulebook.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

_state = {"debug": False}

P = ParamSpec("P")
R = TypeVar("R")


def _stdout() -> Console:
    from rich.console import Console

    return Console(file=sys.stdout, highlight=False, soft_wrap=False)


def _stderr() -> Console:
    from rich.console import Console

    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def _resolve(fmt: Format) -> Format:
    if fmt is Format.auto:
        return Format.table if sys.stdout.isatty() else Format.json
    return fmt


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one `Error: ...` line on stderr and their exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except ScreenError as exc:
            if _state["debug"]:
                raise
            message = str(exc)
            if isinstance(exc, RulebookError):
                message = f"{message}\nFix the rulebook and run 'screen rules validate' again."
            sys.stderr.write(f"Error: {message}\n")
            raise typer.Exit(int(exc.exit_code)) from None
        except BrokenPipeError:
            # The reader (e.g. `head`) stopped early: not an error of ours.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(int(ExitCode.CLEAR)) from None
        except KeyboardInterrupt:
            sys.stderr.write("Interrupted.\n")
            raise typer.Exit(130) from None
        except Exception as exc:
            if _state["debug"]:
                raise
            sys.stderr.write(
                f"Error: internal error ({type(exc).__name__}: {exc}); "
                "rerun with --debug for the traceback and report it\n"
            )
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        sys.stdout.write(f"screen {version('screen')}\n")
        raise typer.Exit()


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback on errors.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    _state["debug"] = debug


def _screener(
    rules: Path | None,
    block: float | None,
    review: float | None,
    lists: list[str] | None = None,
    list_format: str | None = None,
) -> Screener:
    from screen.loading import open_screener

    return open_screener(
        rules,
        block_threshold=block,
        review_threshold=review,
        lists=lists or (),
        list_format=list_format,
    )


@app.command(epilog=EXIT_CODES_HELP)
@handles_errors
def check(
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
) -> None:
    """Screen one shipment: exit 0 clear, 1 review or blocked."""
    from screen.models import Shipment, Status
    from screen.parsing import parse_date, parse_direction
    from screen.serialize import result_to_dict

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
    screener = _screener(rules, block_threshold, review_threshold, lists, list_format)
    result = screener.screen(shipment)
    if _resolve(fmt) is Format.json:
        _print_json(result_to_dict(result, shipment, screener.rulebook))
    else:
        from screen.render import print_result
        from screen.sources import find_passage

        passages = {}
        if explain:
            for hit in result.hits:
                src = hit.source
                if src.seed and src.quote:
                    passages[hit.rule_id] = find_passage(
                        screener.rulebook.seeds_dir, src.seed, src.quote
                    )
        print_result(_stdout(), result, shipment, explain, passages)
    raise typer.Exit(int(ExitCode.CLEAR if result.status is Status.CLEAR else ExitCode.FLAGGED))


@app.command(
    epilog="Exit codes: 0 every row clear, 1 any row review, blocked or error, "
    "2 the file cannot be screened (missing, empty, no usable columns), 3 rulebook error."
)
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
            help="Processes screening in parallel; 0 (auto) uses several for files of "
            "16 MB or more on a multi-core machine.",
        ),
    ] = 0,
) -> None:
    """Screen every row of an order file; one output row per input row, in order."""
    from screen.errors import InputError
    from screen.io.columns import map_columns, parse_map
    from screen.io.encoding import canonical_encoding
    from screen.io.orders import open_orders
    from screen.io.writers import CsvWriter, JsonlWriter, Writer, atomic_output, same_file
    from screen.pipeline import run_batch
    from screen.progress import RowProgress

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
    screener = _screener(rules, block_threshold, review_threshold, lists, list_format)
    if workers < 0:
        raise InputError(f"--workers must be 0 (auto) or more, not {workers}")
    with open_orders(orders, encoding, delimiter) as order_file:
        columns = map_columns(order_file.header, overrides)
        size = Path(orders).stat().st_size if orders != "-" else None
        if workers == 0:
            from screen.parallel import auto_workers

            workers = auto_workers(size)
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
        from screen.render import print_summary

        print_summary(_stderr(), summary, order_file.encoding, order_file.delimiter)
    raise typer.Exit(int(ExitCode.FLAGGED if summary.flagged else ExitCode.CLEAR))


@app.command(
    "eval",
    epilog="Exit codes: 0 success, 1 recall below --min-recall, 2 bad input "
    "(missing label column, bad labels), 3 rulebook error.",
)
@handles_errors
def eval_(
    labelled: Annotated[
        str,
        typer.Argument(help="Labelled shipments: a CSV like an order file plus a label column."),
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
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    block_threshold: BlockOpt = None,
    review_threshold: ReviewOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Measure recall and false alarms on labelled shipments, with a threshold sweep."""
    from screen.batch import screen_rows
    from screen.evaluate import SWEEP, evaluate
    from screen.io.columns import header_key, map_columns, parse_map
    from screen.io.orders import open_orders
    from screen.labels import read_labels

    screener = _screener(
        rules, block_threshold, min(SWEEP[0], review_threshold or 100), lists, list_format
    )
    threshold = (
        review_threshold if review_threshold is not None else screener.rulebook.thresholds.review
    )
    with open_orders(labelled, encoding, None) as order_file:
        keys = [header_key(h) for h in order_file.header]
        columns = map_columns(order_file.header, parse_map(column_map or []))
        rows = list(order_file.rows())
        items = read_labels(
            rows,
            keys,
            order_file.header,
            label_column,
            category_column,
            list(screen_rows(screener, rows, columns)),
        )
    report = evaluate(items, threshold)
    if _resolve(fmt) is Format.json:
        _print_json(report.as_dict())
    else:
        from screen.render import print_report

        print_report(_stdout(), report)
    recall = report.overall.recall
    if min_recall is not None and (recall is None or recall < min_recall):
        sys.stderr.write(f"recall {recall or 0:.3f} is below --min-recall {min_recall:g}\n")
        raise typer.Exit(int(ExitCode.FLAGGED))


@app.command(epilog=EXIT_CODES_HELP)
@handles_errors
def source(
    rule_id: Annotated[
        str, typer.Argument(help="A rule id (see 'screen rules list') or list:entry id.")
    ],
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Print the rule behind a hit and the passage of the article it rests on."""
    from screen.serialize import rule_to_dict
    from screen.sources import find_passage, lookup_rule

    screener = _screener(rules, None, None, lists, list_format)
    rule = lookup_rule(screener.rules, rule_id)
    passage = None
    if rule.source.seed and rule.source.quote:
        passage = find_passage(screener.rulebook.seeds_dir, rule.source.seed, rule.source.quote)
    if _resolve(fmt) is Format.json:
        data: dict[str, Any] = {"rule": rule_to_dict(rule)}
        if passage is not None:
            data.update(
                seed=passage.seed,
                headline=passage.headline,
                paragraph=passage.paragraph,
                quote=passage.paragraph[passage.quote_start : passage.quote_end],
            )
        _print_json(data)
        return
    from screen.render import print_rule_source

    print_rule_source(_stdout(), rule, passage)


@rules_app.command("validate", epilog=EXIT_CODES_HELP)
@handles_errors
def rules_validate(rules: RulesOpt = None) -> None:
    """Check the rulebook: exit 0 when valid, 3 with every problem listed."""
    from collections import Counter

    from screen.rulebook import load_rulebook

    rulebook = load_rulebook(rules)
    kinds = Counter(r.kind.value for r in rulebook.rules)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    sys.stdout.write(
        f"Rulebook OK: {len(rulebook.rules)} rules ({summary}) in {rulebook.path}\n"
        f"version {rulebook.version or '-'}, sha256 {rulebook.sha256[:16]}\n"
    )


@rules_app.command("list", epilog=EXIT_CODES_HELP)
@handles_errors
def rules_list(rules: RulesOpt = None, fmt: FormatOpt = Format.auto) -> None:
    """List every rule: a table on a terminal, a JSON array with all fields when piped."""
    from screen.rulebook import load_rulebook
    from screen.serialize import rule_to_dict

    rulebook = load_rulebook(rules)
    if _resolve(fmt) is Format.json:
        _print_json([rule_to_dict(r) for r in rulebook.rules])
        return
    from screen.render import rules_table

    _stdout().print(rules_table(rulebook.rules))


def main() -> None:
    app()
