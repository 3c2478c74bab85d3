"""Checks on one rule mapping: each records a `Problem` (file, line, field and a
fix) instead of raising, so that a rulebook's every fault is reported at once."""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

from screen.errors import Problem
from screen.models import Direction, Kind, Severity
from screen.rulebook.yamlread import BadScalar, LinedList, LinedMap, boolean_text


class Checker:
    """Collects problems for one rule mapping."""

    def __init__(self, data: LinedMap, file: str, problems: list[Problem]) -> None:
        self.data = data
        self.file = file
        self.problems = problems
        self.ok = True

    def line(self, key: str) -> int:
        return self.data.key_lines.get(key, self.data.line)

    def fail(self, key: str | None, message: str, line: int | None = None) -> None:
        self.ok = False
        where = line if line is not None else (self.line(key) if key else self.data.line)
        self.problems.append(Problem(self.file, where, key, message))

    def text(self, key: str, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                self.fail(None, f"missing field '{key}': every rule needs one")
            return ""
        if isinstance(value, bool) and key in getattr(self.data, "booleans", {}):
            self.fail(key, boolean_text(self.data.booleans[key], value))
            return ""
        if isinstance(value, (dict, list)) or not str(value).strip():
            self.fail(key, f"'{key}' must be non-empty text")
            return ""
        return str(value).strip()

    def choice(self, key: str, enum: type[Kind] | type[Severity] | type[Direction]) -> Any:
        value = self.text(key)
        if not value:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.fail(key, f"'{value}' is not a valid {key}: use one of {allowed}")
            return None

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.fail(None, f"missing field '{key}': give the date as YYYY-MM-DD")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        bad = str(value)
        hint = " (no such day)" if isinstance(value, BadScalar) else ""
        self.fail(key, f"'{bad}' is not a date{hint}: write it as YYYY-MM-DD, e.g. 2022-05-20")
        return None

    def strings(
        self, key: str, required: bool = False, data: LinedMap | None = None
    ) -> tuple[str, ...]:
        data = self.data if data is None else data
        value = data.get(key)
        if value is None:
            if required:
                self.fail(
                    None, f"missing field '{key}': give a list of at least one entry", data.line
                )
            return ()
        if not isinstance(value, list):
            self.fail(
                key, f"'{key}' must be a list (one '- entry' per line)", data.key_lines.get(key)
            )
            return ()
        out: list[str] = []
        lines = value.item_lines if isinstance(value, LinedList) else [data.line] * len(value)
        booleans = getattr(value, "booleans", {})
        for index, (item, line) in enumerate(zip(value, lines, strict=True)):
            if isinstance(item, bool) and index in booleans:
                self.fail(key, boolean_text(booleans[index], item), line)
                continue
            if isinstance(item, (dict, list)) or item is None or not str(item).strip():
                self.fail(key, f"every entry of '{key}' must be non-empty text", line)
                continue
            out.append(str(item).strip())
        if required and not out:
            self.fail(key, f"'{key}' is empty: give at least one entry")
        return tuple(out)

    def unknown(self, data: LinedMap, allowed: tuple[str, ...], what: str) -> None:
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(allowed)
                self.fail(key, f"unknown field '{key}' for {what}: {hint}", data.key_lines.get(key))
