"""Load a rulebook folder: read every YAML file, validate every rule, check every
quote against its seed article, and return a `Rulebook` or raise `RulebookError`
listing every problem found."""

from __future__ import annotations

import difflib
import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from screen.errors import Problem, RulebookError
from screen.models import Rule, Rulebook, Thresholds
from screen.rulebook.locate import rule_files, rules_path, seed_file, seeds_path
from screen.rulebook.schema import parse_rule
from screen.rulebook.yamlread import LinedList, LinedMap, read_yaml

SETTINGS_FILE_KEYS = ("version", "title", "thresholds", "seeds")
RULES_FILE_KEYS = ("rules",)
# A folder is a deployed rulebook: without its settings file a run would screen at the
# default thresholds and record no version, and nobody would notice the file was lost.
NO_SETTINGS = (
    "no settings file (a rulebook.yaml with 'version:', 'title:', 'thresholds:'): add "
    "it, so each run records the rulebook's version and screens at its thresholds"
)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _settings(
    data: LinedMap, file: str, problems: list[Problem]
) -> tuple[Thresholds, str, str, str | None]:
    thresholds = Thresholds()
    raw = data.get("thresholds")
    if raw is not None:
        line = data.key_lines["thresholds"]
        if not isinstance(raw, LinedMap) or set(raw) - {"block", "review"}:
            problems.append(
                Problem(
                    file,
                    line,
                    "thresholds",
                    "'thresholds' takes 'block' and 'review' (numbers 0-100)",
                )
            )
        else:
            block = raw.get("block", thresholds.block)
            review = raw.get("review", thresholds.review)
            numbers = all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in (block, review)
            )
            if not numbers or not 0 <= review <= block <= 100:
                problems.append(
                    Problem(
                        file,
                        line,
                        "thresholds",
                        "thresholds must be numbers with 0 <= review <= block <= 100",
                    )
                )
            else:
                thresholds = Thresholds(float(block), float(review))
    seeds = data.get("seeds")
    return (
        thresholds,
        str(data.get("version", "")),
        str(data.get("title", "")),
        str(seeds) if seeds else None,
    )


def _source_lines(item: Any) -> dict[str, int]:
    """The lines of `source.seed` and `source.quote` in a rule mapping."""
    source = item.get("source") if isinstance(item, LinedMap) else None
    return dict(source.key_lines) if isinstance(source, LinedMap) else {}


def _check_quotes(
    rules: list[Rule], seeds: Path, problems: list[Problem], lines: dict[str, dict[str, int]]
) -> None:
    texts: dict[str, str] = {}
    for rule in rules:
        seed, quote = rule.source.seed, rule.source.quote
        if not seed or not quote:
            continue
        where = lines.get(rule.id, {})
        if seed not in texts:
            try:
                texts[seed] = _squash(seed_file(seeds, seed).read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                message = f"seed '{seed}' is not UTF-8 text: save the article as UTF-8"
            except (ValueError, OSError) as exc:
                message = str(exc) if isinstance(exc, ValueError) else f"cannot read: {exc}"
            else:
                message = ""
            if message:
                line = where.get("seed", rule.line)
                problems.append(Problem(rule.file or "", line, "source.seed", message))
                continue
        text = texts[seed]
        if quote not in text:
            sentences = re.split(r"(?<=[.!?])\s+", text)
            close = difflib.get_close_matches(quote, sentences, n=1, cutoff=0.3)
            hint = f'; closest passage: "{close[0][:160]}"' if close else ""
            problems.append(
                Problem(
                    rule.file or "",
                    where.get("quote", rule.line),
                    "source.quote",
                    f"quote does not stand verbatim in {seed}: copy the passage exactly{hint}",
                )
            )


def _rulebook_hash(files: list[Path], read: Mapping[Path, bytes]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(read[path] if path in read else path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _text(file: Path, read: Mapping[Path, bytes]) -> str:
    """A rule file's text as `read_text` gives it (UTF-8, line ends made "\n"), from
    its bytes in `read` when they were read before."""
    if file not in read:
        return file.read_text(encoding="utf-8")
    return read[file].decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def load_rulebook(
    path: str | os.PathLike[str] | None = None, files_read: Mapping[Path, bytes] | None = None
) -> Rulebook:
    """Load and validate the rulebook at `path` (default: $SCREEN_RULES or built-in).
    `files_read`: its files' bytes, read once (the compiled cache keys the rulebook by
    them; a file saved again meanwhile is not read again: it could be half written)."""
    root = rules_path(path)
    read = files_read or {}
    files = list(read) if files_read is not None else rule_files(root)
    problems: list[Problem] = []
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    source_lines: dict[str, dict[str, int]] = {}
    thresholds, version, title, seeds_setting = Thresholds(), "", "", None
    mappings, settings_read = 0, False
    for file in files:
        name = str(file)
        try:
            text = _text(file, read)
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(name, None, None, f"not UTF-8 text ({exc.reason}): save the file as UTF-8")
            )
            continue
        except OSError as exc:
            problems.append(Problem(name, None, None, f"cannot be read ({exc.strerror})"))
            continue
        data, found = read_yaml(text, name)
        problems.extend(found)
        if data is None:
            if not found:
                problems.append(
                    Problem(
                        name, None, None, "the file is empty: add 'rules:' with a list of rules"
                    )
                )
            continue
        if not isinstance(data, LinedMap):
            problems.append(
                Problem(name, 1, None, "the file must be a mapping with a 'rules:' list")
            )
            continue
        mappings += 1
        is_settings = "rules" not in data and any(k in data for k in SETTINGS_FILE_KEYS)
        allowed = SETTINGS_FILE_KEYS if is_settings else RULES_FILE_KEYS
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(allowed)
                problems.append(
                    Problem(
                        name, data.key_lines[key], key, f"unknown top-level key '{key}': {hint}"
                    )
                )
        if is_settings:
            settings_read = True
            thresholds, version, title, seeds_setting = _settings(data, name, problems)
            continue
        items: Any = data.get("rules")
        if not isinstance(items, LinedList):
            problems.append(
                Problem(
                    name,
                    data.key_lines.get("rules", 1),
                    "rules",
                    "'rules' must be a list of rules (each starting with '- id: ...')",
                )
            )
            continue
        for item, line in zip(items, items.item_lines, strict=True):
            rule = parse_rule(item, name, line, problems)
            if rule is None:
                continue
            if rule.id in seen:
                problems.append(
                    Problem(
                        name,
                        rule.line,
                        "id",
                        f"duplicate id '{rule.id}' (first in {seen[rule.id]}): ids must be unique",
                    )
                )
                continue
            seen[rule.id] = f"{name}:{rule.line}"
            source_lines[rule.id] = _source_lines(item)
            rules.append(rule)
    if root.is_dir() and mappings == len(files) and not settings_read:
        problems.append(Problem(str(root), None, None, NO_SETTINGS))
    seeds = seeds_path(root, seeds_setting)
    _check_quotes(rules, seeds, problems, source_lines)
    if problems:
        raise RulebookError(problems)
    return Rulebook(
        rules=tuple(rules),
        thresholds=thresholds,
        version=version,
        title=title,
        sha256=_rulebook_hash(files, read),
        path=str(root),
        seeds_dir=str(seeds),
    )
