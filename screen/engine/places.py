"""Places: embargoed regions named in a field, and the country a field names."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from screen.engine.terms import TermHit, excepted_rules, key, term_hits
from screen.errors import InputError
from screen.matching.countries import (
    countries,
    region_of,
    suggest_countries,
    whole_country,
)
from screen.matching.countryscan import connectors, country_spans, resolve_countries
from screen.matching.countrytowns import town_of
from screen.matching.named import after_own_name
from screen.matching.phrases import PhraseHit, PhraseMatcher
from screen.matching.roles import REVIEW_TERM, TERM, phrases
from screen.matching.streets import names_a_street
from screen.matching.subcodes import Subdivision, codes_in
from screen.matching.towns import TownMatcher, region_towns
from screen.models import Rule
from screen.text.normalize import normalize
from screen.text.tokens import Analyzed, analyze

NAME_FIELDS = ("consignee", "end_user")
FieldHits = Callable[[str, str], tuple[TermHit, ...]]  # (field, text) -> its term hits
SHORT_PLACE_TERM = 3  # "DPR", "LNR": too ambiguous as a word inside a company name


class PlaceMatcher:
    """Finds the region rules named in a country, address or party field."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = {r.id: r for r in rules}
        self.matcher = PhraseMatcher(phrases(self.rules.values()))
        self.towns = TownMatcher((r.id, r.towns_of) for r in self.rules.values())
        self.coded: dict[str, list[str]] = {}  # ISO 3166-2 code -> the rules of its towns
        for rule in self.rules.values():
            for code in rule.towns_of:
                self.coded.setdefault(code, []).append(rule.id)

    def could_match(self, text: str, field: str = "") -> bool:
        """False only when `find` surely finds nothing."""
        return (
            self.matcher.could_match(text)
            or self.towns.could_match(text)
            or any(s.code in self.coded for s in codes_in(text))
        )

    def find(self, field: str, text: str) -> tuple[TermHit, ...]:
        """Region terms in one field, exclusions and exceptions applied. The towns of
        the regions and their ISO 3166-2 codes are read in a party field's address
        pieces, after its own name ("Azov Trade, Mariupol 87500"), and in the whole
        of any other field."""
        if not text:
            return ()
        analyzed = analyze(text)
        found = self.matcher.find(analyzed)
        where = after_own_name(text) if field in NAME_FIELDS else text
        place = analyzed if where is text else analyze(where)
        towns = self.towns.find(place) if where.strip() else []
        codes = [s for s in codes_in(where) if s.code in self.coded]
        if (found or towns or codes) and whole_country(text):
            return ()  # the field is a country's name: "DPR Korea" is North Korea
        spans = country_spans(analyzed) if found or towns else []

        def not_the_region(h: PhraseHit) -> bool:
            # "DPR Construction": an acronym in a name is the name matcher's call
            if field in NAME_FIELDS and len(h.phrase.text) <= SHORT_PLACE_TERM:
                return True
            return _not_a_place(analyzed, spans, h)

        out: dict[tuple[str, str], TermHit] = {}
        term_hits(self.rules, field, analyzed, found, excepted_rules(found), out, not_the_region)
        place_spans = spans if place is analyzed else country_spans(place) if towns else []
        for town, h in towns:
            slot = (town.owner, field)
            if not _not_a_place(place, place_spans, h) and (
                slot not in out or out[slot].score < h.score
            ):
                region = f"{town.region}, {countries().name_of(town.region_code[:2])}"
                why = f"{region} ({town.region_code}; ISO 3166-2 name)"
                if town.town != town.region:
                    why = f"{town.town}: a town of {region} ({town.region_code}; GeoNames)"
                quote = place.quote(h.start, h.end)
                out[slot] = TermHit(
                    self.rules[town.owner], field, quote, town.town, h.score, True, why
                )
        for sub in codes:
            for owner in self.coded[sub.code]:
                out.setdefault((owner, field), self._coded(owner, field, sub))
        return tuple(out.values())

    def _coded(self, owner: str, field: str, sub: Subdivision) -> TermHit:
        """A region written as its ISO 3166-2 code ("UA-14"): a review, as its name is."""
        region = _region_names().get(sub.code, sub.name)
        why = (
            f"{sub.code}: the ISO 3166-2 code of {region}, "
            f"{countries().name_of(sub.country)} ({sub.name})"
        )
        return TermHit(self.rules[owner], field, sub.code, region, 100.0, True, why)

    def region_words(self, text: str) -> frozenset[str]:
        """Every region term and town a field names, normalised: all of them ("Yalta,
        Republic of Crimea"), where `find` keeps the best hit of each rule."""
        analyzed = analyze(text)
        found = [h for h in self.matcher.find(analyzed) if key(h)[1] in (TERM, REVIEW_TERM)]
        found += [h for _, h in self.towns.find(analyzed)]
        return frozenset(normalize(analyzed.quote(h.start, h.end)) for h in found)


def _not_a_place(analyzed: Analyzed, spans: list[tuple[int, int, str]], h: PhraseHit) -> bool:
    """A region's word that names no place here: a street's name ("100 Crimea Road"),
    or a word inside a country's name ("DPR" in "DPR Korea")."""
    if h.first >= 0 and names_a_street(analyzed, h.first, h.last):
        return True
    return h.first >= 0 and any(a <= h.first and h.last <= b for a, b, _ in spans)


@lru_cache(maxsize=1)
def _region_names() -> dict[str, str]:
    """ISO 3166-2 code -> the English name of each region the town table covers."""
    return {code: region for _, code, town, region in region_towns() if town == region}


def _town(text: str) -> tuple[str, str] | None:
    """The town a field names alone or among linking words ("Port of Vladivostok")."""
    words = [w for w in normalize(text).split() if w not in connectors()]
    return town_of(text) or (town_of(" ".join(words)) if words else None)


def unknown_country(text: str) -> str:
    """The message for a country field that names no country, with what it may be."""
    city, region = _town(text), region_of(text)
    hint = ""
    if city is not None:
        code, name = city
        hint = f"{name} is a city in {countries().name_of(code)} ({code}): give its country; "
    elif region is not None:
        code, iso = region
        where = f"{countries().name_of(code)} ({iso})"
        hint = f"{text.strip()} is a region of {where}: give its country; "
    near = ", ".join(suggest_countries(text))
    return (
        f"unknown country '{text}': {hint}use an ISO 3166 code (RU, CN) or a country "
        f"name (Russia, China); close names: {near}"
    )


def country_codes(text: str, places: PlaceMatcher, hits: FieldHits) -> tuple[str, ...]:
    """Every country a country field names, in order, () when empty; InputError when
    it names nothing known. `hits(field, text)`: the field's term hits. A region names
    no country beside the countries named ("Crimea, Russia" names Russia, and the
    Crimea rule hits too); a field naming only regions names their country."""
    if not text.strip():
        return ()
    regions = hits("country", text)
    codes = resolve_countries(text, places.region_words(text) if regions else frozenset())
    if not codes and not regions:
        raise InputError(unknown_country(text))
    return codes or ("UA",)  # every embargoed region of the rulebook lies in Ukraine
