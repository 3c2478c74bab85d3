"""The roles a rule's term plays for the phrase matcher, and the phrases of rules
keyed by (rule id, role): shared by the goods and the places matching."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator

from screen.models import Rule
from screen.text.kanareadings import with_readings

TERM, REVIEW_TERM, EXCLUSION, EXCEPTION = "term", "review_term", "exclusion", "exception"


def phrases(rules: Iterable[Rule]) -> Iterator[tuple[Hashable, str]]:
    """Every term of these rules, keyed by (rule id, role) for the phrase matcher,
    and the katakana reading of each term written in kanji ("半導体" ハンドウタイ,
    `text/kanareadings.py`)."""
    for rule in rules:
        for term in with_readings(rule.terms):
            yield (rule.id, TERM), term
        for term in with_readings(rule.review_terms):
            yield (rule.id, REVIEW_TERM), term
        for term in with_readings(rule.exclusions):
            yield (rule.id, EXCLUSION), term
        for exception in rule.exceptions:
            for term in with_readings(exception.terms):
                yield (rule.id, EXCEPTION), term
