"""Goods: item rules found in a description or under an HS heading.

The terms come from `matching/goodsterms.py`, which keeps a term only where its
context makes it evidence of the rule's goods and says why it set the others
aside; those reasons are returned too (`set_aside`), for the result's notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from screen.engine.terms import TermHit
from screen.matching.goodsterms import GoodsHit, GoodsTerms
from screen.models import Rule
from screen.text.tokens import analyze


def hs_digits(code: str) -> str:
    return re.sub(r"[^0-9]", "", code)


def format_hs(prefix: str) -> str:
    return prefix if len(prefix) <= 4 else f"{prefix[:4]}.{prefix[4:]}"


def _detail(rule: Rule, hit: GoodsHit) -> str:
    detail = "exact term" if hit.score >= 100 else "typo-tolerant match"
    if hit.spread:
        detail += ", its words apart"
    if hit.compound:
        detail += ", the head of a compound word"
    source = rule.term_source(hit.term)
    return f"{detail} (term from {source})" if source else detail


class GoodsMatcher:
    """Finds the item rules a description and an HS code fall under."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = {r.id: r for r in rules}
        self.terms = GoodsTerms(self.rules.values())

    @lru_cache(maxsize=16384)  # noqa: B019 - one matcher per Screener
    def set_aside(self, description: str) -> tuple[tuple[Rule, str], ...]:
        """(rule, reason) for each rule whose terms the description names only in a
        context that is no evidence ("'diode' inside 'LED lamps': a lamp, ...")."""
        if not description.strip():
            return ()
        finding = self.terms.find(description)
        named = {h.rule_id for h in finding.hits}
        out = {
            h.rule_id: h.reason
            for h in reversed(finding.set_aside)
            if h.rule_id not in named and h.rule_id not in finding.excepted
        }
        return tuple((self.rules[rule_id], reason) for rule_id, reason in out.items())

    def find(self, description: str, hs_code: str) -> tuple[TermHit, ...]:
        """Terms and HS headings of item rules, exclusions and exceptions applied;
        independent of date, direction and destination."""
        finding = self.terms.find(description) if description.strip() else None
        excepted = set(finding.excepted) if finding else set()
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
        if finding is None:
            return tuple(out.values())
        analyzed = analyze(description)
        for h in sorted(finding.hits, key=lambda h: (h.spread, -h.score, h.start)):
            if h.rule_id in excepted:
                continue
            rule = self.rules[h.rule_id]
            hit = TermHit(
                rule,
                "description",
                analyzed.quote(h.start, h.end),
                h.term,
                round(h.score, 1),
                h.review,
                _detail(rule, h),
            )
            slot = (h.rule_id, "description")
            if slot not in out or hit.score > out[slot].score:
                out[slot] = hit
        return tuple(out.values())
