"""A name that starts with a given name of its own before a listed person's name
names a child of that person: "Uday Saddam Hussein al-Tikriti" is Saddam
Hussein's son, "Hamza bin Osama bin Laden" Osama bin Laden's.

Arabic (nasab), Russian and many other naming systems write a person's own given
name first and their father's after it, so a query whose first distinctive word
matches nothing while the listed person's first given name matches a later word
has put another given name (a word the table of person names knows) in its
place: it counts as a conflict, like another father's name.  A title before the
name ("Mr", "General", "Sheikh": nameparser's tables, `datagen/person_titles.py`)
is no given name.  Further names after the first (a grandfather's: "Saddam
Hussein Abd al-Majid al-Tikriti") are extra words as usual.
"""

from __future__ import annotations

from collections.abc import Mapping

from screen.matching.names.parts import COMPOUND_HEAD, PARTICLE_WEIGHT, Part, Reduced
from screen.matching.names.tables import TITLES
from screen.text.scriptnames import is_person_word

DESCENDANT_CONFLICT = 1.0  # as much as another given name in the listed one's place


def is_title(part: Part) -> bool:
    return part.role == "word" and part.form in TITLES


def unmatched_weight(part: Part, person: bool) -> float:
    """What a query part a listed name leaves unmatched costs it: a title before a
    person's name ("Mr", "General") as little as a particle."""
    return PARTICLE_WEIGHT if person and is_title(part) else part.weight


def conflict_weight(part: Part, person: bool) -> float:
    """What a listed part counts against a name when the query has another in its
    place: a person's patronymic (the father's name says who it is) and the "Abd"
    of a compound name ("Abd al-Majid" is not "Omar Majid") in full."""
    if person and (part.role == "patronymic" or part.form == COMPOUND_HEAD):
        return 1.0
    return part.weight


def descendant_conflict(
    listed: Reduced, query: Reduced, lo: int, hi: int, matched_at: Mapping[int, tuple[int, ...]]
) -> float:
    """`matched_at`: listed position -> the query positions it matched."""
    lparts, parts = listed.parts, query.parts
    # (a given name may read as a Roman numeral: "Xi" Jinping)
    first = next(
        (
            i
            for i, p in enumerate(lparts)
            if p.role in ("word", "number") and i not in listed.family
        ),
        None,
    )
    if first is None or first not in matched_at:
        return 0.0
    first_q = next(
        (qi for qi in range(lo, hi) if parts[qi].role == "word" and not is_title(parts[qi])),
        None,
    )
    if first_q is None or any(first_q in qpos for qpos in matched_at.values()):
        return 0.0  # (or the query's first word is part of the listed name)
    if min(matched_at[first]) < first_q or not is_person_word(parts[first_q].form):
        return 0.0  # not a given name before the listed one (a word, a foreign title)
    return DESCENDANT_CONFLICT
