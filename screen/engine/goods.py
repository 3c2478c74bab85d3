"""Goods: item rules found in a description or under an HS heading."""

from __future__ import annotations

import re
from collections.abc import Iterable

from screen.engine.terms import TermHit, excepted_rules, phrases, term_hits
from screen.matching.phrases import PhraseMatcher
from screen.models import Rule
from screen.text.tokens import analyze


def hs_digits(code: str) -> str:
    return re.sub(r"[^0-9]", "", code)


def format_hs(prefix: str) -> str:
    return prefix if len(prefix) <= 4 else f"{prefix[:4]}.{prefix[4:]}"


class GoodsMatcher:
    """Finds the item rules a description and an HS code fall under."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = {r.id: r for r in rules}
        self.matcher = PhraseMatcher(phrases(self.rules.values()))

    def find(self, description: str, hs_code: str) -> tuple[TermHit, ...]:
        """Terms and HS headings of item rules, exclusions and exceptions applied;
        independent of date, direction and destination."""
        analyzed = analyze(description) if description else None
        found = self.matcher.find(analyzed) if analyzed else []
        excepted = excepted_rules(found)
        out: dict[tuple[str, str], TermHit] = {}
        hs = hs_digits(hs_code)
        if hs:
            for rule in self.rules.values():
                if any(hs.startswith(p) for e in rule.exceptions for p in e.hs_codes):
                    excepted.add(rule.id)
                    continue
                prefix = next((p for p in rule.hs_codes if hs.startswith(p)), None)
                if prefix:
                    out[(rule.id, "hs")] = TermHit(
                        rule,
                        "hs_code",
                        hs_code,
                        f"HS {format_hs(prefix)}",
                        100.0,
                        False,
                        "HS code falls under the rule's heading",
                    )
        if analyzed is not None:
            term_hits(self.rules, "description", analyzed, found, excepted, out)
        return tuple(out.values())
