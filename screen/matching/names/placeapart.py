"""A town or country written after a firm's name with no comma before it.

Consignee fields end a firm's name with where it is: "Al Amlood Trading LLC, Dubai",
and as often without the comma, "Al Amlood Trading LLC Dubai", "Azimut LLC
Moscow".  After a legal form or a word naming the kind of firm, a town's or a
country's name that ends the text is where the firm is, not a word of its name: it
stands apart as it would after a comma (`wrapped.py` cuts the text there), so a
listed name met with a typo is not lowered by a word it lacks ("Al Amlod Trading LLC
Dubai" is AL AMLOOD TRADING LLC).  Only after such a word: in "Dubai Trading" or
"Bank Moscow-Minsk" the place may be the name's.
"""

from __future__ import annotations

from screen.matching.countries import name_code
from screen.matching.names.legalforms import is_legal_form
from screen.matching.names.places import is_place_name
from screen.matching.names.reduced import STOPWORDS
from screen.matching.names.tables import GENERIC, PLACES
from screen.text.lazyre import deferred
from screen.text.normalize import normalize

_WORD = deferred(r"\S+")
MOST_WORDS = 3  # of a town's or a country's name ("Rio de Janeiro")
MOST_PLACES = 2  # a town and its country ("Dubai UAE")


def place_apart(text: str) -> str:
    """`text` with a comma before the town or country that ends it after a legal
    form or a kind of firm ("Azimut LLC, Moscow"); as it is otherwise."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text[-200:])]
    if len(words) < 3:
        return text
    end = len(words)  # the places found: words[end:]
    for _ in range(MOST_PLACES):
        size = _place_at_end(words, end)
        if not size:
            break
        end -= size
    if end == len(words) or end < 2 or not _kind_or_form(words[end - 1][1]):
        return text
    at = len(text) - len(text[-200:]) + words[end][0]
    return f"{text[:at].rstrip()}, {text[at:]}"


def _place_at_end(words: list[tuple[int, str]], end: int) -> int:
    """How many words before `end` name a town or a country (0: none)."""
    for size in range(min(MOST_WORDS, end - 2), 0, -1):
        key = normalize(" ".join(w for _, w in words[end - size : end]))
        if key and key.split()[0] not in STOPWORDS and is_place_name(key):
            return size
        if size == 1 and end == len(words) and name_code(key) is not None:  # ("UAE", "PRC")
            return size
    return 0


def _kind_or_form(word: str) -> bool:
    """A legal form ("LLC", "a.d.") or a word naming a kind of firm ("Trading"); no
    "of" or "de" ("Bank of Cambodia", "Empresa de Aviacion de Cuba": the country is
    the name's)."""
    tokens = normalize(word).split()
    if not tokens or tokens[-1] in STOPWORDS:
        return False
    kind = len(tokens) == 1 and len(tokens[0]) > 2 and tokens[0] in GENERIC
    return is_legal_form(tokens) or (kind and tokens[0] not in PLACES)
