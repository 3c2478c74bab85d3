"""The screening engine: shipment in, decision and explained hits out.

Pure Python, no I/O and no terminal code.  Build one `Screener` per rulebook and
call `screen()` for each shipment; everything derived from a field's text is
cached, so repeated descriptions, consignees and countries cost a lookup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from screen.countries import countries, resolve_country, suggest_countries
from screen.errors import InputError
from screen.matching.names import NameIndex
from screen.matching.phrases import PhraseHit, PhraseMatcher
from screen.models import (
    Direction,
    Hit,
    Kind,
    Result,
    Rule,
    Rulebook,
    Severity,
    Shipment,
    Status,
    Thresholds,
    Understood,
)
from screen.text.tokens import analyze

if TYPE_CHECKING:
    from screen.lists import LoadedList

TERM, REVIEW_TERM, EXCLUSION, EXCEPTION = "term", "review_term", "exclusion", "exception"
NAME_FIELDS = ("consignee", "end_user")
PLACE_FIELDS = ("country", "address", "consignee", "end_user")
MAX_NAME_HITS = 10  # listed entries reported per name field, best first
FIELD_CACHE_SIZE = 200_000  # distinct values remembered per field
SHORT_PLACE_TERM = 3  # "DPR", "LNR": too ambiguous as a word inside a company name


@dataclass(frozen=True)
class _TermHit:
    """A rule's term found in a field, before applicability (date, direction, country)."""

    rule: Rule
    field: str
    query: str
    matched: str
    score: float
    capped: bool  # a review term: review at most
    detail: str


def _phrases(rules: Iterable[Rule]) -> Iterable[tuple[Hashable, str]]:
    for rule in rules:
        for term in rule.terms:
            yield (rule.id, TERM), term
        for term in rule.review_terms:
            yield (rule.id, REVIEW_TERM), term
        for term in rule.exclusions:
            yield (rule.id, EXCLUSION), term
        for exception in rule.exceptions:
            for term in exception.terms:
                yield (rule.id, EXCEPTION), term


def _key(hit: PhraseHit) -> tuple[str, str]:
    """(rule id, role) of a phrase hit: the key `_phrases` gave the phrase."""
    return cast(tuple[str, str], hit.phrase.key)


def _country_role(direction: Direction) -> str:
    return "origin" if direction is Direction.IMPORT else "destination"


def _hs_digits(code: str) -> str:
    return re.sub(r"[^0-9]", "", code)


def _format_hs(prefix: str) -> str:
    return prefix if len(prefix) <= 4 else f"{prefix[:4]}.{prefix[4:]}"


