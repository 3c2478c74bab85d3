"""The screening engine: shipment in, decision and explained hits out.

Pure Python, no I/O and no terminal code.  Build one `Screener` per rulebook and
call `screen()` for each shipment; everything derived from a field's text is
cached, so repeated descriptions, consignees and countries cost a lookup.  The
matching itself lives beside this module: `goods`, `places` and `parties` find
terms and names, `applicability` decides whether and how a hit applies, and
`decision` turns hits into a status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from screen.engine.applicability import item_level, level, set_aside
from screen.engine.decision import decide
from screen.engine.goods import GoodsMatcher
from screen.engine.named import named_after_a_region, named_candidates, named_places
from screen.engine.onscreen import SHOWN_FIELDS, screen_as_shown
from screen.engine.parties import PartyMatcher, name_candidates, rulebook_index
from screen.engine.places import NAME_FIELDS, PlaceMatcher, country_codes
from screen.engine.rulemap import RuleMap
from screen.engine.terms import TermHit, as_hit
from screen.errors import InputError
from screen.matching.countries import countries
from screen.matching.names import NameIndex
from screen.models import (
    Direction,
    Hit,
    Kind,
    Result,
    Rule,
    Rulebook,
    Shipment,
    Status,
    Thresholds,
    Understood,
)
from screen.text.onscreen import readings
from screen.text.textcache import LONG_TEXT, text_cache
from screen.text.visible import has_visible, why_nothing_to_screen

if TYPE_CHECKING:
    from screen.lists import LoadedList

PLACE_FIELDS = ("country", "address", "consignee", "end_user")
FIELD_CACHE_SIZE = 200_000  # distinct values remembered per field

Candidates = tuple[tuple[Hit, Rule], ...]


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
        self.rules = RuleMap(rulebook.rules)
        self.lists: list[LoadedList] = []  # the sanctions lists added
        self.goods = GoodsMatcher(r for r in rulebook.rules if r.kind is Kind.ITEM)
        self.places = PlaceMatcher(r for r in rulebook.rules if r.kind is Kind.DESTINATION)
        self.names = rulebook_index(rulebook.rules)
        self.parties = PartyMatcher([self.names])
        self._anything_cache: dict[str, dict[str, bool]] = {
            f: {} for f in ("description", "hs_code", *PLACE_FIELDS)
        }
        self.add_lists(lists)

    @property
    def indexes(self) -> list[NameIndex]:
        return self.parties.indexes

    def add_lists(self, lists: Iterable[LoadedList]) -> None:
        """Screen names against these sanctions lists too (each with its own index)."""
        for loaded in lists:
            self.rules.add_list(loaded.rules)
            self.parties.add(loaded.index)
            self.lists.append(loaded)
        for cache in self._anything_cache.values():
            cache.clear()

    def configure(self, thresholds: Thresholds) -> None:
        """Use other thresholds from now on (forgets what was derived under the old)."""
        if thresholds != self.thresholds:
            self.thresholds = thresholds
            for cache in self._anything_cache.values():
                cache.clear()
            for cached in (self._item_candidates, self._place_candidates, self._name_candidates):
                cached.cache_clear()  # type: ignore[union-attr]  # (text_cache)

    # -- what a field holds, whatever the shipment -------------------------

    @text_cache(65536)  # one Screener per run
    def _term_hits(self, field: str, text: str, hs_code: str = "") -> tuple[TermHit, ...]:
        if field in ("description", "hs_code"):
            return self.goods.find(text, hs_code)
        return self.places.find(field, text)

    @lru_cache(maxsize=4096)  # noqa: B019
    def _understand_country(self, text: str) -> tuple[str, ...]:
        return country_codes(text, self.places, self._term_hits)

    def _anything(self, field: str, text: str) -> bool:
        """Could this field's text produce a hit on any date, in any direction?"""
        cache = self._anything_cache[field]
        found = cache.get(text)
        if found is None:
            if not text.strip():
                found = False
            elif field == "description":
                found = bool(self._term_hits(field, text))
            elif field == "hs_code":
                found = bool(self._term_hits(field, "", text))
            else:
                found = self.places.could_match(text, field) and bool(self._term_hits(field, text))
                if not found and field in NAME_FIELDS:
                    found = self.parties.could_hit(text, self.thresholds.review)
            # a field that reads otherwise on screen is a review at least
            found = found or (field in SHOWN_FIELDS and bool(readings(text)))
            if len(cache) >= FIELD_CACHE_SIZE:
                cache.clear()  # keeps memory flat on endless streams of new values
            if len(text) <= LONG_TEXT:  # (200,000 descriptions of 10,000 characters: 2 GB)
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

    # -- one shipment ----------------------------------------------------

    def check_fields(self, description: str, consignee: str, country: str) -> str | None:
        """Validate what every shipment needs; the alpha-2 code of the (last) country
        the country field names, or None."""
        if not has_visible(description) and not has_visible(consignee):
            raise InputError(why_nothing_to_screen(description, consignee))
        codes = self._understand_country(country)
        return codes[-1] if codes else None

    def screen(self, shipment: Shipment, today: dt.date | None = None) -> Result:
        """Screen one shipment (as shown on screen too: `onscreen.py`). Raises
        `InputError` for a field it cannot read."""
        return screen_as_shown(self._screen_stored, shipment, today)

    def _screen_stored(self, shipment: Shipment, today: dt.date | None) -> Result:
        code = self.check_fields(shipment.description, shipment.consignee, shipment.country)
        codes = self._understand_country(shipment.country)
        day = shipment.date or today or dt.date.today()
        direction = shipment.direction
        name = ", ".join(countries().name_of(c) for c in codes) or None
        understood = Understood(code, name, day, direction, codes)
        fields = (
            shipment.description,
            shipment.hs_code,
            shipment.consignee,
            shipment.country,
            shipment.end_user,
            shipment.address,
        )
        if self.nothing_to_find(*fields):
            asides = set_aside(self.goods, self.thresholds, shipment, codes, day)
            return Result(Status.CLEAR, (), understood, asides)
        may = self._may_hit
        found = [
            (hit, rule)
            for hit, rule in (
                self._item_candidates(shipment.description, shipment.hs_code, codes, direction)
                if may("description", shipment.description) or may("hs_code", shipment.hs_code)
                else ()
            )
            if rule.in_force(day)
        ]
        taken = {hit.rule_id for hit, _ in found}
        if any(  # an item rule that does not apply here: a place named elsewhere may apply it
            h.rule.id not in taken and h.rule.goes(direction) and h.rule.in_force(day)
            for h in self._term_hits("description", shipment.description, shipment.hs_code)
        ):
            items = partial(self._item_candidates, shipment.description, shipment.hs_code)
            found += named_candidates(
                named_places(shipment),
                codes,
                direction,
                taken,
                lambda c: tuple(p for p in items(c, direction) if p[1].in_force(day)),
            )
        notes: tuple[str, ...] = ()
        for field, text in (
            ("country", shipment.country),
            ("address", shipment.address),
            ("consignee", shipment.consignee),
            ("end_user", shipment.end_user),
        ):
            if text and self._anything(field, text):
                candidates = self._place_candidates(field, text, direction)
                if field in NAME_FIELDS:
                    candidates, aside = named_after_a_region(
                        field, text, candidates, codes, self._term_hits
                    )
                    named, apart = self._name_candidates(field, text, direction)
                    candidates += named
                    notes += aside + apart
                found.extend((hit, rule) for hit, rule in candidates if rule.in_force(day))
        return decide(
            found, understood, set_aside(self.goods, self.thresholds, shipment, codes, day) + notes
        )

    def _may_hit(self, field: str, text: str) -> bool:
        """Whether a non-empty description or HS code could give a hit (from the caches
        of `_anything`; a place or name field asks `_anything` itself, whose pre-checks
        cost less than the search they spare, and whose verdict serves later rows)."""
        return bool(text) and self._anything_cache[field].get(text, True)

    # -- hits that apply, whatever the date (cached per field value) -------

    @text_cache(16384)  # one Screener per run
    def _item_candidates(
        self, description: str, hs_code: str, codes: tuple[str, ...], direction: Direction
    ) -> Candidates:
        out = []
        for h in self._term_hits("description", description, hs_code):
            lvl, why = item_level(h.rule, h.score, h.capped, codes, direction, self.thresholds)
            if lvl is not None:
                out.append(as_hit(h, lvl, f"{h.detail}; {why}" if why else h.detail))
        return tuple(out)

    @text_cache(16384)
    def _place_candidates(self, field: str, text: str, direction: Direction) -> Candidates:
        out = []
        for h in self._term_hits(field, text):
            lvl = level(h.score, h.rule.severity, h.capped, self.thresholds)
            if h.rule.goes(direction) and lvl is not None:
                out.append(as_hit(h, lvl, h.detail))
        return tuple(out)

    @text_cache(65536)
    def _name_candidates(
        self, field: str, text: str, direction: Direction
    ) -> tuple[Candidates, tuple[str, ...]]:
        """The listed parties a name field holds, and a note for each set aside by a
        date of birth (`parties.name_candidates`)."""
        rule_of = self.rules.__getitem__
        return name_candidates(self.parties, rule_of, field, text, direction, self.thresholds)
