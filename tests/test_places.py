"""Countries and places: case tables for the country resolver, fields naming
several countries, region terms inside country names, and unknown countries."""

from __future__ import annotations

import datetime as dt

import pytest

from screen.errors import InputError
from screen.matching.countryscan import resolve_countries
from screen.models import Direction, Shipment, Status

DAY = dt.date(2024, 6, 1)

# (country field, the countries it names, in order)
RESOLVE = [
    ("Korea, North", ("KP",)),
    ("DPR Korea", ("KP",)),
    ("Korea (DPRK)", ("KP",)),
    ("Korea, Dem. People's Rep.", ("KP",)),
    ("Korea, Rep.", ("KR",)),
    ("South Korea", ("KR",)),
    ("Congo, Dem. Rep.", ("CD",)),
    ("Congo, Rep.", ("CG",)),
    ("Iran, Islamic Rep.", ("IR",)),
    ("Lao PDR", ("LA",)),
    ("Hong Kong SAR, China", ("HK",)),
    ("Kazakhstan/Russia", ("KZ", "RU")),
    ("China, Russia", ("CN", "RU")),
    ("via Kazakhstan to Russia", ("KZ", "RU")),
    ("KZ/RU", ("KZ", "RU")),
    ("Moscow, Russia", ("RU",)),
    ("Россия", ("RU",)),
    ("Kasachstan", ("KZ",)),
    ("Niger", ("NE",)),
    ("Nigeria", ("NG",)),
    ("Papua New Guinea", ("PG",)),
    ("NGA", ("NG",)),
    ("Nga", ("RU",)),  # Vietnamese for Russia; the code NGA is written in capitals
    ("مصر", ("EG",)),  # Arabic for Egypt, not the code MSR
    # never a wrong country: unknown rather than a guess from one word of it
    ("Korea, Demokratische Volksrepublik", ("KP",)),  # the German formal name (iso-codes)
    ("Korea Volksrepublik", ()),
    ("Atlantis", ()),
    ("Moscow", ()),
]


@pytest.mark.parametrize(("text", "codes"), RESOLVE)
def test_resolve_countries(text, codes) -> None:
    assert resolve_countries(text) == codes


def ship(description: str, country: str, direction: Direction = Direction.EXPORT) -> Shipment:
    return Shipment(description, "Acme Trading", country, DAY, direction)


@pytest.mark.parametrize(
    ("country", "status"),
    [
        ("Kazakhstan/Russia", Status.BLOCKED),
        ("via Kazakhstan to Russia", Status.BLOCKED),
        ("Russia via Kazakhstan", Status.BLOCKED),
        ("China, Russia", Status.BLOCKED),
        ("Kazakhstan", Status.CLEAR),
        ("Kazakhstan, Uzbekistan", Status.CLEAR),
    ],
)
def test_every_country_named_counts(screener, country, status) -> None:
    assert screener.screen(ship("3D printer", country)).status is status


def test_several_countries_are_reported(screener) -> None:
    result = screener.screen(ship("3D printer", "via Kazakhstan to Russia"))
    assert result.understood.country_codes == ("KZ", "RU")
    assert result.understood.country_code == "RU"
    assert result.understood.country_name == "Kazakhstan, Russia"


@pytest.mark.parametrize("country", ["DPR Korea", "Korea DPR", "D.P.R. Korea"])
def test_dpr_korea_is_not_the_donetsk_republic(screener, country) -> None:
    result = screener.screen(ship("Green tea", country))
    assert result.understood.country_codes == ("KP",)
    assert [h.rule_id for h in result.hits] == []


def test_the_donetsk_republic_still_blocks(screener) -> None:
    result = screener.screen(ship("Green tea", "DPR"))
    assert result.status is Status.BLOCKED
    assert result.hits[0].rule_id == "REGION-DNR"


def test_a_city_is_named_as_such(screener) -> None:
    with pytest.raises(InputError) as error:
        screener.screen(ship("Green tea", "Moscow"))
    assert str(error.value).startswith(
        "unknown country 'Moscow': Moscow is a city in Russia (RU): give its country; "
        "use an ISO 3166 code (RU, CN) or a country name (Russia, China); close names: "
    )


STREETS = [  # (country, address, the region rules it names)
    ("US", "100 Crimea Road, Marietta, GA", set()),  # streets named after a place
    ("US", "Donetsk Street 4, Brooklyn, NY", set()),
    ("RU", "ul. Sevastopolskaya 5, Moscow", set()),
    ("RU", "ул. Донецкая 7, Москва", set()),
    ("UA", "Sevastopol, ul. Bolshaya Morskaya 5", {"REGION-CRIMEA"}),  # (a comma between)
    ("UA", "12 Lenina St, Simferopol, Crimea", {"REGION-CRIMEA"}),
    ("UA", "Donetsk Street 4, Donetsk", {"REGION-DNR"}),  # the street, then the city
]


@pytest.mark.parametrize(("country", "address", "rules"), STREETS)
def test_a_place_s_name_that_is_a_street_s_names_no_region(
    screener, country, address, rules
) -> None:
    shipment = Shipment(description="Green tea", country=country, address=address)
    result = screener.screen(shipment, today=DAY)
    assert {h.rule_id for h in result.hits} == rules
