"""A patronymic's father's name, read in any of its spellings: "Aleksandrovich" and
the Belarusian "Aliaksandravich" name one father (his name's ids, as a given
name's: `tables.variant_ids`), marked apart so that neither is "Aleksandr".

The patronymics a text states (`patronymics`) and whether two name one father
(`same_father`) let a screening run weigh a father's name the text states against
every name of a listed person (`engine/parties.weigh_stated`): an alias without
one ("Pavel IVANOV") is still the person the entry's other names give a father.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from screen.matching.names.tables import VARIANT_MARK, spelling_ids
from screen.text.lazyre import deferred
from screen.text.namefold import fold
from screen.text.normalize import normalize
from screen.text.orgwords import father_name, is_patronymic

FATHER_MARK = "~^"  # a patronymic's father's name's id: met by another patronymic's only


def father_ids(patronymic: str) -> tuple[str, ...]:
    """The ids of the name a patronymic's father bears, marked apart from a given
    name's: "Aleksandrovich" and the Belarusian "Aliaksandravich" are one father's,
    neither is "Aleksandr"."""
    base = father_name(patronymic)
    if not base:
        return ()
    return tuple(FATHER_MARK + i[len(VARIANT_MARK) :] for i in spelling_ids(base))


_WORD = deferred(r"[a-z]+")
SPELLING = 0.8  # similarity of two patronymics that spell one father's name, or one
# with a typo ("Ivxnovich"; "Vadimovich" is no "Vladimirovich", 0.77)


@lru_cache(maxsize=65536)
def patronymics(text: str) -> frozenset[str]:
    """The patronymics a name states ("Oleg Ivanovich PANTELEEV": ivanovich)."""
    return frozenset(w for w in _WORD.findall(normalize(text)) if is_patronymic(w))


def same_father(stated: str, listed: str) -> bool:
    """Does a patronymic a text states name the listed one's father, however spelt
    ("Anatolevich", "Anatolievich", the Belarusian "Anatalevich": one name's ids, one
    folded spelling, or one spelling but for a typo), or end a given name run
    together with it ("VladimireIvanovich")?"""
    if fold(stated) == fold(listed) or stated.endswith(listed):
        return True
    if set(father_ids(stated)) & set(father_ids(listed)):
        return True
    return Levenshtein.normalized_similarity(stated, listed) >= SPELLING
