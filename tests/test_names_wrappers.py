"""A party text wrapped in words that are no part of a name: a payment's routing as
banks abbreviate it ("FFC", "IFO", "/BNF/", "by order of"), a party's status ("in
liquidation", "the estate of the late", "(deceased)"), a trademark sign written onto a
word ("™", "(R)"), and a name written as its domain ("MYNET.NET Corp").  Each row
checks the index against exhaustive scoring too (`tests.conftest.name_hit`)."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from tests.conftest import name_case

LISTED = [  # (owner, name as listed, person?, vessel?)
    ("ELMONT", "ELMONT AG", False, False),
    ("MYNET", "MYNET.NET CORP", False, False),
    ("HAWATMA", "HAWATMA, Nayif", True, False),
    ("ERAZO", "ERAZO NOLASCO, Eduardo", True, False),
    ("TOVAR", "TOVAR PARRA, Ferney", True, False),
    ("MENYAILO", "MENYAILO, Sergei Ivanovich", True, False),
    ("YASIN", "YASIN, Abdul Rahman", True, False),
    ("ANTIPOV", "ANTIPOV, Igor Yurievich", True, False),
    ("SAD", "SAD IMPORT EXPORT COMPANY", False, False),
    ("PETROGREEN", "PETRO GREEN", False, False),
    ("PETROM", "PETROM GMBH INTERNATIONAL TRADE", False, False),
    ("BOOKING", "BOOKING.COM B.V.", False, False),
]

CASES = [  # (query, owner, hit)
    # a party's status
    ("ELMONT AG IN LIQUIDATION", "ELMONT", True),
    ("ELMONT AG en liquidación", "ELMONT", True),
    ("MYNET.NET CORP (INACTIVE)", "MYNET", True),
    ("ESTATE OF THE LATE HAWATMA NAYIF", "HAWATMA", True),
    ("THE ESTATE OF EDUARDO ERAZO NOLASCO (DECEASED)", "ERAZO", True),
    ("BANKRUPTCY ESTATE OF TOVAR PARRA FERNEY", "TOVAR", True),
    # a payment's routing
    ("/BNF/IFO MENYAILO SERGEI IVANOVICH", "MENYAILO", True),
    ("FOR FURTHER CREDIT TO YASIN ABDUL RAHMAN", "YASIN", True),
    ("BENEF IFO ANTIPOV IGOR YURIEVICH", "ANTIPOV", True),
    ("FFC ANTIPOV IGOR YURIEVICH", "ANTIPOV", True),
    ("SHIPPED BY ORDER OF SAD IMPORT EXPORT COMPANY", "SAD", True),
    # trademark signs
    ("PETRO GREEN™ LUBRICANTS", "PETROGREEN", True),
    ("PETROM(R) GMBH INTERNATIONAL TRADE", "PETROM", True),
    ("MYNET.NET(R) CORPORATION", "MYNET", True),
    # a name written as its domain
    ("MYNET.NET CORP", "MYNET", True),
    ("Booking.com BV", "BOOKING", True),
    # ... and what stays apart
    ("ELMONT LIQUIDATION SERVICES", "ELMONT", False),
    ("FFC ANTIPOV VALENTIN PETROVICH", "ANTIPOV", False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(LISTED)


@pytest.mark.parametrize(("query", "owner", "hit"), CASES)
def test_wrapped_names(index: NameIndex, query: str, owner: str, hit: bool) -> None:
    name_case(index, query, owner, hit)


def test_a_status_word_is_not_read_as_the_name() -> None:
    from screen.matching.names.wrapped import wrapped_pieces

    assert [p.strip() for p in wrapped_pieces("ELMONT AG IN LIQUIDATION")] == ["ELMONT AG"]
    assert [p.strip() for p in wrapped_pieces("FFC MOKU MINES SA")] == ["MOKU MINES SA"]


def test_a_domain_alone_or_after_a_name_is_still_an_address() -> None:
    from screen.matching.names.webnames import read_identifiers

    assert read_identifiers("pouyaair.com")[1] == ["pouyaair.com"]
    assert read_identifiers("Pouya Air pouyaair.com")[1] == ["pouyaair.com"]
    assert read_identifiers("MYNET.NET Corp")[1] == []
