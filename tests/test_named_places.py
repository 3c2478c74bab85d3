"""A country named outside the country field: a party's delivery address, an end
user in Russia, "c/o" a Russian firm; a description that states the destination
("re-export to Russia", "最終仕向地ロシア") or the origin ("of Russian origin",
"ロシア産"). The item rules of that country apply at review, with a hit that says
which field named the country and how (the s29 ship round, D3, D4, A2, D14); guards:
firms named after places, US towns named after Russian ones, streets, people."""

from __future__ import annotations

import datetime as dt

import pytest

from screen.matching.named import address_places, description_places
from screen.models import Direction, Shipment, Status

DAY = dt.date(2024, 6, 10)
ROBOT, CHIPS, TEA = "industrial robot", "semiconductor chips", "Green tea"

ADDRESSES = [
    ("Astana Trade LLP, ship-to: ul. Tverskaya 7, Moscow, Russia", ("RU",)),
    ("ТОО Алматы Трейд, г. Москва, ул. Ленина 5", ("RU",)),
    ("Yerevan Electronics CJSC (end user: JSC Rostec, Moscow)", ("RU",)),
    ("Gulf Star General Trading FZE c/o OOO Tekhnopark, Moscow", ("RU",)),
    ("Istanbul Lojistik A.S. for OOO Nauka, Saint Petersburg", ("RU",)),
    ("Bishkek Pharma Trade, delivery to Novosibirsk RF", ("RU",)),
    ("Tbilisi Energy LLC, consignee address: Krasnodar, Russian Federation", ("RU",)),
    ("Acme GmbH, Hauptstr. 5, 10115 Berlin, Germany", ("DE",)),
    # guards: a party's own name is never an address; a town followed by a place
    # that is not its country is that place's town; a street named after a city
    ("Russian Tea House Ltd, London", ("GB",)),
    ("Moscow Mule Bar Ltd", ()),
    ("Rossiya", ()),
    ("Bank Rossiya", ()),
    ("Ivan Petrov", ()),
    ("Palouse Farm Supply, Moscow, Idaho", ("US",)),  # Idaho: ISO 3166-2 US-ID
    ("Palouse Farm Supply, Moscow, ID, USA", ("US",)),
    ("Odessa Oil Tools Inc, Odessa, Texas", ("US",)),
    ("Palouse Farm Supply, Moscow, Latah County", ()),  # a place the tables do not know
    ("Peach Co, Atlanta, Georgia, USA", ("US",)),
    ("Almaty Foods, Moskovskaya street 12, Almaty", ("KZ",)),
    ("Donetsk Coal Museum Trust (UK)", ("GB",)),
]


@pytest.mark.parametrize(("text", "codes"), ADDRESSES)
def test_places_in_a_party_field(text: str, codes: tuple[str, ...]) -> None:
    assert tuple(n.code for n in address_places("consignee", text)) == codes


def test_an_address_field_is_read_from_its_first_piece() -> None:
    assert [n.code for n in address_places("address", "Moscow, ul. Tverskaya 7")] == ["RU"]


DESCRIPTIONS = [
    ("industrial robot for Russian Ministry of Defence", ("RU", "destination")),
    ("semiconductors, re-export to Russia", ("RU", "destination")),
    ("final destination: Russia", ("RU", "destination")),
    ("конечный получатель в России", ("RU", "destination")),
    ("産業用ロボット 最終仕向地ロシア", ("RU", "destination")),
    ("ロシア向け半導体", ("RU", "destination")),
    ("运往俄罗斯的半导体", ("RU", "destination")),
    ("Polished diamonds of Russian origin", ("RU", "origin")),
    ("made in Russia", ("RU", "origin")),
    ("origin: RU", ("RU", "origin")),
    ("ロシア産ダイヤモンド", ("RU", "origin")),
    ("俄罗斯产钻石", ("RU", "origin")),
    # a big city after a word or a route's arrow that gives it a role
    ("ICs, final dest: Moscow (SVO)", ("RU", "destination")),
    ("Air: Narita -> Moscow SVO via Tashkent", ("RU", "destination")),
    ("scanner lens module, reship to Wuxi", ("CN", "destination")),
    ("Narita→Москва", ("RU", "destination")),
    ("Moscow -> Tokyo, cargo", ("JP", "destination")),  # (the step before: no role)
    ("rough diamonds shipped from Novosibirsk", ("RU", "origin")),
    # guards: a country or its adjective with no word giving it a role
    ("Russian Tea", None),
    ("Moscow Mule cocktail kit", None),  # (a city with no word giving it a role)
    ("hair care kit for perm salons", None),  # (a city's name as a word, small)
    ("Russia souvenir mug", None),
    ("origin: ru", None),  # two small letters are no code
    ("Green tea, Rossiya brand", None),
]


@pytest.mark.parametrize(("text", "found"), DESCRIPTIONS)
def test_a_description_names_where_goods_go_or_come_from(
    text: str, found: tuple[str, str] | None
) -> None:
    named = [(n.code, n.role) for n in description_places(text)]
    assert named == ([found] if found else [])


