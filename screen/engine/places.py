"""Places: embargoed regions named in a field, and the country a field names."""

from __future__ import annotations

from collections.abc import Iterable

from screen.engine.terms import TermHit, excepted_rules, phrases, term_hits
from screen.errors import InputError
from screen.matching.countries import resolve_country, suggest_countries
from screen.matching.phrases import PhraseHit, PhraseMatcher
from screen.models import Rule
from screen.text.tokens import analyze

NAME_FIELDS = ("consignee", "end_user")
SHORT_PLACE_TERM = 3  # "DPR", "LNR": too ambiguous as a word inside a company name


class PlaceMatcher:
    """Finds the region rules named in a country, address or party field."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = {r.id: r for r in rules}
        self.matcher = PhraseMatcher(phrases(self.rules.values()))

    def could_match(self, text: str) -> bool:
        return self.matcher.could_match(text)

    def find(self, field: str, text: str) -> tuple[TermHit, ...]:
        """Region terms in one field, exclusions and exceptions applied."""
        if not text:
            return ()
        analyzed = analyze(text)
        found = self.matcher.find(analyzed)

        def acronym_in_name(h: PhraseHit) -> bool:
            # "DPR Construction": an acronym in a name is the name matcher's call
            return field in NAME_FIELDS and len(h.phrase.text) <= SHORT_PLACE_TERM

        out: dict[tuple[str, str], TermHit] = {}
        term_hits(self.rules, field, analyzed, found, excepted_rules(found), out, acronym_in_name)
        return tuple(out.values())


def country_code(text: str, names_a_region: bool) -> str | None:
    """The alpha-2 code a country field names (an embargoed region counts as its
    country), None when empty; InputError when it names nothing known."""
    if not text.strip():
        return None
    code = resolve_country(text)
    if code is None and not names_a_region:
        near = ", ".join(suggest_countries(text))
        raise InputError(
            f"unknown country '{text}': use an ISO 3166 code (RU, CN) or an English "
            f"name (Russia, China); close names: {near}"
        )
    if code is None:
        code = "UA"  # every embargoed region of the rulebook lies in Ukraine
    return code
