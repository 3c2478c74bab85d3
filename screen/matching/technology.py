"""Technology for goods, not the goods: "process know-how for semiconductor wafer
fab", "drawings of robot cells", "robotics software licence".  A term in the
complement of a technology's word, or before it in its phrase, names the
technology's topic: evidence at review (`judge.py`), as a technology is no shipment
of the goods, though the bans reach it."""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.lexicon import lexicon
from screen.matching.shape import Structure

# the prepositions after which a technology names its goods ("know-how for", "drawings of")
_TECHNOLOGY_MARKERS = frozenset(
    {"for", "of", "on", "about", "dlya", "po", "fur", "fuer", "uber", "pour", "de", "du", "des"}
)


def technology(s: Structure, first: int, quote: Callable[[int, int], str], last: int = -1) -> str:
    """The technology in whose complement the term at token `first` stands ("process
    know-how | for semiconductor wafer fab", "drawings of robot cells"), or, given the
    term's `last` token, that heads the term's phrase after it ("robotics software |
    licence"), as written; "" when none.  Its goods are the technology's topic: a
    review, not a shipment."""
    number = s.phrase[first]
    phrase = s.phrases[number] if number >= 0 else None
    if phrase is None:
        return ""
    head = phrase.head
    if last >= 0 and head is not None and head > last:  # ("robotics software licence")
        start = technology_at(s.keys, head)
        if start > last:
            return quote(start, head)
    if phrase.marker not in _TECHNOLOGY_MARKERS or phrase.parent is None:
        return ""
    at = phrase.parent
    start = technology_at(s.keys, at)
    return quote(start, at) if start >= 0 else ""


def technology_at(keys: list[str], at: int) -> int:
    """The first token of the technology's word that ends at token `at` ("know-how"
    ends at "how", "source code" at "code"), -1 when none ends there: a term before
    it in its phrase names its topic too ("robotics software licence")."""
    words = lexicon().technology_head
    for start in range(max(0, at - 2), at + 1):
        if words.at(keys, start) == at - start + 1:
            return start
    return -1


def technology_after(keys: list[str], i: int, head: int, keeps: Callable[[str], bool]) -> bool:
    """Is the phrase's head (token `head`) a technology's word, and every word from
    token i to it one too or a word that keeps the term (`keeps`: "SDK", "perpetual")?
    The term before them names the technology's topic ("robotics software licence";
    not "electron microscopy image analysis software licence")."""
    words = lexicon().technology_head
    start = technology_at(keys, head)  # (the technology's word: "model weights")
    return start >= 0 and all(words.has(keys[j]) or keeps(keys[j]) for j in range(i, start))


def carried(s: Structure, owner: int, first: int, last: int) -> bool:
    """Is the term on tokens first..last technology (a technology's word ends it or
    heads its phrase: "AI software", "neural network training code") on a thing
    data is carried on, at token `owner` ("USB drive containing ...", "laptop with
    preinstalled ...")?  The technology is shipped with it."""
    if not lexicon().carrier.has(s.keys[owner]):
        return False
    number = s.phrase[first]
    head = s.phrases[number].head if number >= 0 else None
    return technology_at(s.keys, last) >= 0 or (
        head is not None and technology_at(s.keys, head) >= 0
    )
