"""`screen.toml`: the settings a team screens with, so that runs are reproducible.

Found from `--config PATH`, else $SCREEN_CONFIG, else `screen.toml` in the current
folder or the nearest parent that has one, used only when it is the user's own
(`configtrust.py`).  Every setting is one row of `SETTINGS`
(name, type, what it is); a command-line option overrides the file.  Paths in the
file are relative to the file.  Unknown keys and wrong types are errors naming the
file and the key.

    lists = ["lists/sdn.csv", "lists/entities.ftm.json"]
    rules = "rules"
    block_threshold = 92
    review_threshold = 78
    output_encoding = "utf-8-sig"
    list_max_age_days = 14
    db = "records/screen.db"

    [columns]            # field = column, as --map
    description = "Item Text"
    consignee = "Sold To"
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import Any

from screen.errors import InputError
from screen.frozen import FACTORY, mutable
from screen.io.filekind import not_regular
from screen.tuples import NamedTuple

FILE_NAME = "screen.toml"
CONFIG_ENV = "SCREEN_CONFIG"


class Setting(NamedTuple):
    name: str
    kind: str  # path, paths, number, integer, text, table
    help: str
    default: Any = None


SETTINGS = (
    Setting("lists", "paths", "sanctions-list files to screen names against (as --list)", ()),
    Setting("list_format", "text", "force the list format (as --list-format)"),
    Setting("rules", "path", "the rulebook folder (as --rules)"),
    Setting("block_threshold", "number", "score from which a hit blocks (as --block-threshold)"),
    Setting("review_threshold", "number", "score from which a hit is a review"),
    Setting("columns", "table", "which column holds each field (as --map FIELD=COLUMN)", {}),
    Setting("output_encoding", "text", "encoding of batch output (as --output-encoding)", "utf-8"),
    Setting("list_max_age_days", "integer", "warn about lists older than this many days", 30),
    Setting("db", "path", "the records database (as --db; $SCREEN_DB is read after it)"),
)
BY_NAME = {s.name: s for s in SETTINGS}


def _check(kind: str, value: Any, base: Path) -> Any:
    """The value in its Python form, or a TypeError saying what was expected."""
    checks: dict[str, Callable[[Any], Any]] = {
        "path": lambda v: str(base / v) if isinstance(v, str) else _bad("a path (text)"),
        "paths": lambda v: tuple(str(base / p) for p in v)
        if isinstance(v, list) and all(isinstance(p, str) for p in v)
        else _bad("a list of paths"),
        "number": lambda v: float(v)
        if isinstance(v, int | float) and not isinstance(v, bool)
        else _bad("a number"),
        "integer": lambda v: v
        if isinstance(v, int) and not isinstance(v, bool) and v >= 0
        else _bad("a whole number of 0 or more"),
        "text": lambda v: v if isinstance(v, str) else _bad("text"),
        "table": lambda v: {str(k): str(c) for k, c in v.items()}
        if isinstance(v, dict) and all(isinstance(c, str) for c in v.values())
        else _bad('a table of field = "column"'),
    }
    return checks[kind](value)


def _bad(expected: str) -> Any:
    raise TypeError(expected)


def _refused(name: str, value: Any) -> str | None:
    """Why a value of the right type cannot be used (checked when the file is read,
    so that `config show` and every command name the file and the key), or None."""
    if name.endswith("_threshold") and not 0 <= value <= 100:  # NaN fails it too
        return f"{name} must be a score from 0 to 100, not {value!r}"
    if name == "output_encoding":
        from screen.io.encodingnames import canonical_encoding

        try:
            known = canonical_encoding(value, name) is not None
        except InputError as exc:
            return str(exc)
        if not known:
            return f"output_encoding '{value}' is no encoding Python knows: use utf-8 or utf-8-sig"
    if name == "columns":
        from screen.io.columns import FIELDS

        for key in value:
            if key not in FIELDS:
                return f"[columns] {key}: '{key}' is not a field; use one of {', '.join(FIELDS)}"
    return None


@mutable
class Config:
    """The settings in force and where each came from."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    sha256: str | None = None  # of the file's bytes as read (recorded with each run)

    def __init__(
        self,
        path: Path | None = None,
        values: dict[str, Any] = FACTORY,
        sha256: str | None = None,
    ) -> None:
        self.path = path
        self.values = dict() if values is FACTORY else values
        self.sha256 = sha256

    def get(self, name: str, given: Any = None) -> Any:
        """The command line's `given` value if there is one, else the file's, else the
        default."""
        if given is not None and given != [] and given != ():
            return given
        if name in self.values:
            return self.values[name]
        return BY_NAME[name].default

    def origin(self, name: str) -> str:
        return str(self.path) if name in self.values else "default"


def find_config(explicit: str | None = None, start: Path | None = None) -> Path | None:
    """--config, else $SCREEN_CONFIG, else screen.toml here or in a parent folder."""
    chosen = explicit or os.environ.get(CONFIG_ENV)
    if chosen:
        path = Path(chosen).expanduser()
        what = not_regular(path)
        source = "--config" if explicit else f"${CONFIG_ENV}"
        if what == "missing":
            raise InputError(f"no such config file: {chosen} (from {source})")
        if what is not None:
            raise InputError(
                f"{chosen} (from {source}) is {what}, not a config file: name a screen.toml file"
            )
        return path
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / FILE_NAME).is_file():
            return candidate / FILE_NAME
    return None


def _read(path: Path, searched: bool) -> bytes:
    """The file's bytes; a file the upward search found only if it is the user's own
    (checked on the file opened, so that it cannot be swapped after the check)."""
    with path.open("rb") as file:
        if searched:
            from screen.io.configtrust import refuse_unless_own

            refuse_unless_own(path, os.fstat(file.fileno()))
        return file.read()


def load_config(explicit: str | None = None, start: Path | None = None) -> Config:
    path = find_config(explicit, start)
    if path is None:
        return Config()
    import difflib  # only a run with a config file pays for these
    import hashlib
    import tomllib

    searched = not (explicit or os.environ.get(CONFIG_ENV))
    try:  # Notepad writes a byte-order mark first
        raw = _read(path, searched)
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:  # (tomllib recurses per level: a few hundred bytes do it)
        raise InputError(
            f"{path}: not valid TOML (arrays or tables nested too deeply): a setting "
            "holds a plain value"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the config file ({exc})") from None
    values: dict[str, Any] = {}
    for key, value in data.items():
        setting = BY_NAME.get(key)
        if setting is None:
            close = difflib.get_close_matches(key, list(BY_NAME), n=1)
            hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(BY_NAME)}"
            raise InputError(f"{path}: unknown setting '{key}': {hint}")
        try:
            values[key] = _check(setting.kind, value, path.parent)
        except TypeError as exc:
            raise InputError(f"{path}: {key} must be {exc}, not {value!r}") from None
        refused = _refused(key, values[key])
        if refused:
            raise InputError(f"{path}: {refused}")
    block, review = values.get("block_threshold", 100.0), values.get("review_threshold", 0.0)
    if review > block:
        raise InputError(
            f"{path}: review_threshold ({review:g}) must not be above block_threshold ({block:g})"
        )
    return Config(path, values, hashlib.sha256(raw).hexdigest())
