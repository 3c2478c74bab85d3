"""Official sanctions lists (OFAC SDN and Consolidated, UN, US CSL, BIS DPL,
OpenSanctions FollowTheMoney) and a company's own lists, loaded as entity rules with
a name index each.

`load_list(path)` detects the format from the content (or takes `fmt`), parses the
file into `Rule`s with ids `<list>:<entry id>`, and builds their `NameIndex`.  The
result is kept on disk as a list store (`store.py`: one SQLite file, keyed by the
files' bytes and the matcher's code and tables), so a repeat run opens it without
parsing or building anything, and reads only the rows its queries reach.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from screen.errors import InputError, ListFormatError
from screen.lists.detect import (
    FORMATS,
    FilesRead,
    Reader,
    beside_files,
    companion_text,
    cut_short,
    detect_format,
    published_date,
    read_list_text,
)
from screen.lists.entry import Entry
from screen.lists.quoting import quote_inside_field, quotes_closed, stray_quotes
from screen.matching.names import NameIndex
from screen.models import Rule
from screen.tuples import NamedTuple

__all__ = ["FORMATS", "LoadedList", "detect_format", "list_paths", "load_list", "load_lists"]
LISTS_ENV = "SCREEN_LISTS"


@dataclass(frozen=True)
class LoadedList:
    """One list file: its rules and the index over their names."""

    path: str
    format: str
    rules: Sequence[Rule]  # a tuple, or the rows of a list store read when asked for
    index: NameIndex
    published: dt.date | None = None  # when the file says it was made, if it says
    sha256: str = ""


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


def _refuse_other_aliases(path: Path, fmt: str) -> None:
    """An OFAC list read as one flavour (SDN or Consolidated) with only the other's
    alias file beside it: its aliases would be lost without a word."""
    from screen.lists.ofac import LAYOUTS

    own = LAYOUTS[fmt]
    for other_fmt, other in LAYOUTS.items():
        if other_fmt == fmt or path.with_name(own.alt).is_file():
            continue
        if path.with_name(other.alt).is_file():
            raise ListFormatError(
                f"{path}: read as the {own.title}, but {other.alt} stands beside it, not "
                f"{own.alt}: its aliases would be lost; pass --list-format {other_fmt}, or "
                f"put the list's own {own.alt} beside it"
            )


def _entries(path: Path, fmt: str, text: str, read: Reader) -> tuple[list[Entry], str, str]:
    from screen.lists import csl, dpl, ftm, ofac, simple, un

    if fmt in ofac.LAYOUTS:
        layout = ofac.LAYOUTS[fmt]
        _refuse_other_aliases(path, fmt)
        beside = {
            kind: companion
            for kind, name in layout.companions
            if (companion := companion_text(path.with_name(name), read)) is not None
        }
        try:
            entries = ofac.parse(path, text, layout, beside)
        except ListFormatError as exc:  # a companion file cut short is named as such
            for kind, name in layout.companions:
                beside_path = path.with_name(name)
                if kind in beside:
                    exc = cut_short(exc, beside_path, beside[kind], read(beside_path))
            raise exc from None
        for kind, name in layout.companions:
            if kind in beside:
                quote_inside_field(path.with_name(name), beside[kind], ",")
        return entries, layout.title, ofac.AUTHORITY
    if fmt == "un":
        return un.parse(path, text), un.TITLE, un.AUTHORITY
    if fmt == "csl":
        return csl.parse(path, text), csl.TITLE, "United States (trade.gov CSL)"
    if fmt == "dpl":
        return dpl.parse(path, text), dpl.TITLE, dpl.AUTHORITY
    if fmt == "ftm":
        return ftm.parse(path, text), ftm.TITLE, ftm.AUTHORITY
    title = f"{simple.list_name(path)} ({simple.TITLE})"
    return simple.parse(path, text), title, f"own list: {path.name}"


class _Parsed(NamedTuple):
    """A list file read: its format, entries, title, authority, date and hash."""

    format: str
    entries: list[Entry]
    title: str
    authority: str
    published: str
    sha256: str

    def rules(self, path: Path) -> Iterator[Rule]:
        """Its entries as rules, in order."""
        from screen.lists.entry import to_rule

        for entry in self.entries:
            yield to_rule(
                entry,
                title=self.title,
                authority=self.authority,
                file=str(path),
                sha256=self.sha256,
            )


_DELIMITERS = {"ofac": ",", "ofac-cons": ",", "csl": ",", "dpl": "\t", "simple": ","}  # CSV


def _parse(path: Path, fmt: str | None, read: Reader = Path.read_bytes) -> _Parsed:
    import csv

    text = read_list_text(path, main=True, read=read)
    chosen = fmt or detect_format(path, text)
    data = read(path)
    sha256 = hashlib.sha256(data).hexdigest()
    delimiter = _DELIMITERS.get(chosen)
    try:
        if delimiter:  # a quote that swallows line ends, before the entries are read
            quotes_closed(path, text, delimiter)
            stray_quotes(path, text, delimiter, multiline=chosen != "simple")
        entries, title, authority = _entries(path, chosen, text, read)
        if delimiter:
            quote_inside_field(path, text, delimiter)
    except ListFormatError as exc:
        raise cut_short(exc, path, text, data) from None
    except (csv.Error, ValueError, IndexError, KeyError) as exc:
        # hostile or broken bytes the importer did not foresee: still one clear line
        raise ListFormatError(
            f"{path}: cannot read it as a {chosen} list ({type(exc).__name__}: {exc}); "
            "check the file, or name its format with --list-format"
        ) from None
    if not entries:
        raise ListFormatError(f"{path}: the list has no entries")
    published = published_date(chosen, text)
    day = published.isoformat() if published else ""
    return _Parsed(chosen, entries, title, authority, day, sha256)


def names_of(rules: Sequence[Rule]) -> Iterator[tuple[str, str, bool, bool, bool]]:
    """(owner, name, weak alias?, person?, a craft's?) for every name and weak alias
    of these entries."""
    for rule in rules:
        yield from rule.index_names()


def index_of(rules: Sequence[Rule]) -> NameIndex:
    """One name index over the names and weak aliases of these list entries (in memory)."""
    return NameIndex(names_of(rules))


def load_list(path_text: str, fmt: str | None = None) -> LoadedList:
    """Parse (or fetch from the cache) one list file."""
    from screen.io.cache import key_for, stored
    from screen.io.filekind import not_regular
    from screen.lists.store import DiskTables, StoredRules, StoreError, open_store

    path = Path(path_text).expanduser()
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown --list-format '{fmt}': use one of {', '.join(FORMATS)}")
    what = not_regular(path)
    if what == "missing":
        raise InputError(f"no such list file: {path_text}")
    if what is not None:
        raise InputError(f"{path_text} is {what}, not a list file: point --list at the file")
    files = [path, *beside_files(path)]
    snapshot = FilesRead(files)  # (hashed and parsed alike: a file replaced meanwhile is not)
    key = key_for("list", files, fmt or "", str(path.resolve()), read=snapshot)

    def write(target: Path) -> None:
        from screen.io.cache import gc_paused
        from screen.lists.building import entry_chunks
        from screen.lists.storewrite import write_store

        parsed = _parse(path, fmt, snapshot)
        meta = {"path": str(path), "list_format": parsed.format, "key": key}
        meta.update(published=parsed.published, sha256=parsed.sha256)
        chunks = entry_chunks(
            parsed.entries,
            title=parsed.title,
            authority=parsed.authority,
            file=str(path),
            sha256=parsed.sha256,
        )
        with gc_paused():
            write_store(target, meta, chunks)

    def read(target: Path) -> LoadedList:
        db, meta = open_store(target)
        if meta.get("key") != key:  # (a store copied over another's name: its content's key)
            raise StoreError("the store was built from another list file or edition")
        names, count = int(meta["names"]), int(meta["rules"])
        published = meta.get("published", "")
        return LoadedList(
            str(path),
            meta.get("list_format", ""),
            StoredRules(db, count, frozenset(json.loads(meta["list_names"]))),
            NameIndex(tables=DiskTables(db, names)),
            dt.date.fromisoformat(published) if published else None,
            meta.get("sha256", ""),
        )

    loaded = stored(key, ".list", write, read)
    if loaded is None:  # no cache folder of the user's own: build in memory
        parsed = _parse(path, fmt, snapshot)
        rules = tuple(parsed.rules(path))
        day = dt.date.fromisoformat(parsed.published) if parsed.published else None
        loaded = LoadedList(str(path), parsed.format, rules, index_of(rules), day, parsed.sha256)
    # The store is keyed by the resolved path: report the path as this caller gave it.
    return loaded if loaded.path == str(path) else replace(loaded, path=str(path))


def _list_names(rules: Sequence[Rule]) -> frozenset[str]:
    """The short list names of these entries (their ids are "<list>:<entry>")."""
    from screen.lists.store import StoredRules

    if isinstance(rules, StoredRules):
        return rules.list_names()
    return frozenset(r.source.list or "" for r in rules)


def _among(rules: Sequence[Rule], ids: list[str]) -> list[str]:
    from screen.lists.store import StoredRules

    if isinstance(rules, StoredRules):
        return [i for at in range(0, len(ids), 500) for i in rules.among(ids[at : at + 500])]
    held = {r.id for r in rules}
    return [i for i in ids if i in held]


def load_lists(paths: Sequence[str], fmt: str | None = None) -> list[LoadedList]:
    """Each list file loaded; an entry id two of them hold is an error (lists of
    other names cannot share an id, so their entries are not read to check)."""
    loaded = [load_list(p, fmt) for p in paths]
    for i, item in enumerate(loaded):
        for other in loaded[:i]:
            if not _list_names(item.rules) & _list_names(other.rules):
                continue
            small, large = sorted((item, other), key=lambda x: len(x.rules))
            clash = _among(large.rules, [r.id for r in small.rules])
            if clash and item.format == other.format == "ftm":
                raise InputError(  # ids are the entities' own: renaming changes nothing
                    f"list entry id {clash[0]} comes from both {other.path} and {item.path}: "
                    "OpenSanctions exports of collections that overlap share their entities "
                    "(the default collection holds the sanctions one): load only the larger"
                )
            if clash:
                raise InputError(
                    f"list entry id {clash[0]} comes from both {other.path} and {item.path}: "
                    "load each list once (rename a custom list's file to change its ids)"
                )
    return loaded
