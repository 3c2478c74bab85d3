"""Names typed with the keyboard on the other layout (`text/layout.py`), a relative
or a maiden name beside the party ("w/o", "s/o", "geb.": `wrapped.py`), and a name
spelt out letter by letter ("S B E R B A N K": `orgwords.spelt_out_joined`).  Each
row checks the index against exhaustive scoring (`tests.conftest.name_hit`) and
that `could_match` lets the query through."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.matching.names import NameIndex
from screen.text.layout import layout_reading
from screen.text.orgwords import spelt_out_joined
from tests.conftest import name_case, name_hit

LISTED = [  # (owner, name as listed, weak alias?, person?, vessel?)
    ("TRANSNEFT", "TRANSNEFT", False, False, False),
    ("ROSATOM", "ROSATOM", False, False, False),
    ("ZAKHAROVA", "ZAKHAROVA, Maria", False, True, False),
    ("KARIMOVA", "KARIMOVA, Gulnara", False, True, False),
    ("SHARIF", "SHARIF, Nadeem Ahmed", False, True, False),
    ("SEPAH", "BANK SEPAH", False, False, False),
]

CASES = [  # (query, owner, hit)
    # typed on the other layout, both ways
    ("ЕКФТЫТУАЕ", "TRANSNEFT", True),
    ("Nhfycytanm", "TRANSNEFT", True),
    ("Vfhbz Pf[fhjdf", "ZAKHAROVA", True),
    ("КЩЫФЕЩЬ", "ROSATOM", True),
    ("Транснефть", "TRANSNEFT", True),  # written as meant
    # a relative or another surname beside the party
    ("Gulnara Karimova w/o Rustam Madumarov", "KARIMOVA", True),
    ("Nadeem Ahmed Sharif s/o Muhammad Rafiq", "SHARIF", True),
    ("Maria Zakharova geb. Petrova", "ZAKHAROVA", True),
    ("Gulnara Karimova épouse Madumarova", "KARIMOVA", True),
    ("Lola Karimova d/o Islam Karimov", "KARIMOVA", False),
    # spelt out letter by letter, words kept apart by a wider gap or a full stop
    ("T R A N S N E F T   P J S C", "TRANSNEFT", True),
    ("B.A.N.K. S.E.P.A.H. IRAN", "SEPAH", True),
    ("R-O-S-A-T-O-M", "ROSATOM", True),
    # symbols typed for letters
    ("TR@N$NEFT", "TRANSNEFT", True),
    ("B@NK $EP@H", "SEPAH", True),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(LISTED)


@pytest.mark.parametrize(("query", "owner", "hit"), CASES)
def test_layout_relatives_spelt_out(index: NameIndex, query: str, owner: str, hit: bool) -> None:
    name_case(index, query, owner, hit)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("C,th,fyr Hjccbb", "сбербанк россии"),
        ("КЩЫТУАЕ", "rosneft"),
        ("ЬФРФТ ФШК", "mahan air"),  # once one word is sure, its script's others follow
        # real names and words stay as written
        ("Москва", ""),
        ("Tkachenko Zhdanov", ""),
        ("Nguyen Van Thanh", ""),
        ("ООО Ромашка", ""),
        ("Sberbank", ""),
        ("National Institute of Technology Calicut (NITC)", ""),  # an acronym decides nothing
    ],
)
def test_layout_reading(text: str, reading: str) -> None:
    assert layout_reading(text) == reading


def test_the_hit_says_how_the_query_was_read(index: NameIndex) -> None:
    found = name_hit(index, "Nhfycytanm", "TRANSNEFT")
    assert "typed with the keyboard on the other layout" in found.detail


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("N O V A T E K   P J S C", "NOVATEK   PJSC"),
        ("B.A.N.K. S.E.P.A.H.", "BANK SEPAH"),
        ("Gefest-M L.L.C", "Gefest-M L.L.C"),  # one run alone: `join_letter_runs`'s
        ("T.E.G. LIMITED", "T.E.G. LIMITED"),
        ("S.C.S. JERGAL S.C.S.", "S.C.S. JERGAL S.C.S."),  # (not side by side)
        ("J. R. Smith", "J. R. Smith"),  # initials: a mark and a space
        ("A B", "A B"),  # two letters: no word
    ],
)
def test_spelt_out_joined(text: str, joined: str) -> None:
    assert spelt_out_joined(text) == joined


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("B@NK MELL| IR@N", "BaNK MELLi IRaN"),
        ("HAMA$", "HAMAs"),
        ("N0VAT€K", "N0VATeK"),  # (the digit is `unleet`'s)
        ("Umar Patek @ Umar Kecil", "Umar Patek @ Umar Kecil"),  # an alias's mark
        ("A | B", "A | B"),
        ("Yahoo!", "Yahoo!"),
        ("Price $100", "Price $100"),
    ],
)
def test_symbols_typed_for_letters(text: str, read: str) -> None:
    from screen.text.numbers import symbol_letters

    assert symbol_letters(text) == read


# any text, of any script: each reading takes it and gives text (the screening path
# calls them on every party text: one exception would stop a batch's row)
SCRIPTS = st.text(
    alphabet=st.sampled_from(
        "abcxyzABCXYZ ,.;'[]`@$€|!-_ йцукенЙЦУКЕНёЁ华中国ロシア한국αβγ ابج שלום नर ąęłżó"
    ),
    max_size=40,
)


@given(st.one_of(st.text(max_size=60), SCRIPTS))
def test_the_readings_take_any_text(text: str) -> None:
    from screen.text.latincases import latin_case_readings
    from screen.text.numbers import symbol_letters

    assert isinstance(layout_reading(text), str)
    assert isinstance(spelt_out_joined(text), str)
    assert isinstance(symbol_letters(text), str)
    readings, cues = latin_case_readings(text)
    assert all(isinstance(k, str) for k in readings) and isinstance(cues, frozenset)
