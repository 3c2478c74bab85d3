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
Hussein Abd al-Majid al-Tikriti") are extra words as usual.  Another given name
in the place of the listed person's own, the names after it the same, is a
sibling: it counts once more than another word in its place would.  A given name
and a father's swapped ("Faisal bin Abdullah" for "Abdallah bin Faisal") name the
father or the son: that counts as another given name in its place.
"""

from __future__ import annotations

from collections.abc import Mapping

from screen.matching.names.crafts import IMO_DIGITS
from screen.matching.names.parts import COMPOUND_HEAD, PARTICLE_WEIGHT
from screen.matching.names.reduced import Part, Reduced
from screen.matching.names.tables import CRAFT_KINDS, TITLES
from screen.text.arabicnames import SON_OF
from screen.text.nametable import is_person_word
from screen.text.romanize import is_pinyin, pinyin_count
from screen.text.wadegiles import readings

DESCENDANT_CONFLICT = 1.0  # as much as another given name in the listed one's place
SIBLING_CONFLICT = 1.0  # and that once more, over what any replaced part counts
SWAP_CONFLICT = 2.0  # a father's name and the son's swapped: another person of the line


def is_title(part: Part) -> bool:
    return part.role == "word" and part.form in TITLES


def unmatched_weight(part: Part, person: bool, craft: bool = False) -> float:
    """What a query part a listed name leaves unmatched costs it: a title before a
    person's name ("Mr", "General") as little as a particle; a generic word beside
    a vessel's or an aircraft's name ("Fortune Trading", "Amber Industries") as a
    word does: it makes the text a company's name, not the craft's; a word naming
    the kind of craft ("vessel", "crude oil tanker") and its IMO number as little
    as a particle."""
    if craft and (part.form == "imo" or (part.role == "number" and len(part.form) == IMO_DIGITS)):
        return 0.0  # ("MAHNAM (IMO 9213387)": the ship's number, met as a name of its own)
    if craft and part.form in CRAFT_KINDS:  # ("vessel ARTAVIL": what the craft is)
        return PARTICLE_WEIGHT
    if craft and part.role in ("generic", "place"):
        return 1.0
    return PARTICLE_WEIGHT if person and is_title(part) else part.weight


def conflict_weight(part: Part, person: bool) -> float:
    """What a listed part counts against a name when the query has another in its
    place: a person's patronymic (the father's name says who it is) and the "Abd"
    of a compound name ("Abd al-Majid" is not "Omar Majid") in full."""
    if person and (part.role == "patronymic" or part.form == COMPOUND_HEAD):
        return 1.0
    return part.weight


def _given(part: Part) -> bool:
    """A query part that may be a given name: a word, not a title nor "Abd" (the
    word after it says which name a compound is)."""
    return part.role == "word" and not is_title(part) and part.form != COMPOUND_HEAD


def lineage_conflict(
    listed: Reduced, query: Reduced, lo: int, hi: int, matched_at: Mapping[int, tuple[int, ...]]
) -> float:
    """What a listed person's own given name counts against a query that names
    someone of the same line: a given name of the query's own before it (a child),
    or another given name in its place ("Abd al-Karim Khalaf 'Ubayd al-Anizi" for
    "Abd al-Rahman Khalaf 'Ubayd al-Anizi": a brother; the father's and
    grandfather's names that follow are the family's).  `matched_at`: listed
    position -> the query positions it matched."""
    lparts, parts = listed.parts, query.parts
    # (a given name may read as a Roman numeral: "Xi" Jinping)
    first = next(
        (
            i
            for i, p in enumerate(lparts)
            if p.role in ("word", "number") and i not in listed.family and p.form != COMPOUND_HEAD
        ),
        None,
    )
    first_q = next(
        (qi for qi in range(lo, hi) if _given(parts[qi])),
        None,
    )
    if first is None or first_q is None:
        return 0.0
    if first not in matched_at:  # another given name in its place
        replaced = not any(first_q in qpos for qpos in matched_at.values())
        return SIBLING_CONFLICT if replaced and is_person_word(parts[first_q].form) else 0.0
    if _swapped(lparts, query, first, first_q, matched_at):
        return SWAP_CONFLICT
    if any(first_q in qpos for qpos in matched_at.values()):
        return 0.0  # (or the query's first word is part of the listed name)
    if min(matched_at[first]) < first_q or not is_person_word(parts[first_q].form):
        return 0.0  # not a given name before the listed one (a word, a foreign title)
    if chinese(listed) and not is_pinyin(parts[first_q].form):
        return 0.0  # ("Karl LI Fangwei": the English name a Chinese person goes by)
    return DESCENDANT_CONFLICT


def _syllables(word: str) -> int:
    """The syllables of a word of pinyin or Wade-Giles (0: neither)."""
    return pinyin_count(word) or min((pinyin_count(r) for r in readings(word)), default=0)


def chinese(listed: Reduced) -> bool:
    """Is a listed person's name a Chinese one: a family name of one syllable and
    given names of two at most, in pinyin or Wade-Giles ("LI, Fangwei", "WEI, Hsueh
    Kang"; not "HASAN, Ali")?  Chinese names carry no father's name, so a given name
    of another language before one is the English name its bearer goes by (Hong
    Kong, Taiwan, Singapore: "Karl LI Fangwei"), no child's."""
    words = [(i, p.form) for i, p in enumerate(listed.parts) if p.role in ("word", "patronymic")]
    return bool(listed.family) and all(
        0 < _syllables(w) <= (1 if i in listed.family else 2) for i, w in words
    )


def _swapped(
    lparts: tuple[Part, ...],
    query: Reduced,
    first: int,
    first_q: int,
    matched_at: Mapping[int, tuple[int, ...]],
) -> bool:
    """Whether the listed person's own given name met only a father's (or a
    forefather's) name of the query, and the query's own given name only a
    father's of the listed name: the two of a line swapped ("Faisal bin Abdullah"
    for "Abdallah bin Faisal", the father for the son)."""
    parts, starts = query.parts, frozenset(lo for lo, _ in query.segments)
    met = matched_at.get(first, ())
    if not met or first_q in met or not all(_fathers(parts, q) for q in met):
        return False
    fathers = [li for li, qpos in matched_at.items() if first_q in qpos]
    # (a "bin" in the query says whose the names are, whatever the list's order:
    # "Zakaria bin Zaini" is Zaini's son, not ZAKARIA, Zaini; "Sufaat bin Yazid" not
    # YAZID SUFAAT, Yazid son of Sufaat as Malay names run)
    said = all(_son_of(parts, starts, q) for q in met) and not any(
        p.key == lparts[first].key and not _son_of(parts, starts, q) for q, p in enumerate(parts)
    )  # (the listed given name the query's own too: "Sa'd bin Sa'd", no swap)
    return bool(fathers) and (said or all(_fathers(lparts, li) for li in fathers))


def _son_of(parts: tuple[Part, ...], starts: frozenset[int], q: int) -> bool:
    """Whether part `q` follows a son's given name and "bin" in one segment of the
    query (`starts`: where its segments begin): "Sufaat bin Yazid"."""
    return (
        q >= 2
        and parts[q - 1].form in SON_OF
        and parts[q - 2].role == "word"
        and not starts.intersection((q - 1, q))
    )


def _fathers(parts: tuple[Part, ...], i: int) -> bool:
    """Whether part `i` is a father's (or a forefather's) given name: read so, or
    after "bin", "ibn", "ben" ("Faisal bin Abdullah")."""
    if parts[i].role == "patronymic":
        return True
    before = [p for p in parts[:i] if p.form != COMPOUND_HEAD][-1:]  # ("bin Abd Allah")
    return bool(before) and before[0].form in SON_OF


CONFLICTING = ("word", "number", "patronymic")  # a part in its place says "someone else"
PERSON_CONFLICTING = (*CONFLICTING, "initial")


def replaced_weights(person: bool, missing_l: list[Part], missing_q: list[Part]) -> list[float]:
    """Weights of the listed parts the query replaces by parts of its own.  A person's
    initial stands for a given name: another initial or name in its place (one
    written in Latin letters, so that it could have met it) names someone else
    ("William G. Frost" / "William W. Frost") and counts as that name would; so
    do a person's patronymic and "Abd" replaced (`conflict_weight`)."""
    weights = [conflict_weight(p, person) for p in missing_l if p.role in CONFLICTING]
    replacing = sum(1 for p in missing_q if p.role in CONFLICTING)
    if person:
        latin = sum(1 for p in missing_q if p.role in PERSON_CONFLICTING and p.how != "skeleton")
        weights += [1.0 for p in missing_l if p.role == "initial"][:latin]
        replacing += sum(1 for p in missing_q if p.role == "initial")
    return sorted(weights, reverse=True)[:replacing]
