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
"""

from __future__ import annotations

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
               ("tskiy", "tskaya"), ("tsky", "tskaya"), ("skyi", "ska"))  # fmt: skip
SHORTEST_FAMILY = 5  # letters of a masculine family name ("Ivanov"; "Lin" is no form)


def feminine_of(one: str, other: str) -> bool:
    """Whether one of two family names is the other's feminine form ("surkova" of
    "surkov", "lavrovskaya" of "lavrovsky")."""
    short, long = sorted((one, other), key=len)
    if len(short) < SHORTEST_FAMILY:
        return False
    if long == short + "a" and short.endswith(_MASCULINE):
        return True
    return any(short.endswith(m) and long == short[: -len(m)] + f for m, f in _ADJECTIVAL)
