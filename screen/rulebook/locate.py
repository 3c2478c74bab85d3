"""Where the rulebook and its seed articles are.

Installed from a wheel, the built-in `rules/` and `seeds/` sit inside the package
(`screen/_builtin/`); in a source checkout they are the top-level folders.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from screen.errors import Problem, RulebookError
from screen.io.filekind import not_regular

RULES_ENV = "SCREEN_RULES"
_PACKAGE = Path(__file__).resolve().parent.parent


def builtin(name: str) -> Path:
    """The built-in `rules` or `seeds` folder."""
    for candidate in (_PACKAGE / "_builtin" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise RulebookError(
        [
            Problem(
                str(_PACKAGE),
                None,
                None,
                f"the built-in '{name}' folder is missing: reinstall screen",
            )
        ]
    )


def rules_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The rulebook to use: `--rules`, else $SCREEN_RULES, else the built-in one."""
    chosen = explicit or os.environ.get(RULES_ENV) or None
    if chosen is None:
        return builtin("rules")
    path = Path(chosen).expanduser()
    if not path.exists():
        origin = "--rules" if explicit else f"${RULES_ENV}"
        raise RulebookError(
            [
                Problem(
                    str(path),
                    None,
                    None,
                    f"no such rulebook folder or file (from {origin}): check the path",
                )
            ]
        )
    return path


RULE_SUFFIXES = (".yaml", ".yml")


def _entry_problem(entry: Path) -> Problem | None:
    """Why a folder entry named like a rule file cannot be read as one, or None.
    Every entry whose name ends in .yaml or .yml, in any case, is a rule file to the
    user: one the rulebook skipped would drop its rules without a word."""
    suffix = entry.suffix
    if suffix.lower() not in RULE_SUFFIXES:
        return None
    if suffix not in RULE_SUFFIXES:
        return Problem(
            str(entry),
            None,
            None,
            f"the extension '{suffix}' is not read (only lower-case .yaml and .yml are): "
            f"rename it to {entry.stem}{suffix.lower()}",
        )
    what = not_regular(entry)
    if what is None:
        return None
    return Problem(
        str(entry),
        None,
        None,
        f"{what}, not a rule file: every *.yaml in a rulebook folder is read; "
        "put the file itself there or remove the entry",
    )


def rule_files(path: Path) -> list[Path]:
    """The rule files of the rulebook at `path` (a folder, or one file); RulebookError
    naming every entry that looks like a rule file but cannot be read as one."""
    if path.is_dir():
        entries = sorted(path.iterdir())
    else:
        what = not_regular(path)
        if what is not None:
            message = f"{what}, not a rulebook: point --rules at a rulebook folder or a rule file"
            raise RulebookError([Problem(str(path), None, None, message)])
        return [path]
    problems = [p for p in map(_entry_problem, entries) if p is not None]
    if problems:
        raise RulebookError(problems)
    files = [p for p in entries if p.suffix in RULE_SUFFIXES]
    if not files:
        raise RulebookError(
            [
                Problem(
                    str(path),
                    None,
                    None,
                    "no *.yaml files in this folder: add rule files or point --rules elsewhere",
                )
            ]
        )
    return files


def _resolved(path: Path) -> Path | None:
    """`path` with every symlink followed; None for a symlink loop."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):  # RuntimeError: a loop, before Python 3.13
        return None


def seeds_path(rules: Path, setting: str | None) -> Path:
    """The seed folder: the rulebook's `seeds:` setting (a folder inside the one that
    holds the rulebook), a `seeds/` beside the rulebook folder, or the built-in seeds."""
    base = rules if rules.is_dir() else rules.parent
    if setting:
        where = _resolved(base / setting)
        home = _resolved(base.parent)
        if where is None or home is None:
            raise RulebookError(
                [Problem(str(base), None, "seeds", f"seeds: '{setting}' is a symlink loop")]
            )
        if not where.is_relative_to(home):
            raise RulebookError(
                [
                    Problem(
                        str(base),
                        None,
                        "seeds",
                        f"seeds: '{setting}' is outside {home}: keep the seed articles in "
                        "a folder beside the rulebook",
                    )
                ]
            )
        return where
    sibling = base.parent / "seeds"
    return sibling if sibling.is_dir() else builtin("seeds")


def seed_file(seeds: str | Path, seed: str) -> Path:
    """The file of `seed` inside the seed folder; ValueError with the reason (and the
    fix) when the name leads outside the folder, through a symlink loop, or nowhere."""
    folder = _resolved(Path(seeds))
    path = _resolved(Path(seeds) / seed)
    if folder is None or path is None:
        raise ValueError(f"seed '{seed}' is a symlink loop: name an article file in {seeds}")
    if not path.is_relative_to(folder) or path == folder:
        raise ValueError(
            f"seed '{seed}' is outside the seeds folder {seeds}: name an article file there"
        )
    if not path.is_file():
        raise ValueError(f"seed '{seed}' is not in {seeds}: use the file name of an article there")
    return path


def _seeds_setting(files: list[Path]) -> str | None:
    """The `seeds:` of the rulebook's settings file among `files` (read as the loader
    reads it), else None; a file that cannot be read names no seed folder."""
    from screen.rulebook.yamlread import read_yaml

    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "seeds" not in text:  # every settings file naming a folder has the word
            continue
        data, _ = read_yaml(text, str(file))
        if isinstance(data, dict) and "rules" not in data and data.get("seeds"):
            return str(data["seeds"])
    return None


def seed_folders(rules: Path) -> list[Path]:
    """Every folder the rulebook at `rules` may read its seed articles from, without
    loading the rulebook: its `seeds:` folder (as `seeds_path` finds it), a `seeds/`
    beside it, and the built-in seeds."""
    folders = []
    with contextlib.suppress(RulebookError):  # reported where the rulebook is loaded
        folders.append(seeds_path(rules, _seeds_setting(rule_files(rules))))
    base = rules if rules.is_dir() else rules.parent
    folders.append(base.parent / "seeds")
    with contextlib.suppress(RulebookError):
        folders.append(builtin("seeds"))
    return [f for f in dict.fromkeys(folders) if f.is_dir()]
