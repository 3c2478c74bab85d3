"""Official sanctions lists (OFAC SDN, UN, US CSL) and a company's own lists, loaded
as entity rules with a name index each.

`load_list(path)` detects the format from the content (or takes `fmt`), parses the
file into `Rule`s with ids `<list>:<entry id>`, and builds their `NameIndex`; the
result is cached on disk, keyed by the files' bytes, so a repeat run starts fast.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from screen.errors import InputError, ListFormatError
from screen.matching.names import NameIndex
from screen.models import Rule

FORMATS = ("ofac", "un", "csl", "simple")
LISTS_ENV = "SCREEN_LISTS"


@dataclass(frozen=True)
class LoadedList:
    """One list file: its rules and the index over their names."""

    path: str
    format: str
    rules: tuple[Rule, ...]
    index: NameIndex


def _identity(path: str) -> tuple[object, ...]:
    """The file a path names (device and inode), so that `./sdn.csv`, `sdn.csv`, a
    symlink to it and the same path in $SCREEN_LISTS are one list."""
    try:
        info = os.stat(os.path.expanduser(path))
    except OSError:  # reported as missing when loaded
        return ("path", os.path.abspath(os.path.expanduser(path)))
    return ("file", info.st_dev, info.st_ino)


def list_paths(given: Sequence[str]) -> list[str]:
    """`--list` paths plus those in $SCREEN_LISTS (separated by the OS path separator),
    each file once however it is spelt."""
    from_env = [p for p in os.environ.get(LISTS_ENV, "").split(os.pathsep) if p.strip()]
    chosen: dict[tuple[object, ...], str] = {}
    for path in [*given, *from_env]:
        chosen.setdefault(_identity(path), path)
    return list(chosen.values())


def _read(path: Path) -> str:
    from screen.io.encoding import detect_encoding

    data = path.read_bytes()
    return data.decode(detect_encoding(data[: 1 << 16]), errors="replace").lstrip("\ufeff")


def detect_format(path: Path, text: str) -> str:
    """ofac, un, csl or simple, from the file's content."""
    head = text.lstrip()[:2000]
    if head.startswith("<"):
        return "un"
    first = head.splitlines()[0].strip().lower() if head else ""
    columns = [c.strip().strip('"') for c in first.split(",")]
    if "source" in columns and "name" in columns:
        return "csl"
    if columns[:2] == ["id", "name"]:
        return "simple"
    if columns and columns[0].isdigit():
        if path.name.lower() in ("alt.csv", "add.csv"):
            raise ListFormatError(
                f"{path}: this is OFAC's {path.name}; pass sdn.csv instead "
                "(alt.csv and add.csv beside it are read with it)"
            )
        return "ofac"
    raise ListFormatError(
        f"{path}: cannot tell the list format; name it with --list-format ({', '.join(FORMATS)})"
    )


def _parse(path: Path, fmt: str, text: str, sha256: str) -> LoadedList:
    from screen.lists import csl, ofac, simple, un
    from screen.lists.entry import to_rule

    if fmt == "ofac":
        beside = {
            kind: _read(path.with_name(f"{kind}.csv"))
            for kind in ("alt", "add")
            if path.with_name(f"{kind}.csv").is_file()
        }
        entries, title, authority = ofac.parse(path, text, beside), ofac.TITLE, ofac.AUTHORITY
    elif fmt == "un":
        entries, title, authority = un.parse(path, text), un.TITLE, un.AUTHORITY
    elif fmt == "csl":
        entries, title, authority = (
            csl.parse(path, text),
            csl.TITLE,
            "United States (trade.gov CSL)",
        )
    else:
        entries = simple.parse(path, text)
        title, authority = f"{simple.list_name(path)} ({simple.TITLE})", f"own list: {path.name}"
    if not entries:
        raise ListFormatError(f"{path}: the list has no entries")
    rules = tuple(
        to_rule(e, title=title, authority=authority, file=str(path), sha256=sha256) for e in entries
    )
    index = NameIndex(
        (rule.id, name, weak, rule.type == "person")
        for rule in rules
        for names, weak in ((rule.names, False), (rule.weak_names, True))
        for name in names
    )
    return LoadedList(str(path), fmt, rules, index)


def load_list(path_text: str, fmt: str | None = None) -> LoadedList:
    """Parse (or fetch from the cache) one list file."""
    from screen.io.cache import cached, key_for

    path = Path(path_text).expanduser()
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown --list-format '{fmt}': use one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise InputError(f"no such list file: {path_text}")
    sources = [path] + [
        path.with_name(n) for n in ("alt.csv", "add.csv") if path.with_name(n).is_file()
    ]
    key = key_for("list", sources, fmt or "", str(path.resolve()))

    def build() -> LoadedList:
        text = _read(path)
        chosen = fmt or detect_format(path, text)
        return _parse(path, chosen, text, hashlib.sha256(path.read_bytes()).hexdigest())

    return cached(key, build)


def load_lists(paths: Sequence[str], fmt: str | None = None) -> list[LoadedList]:
    loaded = [load_list(p, fmt) for p in paths]
    seen: dict[str, str] = {}
    for item in loaded:
        for rule in item.rules:
            if rule.id in seen and seen[rule.id] != item.path:
                raise InputError(
                    f"list entry id {rule.id} comes from both {seen[rule.id]} and {item.path}: "
                    "load each list once (rename a custom list's file to change its ids)"
                )
            seen[rule.id] = item.path
    return loaded
