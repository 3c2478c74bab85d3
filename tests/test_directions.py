"""The direction column: the words of customs declarations in the promised languages."""

from __future__ import annotations

import pytest

from screen.errors import InputError
from screen.io.values import parse_direction
from screen.models import Direction

EXPORT, IMPORT = Direction.EXPORT, Direction.IMPORT

CASES = [
    ("export", EXPORT),
    ("IMPORT", IMPORT),
    ("輸出", EXPORT),
    ("輸入", IMPORT),
    ("экспорт", EXPORT),
    ("Экспорт", EXPORT),
    ("импорт", IMPORT),
    ("вывоз", EXPORT),
    ("ввоз", IMPORT),
    ("реэкспорт", EXPORT),
    ("出口", EXPORT),
    ("进口", IMPORT),
    ("進口", IMPORT),
    ("Ausfuhr", EXPORT),
    ("Einfuhr", IMPORT),
    ("Wiederausfuhr", EXPORT),
    ("exportation", EXPORT),
    ("importation", IMPORT),
    ("Exportación", EXPORT),
    ("importación", IMPORT),
    ("re-export", EXPORT),
    ("Re-Export", EXPORT),
    ("reexport", EXPORT),
    ("", EXPORT),
]


@pytest.mark.parametrize(("text", "direction"), CASES)
def test_direction_words(text: str, direction: Direction) -> None:
    assert parse_direction(text) is direction


@pytest.mark.parametrize("text", ["sideways", "both", "transit", "re", "ex"])
def test_other_words_stay_unknown(text: str) -> None:
    with pytest.raises(InputError, match="unknown direction"):
        parse_direction(text)
