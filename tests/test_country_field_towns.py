"""Country fields with a town, a free zone or a note beside the country: a town
whose name holds a word of a country's name ("St Petersburg": "Saint Lucia"), a
free-zone address inside a route ("Jebel Ali FZ, UAE / final destination Russia"),
a note in brackets ("Singapore (FTZ)"), and the hint that a field naming no country
names a town ("Novorossiysk"). The blind tester's cases (s30 ships2, H) and more of
the same mechanisms; guards that must stay as they were."""

from __future__ import annotations

import pytest

from screen.engine.places import unknown_country
from screen.errors import InputError
from screen.matching.countryscan import resolve_countries
from screen.models import Severity, Shipment, Status

RESOLVE = [
    # a town beside its country, though a word of its name is one of a country's
    ("St Petersburg, RU", ("RU",)),
    ("Saint-Pétersbourg, Russie", ("RU",)),
    ("St. Petersburg, Russian Federation", ("RU",)),
    ("Saint John, Canada", ("CA",)),  # a town of 70,000: GeoNames' name
    ("St. John's, Canada", ("CA",)),  # "St." spelt out
    ("St. Catharines, Canada", ("CA",)),
    ("St. Petersburg, Florida, USA", ("US",)),  # a namesake: the country decides
    # a route whose segments are addresses
    ("Jebel Ali FZ, UAE / final destination Russia", ("AE", "RU")),
    ("Jebel Ali FZE, UAE -> Russia", ("AE", "RU")),
    ("Lugano, Switzerland / Russia", ("CH", "RU")),
    ("Ship to: Jebel Ali Free Zone, Dubai, UAE", ("AE",)),
    # a note in brackets, or a place's customs status, beside a country
    ("Singapore (FTZ)", ("SG",)),
    ("Singapore (free trade zone)", ("SG",)),
    ("Singapore (bonded)", ("SG",)),
    ("UAE (Jebel Ali)", ("AE",)),
    ("Singapore FTZ", ("SG",)),
    ("Singapore free trade zone", ("SG",)),
    ("Russia (SEZ)", ("RU",)),
    # guards: as they were
    ("Sankt-Peterburg, RF", ("RU",)),
    ("San Pedro Sula, Honduras", ("HN",)),
    ("Dubai FZ, UAE", ("AE",)),
    ("Almaty, Kazakhstan; final destination: Moscow, Russia", ("KZ", "RU")),
    ("Singapore (transit)", ("SG",)),
    ("Busan (transit) -> Vladivostok RU", ("RU",)),
    ("RU (via KZ)", ("RU", "KZ")),
    ("Russia (DE)", ()),  # says two things
    ("Korea (Democratic)", ()),  # part of a country's name
    ("Korea, Democratic", ()),
    ("Kazahkstan, Russia", ("KZ", "RU")),  # a misspelt name is read, never set aside
    ("Russ Fed, Kazakhstan", ()),  # may be Russia's name cut short
    ("Korea Street 5, Bishkek, Kyrgyzstan", ()),  # names Korea
    ("Atlantis / Russia", ()),  # a route's pieces are countries
    ("Saint Lucia", ("LC",)),
    ("St Kitts", ()),
    ("Saint Lucia, RU", ("LC", "RU")),
    ("Georgia, USA", ("GE", "US")),
    ("Moscow, Idaho", ()),  # names no country
    ("St Petersburg, FL", ()),
    ("Novorossiysk", ()),  # a town alone names no country
    ("Vladivostok, Russia", ("RU",)),
    ("Lugano, Switzerland", ("CH",)),
]


@pytest.mark.parametrize(("text", "codes"), RESOLVE)
def test_towns_and_notes_beside_a_country(text, codes) -> None:
    assert resolve_countries(text) == codes


SCREEN = [
    ("St Petersburg, RU", Status.BLOCKED, ("RU",)),
    ("Saint-Pétersbourg, Russie", Status.BLOCKED, ("RU",)),
    ("Jebel Ali FZ, UAE / final destination Russia", Status.BLOCKED, ("AE", "RU")),
    ("Singapore (FTZ)", Status.CLEAR, ("SG",)),
    ("Jebel Ali Free Zone, Dubai, UAE", Status.CLEAR, ("AE",)),  # guard
    ("St. Petersburg, Florida, USA", Status.CLEAR, ("US",)),
]


