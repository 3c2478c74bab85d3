"""Parties: listed names (rulebook entities and sanctions lists) in a name field."""

from __future__ import annotations

from collections.abc import Iterable

from screen.matching.names import NameHit, NameIndex
from screen.models import Kind, Rule

MAX_NAME_HITS = 10  # listed entries reported per name field, best first


def rulebook_index(rules: Iterable[Rule]) -> NameIndex:
    """One name index over the names and weak aliases of the entity rules."""
    return NameIndex(n for rule in rules if rule.kind is Kind.ENTITY for n in rule.index_names())


class PartyMatcher:
    """Searches every name index (the rulebook's and one per sanctions list)."""

    def __init__(self, indexes: Iterable[NameIndex]) -> None:
        self.indexes = list(indexes)

    def add(self, index: NameIndex) -> None:
        self.indexes.append(index)

    def could_hit(self, text: str, min_score: float) -> bool:
        """Whether any index holds a name at `min_score` or above for this text."""
        return any(
            index.could_match(text) and index.search(text, min_score, MAX_NAME_HITS)
            for index in self.indexes
        )

    def find(self, text: str, min_score: float) -> list[NameHit]:
        """The best listed names at `min_score` or above, best first: at most ten
        (among equal scores, the entries whose ids sort first as text), so that
        a name thousands of entries share costs ten hits, not thousands."""
        # each index's best ten (ties by owner) hold the best ten of all indexes together
        found = [h for index in self.indexes for h in index.search(text, min_score, MAX_NAME_HITS)]
        found.sort(key=lambda h: (-h.score, str(h.name.owner)))
        return found[:MAX_NAME_HITS]


def explain(found: NameHit) -> str:
    """'listed name' or 'close to a listed name', then which query parts met which
    listed parts and how ("sberbnak~sberbank (typo)")."""
    detail = "listed name" if found.score >= 100 else "close to a listed name"
    return f"{detail}: {found.detail}" if found.detail else detail
