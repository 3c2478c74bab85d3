"""Web and e-mail addresses and SWIFT/BIC codes in party texts (names/webnames.py):
read as identifiers that meet the same identifier a list gives, exactly, and as the
names they spell; look-alikes ("Trading.Co", "SWIFT SHIPPING") are no addresses."""

from __future__ import annotations

import pytest

from screen.lists import load_list
from screen.matching.names import NameIndex
from screen.matching.names.webnames import read_identifiers, remark_identifiers
from tests.conftest import DATA

READ = [
    # (text, identifiers, names spelt)
    ("info@tidewaterco.com", ["info@tidewaterco.com", "tidewaterco.com"], ["tidewaterco"]),
    ("bookings at pouyaair dot com", ["bookings@pouyaair.com", "pouyaair.com"], ["pouyaair"]),
    ("info [at] acme [dot] com", ["info@acme.com", "acme.com"], ["acme"]),
    ("globalsealine@gmail.com", ["globalsealine@gmail.com", "gmail.com"],
     ["globalsealine", "gmail"]),
    ("http://nitcsharjah.com/index.html", ["nitcsharjah.com"], ["nitcsharjah"]),
    ("WWW.SCOT-SYRIA.COM", ["scot-syria.com"], ["scot syria"]),
    ("ventas@cazper.com.mx", ["ventas@cazper.com.mx", "cazper.com.mx"], ["cazper"]),
    ("SWIFT: AFABAFKA", ["bic:afabafka"], []),
    ("BIC: VTBRRUMMXXX", ["bic:vtbrrumm"], []),  # a branch's code: the bank's
    ("SWIFT SHIPPING LTD", [], []),  # PI is no country: no code
    ("swift code: sabrrumm", [], []),  # a code is written in capitals
    ("Acme Trading Co., Ltd.", [], []),
    ("Trading.Co", [], []),
    ("St.Petersburg", [], []),
    ("John at home", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "identifiers", "names"), READ)
def test_addresses_and_codes_are_read(text, identifiers, names) -> None:
    _rest, found, spelt = read_identifiers(text)
    assert (found, spelt) == (identifiers, names)


def test_the_remarks_of_an_ofac_entry_give_its_identifiers_as_names() -> None:
    remarks = (
        "Website www.tidewaterco.com; Email Address info@tidewaterco.com; alt. Email "
        "Address info@tidewaterco.ir; SWIFT/BIC HNRBBY2X; Website http://peykasa.com; "
        "Website tajco-ltd.com."
    )
    assert remark_identifiers(remarks) == [
        "www.tidewaterco.com", "info@tidewaterco.com", "info@tidewaterco.ir",
        "SWIFT/BIC HNRBBY2X", "http://peykasa.com", "www.tajco-ltd.com",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return load_list(str(DATA / "lists" / "ofac" / "sdn.csv")).index


CASES = [
    # (query, listed entry, found at 75): all were clear before
    ("info@tidewaterco.com", "TIDEWATER MIDDLE EAST CO.", True),  # its website's domain
    ("www.tajcogambia.com", "TAJCO", True),
    ("BIC HNRBBY2X", "ONERBANK ZAO", True),
    ("Transfer via SWIFT: HNRBBY2X, Minsk", "ONERBANK ZAO", True),
    ("www.congofutur.com", "CONGO FUTUR", True),  # the name it spells, written together
    ("bookings at pouyaair dot com", "POUYA AIR", True),
    ("www.tidewaterco.org", "TIDEWATER MIDDLE EAST CO.", False),  # another domain
    ("info@gmail.com", "TIDEWATER MIDDLE EAST CO.", False),
    ("BIC HNRBBY22", "ONERBANK ZAO", False),  # another bank's code
]


@pytest.mark.parametrize(("query", "listed", "found"), CASES)
def test_a_listed_partys_address_or_code_finds_it(index, query, listed, found) -> None:
    hits = index.search(query, 75.0)
    names = {h.name.owner: h for h in hits}
    owner = next((h.name.owner for h in index.search(listed, 99.0)), None)
    assert owner is not None
    assert (owner in names) is found, (query, hits[:3])
    assert hits == index.search_exhaustive(query, 75.0)


def test_the_hit_says_it_is_the_same_address() -> None:
    index = NameIndex([("TAJ", "www.tajcogambia.com", False, False)])
    (hit,) = index.search("Consignee: Tajco Ltd, Freetown / www.tajcogambia.com", 75.0)
    assert "tajcogambia.com=tajcogambia.com (the same web address" in hit.detail
    assert hit.score < 100  # beside other text: a review
