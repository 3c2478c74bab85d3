"""Names with a Baltic ending: Lithuanian and Latvian give a foreign name the
nominative ending of their own grammar, so sanctions lists published in those
languages write "Vladimiras Putinas" (Lithuanian) and "Sergejs Lavrovs"
(Latvian) for Vladimir Putin and Sergey Lavrov.

`stem` is a name without that ending, for the matcher to meet the name as other
languages write it: the ending must follow a consonant (the ending of a name that
ends in a consonant elsewhere: Putin-as, Lavrov-s), and the stem keep four
letters at least ("Jonas", "Boris" and "Hans" are names of their own, not
stems with an ending), five before a bare -s, which is also an English plural
("Kings" is not "King").

And the feminine endings of Slavic family names and of given names (`feminine_of`:
Surkova of Surkov, Alexandra of Alexander), which name another person of the family,
not the listed one misspelt.
"""

from __future__ import annotations

from screen.text.english import is_english_word
from screen.text.nametable import is_person_word

# Lithuanian -ius, -as, -is, -us, -ys; Latvian -s (and -is, -us), longest first
ENDINGS = ("ius", "as", "is", "us", "ys", "s")
SHORTEST_STEM = 4
SHORTEST_BEFORE_S = 5
_VOWELS = frozenset("aeiouy")


def stem(word: str) -> str:
    """`word` without a Baltic nominative ending, or "" when it has none."""
    if not word.isascii() or not word.isalpha():
        return ""
    for ending in ENDINGS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            shortest = SHORTEST_BEFORE_S if ending == "s" else SHORTEST_STEM
            if len(base) >= shortest and base[-1] not in _VOWELS:
                return base
            return ""
    return ""


# Russian, Ukrainian, Belarusian and Bulgarian family names take a feminine ending:
# a wife's or a daughter's name is the man's with it (Surkov / Surkova, Prigozhin /
# Prigozhina, Lavrovsky / Lavrovskaya), another person's, not a typo of his.
_MASCULINE = ("ov", "ev", "iev", "in", "yn")
_ADJECTIVAL = (("skiy", "skaya"), ("sky", "skaya"), ("skii", "skaia"), ("ski", "ska"),
               ("skyi", "ska"))  # fmt: skip
SHORTEST_FAMILY = 5  # letters of a masculine family name ("Ivanov"; "Lin" is no form)


def feminine_of(one: str, other: str) -> bool:
    """Whether one of two names is the other's feminine form: a family name's
    ("surkova" of "surkov", "lavrovskaya" of "lavrovsky"), or a known given name's
    ("vladislava" of "vladislav", "alexandra" of "alexander", "evgenia" of
    "evgeny")."""
    short, long = sorted((one, other), key=len)
    if len(short) < SHORTEST_FAMILY:
        return False
    if long == short + "a" and short.endswith(_MASCULINE):
        return True
    if _given_feminine(short, long) and is_person_word(short) and is_person_word(long):
        return True  # (two known given names: Vladislav / Vladislava, not Garci / Garcia)
    return any(short.endswith(m) and long == short[: -len(m)] + f for m, f in _ADJECTIVAL)


def _given_feminine(short: str, long: str) -> bool:
    return (
        (long == short + "a" and short[-1] not in _VOWELS)
        or (short[-2:] == "er" and long == short[:-2] + "ra")
        or (long[-2:] == "er" and short == long[:-2] + "ra")  # (as long as each other)
        or (short[-1] in "iy" and long in (short[:-1] + "ia", short[:-1] + "iya"))
    )


# A Russian adjective's masculine ending as transliterations write it, after its -n-,
# -sk- or -ov- ("mashinostroitelnyy", "-nyi", "-ny"; "mekhanicheskiy", "-sky", "-skii")
ADJECTIVE_ENDINGS = ("yy", "iy", "ij", "ii", "yi", "yj", "y", "i")
SHORTEST_ADJECTIVE = 6  # letters before the ending


def adjective_spellings(word: str) -> tuple[str, ...]:
    """The other spellings of a Russian adjective's masculine ending, longest
    first ("mekhanichesky": "mekhanicheskyy", "mekhanicheskiy", ...), or () (an
    English word's is its own: "company")."""
    if is_english_word(word):
        return ()
    for ending in ADJECTIVE_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) < SHORTEST_ADJECTIVE or stem[-1] not in "nkv":
                return ()
            return tuple(stem + other for other in ADJECTIVE_ENDINGS if other != ending)
    return ()
