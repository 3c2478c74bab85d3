"""Words a name writes in more than one way (`screen/matching/names/spellings.py`) and
parties written apart in one field (`wrapped.parties_apart`): a firm's "and" as a sign,
a word or another language's, a German umlaut, and no name read across two parties."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.parts import reduce_query
from screen.matching.names.spellings import joined_by_and, umlauted
from screen.matching.names.wrapped import parties_apart

LISTED = [  # (owner, listed name, a person's?)
    ("AC", "A & C International Trade, Inc.", False),
    ("ROETZEL", "ROETZEL-STAHL GMBH AND CO. KG", False),
    ("DRAGADOS", "DRAGADOS AND CONSTRUCCIONES", False),
    ("MUELLER", "MUELLER, Hans Juergen", True),
    ("HENDERSON", "AARON ROBERT HENDERSON", True),
    ("SINA", "SINA BANK", False),
    ("IIS", "IRAN AND INDIA SHIPPING COMPANY", False),
    ("MPOFU", "MPOFU, Obert Moses", True),
    ("HUM", "HARAKAT UL-MUJAHIDIN / HUM", False),
    ("BORN", "BORN INDUSTRIES LTD", False),
    ("HOPE", "HOPE, Grace Mary", True),  # (a person's name of English words)
]
CASES = [  # (party text, owner, found at review?)
    ("A and C International Trade Inc", "AC", True),
    ("A + C International Trade Inc.", "AC", True),
    ("Rötzel-Stahl GmbH u. Co. KG", "ROETZEL", True),
    ("Roetzel-Stahl GmbH & Co. KG", "ROETZEL", True),
    ("Dragados und Construcciones", "DRAGADOS", True),  # (the German "and")
    ("Dragados & Construcciones S.A.", "DRAGADOS", True),
    ("Hans Jürgen Müller", "MUELLER", True),  # (ü: ue as German writes it)
    # a name read across two parties in one field is no name
    ("Mellat Sina / Bank Saderat", "SINA", False),
    ("Iran Khodro / India Shipping Corporation", "IIS", False),
    ("Acme Ltd / Sina Bank", "SINA", True),  # (whole in one party's piece)
    ("Sina Bank; Acme Ltd", "SINA", True),
    # a person's birth and nationality after the name are no words of it
    ("Obert Mpofu DOB 12 Oct 1951 Zimbabwe", "MPOFU", True),
    ("Obert Mpofu, born 12.10.1951, Zimbabwean citizen", "MPOFU", True),
    ("Born Industries Ltd", "BORN", True),  # ("born" before no date: a word)
    # English words before "DOB:" are a name, not a label ("Consignee: ..." is one)
    ("Grace Hope DOB: 1990", "HOPE", True),
    ("Grace Mary Hope nationality: British", "HOPE", True),
    ("Consignee: Grace Hope", "HOPE", True),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_name_written_another_way_finds_its_party(index, text, owner, found) -> None:
    hits = {h.name.owner: h for h in index.search(text, 75.0)}
    assert (owner in hits) is found, hits.get(owner)
    assert index.search(text, 75.0) == index.search_exhaustive(text, 75.0)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("A & C", "A and C"),
        ("Schmidt + Partner", "Schmidt and Partner"),
        ("GmbH u. Co. KG", "GmbH and Co. KG"),
        ("Müller und Söhne", "Müller and Söhne"),
        ("Treinta y Tres", "Treinta y Tres"),  # (a Spanish number: 33)
        ("JOHN E SMITH", "JOHN E SMITH"),  # (an initial in capitals stays)
        ("Procter and Gamble", "Procter and Gamble"),
    ],
)
def test_the_words_that_join_a_firms_names_are_read_as_and(text, read) -> None:
    assert " ".join(joined_by_and(text).split()) == " ".join(read.split())


def test_an_umlaut_is_read_both_ways() -> None:
    assert umlauted("Rötzel Müller Smith")["rotzel"].forms == ("rotzel", "roetzel")
    assert "smith" not in umlauted("Rötzel Müller Smith")


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Aaron Robert / Henderson Logistics Inc", {"Henderson Logistics Inc"}),
        ("Al Rashid Trading; Trust Bank", {" Trust Bank"}),
        ("A | B", {" B"}),
        ("Acme c/o Sberbank", set()),  # ("c/o": the party it wraps)
        ("SMITH, John", set()),  # (a comma may divide one name)
        ("Sberbank\nMoscow", set()),  # (so may a line)
    ],
)
def test_the_marks_between_parties(text, apart) -> None:
    assert parties_apart(text) == apart


def test_a_listed_name_written_with_the_mark_itself_is_one_name(index) -> None:
    hits = {h.name.owner: h for h in index.search("HARAKAT UL-MUJAHIDIN / HUM", 75.0)}
    assert hits["HUM"].score == 100.0


def test_the_parts_of_another_party_are_marked() -> None:
    reduced = reduce_query("Sina Trading / Bank of Beijing")
    assert [reduced.parts[i].form for i in reduced.apart] == ["bank"]
