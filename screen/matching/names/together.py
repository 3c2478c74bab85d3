"""Two persons named together in one field, joined by "and": joint account holders,
a couple, two directors ("Viktor Vekselberg and Anna Petrova", "Oleg Deripaska &
Polina Yumasheva", "Juan Perez y Maria Lopez").

Read whole, each person's name is half the text, and the other's words count as
extra: a listed person named so was clear.  A text of exactly two persons' names,
each of two to four words written with a capital, none a generic word, a legal form,
a title or a number, joined by one "and" ("&", "+", "und", "et", "y", "e", "и"), is
also read as each name alone and searched again (`readings.py`); a person's hit that
reads better is that hit, its score discounted as a wrapped segment's is (a review).
A firm's name ("Procter and Gamble", "Smith & Jones Trading") is no two persons: a
side of one word, or with a firm's word, is read whole.
"""

from __future__ import annotations

from screen.matching.names.score import SEGMENT_FACTOR
from screen.matching.names.shortened import capitalised_name_word
from screen.text.lazyre import deferred

_JOIN = deferred(r"\s+(?:[Aa][Nn][Dd]|&|\+|[Uu]nd|et|y|e|и)\s+")
HOW = "one of two persons named together"
NAME_WORDS = (2, 4)  # words of each person's name


def _a_persons_name(side: str) -> bool:
    words = side.split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]:
        return False
    return all(map(capitalised_name_word, words))


def persons_apart(query: str) -> list[tuple[str, float, float, str, float]]:
    """Each of two persons' names a text joins by "and", as `readings.Other` fields
    (text, least, most, how, factor: one segment of the text, a review at most, as
    a name in a wrapped segment is), or none."""
    sides = _JOIN.split(query.strip())
    if len(sides) != 2 or not all(_a_persons_name(s) for s in sides):
        return []
    return [(side, 0.0, 100.0, HOW, SEGMENT_FACTOR) for side in sides]
