"""Identifier numbers in party fields (names/webnames.py): passports, tax and
registration numbers, IMO numbers and digital currency addresses the lists give
(OFAC remarks, OpenSanctions properties) are identifiers of their entry, and a
query's, labelled or in its own shape (SWIFT field syntax too), meets them exactly:
one digit different, or another register's look-alike, is no match."""

from __future__ import annotations

import json

import pytest

from screen.cli import app
from screen.lists import load_list
from screen.matching.names import NameIndex
from screen.matching.names.webnames import read_identifiers, remark_identifiers, thin_identifier
from tests.conftest import DATA

SDN = DATA / "lists" / "ofac" / "sdn.csv"
FTM = DATA / "lists" / "opensanctions" / "entities.ftm.json"

READ = [
    # (text, identifiers read): one row per kind, then guard rows
    ("PASSPORT G22168109", ["id:g22168109"]),
    ("Passport No. G 22168109", ["id:g22168109"]),
    ("ИНН 4307012765", ["id:4307012765"]),
    ("Tax ID No. 4307012765", ["id:4307012765"]),
    ("Cliente RFC CLU140217RX4", ["id:clu140217rx4"]),
    ("R.F.C. CLU140217RX4", ["id:clu140217rx4"]),
    ("NIT 900023730-2 BOGOTA", ["id:9000237302"]),
    ("RUC # 20520935461 LIMA", ["id:20520935461"]),
    ("UNP 101119568", ["id:101119568"]),
    ("Reg. No 808000714 (BY)", ["id:808000714"]),
    ("Registration ID 1027700159233", ["id:1027700159233"]),
    ("IMO NO. 9385233 FLAG SY", ["id:9385233"]),
    ("M/T IMO9349667", ["id:9349667"]),
    ("Wallet XBT 149w62rY42aZBox8fGcmqNsXUzSStKeq8C", ["id:149w62ry42azbox8fgcmqnsxuzsstkeq8c"]),
    ("1AjZPMsnmpdK2Rv9KQNfMurTXinscVro9V M. Ghorbanian", ["id:1ajzpmsnmpdk2rv9kqnfmurtxinscvro9v"]),
    ("/BIC/BKBPIRTH", ["bic:bkbpirth"]),
    (":56A:NEABKPPY", ["bic:neabkppy"]),
    (":57A:COUERUMM MOSCOW", ["bic:couerumm"]),
    ("Passport No. 12", []),  # a few digits: no register's number
    ("Military Unit 26165", []),  # a number in a name: a name's number
    ("Acme Trading 12345 Main St", []),
    ("internationalization characteristics", []),  # long words: no wallet
    ("IMPORT TRADING CO", []),  # (a label's letters inside a word)
]  # fmt: skip


@pytest.mark.parametrize(("text", "identifiers"), READ)
def test_identifier_numbers_are_read(text, identifiers) -> None:
    assert read_identifiers(text)[1] == identifiers


