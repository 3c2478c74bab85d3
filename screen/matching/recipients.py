"""Words after the goods that say where they go, and prepositions written inside a
compound word, which open no complement of goods (`structure.py`)."""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.countrytowns import town_of
from screen.matching.names.places import is_city_name, is_place_name
from screen.text.english import is_english_form, noun_kind

_ARTICLES = frozenset({"the", "a", "an", "our", "your", "their", "its", "end"})  # "to the end user"


def goes_to(keys: list[str], i: int) -> bool:
    """Does a person or a place stand at token i, or after an article there ("ICs to
    customer", "to the end user", "machine to the Rybinsk engine plant"): whom or
    where the goods go to, no goods?  ("engine coupled to an alternator" names none.)"""
    for j in range(i, min(i + 3, len(keys))):
        key = keys[j]
        if key in _ARTICLES:
            continue
        if noun_kind(key) == "person" or is_city_name(key):  # (a city: bisected, no table)
            return True
        # (a town's name is no English word: "ready to use" builds no table of places)
        return not is_english_form(key) and (is_place_name(key) or town_of(key) is not None)
    return False


def compounded(keys: list[str], gaps: list[str], i: int) -> bool:
    """Is the preposition or participle at token i joined by a hyphen to a word beside
    it, a compound that describes the goods ("nitrocellulose-based propellant powder",
    "canine 7-in-1 vaccine", "on-premise quantum computer", "state-of-the-art"), no
    complement?  "ex-" still opens one ("microscope ex-university": from)."""
    before = i > 0 and gaps[i] == "-"
    after = i + 1 < len(keys) and gaps[i + 1] == "-"
    return before or (after and keys[i] != "ex")


# participles and adjectives that open a complement only before a preposition ("robot
# used for welding", "designed for", "equipped with"); before a noun they describe it
# ("any used kuka robot arms", "a suitable generator")
_BEFORE_PREPOSITION = frozenset("used fitted equipped designed intended suitable storing".split())


def adjectival(keys: list[str], i: int, is_preposition: Callable[[str], bool]) -> bool:
    """Is the participle at token i no preposition but a word describing the noun
    after it ("a used sem scanning electron microscope")?"""
    if keys[i] not in _BEFORE_PREPOSITION:
        return False
    after = keys[i + 1] if i + 1 < len(keys) else ""
    return bool(after) and not (is_preposition(after) or after in ("to", "as"))
