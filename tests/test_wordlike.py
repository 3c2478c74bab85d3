"""Words, codes and words no list knows (`screen/text/wordlike.py`): case tables
and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.text.shipped import data_lines
from screen.text.wordlike import code_like, known_word, letter_score

CODES = [  # (as written, read as)
    ("batchA", "batcha"),  # a capital after a small letter
    ("waferLot", "waferlot"),
    ("xxxxxxxx", "xxxxxxxx"),  # a letter three times running
    ("hjklm", "hjklm"),  # no vowel
    ("qwrtzp", "qwrtzp"),  # letter pairs no language writes
    ("xkqvtz", "xkqvtz"),
    ("zxcvbn", "zxcvbn"),
    ("mnbvcx", "mnbvcx"),
]
WORDS = [  # words of languages the lists lack are no codes
    "odkurzacz",  # Polish
    "kapagi",  # Turkish
    "koelbox",  # Dutch
    "vysavac",  # Czech
    "blorvane",  # made up, but written as words are: no code (review)
]


@pytest.mark.parametrize(("written", "key"), CODES)
def test_codes(written: str, key: str) -> None:
    assert code_like(written, key)


@pytest.mark.parametrize("word", WORDS)
def test_word_like_strings_are_no_codes(word: str) -> None:
    assert not code_like(word, word)


def test_a_known_word_written_as_a_code_is_a_code_but_otherwise_not() -> None:
    assert code_like("batchKilo", "batchkilo", unknown=False)
    assert not code_like("asdasd", "asdasd", unknown=False)


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("resistor", True),  # rare English
        ("trennscheibe", True),  # German compound: "scheibe" heads it
        ("heatsink", True),  # two listed parts
        ("capaictors", True),  # two letters swapped
        ("resisstor", True),  # a letter too many
        ("blorvane", False),
        ("zintrek", False),
        ("xkqvtz", False),
    ],
)
def test_known_words(word: str, known: bool) -> None:
    assert known_word(word) is known


def test_the_letter_model_scores_words_above_mashes() -> None:
    assert letter_score("semiconductor") > letter_score("xkqvtzwq")


@given(st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=3, max_size=30))
def test_a_string_without_a_vowel_is_a_code(letters: str) -> None:
    assert code_like(letters, letters)


@given(st.from_regex(r"[a-z]{2,8}[A-Z][a-z]{0,6}", fullmatch=True))
def test_a_capital_after_a_small_letter_is_a_code(written: str) -> None:
    assert code_like(written, written.lower(), unknown=False)


def test_the_common_english_words_are_known_and_not_one_of_them_is_a_code() -> None:
    words = [w for w in data_lines("english_words.txt") if len(w) >= 6 and w.isalpha()][::50]
    assert len(words) > 500
    assert [w for w in words if not known_word(w)] == []
    assert [w for w in words if code_like(w, w)] == []


def test_a_megabyte_long_token_is_a_code_and_no_word_at_once() -> None:
    """Its slips and parts would take quadratic time and its cache entry memory."""
    token = "ab" * 500_000
    assert code_like(token, token)
    assert not known_word(token)
