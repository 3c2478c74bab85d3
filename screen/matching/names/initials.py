"""A person's given names as initials run together in one short word ("JC"
Juncker, "SV Zheleznyak", "EA Murov"), and how many given names a query's
initials could stand for."""

from __future__ import annotations

from functools import lru_cache

from screen.matching.names.reduced import STOPWORDS, Part, Reduced

RUN_MIN, RUN_MAX = 2, 4  # letters of a word that may be initials run together ("JC")
RUN_TEXT = 4  # parts of the longest text read as a person written with such a run
_VOWELS = frozenset("aeiouy")


def initial_run(part: Part) -> str:
    """The letters of a short word that may be a person's initials written together
    ("JC" Juncker, "SV" Zheleznyak), or ""."""
    form = part.form
    if not RUN_MIN <= len(form) <= RUN_MAX or part.role != "word" or part.how:
        return ""
    # a word one can say ("Ali", "Kim", "Ivan") is a name, not initials: a run has no
    # vowel, but for two letters, which may be both ("EA Murov", "Li Wei"; the scorer
    # takes the better reading)
    if not form.isalpha():
        return ""
    return form if len(form) == RUN_MIN or _VOWELS.isdisjoint(form) else ""


@lru_cache(maxsize=8192)  # asked for each span, and again for each name scored
def initial_letters(parts: tuple[Part, ...]) -> int:
    """How many given names a query's initials could stand for: one per initial, and
    one per letter of a run, when the text is short and of names only (so that "VTB
    Bank" is no person "V. T. B. Bank")."""
    count = sum(1 for p in parts if p.role == "initial")
    names_only = len(parts) <= RUN_TEXT and all(
        p.role in ("word", "initial", "patronymic") for p in parts
    )
    return count + (sum(len(initial_run(p)) for p in parts) if names_only else 0)


def acronym_letters(parts: tuple[Part, ...]) -> str:
    """The first letters of the words of a name, as its acronym spells them."""
    letters = [p.form[0] for p in parts if p.form not in STOPWORDS and p.role != "particle"]
    return (
        "".join(letters) if len(letters) >= 2 and not any(p.role == "number" for p in parts) else ""
    )


def special_forms(query: Reduced) -> tuple[list[str], list[str]]:
    """What a query may be the acronym of (its words), and the acronyms it may
    spell (of the whole query and each segment, for listed one-word names)."""
    acronyms = [p.form for p in query.parts if p.role == "word"]
    spans = [(0, len(query.parts)), *query.segments]
    singles = [acronym_letters(query.parts[lo:hi]) for lo, hi in spans if hi - lo >= 3]
    return acronyms, [s for s in singles if s]