@pytest.mark.parametrize(("country", "status", "codes"), SCREEN)
def test_a_town_beside_a_country_is_screened_as_that_country(
    screener, country, status, codes
) -> None:
    result = screener.screen(Shipment(description="Integrated circuits (ICs)", country=country))
    assert result.status is status
    assert result.understood.country_codes == codes


RU_REVIEW = {"RU-SEMICONDUCTORS": Severity.REVIEW}
# (country field, status, rules hit and their levels): a big city right beside a
# country it is not a city of is a review for its own country's rules (a diversion
# red flag, as an address in Moscow is); beside a region, a street or a postcode it
# may be a namesake's town and is not counted
CITY_BESIDE = [
    ("St Petersburg, KZ", Status.REVIEW, RU_REVIEW),
    ("Moscow, Kazakhstan", Status.REVIEW, RU_REVIEW),
    ("Kazakhstan (Moscow)", Status.REVIEW, RU_REVIEW),
    ("Ship to: Moscow, Kazakhstan", Status.REVIEW, RU_REVIEW),
    ("Kazakhstan / Moscow", Status.REVIEW, RU_REVIEW),
    ("Moscow, USA", Status.REVIEW, RU_REVIEW),  # no state: the red flag stands
    # guards
    ("St Petersburg, RU", Status.BLOCKED, {"RU-SEMICONDUCTORS": Severity.BLOCK}),
    ("St. Petersburg, Florida, USA", Status.CLEAR, {}),
    ("Moscow, ID 83843, USA", Status.CLEAR, {}),
    ("San Antonio, Chile", Status.CLEAR, {}),  # the US's San Antonio: no US rule
    ("Almaty, KZ", Status.CLEAR, {}),
    ("Hamburg, DE", Status.CLEAR, {}),
    ("Georgia, USA", Status.CLEAR, {}),
]


@pytest.mark.parametrize(("country", "status", "levels"), CITY_BESIDE)
def test_a_city_beside_another_country_is_a_review(screener, country, status, levels) -> None:
    result = screener.screen(Shipment(description="Integrated circuits (ICs)", country=country))
    assert result.status is status
    assert {h.rule_id: h.level for h in result.hits} == levels
    for hit in result.hits:
        if hit.level is Severity.REVIEW:
            assert "the country field names '" in hit.detail
            assert "a city of Russia): the goods may go to Russia" in hit.detail


def test_the_review_says_which_city_of_which_country() -> None:
    from screen.matching.named import field_towns

    (named,) = field_towns("St Petersburg, KZ")
    assert (named.code, named.quote, named.how) == (
        "RU",
        "St Petersburg",
        "Saint Petersburg, a city of Russia",
    )


@pytest.mark.parametrize(
    "country", ["Moscow, Idaho", "St Kitts", "Korea, Democratic", "Narnia, UAE / Narnia"]
)
def test_unreadable_fields_stay_errors(screener, country) -> None:
    with pytest.raises(InputError, match="unknown country"):
        screener.screen(Shipment(description="3D printer", country=country))


HINTS = [
    ("Novorossiysk", "Novorossiysk is a city in Russia (RU): give its country; "),
    ("Port of Vladivostok", "Vladivostok is a city in Russia (RU): give its country; "),
    ("St. Petersburg", "Saint Petersburg is a city in Russia (RU): give its country; "),
    ("Nakhodka", "Nakhodka is a city in Russia (RU): give its country; "),
    # guards
    ("Kaliningrad", "Kaliningrad is a city in Russia (RU): give its country; "),
    ("Moscow", "Moscow is a city in Russia (RU): give its country; "),
    ("Dagestan", "Dagestan is a region of Russia (RU-DA): give its country; "),
    ("Narnia", "unknown country 'Narnia': use an ISO 3166 code"),
]


@pytest.mark.parametrize(("text", "hint"), HINTS)
def test_a_field_naming_a_town_says_whose_it_is(text, hint) -> None:
    assert hint in unknown_country(text)
