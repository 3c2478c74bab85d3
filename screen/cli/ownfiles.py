"""An `-o` that names a file the same run reads or keeps (the records database, a
--list file, a file of the rulebook, screen.toml) is refused before anything is
screened or written: writing there would destroy the audit trail, a list or the
rules with CSV."""

from __future__ import annotations

from pathlib import Path


def _rulebook_files(rules: Path | None) -> list[Path]:
    from screen.cli.settings import setting
    from screen.errors import RulebookError
    from screen.rulebook.locate import rules_path

    try:
        folder = rules_path(setting("rules", rules))
    except RulebookError:  # no such rulebook: nothing of it to harm (reported later)
        return []
    if folder.is_dir():
        return [p for p in folder.rglob("*") if p.is_file()] + [folder]
    return [folder]


def _list_files(lists: list[str] | None) -> list[Path]:
    from screen.cli.settings import setting
    from screen.lists import beside_files, list_paths

    found = []
    for name in list_paths(setting("lists", lists) or []):
        found += [Path(name), *beside_files(Path(name))]
    return found


def refuse_own_files(
    output: str | None,
    db: Path | None,
    *,
    record: bool = True,
    screens: bool = False,
    rules: Path | None = None,
    lists: list[str] | None = None,
) -> None:
    """Raise InputError when `output` is one of the run's own files: its records
    database (when it records), and when it `screens`, its rulebook and list files;
    always the screen.toml in force."""
    if output is None or output == "-" or not output.strip():
        return
    from screen.cli.settings import config, setting
    from screen.errors import InputError
    from screen.io.writers import same_file
    from screen.records.database import db_path

    own: list[tuple[str, Path]] = []
    if record:
        database = Path(db_path(setting("db", db)))
        own += [("the records database", database)]
        own += [("the records database", Path(f"{database}{end}")) for end in ("-wal", "-shm")]
    if screens:
        own += [("a file of the rulebook", p) for p in _rulebook_files(rules)]
        own += [("a --list file", p) for p in _list_files(lists)]
    settings_file = config().path
    if settings_file is not None:
        own.append(("the config file", settings_file))
    for what, path in own:
        if same_file(output, str(path)):
            raise InputError(
                f"the output {output} is {what} of this run ({path}): choose another --output"
            )
