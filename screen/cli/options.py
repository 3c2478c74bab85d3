"""The typed options shared by `screen` commands (declared once, used everywhere)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Format(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"


class ListFormat(str, Enum):
    """For commands that list rows: a table, or the rows as JSON, CSV or JSON Lines."""

    auto = "auto"
    table = "table"
    json = "json"
    csv = "csv"
    jsonl = "jsonl"


class BatchFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    xlsx = "xlsx"
    parquet = "parquet"  # --engine dask only


class ExportFormat(str, Enum):
    """`history export`: a run's output as batch wrote it."""

    csv = "csv"
    jsonl = "jsonl"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


# Options shared by the commands that screen.
RulesOpt = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        help="Rulebook folder (default: $SCREEN_RULES, else the built-in rulebook).",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format", "-f", help="Output format; auto is a table on a terminal, JSON when piped."
    ),
]
BlockOpt = Annotated[
    float | None,
    typer.Option(
        "--block-threshold",
        help="Score (0-100) from which a hit takes its rule's severity.",
        show_default=False,
    ),
]
ReviewOpt = Annotated[
    float | None,
    typer.Option(
        "--review-threshold", help="Score (0-100) from which a hit is a review.", show_default=False
    ),
]


MapOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--map", help="FIELD=COLUMN: which column holds a field (repeatable).", show_default=False
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        help="Force the input encoding (utf-8, utf-8-sig, utf-16, cp932).",
        show_default=False,
    ),
]
ListOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--list",
        help="A sanctions list file (OFAC sdn.csv or cons_prim.csv, UN XML, CSL CSV, BIS dpl.txt, "
        "OpenSanctions entities.ftm.json, or your own simple CSV) "
        "to screen names against; repeatable; also $SCREEN_LISTS.",
        show_default=False,
    ),
]
ListFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--list-format",
        help="Force the list format: ofac, ofac-cons, un, csl, dpl, ftm or simple "
        "(default: detected).",
        show_default=False,
    ),
]


# Options of the commands that record runs or read the records.
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="The records database (default: $SCREEN_DB, else records.db in the OS data folder).",
        show_default=False,
    ),
]
NoRecordOpt = Annotated[
    bool, typer.Option("--no-record", help="Do not record this run in the audit trail.")
]
ListFormatOutOpt = Annotated[
    ListFormat,
    typer.Option(
        "--format",
        "-f",
        help="Output format; auto is a table on a terminal, JSON when piped.",
    ),
]
SheetOpt = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        help="The sheet of a workbook (.xlsx, .xlsm, .xls, .ods) to read: a name, or a "
        "number from 1 (default: the first).",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write here (default: stdout).", show_default=False),
]
