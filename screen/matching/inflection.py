"""Russian and Ukrainian case forms of country names, read as the name.

A route written in Russian puts its names in the case the preposition asks for:
"через Казахстан в Россию", "из Китая", "в Казахстане". The names table holds
the nominative ("Россия", "Казахстан"), so a word of a Cyrillic field that names
nothing is read again with its case ending replaced by each nominative ending;
it names a country only when every reading that names one names the same
country, and the stem keeps four letters or more. Words are compared in their
normalised (transliterated) form: "Россию" is "rossiyu", read as "rossiya".
"""

from __future__ import annotations

from screen.matching.countries import name_code

# Endings of the oblique cases (genitive, dative, accusative, instrumental,
# prepositional) of nouns in -ия/-а/-я and hard and soft consonants, transliterated,
# longest first, and the nominative endings they may stand for.
CASE_ENDINGS = ("iyu", "iey", "ii", "yu", "ey", "oy", "om", "em", "u", "i", "y", "e", "a")
NOMINATIVE = ("", "a", "ya", "iya", "y", "i")
STEM = 4


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def nominative_code(text: str, word: str) -> str | None:
    """The country `word` (normalised, from the Cyrillic field `text`) names in an
    oblique case ("rossiyu"), or None."""
    if not _cyrillic(text):
        return None
    codes: set[str] = set()
    for ending in CASE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= STEM:
            codes.update(c for n in NOMINATIVE if (c := name_code(stem + n)))
    return codes.pop() if len(codes) == 1 else None
