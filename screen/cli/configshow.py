"""`screen config show`: every setting in force and where it comes from."""

from __future__ import annotations

from typing import Any

from screen.cli.handling import handles_errors
from screen.cli.options import Format, FormatOpt
from screen.cli.output import print_json, resolve, stdout
from screen.cli.settings import config


@handles_errors
def config_show(fmt: FormatOpt = Format.auto) -> None:
    """Print every setting in force and where it comes from (screen.toml or default)."""
    from screen.io.config import SETTINGS

    current = config()
    rows = [
        {"name": s.name, "value": _plain(current.get(s.name)), "source": current.origin(s.name)}
        for s in SETTINGS
    ]
    if resolve(fmt) is Format.json:
        print_json({"config": str(current.path) if current.path else None, "settings": rows})
        return
    from rich.table import Table

    console = stdout()
    console.print(f"config file: {current.path or '(none found)'}", markup=False)
    table = Table("Setting", "Value", "Source")
    for row in rows:
        table.add_row(row["name"], _shown(row["value"]), row["source"])
    console.print(table)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(value) or "-"
    if isinstance(value, dict):
        return "\n".join(f"{k} = {v}" for k, v in value.items()) or "-"
    return "-" if value is None else str(value)
