"""Baltic nominative endings on names (`screen.text.endings`)."""

from __future__ import annotations

import pytest

from screen.text.endings import stem

STEMS = [
    ("putinas", "putin"),  # Lithuanian
    ("vladimiras", "vladimir"),
    ("dmitrijus", "dmitrij"),
    ("lavrovs", "lavrov"),  # Latvian
    ("aleksandrs", "aleksandr"),
    ("medvedevas", "medvedev"),
    ("jonas", ""),  # a name of its own: the stem would be three letters
    ("boris", ""),
    ("kings", ""),  # an English plural: a bare -s needs five letters before it
    ("maria", ""),  # no ending
    ("andreas", ""),  # a vowel before the ending: no consonant-final name
    ("putin", ""),
    ("o'neils", ""),  # not a plain word
    ("", ""),
]


@pytest.mark.parametrize(("word", "expected"), STEMS)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected
