"""The settings in force: screen.toml (read once per run) under the command line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screen.io.config import Config

_loaded: dict[str, Any] = {"path": None, "config": None, "quiet": False}


def use_config(path: str | None) -> None:
    """Remember `--config` for this run; the file is read when a command first asks."""
    _loaded.update(path=path, config=None, quiet=False)


def quiet() -> None:
    """`--quiet`: the settings file in use is not named on stderr (called before the
    command reads any setting)."""
    _loaded["quiet"] = True


def config() -> Config:
    if _loaded["config"] is None:
        from screen.io.config import load_config

        loaded = load_config(_loaded["path"])
        fmt = loaded.values.get("list_format")
        if fmt is not None:
            from screen.errors import InputError
            from screen.lists.detect import FORMATS

            if fmt not in FORMATS:
                raise InputError(
                    f"{loaded.path}: list_format '{fmt}' is not a list format: use one of "
                    f"{', '.join(FORMATS)}"
                )
        _loaded["config"] = loaded
        if loaded.path is not None and not _loaded["quiet"]:  # once a run
            import sys

            from screen.errors import one_line

            sys.stderr.write(f"using settings from {one_line(str(loaded.path))}\n")
    found: Config = _loaded["config"]
    return found


def setting(name: str, given: Any = None) -> Any:
    """The command line's value if given, else screen.toml's, else the default."""
    return config().get(name, given)


def column_overrides(given: list[str] | None) -> dict[str, str]:
    """screen.toml's [columns], overridden field by field by --map."""
    from screen.io.columns import parse_map

    return {**setting("columns"), **parse_map(given or [])}


def forced_format_note(given: str | None) -> str:
    """What a list error adds when screen.toml's list_format forced the format on
    every list (its lists may be of several formats), else nothing."""
    if given or "list_format" not in config().values:
        return ""
    return (
        f"; the format was forced on every list by list_format = "
        f"'{config().values['list_format']}' in {config().path}: remove it there to tell "
        "each list's format from its content"
    )
