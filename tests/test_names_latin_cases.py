"""A listed name declined by the grammar of the Latin-script language around it
(`screen/text/latincases.py`): Finnish, Estonian and Hungarian case endings, Polish,
Czech and Lithuanian declension, the German genitive; one-letter endings only after
a preposition or "Pan" that governs them.  Each row checks the index against
exhaustive scoring (`tests.conftest.name_hit`)."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.latincases import latin_case_readings
from tests.conftest import name_case

LISTED = [  # (owner, name as listed, weak alias?, person?, vessel?)
    ("TRANSNEFT", "TRANSNEFT", False, False, False),
    ("ROSATOM", "ROSATOM", False, False, False),
    ("MELLAT", "BANK MELLAT", False, False, False),
    ("PRIGOZHIN", "PRIGOZHIN, Yevgeniy Viktorovich", False, True, False),
    ("OPLOT", "OPLOT", False, False, False),
]

CASES = [  # (query, owner, hit)
    ("Transneftille", "TRANSNEFT", True),  # Finnish: to Transneft
    ("Transneftiga", "TRANSNEFT", True),  # Estonian: with Transneft
    ("Rosatomnak", "ROSATOM", True),  # Hungarian: for Rosatom
    ("Bankowi Mellat", "MELLAT", True),  # Polish dative
    ("dla Rosatomu", "ROSATOM", True),  # Polish genitive, after "dla"
    ("Yevgeniy Prigozhinowi", "PRIGOZHIN", True),  # Polish dative
    ("des Transnefts", "TRANSNEFT", True),  # German genitive
    # what stays apart: a one-letter ending with nothing governing it, and a
    # company's own word that ends like a case ("-tech")
    ("Oplotech Engineering s.r.o.", "OPLOT", False),
    ("Rosatomu Trading", "ROSATOM", False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(LISTED)


@pytest.mark.parametrize(("query", "owner", "hit"), CASES)
def test_declined_names(index: NameIndex, query: str, owner: str, hit: bool) -> None:
    found = name_case(index, query, owner, hit)
    if query == "Transneftille":
        assert "declined by the language around it" in found.detail


@pytest.mark.parametrize(
    ("text", "readings", "cues"),
    [
        ("Sberbankille", {"sberbankille": ("sberbankille", "sberbank")}, set()),
        ("dla Gazpromu", {"gazpromu": ("gazpromu", "gazprom")}, {"dla"}),
        ("Pana Hasana", {"hasana": ("hasana", "hasan")}, {"pana"}),
        ("Kuzmenkovi", {"kuzmenkovi": ("kuzmenkovi", "kuzmenk", "kuzmenko")}, set()),
        ("Gazpromu", {}, set()),  # one letter, no cue
        ("Taliban Trading", {}, set()),
        ("Abdulla Karimov", {}, set()),
    ],
)
def test_latin_case_readings(
    text: str, readings: dict[str, tuple[str, ...]], cues: set[str]
) -> None:
    found, governing = latin_case_readings(text)
    assert {k: r.forms for k, r in found.items()} == readings
    assert governing == cues
