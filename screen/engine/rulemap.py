"""Every rule a screener knows, by id: the rulebook's in a dict, each sanctions
list's as the list holds them (a list store reads a rule only when a hit needs
it, so a list of a million entries costs nothing until then)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

from screen.errors import InputError
from screen.models import Rule


@runtime_checkable
class RuleSource(Protocol):
    """A list's rules read when asked for (`screen.lists.store.StoredRules`)."""

    def get(self, rule_id: str) -> Rule | None: ...

    def among(self, ids: Collection[str]) -> list[str]: ...

    def list_names(self) -> frozenset[str]: ...

    def __iter__(self) -> Iterator[Rule]: ...

    def __len__(self) -> int: ...


class _Held:
    """A list's rules already in memory, as a `RuleSource`."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = {r.id: r for r in rules}

    def get(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)

    def among(self, ids: Collection[str]) -> list[str]:
        return [i for i in ids if i in self.rules]

    def list_names(self) -> frozenset[str]:
        return frozenset(r.source.list or "" for r in self.rules.values())

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)


class RuleMap(Mapping[str, Rule]):
    """The rulebook's rules, then each list's, by id."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.own: dict[str, Rule] = {r.id: r for r in rules}
        self.lists: list[RuleSource] = []

    def add_list(self, rules: Sequence[Rule]) -> None:
        """Add a list's rules; an id the rulebook or another list holds is an error."""
        source = rules if isinstance(rules, RuleSource) else _Held(rules)
        clash = source.among(self.own)
        names = source.list_names()
        for other in self.lists:
            if clash:
                break
            if not names & other.list_names():
                continue  # ids are "<list>:<entry>": lists of other names never clash
            small, large = (source, other) if len(source) <= len(other) else (other, source)
            ids = [r.id for r in small]
            clash = [i for at in range(0, len(ids), 500) for i in large.among(ids[at : at + 500])]
        if clash:
            raise InputError(f"list entry id {clash[0]} is also a rule id: rename one")
        self.lists.append(source)

    def __getitem__(self, rule_id: str) -> Rule:
        rule = self.own.get(rule_id)
        if rule is not None:
            return rule
        for source in self.lists:
            rule = source.get(rule_id)
            if rule is not None:
                return rule
        raise KeyError(rule_id)

    def __contains__(self, rule_id: object) -> bool:
        if not isinstance(rule_id, str):
            return False
        try:
            self[rule_id]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        yield from self.own
        for source in self.lists:
            for rule in source:
                yield rule.id

    def __len__(self) -> int:
        return len(self.own) + sum(len(s) for s in self.lists)
