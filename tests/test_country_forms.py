"""Country fields in formal, inverted and postal forms, and addresses whose town the
table does not know: read when the country part is known, unknown when a piece
could say something else of the country."""

from __future__ import annotations

import pytest

from screen.matching.countryscan import resolve_countries

CASES = [
    # formal names in other languages (iso-codes translations of the ISO formal name)
    ("俄罗斯联邦", ("RU",)),
    ("俄羅斯聯邦", ("RU",)),
    ("Республика Беларусь", ("BY",)),
    ("Republik Belarus", ("BY",)),
    ("Russische Föderation", ("RU",)),
    ("ロシア連邦", ("RU",)),
    # ERP lists: the name, then the kind of state
    ("Russia, Federation of", ("RU",)),
    ("Korea, Republic of", ("KR",)),
    ("Iran, Islamic Republic of", ("IR",)),
    ("Tanzania, United Republic of", ("TZ",)),
    ("Germany, Federal Republic of", ("DE",)),
    # postcodes and house numbers
    ("Novosibirsk 630099 RUSSIA", ("RU",)),
    ("630099 Novosibirsk, Russia", ("RU",)),
    # a town (or street, or state) the table does not know, in an address
    ("Donegal, Ireland", ("IE",)),
    ("Lugano, Switzerland", ("CH",)),
    ("Kerchner, Germany", ("DE",)),
    ("Moscow, Idaho, USA", ("US",)),
    ("Odessa, Texas, USA", ("US",)),
    ("Sevastopol Street 5, Bishkek, Kyrgyzstan", ("KG",)),
    ("Kazakhstan, Rusia", ("KZ", "RU")),  # a misspelt name is still read
    # a country's first-level region (ISO 3166-2) is a place of a route, as a city is
    ("Azerbaijan via Dagestan RU", ("AZ", "RU")),
    ("Makhachkala, Dagestan, Russia", ("RU",)),
    ("Dagestan", ()),  # alone: an error that names its country, as for a city
    # guards: a kind of state that is not the country's own, a piece that may be a
    # misspelt or qualified country, a route's unknown piece: unknown, never a guess
    ("Russia, Republic of", ()),
    ("Germany, Federation of", ()),
    ("Korea, Democratic", ()),
    ("Korea, North Side", ()),
    ("Kazahkstan Almaty, Russsia Fed", ()),
    ("Atlantis / Russia", ()),
    ("Atlantis", ()),
    ("Moscow", ()),
    ("Prussia", ()),
    ("12345", ()),
]


@pytest.mark.parametrize(("text", "codes"), CASES)
def test_country_forms(text: str, codes: tuple[str, ...]) -> None:
    assert resolve_countries(text) == codes


def test_a_region_alone_is_an_error_naming_its_country() -> None:
    from screen.engine.places import unknown_country

    assert "Dagestan is a region of Russia (RU-DA): give its country" in unknown_country("Dagestan")