class Screener:
    """Screens shipments against one rulebook and, optionally, sanctions lists."""

    def __init__(
        self,
        rulebook: Rulebook,
        thresholds: Thresholds | None = None,
        lists: Iterable[LoadedList] = (),
    ) -> None:
        self.rulebook = rulebook
        self.thresholds = thresholds or rulebook.thresholds
        self.rules: dict[str, Rule] = {r.id: r for r in rulebook.rules}
        self._items = [r for r in rulebook.rules if r.kind is Kind.ITEM]
        self._places = [r for r in rulebook.rules if r.kind is Kind.DESTINATION]
        self._item_matcher = PhraseMatcher(_phrases(self._items))
        self._place_matcher = PhraseMatcher(_phrases(self._places))
        entities = [r for r in self.rules.values() if r.kind is Kind.ENTITY]
        names: list[tuple[Hashable, str, bool, bool]] = []
        for rule in entities:
            person = rule.type == "person"
            names.extend((rule.id, n, False, person) for n in rule.names)
            names.extend((rule.id, n, True, person) for n in rule.weak_names)
        self.names = NameIndex(names)
        self.indexes: list[NameIndex] = [self.names]
        self._anything_cache: dict[str, dict[str, bool]] = {
            f: {} for f in ("description", "hs_code", *PLACE_FIELDS)
        }
        self.add_lists(lists)

    def add_lists(self, lists: Iterable[LoadedList]) -> None:
        """Screen names against these sanctions lists too (each with its own index)."""
        for loaded in lists:
            for rule in loaded.rules:
                if rule.id in self.rules:
                    raise InputError(f"list entry id {rule.id} is also a rule id: rename one")
                self.rules[rule.id] = rule
            self.indexes.append(loaded.index)
        for cache in self._anything_cache.values():
            cache.clear()

    def configure(self, thresholds: Thresholds) -> None:
        """Use other thresholds from now on (forgets what was derived under the old)."""
        if thresholds != self.thresholds:
            self.thresholds = thresholds
            for cache in self._anything_cache.values():
                cache.clear()
            for cached in (self._item_candidates, self._place_candidates, self._name_candidates):
                cached.cache_clear()

    # -- items and places -------------------------------------------------

    def _vetoed(self, rule_id: str, hit: PhraseHit, found: list[PhraseHit]) -> bool:
        return any(
            _key(other) == (rule_id, EXCLUSION)
            and not other.negated
            and other.start <= hit.start
            and hit.end <= other.end
            for other in found
        )

    @lru_cache(maxsize=65536)  # noqa: B019 - one Screener per run
    def _term_hits(
        self, matcher_name: str, field: str, text: str, hs_code: str
    ) -> tuple[_TermHit, ...]:
        """Terms of item (or place) rules found in one field, exclusions and
        exceptions applied; independent of date, direction and destination."""
        matcher = self._item_matcher if matcher_name == "items" else self._place_matcher
        analyzed = analyze(text) if text else None
        found = matcher.find(analyzed) if analyzed else []
        excepted = {_key(h)[0] for h in found if _key(h)[1] == EXCEPTION and not h.negated}
        hs = _hs_digits(hs_code)
        out: dict[tuple[str, str], _TermHit] = {}
        if hs and matcher_name == "items":
            for rule in self._items:
                if any(hs.startswith(p) for e in rule.exceptions for p in e.hs_codes):
                    excepted.add(rule.id)
                    continue
                prefix = next((p for p in rule.hs_codes if hs.startswith(p)), None)
                if prefix:
                    out[(rule.id, "hs")] = _TermHit(
                        rule,
                        "hs_code",
                        hs_code,
                        f"HS {_format_hs(prefix)}",
                        100.0,
                        False,
                        "HS code falls under the rule's heading",
                    )
        for h in found:
            rule_id, role = _key(h)
            if role not in (TERM, REVIEW_TERM) or rule_id in excepted:
                continue
            if self._vetoed(rule_id, h, found):
                continue
            assert analyzed is not None
            if (
                matcher_name == "places"
                and field in NAME_FIELDS
                and len(h.phrase.text) <= SHORT_PLACE_TERM
            ):
                continue  # "DPR Construction": an acronym in a name is the name matcher's call
            capped = role == REVIEW_TERM
            detail = "exact term" if h.score >= 100 else "typo-tolerant match"
            hit = _TermHit(
                self.rules[rule_id],
                field,
                analyzed.quote(h.start, h.end),
                h.phrase.text,
                round(h.score, 1),
                capped,
                detail,
            )
            key = (rule_id, field)
            if key not in out or hit.score > out[key].score:
                out[key] = hit
        return tuple(out.values())

    # -- country ---------------------------------------------------------

    @lru_cache(maxsize=4096)  # noqa: B019
    def _understand_country(self, text: str) -> str | None:
        """The alpha-2 code a country field names (an embargoed region counts as its
        country), None when empty; InputError when it names nothing known."""
        if not text.strip():
            return None
        code = resolve_country(text)
        region = bool(self._term_hits("places", "country", text, ""))
        if code is None and not region:
            near = ", ".join(suggest_countries(text))
            raise InputError(
                f"unknown country '{text}': use an ISO 3166 code (RU, CN) or an English "
                f"name (Russia, China); close names: {near}"
            )
        if code is None:
            code = "UA"  # every embargoed region of the rulebook lies in Ukraine
        return code

    # -- the decision ----------------------------------------------------

    def _level(self, score: float, severity: Severity, capped: bool) -> Severity | None:
        if score >= self.thresholds.block:
            return Severity.REVIEW if capped else severity
        if score >= self.thresholds.review:
            return Severity.REVIEW
        return None

    def _anything(self, field: str, text: str) -> bool:
        """Could this field's text produce a hit on any date, in any direction?"""
        cache = self._anything_cache[field]
        found = cache.get(text)
        if found is None:
            if not text.strip():
                found = False
            elif field == "description":
                found = bool(self._term_hits("items", field, text, ""))
            elif field == "hs_code":
                found = bool(self._term_hits("items", field, "", text))
            else:
                found = self._place_matcher.could_match(text) and bool(
                    self._term_hits("places", field, text, "")
                )
                if not found and field in NAME_FIELDS:
                    found = any(
                        index.could_match(text) and index.search(text, self.thresholds.review)
                        for index in self.indexes
                    )
            if len(cache) >= FIELD_CACHE_SIZE:
                cache.clear()  # keeps memory flat on endless streams of new values
            cache[text] = found
        return found

    def nothing_to_find(
        self,
        description: str,
        hs_code: str,
        consignee: str,
        country: str,
        end_user: str = "",
        address: str = "",
    ) -> bool:
        """True when no field holds any item term, HS heading, place or listed name:
        such a shipment is clear whatever its date and direction.  Most shipments are,
        and this answers from per-field caches without building anything."""
        # Unrolled on purpose: this runs once per order row.
        caches = self._anything_cache
        anything = self._anything
        found = caches["description"].get(description)
        if found or (found is None and anything("description", description)):
            return False
        found = caches["consignee"].get(consignee)
        if found or (found is None and anything("consignee", consignee)):
            return False
        found = caches["country"].get(country)
        if found or (found is None and anything("country", country)):
            return False
        if hs_code:
            found = caches["hs_code"].get(hs_code)
            if found or (found is None and anything("hs_code", hs_code)):
                return False
        if end_user:
            found = caches["end_user"].get(end_user)
            if found or (found is None and anything("end_user", end_user)):
                return False
        if address:
            found = caches["address"].get(address)
            if found or (found is None and anything("address", address)):
                return False
        return True

    def check_fields(self, description: str, consignee: str, country: str) -> str | None:
        """Validate what every shipment needs; the country's alpha-2 code (or None)."""
        if not description.strip() and not consignee.strip():
            raise InputError("nothing to screen: give a description or a consignee")
        return self._understand_country(country)

    def screen(self, shipment: Shipment, today: dt.date | None = None) -> Result:
        """Screen one shipment. Raises `InputError` for a field it cannot read."""
        code = self.check_fields(shipment.description, shipment.consignee, shipment.country)
        day = shipment.date or today or dt.date.today()
        direction = shipment.direction
        understood = Understood(code, countries().name_of(code) if code else None, day, direction)
        fields = (
            shipment.description,
            shipment.hs_code,
            shipment.consignee,
            shipment.country,
            shipment.end_user,
            shipment.address,
        )
        if self.nothing_to_find(*fields):
            return Result(Status.CLEAR, (), understood)
        may = self._may_hit
        found = [
            (hit, rule)
            for hit, rule in (
                self._item_candidates(shipment.description, shipment.hs_code, code, direction)
                if may("description", shipment.description) or may("hs_code", shipment.hs_code)
                else ()
            )
            if rule.in_force(day)
        ]
        for field, text in (
            ("country", shipment.country),
            ("address", shipment.address),
            ("consignee", shipment.consignee),
            ("end_user", shipment.end_user),
        ):
            if may(field, text):
                candidates = self._place_candidates(field, text, direction)
                if field in NAME_FIELDS:
                    candidates += self._name_candidates(field, text, direction)
                found.extend((hit, rule) for hit, rule in candidates if rule.in_force(day))
        found.sort(
            key=lambda pair: (pair[0].level is not Severity.BLOCK, -pair[0].score, pair[0].rule_id)
        )
        hits = tuple(hit for hit, _ in found)
        status = Status.CLEAR
        if any(h.level is Severity.BLOCK for h in hits):
            status = Status.BLOCKED
        elif hits:
            status = Status.REVIEW
        notes = tuple(
            dict.fromkeys(
                f"{rule.id}: controlled item with no country given"
                for hit, rule in found
                if hit.kind is Kind.ITEM and code is None
            )
        )
        return Result(status, hits, understood, notes)

    def _may_hit(self, field: str, text: str) -> bool:
        """Whether a non-empty field could give a hit (from the "nothing to find" caches)."""
        return bool(text) and self._anything_cache[field].get(text, True)

    @lru_cache(maxsize=16384)  # noqa: B019 - one Screener per run
    def _item_candidates(
        self, description: str, hs_code: str, code: str | None, direction: Direction
    ) -> tuple[tuple[Hit, Rule], ...]:
        out = []
        for h in self._term_hits("items", "description", description, hs_code):
            rule = h.rule
            if not rule.goes(direction):
                continue
            if code is None:
                detail = f"{h.detail}; no {_country_role(direction)} given, so it cannot be cleared"
                out.append(self._hit(h, self._level(h.score, Severity.REVIEW, True), detail))
            elif not rule.countries or code in rule.countries:
                out.append(self._hit(h, self._level(h.score, rule.severity, h.capped)))
        return tuple(pair for pair in out if pair is not None)

    @lru_cache(maxsize=16384)  # noqa: B019
    def _place_candidates(
        self, field: str, text: str, direction: Direction
    ) -> tuple[tuple[Hit, Rule], ...]:
        out = (
            self._hit(h, self._level(h.score, h.rule.severity, h.capped))
            for h in self._term_hits("places", field, text, "")
            if h.rule.goes(direction)
        )
        return tuple(pair for pair in out if pair is not None)

    @lru_cache(maxsize=65536)  # noqa: B019
    def _name_candidates(
        self, field: str, text: str, direction: Direction
    ) -> tuple[tuple[Hit, Rule], ...]:
        return tuple(self._entity_hits(field, text, direction))

    def _hit(
        self, h: _TermHit, level: Severity | None, detail: str | None = None
    ) -> tuple[Hit, Rule] | None:
        if level is None:
            return None
        rule = h.rule
        hit = Hit(
            rule.id,
            rule.kind,
            h.field,
            h.query,
            h.matched,
            h.score,
            level,
            rule.title,
            rule.source,
            detail or h.detail,
        )
        return hit, rule

    def _entity_hits(self, field: str, text: str, direction: Direction) -> list[tuple[Hit, Rule]]:
        out = []
        found_all = [
            h for index in self.indexes for h in index.search(text, self.thresholds.review)
        ]
        found_all.sort(key=lambda h: (-h.score, str(h.name.owner)))
        for found in found_all[:MAX_NAME_HITS]:
            rule = self.rules[str(found.name.owner)]
            if not rule.goes(direction):
                continue
            level = self._level(found.score, rule.severity, False)
            if level is None:
                continue
            detail = "listed name" if found.score >= 100 else "close to a listed name"
            if found.name.weak:
                detail += " (weak alias)"
            hit = Hit(
                rule.id,
                Kind.ENTITY,
                field,
                text.strip(),
                found.name.text,
                found.score,
                level,
                rule.title,
                rule.source,
                detail,
            )
            out.append((hit, rule))
        return out
