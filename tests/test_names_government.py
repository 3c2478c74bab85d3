"""Government bodies and other parties named by their kind and their country
(held-out set 12's misses): the country's adjective in place of "of <country>"
("Russian Ministry of Finance"), "of" a country's one-word name without "the",
another country's name never a typo of the listed one ("Iraq", "Iran"), and a name
of its country and kind words only met without one of its kind words another party
of that country ("Bank of Korea" is no KOREA TRADE BANK, "Central Bank of Iraq" no
TRADE CENTER OF IRAQ)."""

from __future__ import annotations

import pytest

from screen.datagen import demonyms
from screen.matching.names import NameIndex
from screen.matching.names.countryphrases import adjective_readings
from screen.matching.names.parts import reduce_query
from screen.matching.names.similarity import part_similarity
from tests.conftest import name_hit

LISTED = [  # (owner, listed name)
    ("MINFIN", "MINISTRY OF FINANCE OF THE RUSSIAN FEDERATION"),
    ("CBR", "CENTRAL BANK OF RUSSIA"),
    ("CBI", "CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN"),
    ("TCI", "TRADE CENTER OF IRAQ"),
    ("KTB", "KOREA TRADE BANK"),
    ("AUC", "UNITED SELF-DEFENSE FORCES OF COLOMBIA"),
    ("ITC", "IRAQI TRADE CENTER"),
    ("BOC", "BANK OF CHINA"),
]
CASES = [  # (party text, owner, found at review?)
    ("Russian Ministry of Finance", "MINFIN", True),
    ("Ministry of Finance of Russia", "MINFIN", True),
    ("Ministry of Finance of the Russian Federation", "MINFIN", True),
    ("Kazakh Ministry of Finance", "MINFIN", False),  # (another country's)
    ("Russian Central Bank", "CBR", True),
    ("Central Bank of Russia", "CBR", True),
    ("Iranian Central Bank", "CBI", True),
    ("Central Bank of Iran", "CBI", True),
    ("Central Bank of Iraq", "CBI", False),  # (Iraq is no typo of Iran)
    ("Iraqi Central Bank", "CBI", False),
    ("Trade Bank of Iraq", "ITC", False),  # (no "of Iraq" read from "Iraqi")
    ("Trade Center of Iraq", "TCI", True),
    ("Central Bank of Iraq", "TCI", False),  # (another kind of party: "of" is none)
    ("Korea Trade Bank, Pyongyang", "KTB", True),
    ("Bank of Korea", "KTB", False),  # (another bank of that country: a kind word missing)
    ("Korea Bank", "KTB", False),
    ("Chinese Bank", "BOC", False),  # (one kind word: "a Chinese bank", any of them)
    ("Japan Self-Defense Forces", "AUC", False),  # (no adjective for distinctive words)
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, False) for owner, name in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_body_named_by_its_country_finds_its_party(index, text, owner, found) -> None:
    hit = name_hit(index, text, owner)
    assert (hit is not None) is found, hit


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("central bank of the russia", ["russian central bank", "central bank of russia"]),
        ("central bank of iran", ["iranian central bank"]),
        ("iranian ministry of intelligence", []),  # (not the other way round)
        ("bank of china", []),  # (one word besides the country)
        ("foreign trade bank of the dprk", []),  # (no adjective)
        ("iranian bank", []),
    ],
)
def test_adjective_readings(words: str, read: list[str]) -> None:
    assert [" ".join(r) for r in adjective_readings(words.split())] == read


def test_another_country_is_no_typo() -> None:
    def part(word: str):  # type: ignore[no-untyped-def]
        return reduce_query(word).parts[0]

    assert part_similarity(part("iran"), part("iraq"), False)[0] == 0.0
    assert part_similarity(part("austria"), part("australia"), False)[0] == 0.0
    assert part_similarity(part("russia"), part("rusia"), False)[0] > 0.0  # (a typo)


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("russian", "RU"),
        ("iranian", "IR"),
        ("iraqi", "IQ"),
        ("chinese", "CN"),
        ("mexican", "MX"),
        ("nigerian", "NG"),  # (Nigeria+n, not Niger+ian)
        ("belarusian", "BY"),  # (the language official there only)
    ],
)
def test_demonyms_are_made_from_the_country_names(adjective: str, country: str) -> None:
    rows = dict(line.split("\t")[:2] for line in demonyms.generate().splitlines()[1:])
    assert rows[adjective] == country
    for word in ("haiti", "dominican", "cantonese", "hebrew", "perish"):
        assert word not in rows
