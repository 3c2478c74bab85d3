"""A country's initialism inside an organisation's name is the country (held-out
set 18's misses): "Central Bank of the RF" is the CENTRAL BANK OF THE RUSSIAN
FEDERATION, "Hongxiang Marine HK Ltd" HONGXIANG MARINE HONG KONG LTD, "de VZLA"
"de Venezuela"; and a country whose short name is several words is read as its
English name of one word ("Syrian Arab Republic" as Syria).  Another country's
initialism is another country."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.countryphrases import one_word_countries
from tests.conftest import name_case

LISTED = [  # (owner, listed name)
    ("CBR", "CENTRAL BANK OF THE RUSSIAN FEDERATION"),
    ("HXM", "HONGXIANG MARINE HONG KONG LTD"),
    ("CHI", "CHITRON (HK) ELECTRONICS COMPANY LIMITED"),
    ("CFR", "CONSTRUCTORA FR DE VENEZUELA, C.A."),
    ("CBS", "COMMERCIAL BANK OF SYRIA"),
    ("LDR", "LEADER (HONG KONG) INTERNATIONAL"),
    ("MFL", "MINISTRY OF FINANCE OF THE LAO PEOPLE'S DEMOCRATIC REPUBLIC"),
]
CASES = [  # (party text, owner, found at review?)
    ("Central Bank of the RF", "CBR", True),
    ("Hongxiang Marine HK Ltd", "HXM", True),
    ("Chitron (Hong Kong) Electronics Company Limited", "CHI", True),
    ("Constructora FR de VZLA, C.A.", "CFR", True),
    ("Commercial Bank of the Syrian Arab Republic", "CBS", True),
    ("Ministry of Finance of Laos", "MFL", True),
    ("Central Bank of the UAE", "CBR", False),  # (another country's initialism)
    ("Central Bank of the USA", "CBR", False),
    ("Leader Industrial (HK) Ltd", "LDR", False),  # (the same country, another kind)
    ("Leader International HK", "LDR", True),
    ("Commercial Bank of the UK", "CBS", False),
    ("Ministry of Finance of the PRC", "MFL", False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, False) for owner, name in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_countrys_initialism_is_the_country(index, text, owner, found) -> None:
    name_case(index, text, owner, found)


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("central bank of the rf", "central bank of the russia"),
        ("marine hk ltd", "marine hong kong ltd"),
        ("bank of the syrian arab republic", "bank of the syria"),
        ("bank of the uk", "bank of the united kingdom"),
        ("trust us trading", "trust us trading"),  # (an English word's: no country)
        ("roc trading", "roc trading"),
        ("rf", "rf"),  # (a name of one word is no country's name)
        ("pae won uk", "pae won uk"),  # (a person's name: Korean "Uk")
    ],
)
def test_the_words_read_as_the_countrys_one_word(words, read) -> None:
    assert " ".join(one_word_countries(words.split())) == read
