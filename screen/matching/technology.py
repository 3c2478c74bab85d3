"""Technology for goods, not the goods: "process know-how for semiconductor wafer
fab", "drawings of robot cells".  A term in the complement of a technology's word
names the technology's topic: evidence at review only (`judge.py`)."""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.lexicon import lexicon
from screen.matching.shape import Structure

# the prepositions after which a technology names its goods ("know-how for", "drawings of")
_TECHNOLOGY_MARKERS = frozenset(
    {"for", "of", "on", "about", "dlya", "po", "fur", "fuer", "uber", "pour", "de", "du", "des"}
)


def technology(s: Structure, first: int, quote: Callable[[int, int], str]) -> str:
    """The technology in whose complement the term at token `first` stands ("process
    know-how | for semiconductor wafer fab", "drawings of robot cells"), as written;
    "" when none.  Its goods are the technology's topic: a review, not a shipment."""
    number = s.phrase[first]
    phrase = s.phrases[number] if number >= 0 else None
    if phrase is None or phrase.marker not in _TECHNOLOGY_MARKERS or phrase.parent is None:
        return ""
    at, words = phrase.parent, lexicon().technology_head
    for start in range(max(0, at - 2), at + 1):  # "know-how" ends at "how"
        if words.at(s.keys, start) == at - start + 1:
            return quote(start, at)
    return ""
