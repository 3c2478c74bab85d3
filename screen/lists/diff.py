"""What changed between two editions of a list: entries added, removed, and changed in
their names or programs.  Entries are matched by their rule id (`<list>:<entry id>`),
so both editions must be the same list in the same format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from screen.lists import LoadedList
from screen.models import Rule


@dataclass(frozen=True)
class EntryChange:
    """One entry present in both editions whose names or programs differ."""

    id: str
    title: str
    names_added: tuple[str, ...] = ()
    names_removed: tuple[str, ...] = ()
    programs_added: tuple[str, ...] = ()
    programs_removed: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "names_added": list(self.names_added),
            "names_removed": list(self.names_removed),
            "programs_added": list(self.programs_added),
            "programs_removed": list(self.programs_removed),
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
    change = EntryChange(
        id=new.id,
        title=new.title,
        names_added=_gone(new_names, old_names),
        names_removed=_gone(old_names, new_names),
        programs_added=_gone(new.programs, old.programs),
        programs_removed=_gone(old.programs, new.programs),
    )
    differs = (
        change.names_added,
        change.names_removed,
        change.programs_added,
        change.programs_removed,
    )
    return change if any(differs) else None


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
    """Entries added, removed and changed (names or programs) from `old` to `new`, each in
    the order of the list that holds it."""
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
