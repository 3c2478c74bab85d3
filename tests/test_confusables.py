"""Words that mix scripts (text/confusables.py, from Unicode's UTS #39 pairs): read
in the one script all their letters can be read in, then as any other word."""

from __future__ import annotations

import pytest

from screen.text.normalize import normalize

CASES = [
    ("Sbеrbаnk", "sberbank"),  # Cyrillic е, а in a Latin word
    ("ΗΑΡJΑΝGGΑΝG SΗΙΡΡΙΝG", "hapjanggang shipping"),  # Greek capitals: Η is H, Ν is N
    ("ΡΕΤRΟ RΟΥΑL FΖΕ", "petro royal fze"),
    ("Bитaлий KУЗЬMEHKO", "vitaliy kuzmenko"),  # Latin B, a, K, M, E, H, O: Cyrillic
    ("Сбербанк", "sberbank"),  # one script: transliterated as ever
]


@pytest.mark.parametrize(("text", "read"), CASES)
def test_a_word_of_mixed_scripts_is_read_in_one(text, read) -> None:
    assert normalize(text) == read
