"""The readings added for forms, wrappers, scans and chat take any text of their
marks without an error, leave a text without those marks as it is, and one
reading of a text read back is no further reading (no reading feeds another for
ever: a text stored back to front, reversed, is in its own order)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from screen.matching.names.arabizi import arabizi_reading
from screen.matching.names.formfields import form_name
from screen.matching.names.readings import NAME_READERS
from screen.matching.names.slashed import slashed
from screen.matching.names.turkiclatin import turkic_reading
from screen.text.fusedcounts import counts_apart
from screen.text.markup import unwrapped
from screen.text.ocrwords import ocr_read
from screen.text.scripts import reversed_reading

# the marks each reads, often
MARKS = st.text(
    alphabet="abcxACX0123456789 :=/|;<>_\t\u200b\u200cة ال ךםname surname given'oedjtsəğışçİO‘",
    max_size=80,
)
KNOWN = frozenset({"vaccine", "oil", "robot", "name"})


@given(MARKS)
def test_every_reading_takes_any_text(text: str) -> None:
    for read in (form_name, slashed, unwrapped):
        assert isinstance(read(text), str)
    for reading in NAME_READERS:
        again = reading(text)
        assert isinstance(again, str)
        if again and reading is reversed_reading:
            assert reading(again) == ""  # (its own order: not read back again)
    assert isinstance(ocr_read(text, KNOWN.__contains__), str)
    assert isinstance(counts_apart(text, KNOWN.__contains__, KNOWN.__contains__), str)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=60))
def test_a_text_without_the_marks_is_left_as_it_is(text: str) -> None:
    assert form_name(text) == text
    assert slashed(text) == text
    assert unwrapped(text) == text
    assert arabizi_reading(text) == ""
    assert reversed_reading(text) == ""
    assert turkic_reading(text) == ""
    assert counts_apart(text, KNOWN.__contains__) == text
