"""`screen batch --engine dask`: the options checked, the run started on a cluster,
the summary printed and the exit code set as for a run on this machine."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import typer

from screen.cli.options import BatchFormat, Engine
from screen.cli.output import stderr
from screen.errors import InputError
from screen.exitcodes import ExitCode


@dataclass(frozen=True)
class DaskOptions:
    """The `screen batch` options that bear on a Dask run."""

    engine: Engine
    orders: str
    output: str | None
    fmt: BatchFormat
    column_map: dict[str, str]
    encoding: str | None
    delimiter: str | None
    output_encoding: str
    rules: Path | None
    lists: list[str]
    list_format: str | None
    block_threshold: float | None
    review_threshold: float | None
    quiet: bool
    workers: int
    scheduler: str | None
    record: bool = True  # not --no-record
    db: Path | None = None
    params: dict[str, object] | None = None  # the command's options, as recorded


def check(options: DaskOptions) -> None:
    """Refuse option combinations a Dask run cannot honour, saying what to do."""
    if options.engine is not Engine.dask:
        given = "--scheduler" if options.scheduler is not None else "--format parquet"
        raise InputError(f"{given} needs --engine dask")
    if options.fmt not in (BatchFormat.csv, BatchFormat.parquet):
        raise InputError("--engine dask writes csv or parquet: use --format csv or parquet")
    if options.orders == "-":
        raise InputError("--engine dask reads files, not standard input: give a file or pattern")
    if options.output in (None, "-"):
        raise InputError("--engine dask writes one file per partition: give -o FOLDER")
    if options.workers < 0:
        raise InputError(f"--workers must be 0 (auto) or more, not {options.workers}")


def batch_on_dask(options: DaskOptions) -> NoReturn:
    """Run `screen batch` on Dask and exit with its code."""
    check(options)
    from screen.runs.dask_engine import dask_client, prepare, run_dask
    from screen.runs.dask_parts import Output
    from screen.runs.frames import ScreenerSpec

    spec = ScreenerSpec.create(
        options.rules,
        options.lists,
        list_format=options.list_format,
        block_threshold=options.block_threshold,
        review_threshold=options.review_threshold,
        column_map=options.column_map,
    )
    output = Output(options.fmt.value, options.output_encoding)
    assert options.output is not None  # checked above
    files, folder = prepare(spec, options.orders, options.output)
    # rows come back from the partitions and this process records them
    recorder = None
    if options.record:
        from screen.cli.recording import options_of, recorder_from

        recorder = recorder_from(options.db, False)
        assert recorder is not None
        params = options_of(options.params or {})
        recorder.start("batch", params, spec.screener(), input_name=options.orders)
        output = dataclasses.replace(output, run_id=recorder.run_id)
    with dask_client(options.scheduler, options.workers) as client:
        summary, parts = run_dask(
            spec,
            files,
            folder,
            output,
            client=client,
            encoding=options.encoding,
            delimiter=options.delimiter,
            recorder=recorder,
        )
        workers = len(client.scheduler_info().get("workers", {}))
    if recorder is not None:
        recorder.finish(summary.statuses)
    if not options.quiet:
        from screen.cli.render import print_summary

        console = stderr()
        read_as = "; ".join(dict.fromkeys(p.encoding for p in parts if p.encoding))
        print_summary(console, summary, read_as or "Parquet")
        suffix = ".parquet" if output.format == "parquet" else ".csv"
        console.print(
            f"[dim]{len(parts):,} partition{'s' if len(parts) != 1 else ''} on "
            f"{workers} Dask worker{'s' if workers != 1 else ''}, written to "
            f"{Path(options.output) / ('part-*' + suffix)}[/]"
        )
        if recorder is not None:
            from screen.cli.recording import note_run

            note_run(recorder)
    if summary.incomplete:  # some rows could not be screened
        raise typer.Exit(int(ExitCode.INCOMPLETE))
    raise typer.Exit(int(ExitCode.FLAGGED if summary.flagged else ExitCode.CLEAR))
