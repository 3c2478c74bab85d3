"""A lithography track (coater/developer) is semiconductor manufacturing equipment,
one of METI's 23 kinds (a licence to China, banned to Russia); coaters and developers
of other trades are not."""

from __future__ import annotations

import pytest

from screen.models import Status
from tests.conftest import ship

TRACKS = [
    # the tester's (s29 ships, D5)
    ("Tokyo Electron CLEAN TRACK coater/developer", "CN", Status.REVIEW),
    ("coater and developer for 300mm wafers", "CN", Status.REVIEW),
    ("Resist coating and developing equipment", "CN", Status.REVIEW),
    ("塗布現像装置 CLEAN TRACK LITHIUS", "CN", Status.REVIEW),
    ("涂胶显影机", "CN", Status.REVIEW),
    ("coater/developer", "RU", Status.BLOCKED),
    # guards: other coaters and developers
    ("Powder coater", "CN", Status.CLEAR),
    ("Roll coater for paper", "CN", Status.CLEAR),
    ("Photo developer chemicals", "CN", Status.CLEAR),
    ("Software developer laptop", "CN", Status.CLEAR),
]


@pytest.mark.parametrize(("text", "country", "status"), TRACKS)
def test_coater_developer(screener, text, country, status) -> None:
    assert screener.screen(ship(text, "Shanghai Fab Tools Co", country)).status is status
