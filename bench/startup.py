"""Benchmark the start-up of `screen check` against a do-nothing typer app.

    python bench/startup.py [--runs 15] [--list FILE]

The baseline is a typer application that declares the same group options and the
same `check` options as `screen` and does nothing with them: what any typer
command line pays to start.  In one run, alternating the two so that machine noise
falls on both, it starts each `--runs` times in a fresh interpreter and prints the
best and median wall times and their ratio.  `screen check` runs warm (the
compiled rulebook in the on-disk cache, as after the first run) and, like the
baseline, from bytecode as an installed package does; `--list` adds a sanctions
list to the check.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Format(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"


app = typer.Typer(name="screen", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback.")] = False,
    version: Annotated[bool, typer.Option("--version", is_eager=True, help="Version.")] = False,
) -> None:
    pass


@app.command()
def check(
    description: Annotated[str, typer.Argument(help="What is shipped.")] = "",
    consignee: Annotated[str, typer.Option("--consignee", "-c", help="Who.")] = "",
    country: Annotated[str, typer.Option("--country", help="Where.")] = "",
    date: Annotated[str, typer.Option("--date", help="When.")] = "",
    direction: Annotated[str, typer.Option("--direction", help="Way.")] = "export",
    hs_code: Annotated[str, typer.Option("--hs-code", help="HS code.")] = "",
    end_user: Annotated[str, typer.Option("--end-user", help="End user.")] = "",
    address: Annotated[str, typer.Option("--address", help="Address.")] = "",
    rules: Annotated[Path | None, typer.Option("--rules", help="Rules.")] = None,
    lists: Annotated[list[str] | None, typer.Option("--list", help="Lists.")] = None,
    list_format: Annotated[str | None, typer.Option("--list-format", help="Format.")] = None,
    block_threshold: Annotated[float | None, typer.Option("--block-threshold")] = None,
    review_threshold: Annotated[float | None, typer.Option("--review-threshold")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Format.")] = Format.auto,
    explain: Annotated[bool, typer.Option("--explain", help="Explain.")] = False,
) -> None:
    pass


@app.command()
def other() -> None:
    pass


app()
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{cmd} failed ({proc.returncode}): {proc.stderr.decode()}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--list", help="a sanctions list for `screen check --list`")
    args = parser.parse_args()
    check_args = ["check", "industrial robot", "--consignee", "Sberbank", "--country", "RU"]
    check_args += ["--format", "json"]
    if args.list:
        check_args += ["--list", args.list]
    with tempfile.TemporaryDirectory() as tmp:
        bare_py = Path(tmp) / "bare.py"
        bare_py.write_text(BARE, encoding="utf-8")
        env = {**os.environ, "SCREEN_CACHE_DIR": str(Path(tmp) / "cache")}
        env["SCREEN_DB"] = str(Path(tmp) / "records.db")  # each check is recorded, as by default
        # as installed: modules load from bytecode (written by the first run)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        screen = [sys.executable, "-m", "screen", *check_args]
        bare = [sys.executable, str(bare_py), *check_args]
        cold, _cpu = run(screen, env)  # fills the cache
        times: dict[tuple[str, int], list[float]] = {}
        for _ in range(args.runs):
            for name, cmd in (("bare", bare), ("screen", screen)):
                for kind, value in enumerate(run(cmd, env)):
                    times.setdefault((name, kind), []).append(value)
    best = {k: min(v) for k, v in times.items()}
    median = {k: statistics.median(v) for k, v in times.items()}
    print(f"start-up, {args.runs} runs each, alternating (timings on a shared machine are noisy)")
    print(f"screen check, first run (cold cache): {cold * 1000:6.0f} ms wall")
    for kind, what in enumerate(("wall", "CPU")):
        for name, label in (("bare", "bare typer app"), ("screen", "screen check (warm)")):
            print(
                f"{label:<20} {what:<4}: best {best[name, kind] * 1000:6.0f} ms"
                f"  median {median[name, kind] * 1000:6.0f} ms"
            )
        b, m = (
            best["screen", kind] / best["bare", kind],
            median["screen", kind] / median["bare", kind],
        )
        print(f"ratio {what:<19}: best {b:.2f}x  median {m:.2f}x  (target at most 1.2x)")


if __name__ == "__main__":
    main()