# (description, consignee, country, direction, status, words the hit's detail holds)
SHIPMENTS = [
    (
        ROBOT,
        "Astana Trade LLP, ship-to: ul. Tverskaya 7, Moscow, Russia",
        "KZ",
        "export",
        Status.REVIEW,
        "the consignee names 'Moscow' (a city of Russia): the goods may go to Russia",
    ),
    (
        CHIPS,
        "ТОО Алматы Трейд, г. Москва, ул. Ленина 5",
        "Kazakhstan",
        "export",
        Status.REVIEW,
        "'г. Москва' (a city of Russia)",
    ),
    (
        CHIPS,
        "Yerevan Electronics CJSC (end user: JSC Rostec, Moscow)",
        "AM",
        "export",
        Status.REVIEW,
        "may go to Russia",
    ),
    (
        "3D printer",
        "Gulf Star General Trading FZE c/o OOO Tekhnopark, Moscow",
        "AE",
        "export",
        Status.REVIEW,
        "may go to Russia",
    ),
    (
        "industrial robot for Russian Ministry of Defence",
        "Almaty Trade LLP",
        "KZ",
        "export",
        Status.REVIEW,
        "'for' makes Russia the destination",
    ),
    (
        "semiconductors, re-export to Russia",
        "Bishkek Electronics",
        "KG",
        "export",
        Status.REVIEW,
        "the description names",
    ),
    (
        "Polished diamonds of Russian origin",
        "Dubai Gems DMCC",
        "AE",
        "import",
        Status.REVIEW,
        "the goods may come from Russia",
    ),
    (
        'Air: Narita -> Moscow SVO via Tashkent, 14 cartons, 96 kg, "integrated circuits"',
        "Tashkent Freight LLC",
        "UZ",
        "export",
        Status.REVIEW,
        "(the route's '->' makes Moscow, a city of Russia, the destination)",
    ),
    (ROBOT + ", final dest: Kazan", "Almaty Trade LLP", "KZ", "export", Status.REVIEW, "'dest'"),
    (ROBOT + ", Narita -> Almaty", "Almaty Trade LLP", "KZ", "export", Status.CLEAR, ""),
    # the country field already names Russia: the rule blocks as before
    (ROBOT, "Astana Trade LLP, ship-to: Moscow, Russia", "RU", "export", Status.BLOCKED, ""),
    # guards: clear as before
    (ROBOT, "Russian Tea House Ltd, London", "GB", "export", Status.CLEAR, ""),
    (ROBOT, "Palouse Farm Supply, Moscow, Idaho", "US", "export", Status.CLEAR, ""),
    (ROBOT, "Almaty Foods, Moskovskaya street 12, Almaty", "KZ", "export", Status.CLEAR, ""),
    (ROBOT, "Ivan Moskvin", "KZ", "export", Status.CLEAR, ""),
    ("Polished diamonds of Russian origin", "Dubai Gems DMCC", "AE", "export", Status.CLEAR, ""),
    ("industrial robot made in Russia", "Almaty Trade LLP", "KZ", "export", Status.CLEAR, ""),
    ("industrial robot for Russian market", "Almaty Trade LLP", "KZ", "import", Status.CLEAR, ""),
    (TEA, "Astana Trade LLP, ship-to: Moscow, Russia", "KZ", "export", Status.CLEAR, ""),
]


@pytest.mark.parametrize(("goods", "consignee", "country", "direction", "status", "why"), SHIPMENTS)
def test_a_country_named_elsewhere_makes_a_review(
    screener, goods, consignee, country, direction, status, why
) -> None:
    shipment = Shipment(goods, consignee, country, DAY, Direction(direction))
    result = screener.screen(shipment)
    assert result.status is status
    assert why in " ".join(h.detail for h in result.hits)
    if status is Status.REVIEW:
        assert all(h.level.value == "review" for h in result.hits)


# (consignee, country, status, a note that says why the region's town was set aside)
REGION_NAMES = [
    ("Donetsk Coal Museum Trust (UK)", "GB", Status.CLEAR, "in the consignee's own name"),
    ("Donetsk Coal Museum Trust (UK)", "RU", Status.REVIEW, ""),
    ("Donetsk Coal Museum Trust (UK)", "UA", Status.REVIEW, ""),
    ("Donetsk Coal Museum Trust (UK)", "", Status.REVIEW, ""),
    ("Coal Trading Ltd, Donetsk", "GB", Status.REVIEW, ""),  # an address piece
    ("Donetsk People's Republic Coal Trust", "GB", Status.BLOCKED, ""),  # the region, in full
    ("Krym Trading", "JP", Status.REVIEW, ""),  # the region's own name (a term)
    ("Mariupol Steel Trading Ltd", "GB", Status.CLEAR, ""),  # towns are not read in names
]


@pytest.mark.parametrize(("consignee", "country", "status", "note"), REGION_NAMES)
def test_a_region_town_in_a_foreign_party_name(screener, consignee, country, status, note):
    result = screener.screen(Shipment(TEA, consignee, country, DAY))
    assert result.status is status
    assert note in " ".join(result.notes)
