"""Towns of the embargoed regions (data/region_towns.tsv, from GeoNames): an address
or a country field naming one meets its region's rule, for review, and the hit names
the town and its region. The black-box tester's cases (s28, P2), other towns,
scripts and forms, and guards that must stay clear."""

from __future__ import annotations

import pytest

from screen.matching.towns import region_towns
from screen.models import Shipment, Status

# (address, in a shipment to Ukraine, the rule it meets, the town the hit names)
ADDRESSES = [
    ("pr. Mira 10, Mariupol", "REGION-DNR", "Mariupol"),
    ("Melitopol, ul. Dzerzhinskogo 3", "REGION-UA-SOUTH", "Melitopol"),
    ("Yalta, ul. Kirova 1", "REGION-CRIMEA", "Yalta"),
    ("Kerch, ul. Sverdlova 12", "REGION-CRIMEA", "Kerch"),
    ("Yevpatoria, ul. Frunze 8", "REGION-CRIMEA", "Yevpatoriya"),
    ("Feodosia, 98100", "REGION-CRIMEA", "Feodosiya"),
    ("Makiivka, ul. Lenina 1", "REGION-DNR", "Makiyivka"),
    ("Horlivka, pr. Pobedy 4", "REGION-DNR", "Horlivka"),
    ("Alchevsk, ul. Gogolya 2", "REGION-LNR", "Alchevsk"),
    ("Sievierodonetsk, pr. Tsentralnyi 5", "REGION-LNR", "Siverskodonetsk"),
    ("Nova Kakhovka, ul. Dniprovska 1", "REGION-UA-SOUTH", "Nova Kakhovka"),
    ("Enerhodar, ul. Kurchatova 20", "REGION-UA-SOUTH", "Enerhodar"),
    ("Henichesk, ul. Gorkogo 9", "REGION-UA-SOUTH", "Henichesk"),
    ("г. Мариуполь, пр. Мира 10", "REGION-DNR", "Mariupol"),
    ("г. Ялта, ул. Кирова 1", "REGION-CRIMEA", "Yalta"),
    # other towns, spellings, scripts and case forms
    ("ul. Lenina 3, Makeevka", "REGION-DNR", "Makiyivka"),
    ("Gorlovka, ul. Mira 1", "REGION-DNR", "Horlivka"),
    ("г. Енакиево, ул. Ленина 2", "REGION-DNR", "Yenakiyeve"),
    ("Debaltseve, vul. Shevchenka 1", "REGION-DNR", "Debaltseve"),
    ("м. Мелітополь, вул. Гетьманська 5", "REGION-UA-SOUTH", "Melitopol"),
    ("Berdiansk, vul. Shevchenka 1", "REGION-UA-SOUTH", "Berdyansk"),
    ("Skadovsk, vul. Olimpiiska 2", "REGION-UA-SOUTH", "Skadovsk"),
    ("Dzhankoy, ul. Internatsionalnaya 1", "REGION-CRIMEA", "Dzhankoy"),
    ("Alushta, Crimea", "REGION-CRIMEA", "Crimea"),  # the region's own term speaks first
    ("Balaklava, ul. Novikova 2", "REGION-CRIMEA", "Balaklava"),
    ("Krasnodon, ul. Lenina 4", "REGION-LNR", "Sorokyne"),  # its old name
    ("Кадиевка, ул. Ленина 1", "REGION-LNR", "Kadiyivka"),
    ("склад в Мариуполе", "REGION-DNR", "Mariupol"),
    ("メリトポリ市", "REGION-UA-SOUTH", "Melitopol"),
    ("Donetskaya oblast, g. Khartsyzk", "REGION-DNR", "Donetsk Oblast"),
    ("Луганская область, г. Ровеньки", "REGION-LNR", "Luhansk Oblast"),
]


@pytest.mark.parametrize(("address", "rule", "town"), ADDRESSES)
def test_a_town_of_an_embargoed_region_is_reviewed(screener, address, rule, town) -> None:
    result = screener.screen(Shipment(description="Green tea", country="UA", address=address))
    assert result.status is Status.REVIEW
    hits = {h.rule_id: h for h in result.hits}
    assert set(hits) == {rule}
    assert hits[rule].matched == town or town in hits[rule].detail


