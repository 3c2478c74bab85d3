"""A party text cut short by its field (`screen/matching/names/truncated.py`): its
last word met as the first letters of a listed word, a review at most, never the
only evidence of a name; and words written short with a full stop, wherever they
stand, met the same way ("Kalashn. Concern"), evidence alone from six letters; the
index reaches such words in memory and on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from screen.lists.building import Chunk, encoded_rows
from screen.lists.store import DiskTables, open_store
from screen.lists.storewrite import write_store
from screen.matching.names import NameIndex
from screen.matching.names.inside import INSIDE
from screen.matching.names.parts import reduce_query

FARMS = "AGRICULTURAL ASSOCIATION"
LISTED = [
    ("PATRUSHEV", "PATRUSHEV, Nikolai Platonovich", True, False),
    ("NONWOVENS", "PERFORMANCE ENGINEERED NONWOVENS, LLC", False, False),
    ("GPBLAV", "GAZPROMBANK LATIN AMERICA VENTURES BV", False, False),
    ("MASSANDRA", f"STATE CONCERN NATIONAL PRODUCTION AND {FARMS} MASSANDRA", False, False),
    ("KAZANORG", "KAZANORGSINTEZ", False, False),
    ("FEODOSIA", "STATE ENTERPRISE FEODOSIA SEA TRADING PORT", False, False),
    ("MAGARACH", "STATE ENTERPRISE MAGARACH OF THE NATIONAL INSTITUTE OF WINE", False, False),
    ("KRET", "JOINT STOCK COMPANY CONCERN RADIO-ELECTRONIC TECHNOLOGIES", False, False),
    ("KALASHNIKOV", "KALASHNIKOV CONCERN", False, False),
    ("NITC", "NATIONAL IRANIAN TANKER COMPANY", False, False),
    ("UVZ", "URALVAGONZAVOD", False, False),
    ("KMDTC", "KOREA MINING DEVELOPMENT TRADING CORPORATION", False, False),
    ("CASIC", "CHINA AEROSPACE SCIENCE AND INDUSTRY CORPORATION LIMITED", False, False),
    ("ALMAZ", "ALMAZ-ANTEY DEFENSE CORPORATION", False, False),
]  # fmt: skip
CASES = [  # (party text, owner, found at review?)
    ("NIKOLAI PLATONOVICH PATRUSH", "PATRUSHEV", True),  # a 27-character field
    ("PERFORMANCE ENGINEERED NONWOVE", "NONWOVENS", True),  # 30
    ("GAZPROMBANK LATIN AMERICA VENT", "GPBLAV", True),
    (f"STATE CONCERN NATIONAL PRODUCTION AND {FARMS} MASSAND", "MASSANDRA", True),
    ("STATE ENTERPRISE FEODOSIA SEA TRADI", "FEODOSIA", True),  # (35: a SWIFT line)
    # the first letters alone are no name: the word's own, then a city's, then too few
    ("Uraltorg Trading House Kazan", "KAZANORG", False),
    ("NIKOLAI PLATONOVICH PATRONOV", "PATRUSHEV", False),  # (not its first letters)
    ("NIKOLAI PETROVICH PATRUSH", "PATRUSHEV", False),  # another father's name
    ("NIKOLAI PLATONOVICH PAT", "PATRUSHEV", False),  # three letters begin too many words
    ("Nikolai Patrush", "PATRUSHEV", False),  # a short text was not cut by its field
    # a last word of one to three letters: the first letters of the listed word right
    # after the one the word before it met, and the words after it unseen
    ("STATE ENTERPRISE MAGARACH OF THE NA", "MAGARACH", True),
    ("JOINT STOCK COMPANY CONCERN RADIO-E", "KRET", True),
    ("STATE ENTERPRISE FEODOSIA SEA TRA", "FEODOSIA", True),
    ("STATE ENTERPRISE MAGARACH OF THE WI", "MAGARACH", False),  # (not the next word's)
    ("JOINT STOCK COMPANY CONCERN RADIO-T", "KRET", False),
    ("STATE ENTERPRISE MAGARACH AND CO", "MAGARACH", False),  # (a legal form, as written)
]  # fmt: skip


def _disk(tmp: Path) -> NameIndex:
    path = tmp / "cut.list"
    count = write_store(
        path, {}, [Chunk((), encoded_rows([(o, n, False, p, v) for o, n, p, v in LISTED]))]
    )
    return NameIndex(tables=DiskTables(open_store(path)[0], count))


@pytest.fixture(scope="module")
def indexes(tmp_path_factory) -> tuple[NameIndex, NameIndex]:
    memory = NameIndex((o, n, False, p, v) for o, n, p, v in LISTED)
    return memory, _disk(tmp_path_factory.mktemp("cut"))


ABBREVIATED = [  # (party text, owner, found at review?)
    ("Kalashn. Concern", "KALASHNIKOV", True),
    ("Natl. Iranian Tank. Co.", "NITC", True),
    ("Uralvagonz.", "UVZ", True),  # six letters or more: evidence alone
    ("NIKOLAI PLATONOVICH PATRUSH.", "PATRUSHEV", True),  # written short, at the end too
    ("Uralv.", "UVZ", False),  # five letters alone begin too many names
    ("Kalashnikov Concern Ltd.", "KALASHNIKOV", True),  # (a legal form: as written)
    ("Tank. Co.", "NITC", False),  # a word's first letters alone are no name
    ("Nikolai Platonovich Patr.", "PATRUSHEV", True),
    ("Nikolai Platonovich Pat.", "PATRUSHEV", False),  # ("PAT", Ukrainian ПАТ: a legal form)
    # three letters written short: each begins its listed word, several in a row name it
    ("Korea Min. Dev. Trad. Corp.", "KMDTC", True),
    ("China Aerosp. Sci. & Ind. Corp.", "CASIC", True),
    ("Almaz-Ant. Def. Corp.", "ALMAZ", True),
    ("Sci. & Ind. Corp.", "CASIC", False),  # (the name's own words missing)
    ("Def. Corp.", "ALMAZ", False),
    ("China Aerosp. Sci. & Tech. Corp.", "CASIC", True),  # (a review: CASC is a sister)
]


@pytest.mark.parametrize(("text", "owner", "found"), ABBREVIATED)
def test_a_word_written_short_is_met_by_its_first_letters(indexes, text, owner, found) -> None:
    memory, disk = indexes
    hits = {h.name.owner: h for h in memory.search(text, 75.0)}
    assert (owner in hits) is found, hits.get(owner)
    if found and "written short" in hits[owner].detail:
        assert hits[owner].score <= INSIDE  # (a review: what it stands for is unsure)
    assert memory.search(text, 75.0) == memory.search_exhaustive(text, 75.0)
    assert disk.search(text, 75.0) == memory.search(text, 75.0)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_word_cut_short_by_its_field_is_met_by_its_first_letters(
    indexes, text, owner, found
) -> None:
    memory, disk = indexes
    hits = {h.name.owner: h for h in memory.search(text, 75.0)}
    assert (owner in hits) is found, hits.get(owner)
    if found:
        assert hits[owner].score <= INSIDE  # (a review: what followed is unknown)
        assert "the text cut short" in hits[owner].detail
    assert memory.search(text, 75.0) == memory.search_exhaustive(text, 75.0)
    assert disk.search(text, 75.0) == memory.search(text, 75.0)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("NIKOLAI PLATONOVICH PATRUSH", 2),
        ("Acme Trading Co., Ltd., Moscow", -1),  # (its last piece is one word)
        ("Sberbank", -1),
        ("NIKOLAI PLATONOVICH PATRUSH 2", -1),  # (ends in a number)
    ],
)
def test_only_the_last_word_of_a_long_text_ending_in_a_letter_may_be_cut(text, cut) -> None:
    assert reduce_query(text).cut == cut


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("INVERSIONES TURISTICAS JOYA GR", "gr"),
        ("JOINT STOCK COMPANY CONCERN RADIO-E", "e"),
        ("SOME TRADING COMPANY CO", ""),  # (a legal form)
        ("JOYA GR", ""),  # (too short a text to have been cut)
        ("INVERSIONES TURISTICAS JOYA 12", ""),
        ("INVERSIONESTURISTICAS GR", ""),  # (one word before it)
    ],
)
def test_a_short_last_word_of_a_long_text_may_be_cut(text, tail) -> None:
    assert reduce_query(text).tail == tail


@pytest.mark.parametrize(
    "text",
    [
        "ORDERING CUSTOMER: MELLI BANK PLC 98A KENSINGTON HIGH ST LONDON W8 4SG",
        "Beneficiary: HUAWEI TECHNOLOGIES CO LTD BANTIAN LONGGANG DISTRICT SHENZHEN CN",
    ],
)
def test_a_short_last_word_never_hides_a_name_standing_inside_the_text(text) -> None:
    index = NameIndex(
        [
            ("MELLI", "MELLI BANK PLC", False, False, False),
            ("HUAWEI", "HUAWEI TECHNOLOGIES CO., LTD.", False, False, False),
        ]
    )
    assert reduce_query(text).tail  # (the index lifts its caps for such a text)
    hits = index.search(text, 75.0)
    assert len(hits) == 1
    assert hits == index.search_exhaustive(text, 75.0)
