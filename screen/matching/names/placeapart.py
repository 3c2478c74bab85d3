"""A town or country written after a firm's name with no comma before it.

Consignee fields end a firm's name with where it is: "Al Amlood Trading LLC, Dubai",
and as often without the comma, "Al Amlood Trading LLC Dubai", "Azimut LLC
Moscow".  After a legal form, which ends a firm's name, a town's or a country's
name that ends the text is where the firm is, not a word of its name: it stands
apart as it would after a comma (`wrapped.py` cuts the text there), so a listed name
met with a typo is not lowered by a word it lacks ("Al Amlod Trading LLC Dubai" is
AL AMLOOD TRADING LLC).  Only after a legal form: after a kind of firm ("Leader
International HK", "Dubai Trading") or elsewhere the place may be the name's.
"""

from __future__ import annotations

from screen.matching.countries import name_code
from screen.matching.names.legalforms import is_legal_form
from screen.matching.names.places import is_place_name
from screen.matching.names.reduced import STOPWORDS
from screen.text.lazyre import deferred
from screen.text.normalize import normalize

_WORD = deferred(r"\S+")
MOST_WORDS = 3  # of a town's or a country's name ("Rio de Janeiro")
MOST_PLACES = 2  # a town and its country ("Dubai UAE")


def place_apart(text: str) -> str:
    """`text` with a comma before the town or country that ends it after a legal
    form ("Azimut LLC, Moscow"); as it is otherwise."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text[-200:])]
    if len(words) < 3 or not any(_legal_form(w) for _, w in words[-7:-1]):
        return text  # (no legal form before the last words: most texts, at once)
    end = len(words)  # the places found: words[end:]
    for _ in range(MOST_PLACES):
        size = _place_at_end(words, end)
        if not size:
            break
        end -= size
    if end == len(words) or end < 2 or not _legal_form(words[end - 1][1]):
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


def _legal_form(word: str) -> bool:
    """Is `word` a legal form ("LLC", "a.d."), which ends a firm's name?  (A word
    naming the kind of firm may stand before a place of its name, "LEADER (HONG KONG)
    INTERNATIONAL", and "of" or "de" before its country, "Bank of Cambodia".)"""
    tokens = normalize(word).split()
    return bool(tokens) and tokens[-1] not in STOPWORDS and is_legal_form(tokens)
