"""Print a list of records as a table, JSON, CSV or JSON Lines (the commands that
list rows: history, decisions, rescreen)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from screen.cli.options import Format, ListFormat
from screen.cli.output import print_json, resolve, stdout

SHORT = {"id", "run_id", "row", "rows", "clear", "review", "blocked", "error", "score", "status"}


def list_format(fmt: ListFormat) -> ListFormat:
    """`auto` as `check` resolves it: a table on a terminal, JSON when piped."""
    if fmt is ListFormat.auto:
        return ListFormat.table if resolve(Format.auto) is Format.table else ListFormat.json
    return fmt


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def print_records(
    records: Sequence[dict[str, Any]],
    fmt: ListFormat,
    columns: Sequence[str],
    title: str | None = None,
) -> None:
    """The records in `fmt`; `columns` are the table's and CSV's (JSON keeps all)."""
    fmt = list_format(fmt)
    if fmt is ListFormat.json:
        print_json(list(records))
    elif fmt is ListFormat.jsonl:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt is ListFormat.csv:
        from screen.io.writers import neutralise

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for record in records:  # names from order files, reviewers' words: made inert
            writer.writerow([neutralise(cell(record.get(c))) for c in columns])
    else:
        from rich.table import Table

        table = Table(title=title, header_style="bold")
        for column in columns:
            table.add_column(column, overflow="fold", no_wrap=column in SHORT)
        for record in records:
            table.add_row(*(cell(record.get(c)) for c in columns))
        stdout().print(table)
