"""Terms of item and place rules found in a field: the part goods and places share.

A phrase hit becomes a `TermHit` unless an exception of its rule is present, an
exclusion of its rule covers it, or it is a term of another role (exclusion,
exception).  Applicability (date, direction, country) is decided later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import cast

from screen.matching.phrases import PhraseHit
from screen.matching.roles import EXCEPTION, EXCLUSION, REVIEW_TERM, TERM
from screen.models import Hit, Rule, Severity
from screen.text.scripts import read_from_abjad
from screen.text.tokens import Analyzed
from screen.tuples import NamedTuple


class TermHit(NamedTuple):
    """A rule's term found in a field, before applicability (date, direction, country)."""

    rule: Rule
    field: str
    query: str
    matched: str
    score: float
    capped: bool  # a review term: review at most
    detail: str


def key(hit: PhraseHit) -> tuple[str, str]:
    """(rule id, role) of a phrase hit: the key `phrases` gave the phrase."""
    return cast(tuple[str, str], hit.phrase.key)


def excepted_rules(found: Iterable[PhraseHit]) -> set[str]:
    """Rules whose exception is named (and not negated) in the field."""
    return {key(h)[0] for h in found if key(h)[1] == EXCEPTION and not h.negated}


def _vetoed(rule_id: str, hit: PhraseHit, found: list[PhraseHit]) -> bool:
    return any(
        key(other) == (rule_id, EXCLUSION)
        and not other.negated
        and other.start <= hit.start
        and hit.end <= other.end
        for other in found
    )


def term_hits(
    rules: Mapping[str, Rule],
    field: str,
    analyzed: Analyzed,
    found: list[PhraseHit],
    excepted: set[str],
    out: dict[tuple[str, str], TermHit],
    skip: Callable[[PhraseHit], bool] = lambda _: False,
) -> None:
    """Add to `out` the best hit per (rule, field) among the terms found."""
    for h in found:
        rule_id, role = key(h)
        if role not in (TERM, REVIEW_TERM) or rule_id in excepted:
            continue
        if _vetoed(rule_id, h, found) or skip(h):
            continue
        if read_from_abjad(analyzed.quote(h.start, h.end), h.phrase.text):
            # "كريم" (the name Karim) reads "krym": a consonant skeleton, not Krym
            continue
        detail = "exact term" if h.score >= 100 else "typo-tolerant match"
        hit = TermHit(
            rules[rule_id],
            field,
            analyzed.quote(h.start, h.end),
            h.phrase.text,
            round(h.score, 1),
            role == REVIEW_TERM,
            detail,
        )
        slot = (rule_id, field)
        # the best score; at equal scores a term beats a review term ("Luhansk, LNR")
        if slot not in out or (hit.score, not hit.capped) > (out[slot].score, not out[slot].capped):
            out[slot] = hit


def as_hit(h: TermHit, lvl: Severity, detail: str) -> tuple[Hit, Rule]:
    """The hit a term hit makes at this level, with this explanation."""
    rule = h.rule
    hit = Hit(
        rule.id,
        rule.kind,
        h.field,
        h.query,
        h.matched,
        h.score,
        lvl,
        rule.title,
        rule.source,
        detail,
    )
    return hit, rule
