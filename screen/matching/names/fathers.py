"""A patronymic's father's name, read in any of its spellings: "Aleksandrovich" and
the Belarusian "Aliaksandravich" name one father (his name's ids, as a given
name's: `tables.variant_ids`), marked apart so that neither is "Aleksandr"."""

from __future__ import annotations

from screen.matching.names.tables import VARIANT_MARK, spelling_ids
from screen.text.orgwords import father_name

FATHER_MARK = "~^"  # a patronymic's father's name's id: met by another patronymic's only


def father_ids(patronymic: str) -> tuple[str, ...]:
    """The ids of the name a patronymic's father bears, marked apart from a given
    name's: "Aleksandrovich" and the Belarusian "Aliaksandravich" are one father's,
    neither is "Aleksandr"."""
    base = father_name(patronymic)
    if not base:
        return ()
    return tuple(FATHER_MARK + i[len(VARIANT_MARK) :] for i in spelling_ids(base))