def test_the_hit_names_the_town_and_its_region(screener) -> None:
    shipment = Shipment(description="Green tea", country="UA", address="pr. Mira 10, Mariupol")
    (hit,) = screener.screen(shipment).hits
    assert hit.detail == "Mariupol: a town of Donetsk Oblast, Ukraine (UA-14; GeoNames)"


COUNTRY_FIELDS = [  # (country field, goods, status, country codes, rules)
    ("Mariupol", "Green tea", Status.REVIEW, ("UA",), {"REGION-DNR"}),
    ("Mariupol, Ukraine", "Green tea", Status.REVIEW, ("UA",), {"REGION-DNR"}),
    ("Berdyansk", "Green tea", Status.REVIEW, ("UA",), {"REGION-UA-SOUTH"}),
    ("Donetskaya oblast", "Green tea", Status.REVIEW, ("UA",), {"REGION-DNR"}),
    ("Мелитополь", "Green tea", Status.REVIEW, ("UA",), {"REGION-UA-SOUTH"}),
    ("Mariupol, Russia", "3D printer", Status.BLOCKED, ("RU",), {"REGION-DNR", "RU-3D-PRINTERS"}),
    ("Yalta, Russian Federation", "Green tea", Status.REVIEW, ("RU",), {"REGION-CRIMEA"}),
]


@pytest.mark.parametrize(("country", "goods", "status", "codes", "rules"), COUNTRY_FIELDS)
def test_a_town_in_the_country_field(screener, country, goods, status, codes, rules) -> None:
    result = screener.screen(Shipment(description=goods, country=country))
    assert result.status is status
    assert result.understood.country_codes == codes
    assert {h.rule_id for h in result.hits} == rules


CLEAR = [  # (country, address, consignee): no town of an embargoed region
    ("UA", "Khreshchatyk 22, Kyiv", "Acme"),
    ("UA", "vul. Soborna 5, Lviv", "Acme"),
    ("UA", "Odesa, Deribasivska 1", "Acme"),
    ("UA", "Tsentralnyi rayon, Kharkiv", "Acme"),  # a district name of every city
    ("RU", "ul. Mariupolskaya 5, Moscow", "Acme"),  # a street named after a town
    ("UA", "вул. Мелітопольська 3, Київ", "Acme"),
    ("US", "100 Yalta Road, Boston, MA", "Acme"),
    ("DE", "Kerchstrasse 5, Berlin", "Acme"),
    ("KG", "Tokmok, ul. Lenina 1", "Acme"),  # Tokmak is a town in Kyrgyzstan too
    ("RU", "ul. Dimitrova 4, Moscow", "Acme"),
    ("UA", "Kyiv", "Yalta Hotels LLC"),  # a consignee's name is no address
    ("KP", "Pyongyang", "Acme"),
    ("JP", "東京都港区", "Acme"),
    # places elsewhere whose names begin with or hold a town's name
    ("RU", "ul. Krasnaya 5, Slavyansk-na-Kubani", "Acme"),
    ("RU", "Gus-Khrustalnyi, Vladimir Oblast", "Acme"),
    ("DZ", "Ain Kercha", "Acme"),
    ("ET", "Kercha", "Acme"),
    ("BG", "Dimitrovo", "Acme"),
]


@pytest.mark.parametrize(("country", "address", "consignee"), CLEAR)
def test_other_places_stay_clear(screener, country, address, consignee) -> None:
    shipment = Shipment("Green tea", consignee, country, address=address)
    assert screener.screen(shipment).hits == ()


def test_every_region_a_rule_names_has_towns(rulebook) -> None:
    shipped = {code for _, code, _, _ in region_towns()}
    named = {code for rule in rulebook.rules for code in rule.towns_of}
    assert named == {"UA-14", "UA-09", "UA-43", "UA-40", "UA-23", "UA-65"}
    assert named <= shipped
