"""The English word list is looked up by bisecting its sorted text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.text.english import is_english_word
from screen.text.sortedlines import in_sorted_lines, line_value, sorted_data


def shipped_words() -> list[str]:
    text, start = sorted_data("english_words.txt")
    return text[start:].splitlines()


def test_the_shipped_list_is_sorted_with_no_repeats() -> None:
    """The lookup relies on it (the generator sorts; test_datagen holds the file to it)."""
    words = shipped_words()
    assert words == sorted(set(words))
    assert all(w and not w.startswith("#") for w in words)


def test_every_listed_word_is_found_and_its_neighbours_are_not() -> None:
    words = shipped_words()
    listed = set(words)
    text, start = sorted_data("english_words.txt")
    for word in words:
        assert in_sorted_lines(word, text, start, len(text))
        for other in (word + "q", word[:-1], "a" + word, word.upper()):
            assert in_sorted_lines(other, text, start, len(text)) == (other in listed)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("explosion", True),
        ("printer", True),
        ("water", True),
        ("semicondutor", False),
        ("elektron", False),
        ("", False),
        ("a", True),
        ("zzzzzz", False),
        ("#", False),
    ],
)
def test_is_english_word(word: str, expected: bool) -> None:
    assert is_english_word(word) is expected


@given(st.lists(st.text(alphabet="abcz#", max_size=4), unique=True), st.text("abcz#", max_size=4))
def test_bisecting_is_membership(words: list[str], probe: str) -> None:
    lines = sorted(w for w in words if w)
    text = "".join(f"{w}\n" for w in lines)
    assert in_sorted_lines(probe, text, 0, len(text)) == (probe in lines)


@given(
    st.dictionaries(st.text(alphabet="abz~", min_size=1, max_size=4), st.text("ab ~", max_size=3)),
    st.text("abz~", max_size=4),
)
def test_a_tables_value_is_found_by_bisection(table: dict[str, str], probe: str) -> None:
    """Lines "word<TAB>value" (or a word alone) sorted: each word's value, None for
    any other, the prefix of a word included ("ab" when only "abz" is there)."""
    text = "".join(f"{w}\t{v}\n" if v else f"{w}\n" for w, v in sorted(table.items()))
    assert line_value(probe, text, 0, len(text)) == table.get(probe)
