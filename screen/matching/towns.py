"""Towns of the embargoed regions found in a field ("pr. Mira 10, Mariupol",
"г. Ялта, ул. Кирова 1"): the GeoNames places of those regions
(`data/region_towns.tsv`, `screen/datagen/region_towns.py`), every name the table
keeps for a town, in any script it keeps, read after normalisation ("Мариуполь"
is "mariupol"). Only whole names, as written or with a case ending ("в
Мариуполе"): a town's name is no typo of another word.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from screen.matching.phrases import PhraseHit, PhraseMatcher
from screen.text.normalize import normalize
from screen.text.shipped import data_lines
from screen.text.tokens import Analyzed
from screen.tuples import NamedTuple

EXACT = 100.0


class Town(NamedTuple):
    owner: str  # the rule naming the town's region
    region_code: str  # ISO 3166-2
    town: str  # the town's GeoNames name
    region: str  # the region's English name


@lru_cache(maxsize=1)
def region_towns() -> tuple[tuple[str, str, str, str], ...]:
    """(name, ISO 3166-2 region, town, region name) of every town name shipped."""
    return tuple(
        (name, code, town, region)
        for name, code, town, region in (
            line.split("\t") for line in data_lines("region_towns.tsv")
        )
    )


class TownMatcher:
    """The towns of the regions each rule names (rule id -> ISO 3166-2 codes)."""

    def __init__(self, regions: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        owners: dict[str, list[str]] = {}
        for rule_id, codes in regions:
            for code in codes:
                owners.setdefault(code, []).append(rule_id)
        phrases = [
            (Town(owner, code, town, region), name)
            for name, code, town, region in (region_towns() if owners else ())
            for owner in owners.get(code, ())
        ]
        self.matcher = PhraseMatcher(phrases) if phrases else None

    def could_match(self, text: str) -> bool:
        return self.matcher is not None and self.matcher.could_match(text)

    def find(self, text: Analyzed) -> list[tuple[Town, PhraseHit]]:
        """(town, hit) of every town named in `text` by a whole name."""
        if self.matcher is None:
            return []
        found = self.matcher.find(text)
        return [
            (h.phrase.key, h)
            for h in found
            if h.score >= EXACT and isinstance(h.phrase.key, Town) and _as_written(text, h)
        ]


def _as_written(text: Analyzed, hit: PhraseHit) -> bool:
    """A town named as the table writes it, or with a case ending in Cyrillic ("в
    Мариуполе"); a Latin word that only begins with a town's name is another word
    ("Kercha", "Stakhanovo")."""
    quote = text.quote(hit.start, hit.end)
    written = normalize(quote).replace(" ", "") == normalize(hit.phrase.text).replace(" ", "")
    return written or any("\u0400" <= c <= "\u04ff" for c in quote)
