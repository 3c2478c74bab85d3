"""The typo budget of goods words: two edits need eight letters before the ending
the stem cuts ("demining" is no misspelt "refining": "demin" and "refin" are two
edits apart), while typos of the rule's words still count."""

from __future__ import annotations

import pytest

from screen.models import Status
from tests.conftest import ship

TYPOS = [
    # the tester's (s29 ships, D15): another word, not a typo
    ("Demining equipment", Status.CLEAR),
    ("Humanitarian demining equipment, metal detectors", Status.CLEAR),
    # typos of the rule's words still count
    ("equipment for oil refning", Status.REVIEW),
    ("refinning equipment", Status.REVIEW),
    ("oil refinary equipment", Status.REVIEW),
    ("electon microscope", Status.REVIEW),
    ("3D printng machine", Status.REVIEW),
    ("semiconducter manufactoring equipment", Status.BLOCKED),
]


@pytest.mark.parametrize(("text", "status"), TYPOS)
def test_typo_budget(screener, text, status) -> None:
    assert screener.screen(ship(text, "Acme")).status is status