def test_the_remarks_of_an_ofac_entry_give_its_numbers() -> None:
    remarks = (
        "DOB 30 Apr 1980; Passport G22168109 expires 26 Apr 2017; Digital Currency Address "
        "- XBT 149w62rY42aZBox8fGcmqNsXUzSStKeq8C; NIT # 900023730-2 (Colombia); Company "
        "Number IMO 5954061.; Government Gazette Number 60615883 (Russia)."
    )
    assert remark_identifiers(remarks) == [
        "Passport G22168109", "Digital Currency Address - XBT 149w62rY42aZBox8fGcmqNsXUzSStKeq8C",
        "NIT # 900023730-2", "Company Number IMO 5954061",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def indexes() -> dict[str, NameIndex]:
    return {"ofac": load_list(str(SDN)).index, "ftm": load_list(str(FTM)).index}


CASES = [
    # (list, query, listed name, found at 75): the found were all clear before
    ("ofac", "PASSPORT G22168109", "CHEN, Mingfu", True),
    ("ofac", "Wallet XBT 149w62rY42aZBox8fGcmqNsXUzSStKeq8C", "KHORASHADIZADEH, Ali", True),
    ("ofac", "BTC 1AjZPMsnmpdK2Rv9KQNfMurTXinscVro9V M. Ghorbanian", "GHORBANIYAN, Mohammad", True),
    ("ofac", "/BIC/BKBPIRTH", "PASARGAD BANK", True),
    ("ofac", ":56A:NEABKPPY", "NORTH EAST ASIA BANK", True),
    ("ofac", "Cliente RFC CLU140217RX4", "CONSORCIO LUNALO, S.A. DE C.V.", True),
    ("ofac", "NIT 900023730-2 BOGOTA", "SERPROVIS S.A. SERVICIOS Y PROVISIONES", True),
    ("ofac", "RUC 20520935461 LIMA PE", "SBK IMPORT S.A.C.", True),
    ("ofac", "ИНН 4307012765", "MOLOT-ORUZHIE, OOO", True),
    ("ofac", "UNP 101119568", "BELARUSIAN OIL TRADE HOUSE", True),
    ("ofac", "IMO NO. 9385233 FLAG SY", "FINIKIA", True),
    ("ofac", "SHIPOWNER CO. IMO 5954061", "KOREA SAMJONG SHIPPING CO", True),
    ("ftm", "Reg. No 808000714 (BY)", "LLC “Inter Tobacco”", True),
    ("ftm", "ИНН 366510784303", "Vitaly Yurievich KUZMENKO", True),
    # one digit different, digits swapped, another wallet: no match
    ("ofac", "PASSPORT G22168190", "CHEN, Mingfu", False),
    ("ofac", "BTC 1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "GHORBANIYAN, Mohammad", False),
    ("ofac", "Cliente RFC CLU140317RX4", "CONSORCIO LUNALO, S.A. DE C.V.", False),
    ("ofac", "NIT 900023780-1 BOGOTA", "SERPROVIS S.A. SERVICIOS Y PROVISIONES", False),
    ("ofac", "ИНН 4307012756", "MOLOT-ORUZHIE, OOO", False),
    ("ofac", "IMO NO. 9385245 FLAG MT", "FINIKIA", False),
    ("ofac", "SHIPOWNER CO. IMO 5954016", "KOREA SAMJONG SHIPPING CO", False),
    ("ftm", "Reg. No 808000741 (BY)", "LLC “Inter Tobacco”", False),
]  # fmt: skip


@pytest.mark.parametrize(("lst", "query", "listed", "found"), CASES)
def test_a_listed_partys_number_finds_it(indexes, lst, query, listed, found) -> None:
    index = indexes[lst]
    hits = index.search(query, 75.0)
    owner = next((h.name.owner for h in index.search(listed, 99.0)), None)
    assert owner is not None
    assert (owner in {h.name.owner for h in hits}) is found, (query, hits[:3])
    assert hits == index.search_exhaustive(query, 75.0)


def test_numbers_meet_no_names_nor_names_numbers() -> None:
    index = NameIndex([("A", "Passport G22168109", False, True), ("B", "G22168109", False, False)])
    hits = index.search("PASSPORT G22168109", 60.0)
    assert [h.name.owner for h in hits] == ["A"]
    assert [h.name.owner for h in index.search("G22168109 Trading", 60.0)] == ["B"]


def test_check_finds_an_entry_by_its_passport_and_explains_it(runner) -> None:
    result = runner.invoke(
        app, ["check", "tea", "-c", "PASSPORT G22168109", "--list", str(SDN), "-f", "json"]
    )
    assert result.exit_code == 1, result.output  # (blocked)
    hits = [h for h in json.loads(result.stdout)["hits"] if h["kind"] == "entity"]
    assert any("Passport G22168109" in json.dumps(h) for h in hits), hits
    # the identifier as read, not its key's marker ("id:")
    assert any("g22168109=g22168109 (the same identifier" in h["detail"] for h in hits), hits
    assert not any("id:" in h["detail"] for h in hits), hits


SCORES = [
    # (listed identifier, query, score): a short number of digits only is a review
    ("Tax ID No. 123456", "INN 123456", 89.0),
    ("Tax ID No. 4307012765", "INN 4307012765", 100.0),
    ("Passport G22168109", "PASSPORT G22168109", 100.0),
    ("IMO 9385233", "IMO NO. 9385233", 100.0),
]


@pytest.mark.parametrize(("listed", "query", "score"), SCORES)
def test_a_short_number_met_alone_is_a_review(listed, query, score) -> None:
    index = NameIndex([("A", listed, False, False)])
    (hit,) = index.search(query, 60.0)
    assert hit.score == pytest.approx(score, abs=0.5)
    assert index.search(query, 60.0) == index.search_exhaustive(query, 60.0)


def test_a_name_of_no_parts_is_no_short_identifier() -> None:
    assert not thin_identifier(())  # (a listed name read from CJK characters alone)
