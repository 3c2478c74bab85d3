"""`screen lists info` and `screen lists diff`: what a list file is, and what changed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from screen.cli.handling import handles_errors
from screen.cli.options import Format, FormatOpt, ListFormatOpt
from screen.cli.output import print_json, resolve, stderr, stdout

ListFiles = Annotated[list[Path], typer.Argument(help="List files (any format --list takes).")]
MaxAgeOpt = Annotated[
    int | None,
    typer.Option(
        "--max-age-days",
        help="Warn about a list older than this many days (default: the config's "
        "list_max_age_days, else 30).",
        show_default=False,
    ),
]


@handles_errors
def lists_info(
    files: ListFiles,
    list_format: ListFormatOpt = None,
    max_age_days: MaxAgeOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Format, entries, names, publication date, SHA-256 and age of each list file;
    a warning on stderr for each list older than --max-age-days."""
    from screen.cli.settings import setting
    from screen.lists import load_list
    from screen.lists.info import list_info

    if max_age_days is not None:
        from screen.cli.ranges import whole

        whole(max_age_days, "--max-age-days", 0)
    limit = setting("list_max_age_days", max_age_days)
    infos = [list_info(load_list(str(f), list_format), limit) for f in files]
    if resolve(fmt) is Format.json:
        print_json([i.as_dict() for i in infos])
    else:
        from rich.table import Table

        table = Table("File", "Format", "Entries", "Names", "Published", "Age", "SHA-256")
        for i in infos:
            age = f"{i.age_days} d" + ("" if i.age_from == "published" else " (file date)")
            table.add_row(
                i.path,
                i.format,
                f"{i.entries:,}",
                f"{i.names:,}",
                i.published.isoformat() if i.published else "-",
                age,
                i.sha256[:16],
            )
        stdout().print(table)
    for i in infos:
        warning = i.warning()
        if warning:
            stderr().print(f"Warning: {warning}", markup=False)


@handles_errors
def lists_diff(
    old: Annotated[Path, typer.Argument(help="The older edition of the list.")],
    new: Annotated[Path, typer.Argument(help="The newer edition of the same list.")],
    list_format: ListFormatOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Entries added, removed and changed (names or programs) from OLD to NEW."""
    from screen.lists import load_list
    from screen.lists.diff import diff_lists, not_editions

    before, after = load_list(str(old), list_format), load_list(str(new), list_format)
    diff = diff_lists(before, after)
    warning = not_editions(before, after, diff)
    if warning:
        stderr().print(f"Warning: {warning}", markup=False, highlight=False)
    if resolve(fmt) is Format.json:
        print_json(diff.as_dict())
        return
    from rich.table import Table

    console = stdout()
    console.print(
        f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed, "
        f"{diff.unchanged} unchanged",
        markup=False,
    )
    if not (diff.added or diff.removed or diff.changed):
        return
    table = Table("Change", "Entry", "Name", "What changed")
    for rule in diff.added:
        table.add_row("added", rule.id, rule.title, "; ".join(rule.programs))
    for rule in diff.removed:
        table.add_row("removed", rule.id, rule.title, "; ".join(rule.programs))
    for c in diff.changed:
        parts = [
            *(f"+ name {n}" for n in c.names_added),
            *(f"- name {n}" for n in c.names_removed),
            *(f"+ program {p}" for p in c.programs_added),
            *(f"- program {p}" for p in c.programs_removed),
            *(f"{v.field} {v.before} -> {v.after}" for v in c.values),
        ]
        table.add_row("changed", c.id, c.title, "\n".join(parts))
    console.print(table)
