"""What changed between two editions of a list: entries added, removed, and changed in
anything that changes what a screening decides: their names, programs, the dates
they apply from and until (a denial order's expiry extended), their type,
countries and severity.  Entries are matched by their rule id (`<list>:<entry id>`),
so both editions must be the same list in the same format.  (Addresses are shown
with a hit but not matched, and the listing date is a note: neither is compared.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from screen.lists import LoadedList
from screen.models import Rule


def _day(day: dt.date | None) -> str:
    return "-" if day is None or day == dt.date.min else day.isoformat()


# The fields of an entry compared as one value each: name, and the value as shown.
_VALUES: dict[str, Callable[[Rule], str]] = {
    "from": lambda r: _day(r.effective_from),
    "until": lambda r: _day(r.effective_to),
    "type": lambda r: r.type or "-",
    "countries": lambda r: "; ".join(sorted(r.countries)) or "-",
    "severity": lambda r: r.severity.value,
    "born": lambda r: "; ".join(r.born) or "-",
}


@dataclass(frozen=True)
class FieldChange:
    """One field of an entry with another value in the new edition."""

    field: str  # one of `_VALUES`: from, until, type, countries, severity, born
    before: str
    after: str


@dataclass(frozen=True)
class EntryChange:
    """One entry present in both editions that differs in what screening reads."""

    id: str
    title: str
    names_added: tuple[str, ...] = ()
    names_removed: tuple[str, ...] = ()
    programs_added: tuple[str, ...] = ()
    programs_removed: tuple[str, ...] = ()
    values: tuple[FieldChange, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the fields that changed: names, programs, then `values`'."""
        names = ("names",) if self.names_added or self.names_removed else ()
        programs = ("programs",) if self.programs_added or self.programs_removed else ()
        return (*names, *programs, *(v.field for v in self.values))

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "fields": list(self.fields),
            "names_added": list(self.names_added),
            "names_removed": list(self.names_removed),
            "programs_added": list(self.programs_added),
            "programs_removed": list(self.programs_removed),
            "values": [
                {"field": v.field, "before": v.before, "after": v.after} for v in self.values
            ],
        }


@dataclass(frozen=True)
class ListDiff:
    old: str
    new: str
    added: tuple[Rule, ...] = ()
    removed: tuple[Rule, ...] = ()
    changed: tuple[EntryChange, ...] = ()
    unchanged: int = 0
    changed_ids: frozenset[str] = field(default=frozenset())

    @property
    def touched(self) -> frozenset[str]:
        """Ids of every entry added, removed or changed: what a re-screen must look at."""
        return frozenset(r.id for r in (*self.added, *self.removed)) | self.changed_ids

    def as_dict(self) -> dict[str, Any]:
        def entry(rule: Rule) -> dict[str, Any]:
            return {
                "id": rule.id,
                "title": rule.title,
                "names": [*rule.names, *rule.weak_names],
                "programs": list(rule.programs),
            }

        return {
            "old": self.old,
            "new": self.new,
            "counts": {
                "added": len(self.added),
                "removed": len(self.removed),
                "changed": len(self.changed),
                "unchanged": self.unchanged,
            },
            "added": [entry(r) for r in self.added],
            "removed": [entry(r) for r in self.removed],
            "changed": [c.as_dict() for c in self.changed],
        }


def _gone(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[str, ...]:
    kept = set(after)
    return tuple(v for v in before if v not in kept)


def _change(old: Rule, new: Rule) -> EntryChange | None:
    old_names, new_names = (*old.names, *old.weak_names), (*new.names, *new.weak_names)
    values = (FieldChange(f, shown(old), shown(new)) for f, shown in _VALUES.items())
    change = EntryChange(
        id=new.id,
        title=new.title,
        names_added=_gone(new_names, old_names),
        names_removed=_gone(old_names, new_names),
        programs_added=_gone(new.programs, old.programs),
        programs_removed=_gone(old.programs, new.programs),
        values=tuple(v for v in values if v.before != v.after),
    )
    return change if change.fields else None


def not_editions(old: LoadedList, new: LoadedList, diff: ListDiff) -> str | None:
    """Why `old` and `new` look like two different lists rather than two editions of
    one (formats that differ, or no entry in common), or None."""
    if old.format != new.format:
        return (
            f"{old.path} ({old.format}) and {new.path} ({new.format}) are lists of different "
            "formats: their entries never match; compare two editions of the same list"
        )
    if old.rules and new.rules and not (diff.changed or diff.unchanged):
        return (
            f"{old.path} and {new.path} have no entry in common: are they editions of the "
            "same list?"
        )
    return None


def diff_lists(old: LoadedList, new: LoadedList) -> ListDiff:
    """Entries added, removed and changed (`_change`) from `old` to `new`, each in the
    order of the list that holds it."""
    before = {r.id: r for r in old.rules}
    after = {r.id: r for r in new.rules}
    changes = [c for i, r in after.items() if i in before and (c := _change(before[i], r))]
    return ListDiff(
        old=old.path,
        new=new.path,
        added=tuple(r for i, r in after.items() if i not in before),
        removed=tuple(r for i, r in before.items() if i not in after),
        changed=tuple(changes),
        unchanged=sum(1 for i in after if i in before) - len(changes),
        changed_ids=frozenset(c.id for c in changes),
    )
