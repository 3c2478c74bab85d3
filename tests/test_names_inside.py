"""A listed organisation's name standing whole inside a longer party text
(`screen/matching/names/inside.py`): review, never block, and only for a name that
can stand for one party alone."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.inside import INSIDE

ORG, PERSON, VESSEL = "organization", "person", "vessel"

INSIDE_CASES = [  # (party text, listed name, kind, weak alias?, found at INSIDE?)
    ("Sberbank Leasing", "Sberbank", ORG, False, True),
    ("Leasing Sberbank", "Sberbank", ORG, False, True),
    ("Cimex Shipping Panama", "CIMEX, S.A.", ORG, False, True),
    ("Aqua Shipping Factoring Ltd.", "AQUA SHIPPING LTD.", ORG, False, True),
    ("Galax Trading Marine Services Co", "GALAX TRADING CO., LTD.", ORG, False, True),
    # a generic word in the other number: the listed name all the same
    ("Shenzhen Huawei Technology Co Ltd", "HUAWEI TECHNOLOGIES CO., LTD.", ORG, False, True),
    ("Shenzhen Huaway Technology Co Ltd", "HUAWEI TECHNOLOGIES CO., LTD.", ORG, False, False),
    # a weak alias, a vessel's name, a person's name: no party stands behind them
    ("Sberbank Leasing", "Sberbank", ORG, True, False),
    ("Herby Foods Ltd", "HERBY", VESSEL, False, False),
    ("Ivan Petrov Trading House", "PETROV, Ivan", PERSON, False, False),
    # but a craft's registration mark or call sign names one craft wherever it is
    ("B747-422 EP MNB", "EP-MNB", VESSEL, False, True),
    ("A310-304 reg. EP-MNP (Mahan)", "EP-MNP", VESSEL, False, True),
    ("Gulfstream G200 N200VR", "N200VR", VESSEL, False, True),
    ("MV Hero Trader", "HERO", VESSEL, False, False),  # (a name, not a mark)
    ("Gulfstream G200 N200VS", "N200VR", VESSEL, False, False),
    ("VTB Leasing", "VTB", ORG, False, True),  # three letters of its own
    ("Acme Ltd c/o VTB Leasing", "VTB", ORG, False, True),
    ("Vtb Leasing", "VTB", ORG, False, True),  # no vowel: an acronym however written
    ("Veb Design Studio", "VEB", ORG, False, False),  # three small letters with a vowel: a word
    ("VEB Design Studio", "VEB", ORG, False, True),
    ("veb design studio", "VEB", ORG, False, True),  # (all small letters say nothing)
    ("Kave Insurance Brokers", "KAVE", ORG, False, True),  # four letters: a name
    # one word that other parties' names are made of: English, a name, two letters
    ("Destiny Trading Co", "DESTINY", ORG, False, False),
    ("Maria Logistics", "MARIA", ORG, False, False),
    ("Ace Construction", "ACE", ORG, False, False),
    ("AB Leasing Nordic", "AB", ORG, False, False),
    # part of a country's name in the text: the country's
    ("DPR Korea Trading Corporation", "DPR", ORG, False, False),
    ("Vientiane Motors, Lao PDR", "PDR", ORG, False, False),
    ("Jamiat al-Jihad al-Islami", "AL-JIHAD", ORG, False, False),  # (a particle beside it)
    # not whole, not in order, not spelt as listed
    ("Aqua Factoring Shipping", "AQUA SHIPPING LTD.", ORG, False, False),
    ("Sberbnak Leasing", "Sberbank", ORG, False, False),
    ("Calliope Foods Co., Ltd.", "KALLIOPE LIMITED", ORG, False, False),  # only folded alike
    ("Sberbank", "Sberbank", ORG, False, False),  # (the name itself: scored in full)
]


@pytest.mark.parametrize(("text", "listed", "kind", "weak", "found"), INSIDE_CASES)
def test_a_listed_name_whole_inside_a_longer_text(text, listed, kind, weak, found) -> None:
    index = NameIndex([("E", listed, weak, kind == PERSON, kind == VESSEL)])
    hits = index.search(text, 50.0)
    inside = [h for h in hits if "the whole listed name inside a longer name" in h.detail]
    assert bool(inside) is found, hits
    if found:
        assert inside[0].score == INSIDE  # review, not block
    assert hits == index.search_exhaustive(text, 50.0)


@pytest.mark.parametrize(
    ("forms", "mark"),
    [
        (("ep", "mnb"), True), (("p", "632"), True), (("up", "b3701"), True),
        (("n200vr",), True), (("9hb4398",), True),
        (("hero", "2"), False), (("destiny",), False), (("2024",), False),
        (("ab", "cd", "ef"), False),
    ],
)  # fmt: skip
def test_a_registration_mark_is_told_by_its_shape(forms, mark) -> None:
    from screen.matching.names.inside import registration_mark

    assert registration_mark(forms) is mark


def test_the_hit_says_what_stood_inside_and_what_was_around_it() -> None:
    index = NameIndex([("SBER", "Sberbank", False, False)])
    (hit,) = index.search("Acme Trading c/o Sberbank Leasing", 75.0)
    assert hit.score == INSIDE
    assert hit.detail == (
        "sberbank=sberbank (the whole listed name inside a longer name); "
        "query only: acme trading leasing"
    )


def test_a_better_score_of_its_own_is_kept() -> None:
    index = NameIndex([("V", "VTB Bank", False, False)])
    (hit,) = index.search("VTB Bank Capital", 75.0)  # (a generic word beside it costs little)
    assert hit.score > INSIDE and "inside" not in hit.detail


CRAFT_CASES = [  # (party text, found as the vessel FORTUNE?, as the organisation FORTUNE?)
    ("Fortune", True, True),
    ("MV Fortune", True, True),
    ("M/V FORTUNE", True, True),
    ("Fortune (IMO 9123456)", True, True),
    ("Acme Shipping c/o Fortune", True, True),
    # a word naming the kind of craft says the text is the craft's
    ("vessel Fortune", True, False),
    ("Vessel: FORTUNE", True, True),  # (the label a segment of its own)
    ("tanker FORTUNE", True, False),
    ("Crude Oil Tanker FORTUNE", True, False),  # (an SDN vessel type)
    ("Bulk Carrier FORTUNE", True, False),
    # a shipping text around the name: the prefix with a slash, what carried it,
    # the voyage, the IMO number
    ("per M/V Fortune voy. 019", True, True),
    ("M/T FORTUNE (IMO 9123456)", True, True),
    # its flag: the state it sails under ("DPRK flag", "Panama-flagged", "flag: Togo")
    ("tanker FORTUNE DPRK flag", True, False),
    ("MV Fortune, Panama-flagged", True, True),
    ("M/T FORTUNE flag: Sierra Leone", True, True),
    ("Red Flag Fortune", False, False),  # ("Red" names no state)
    # a ship's former name after "ex": each name is the ship's
    ("MT FORTUNE ex BLUE SKY", True, True),
    ("MV Blue Sky ex-Fortune", True, True),
    # "M/S" before a name: a motor ship's prefix, or a firm addressed ("Messrs")
    ("M/S Fortune", True, True),
    ("M/s. Fortune", True, True),
    # a generic word or a legal form beside it: a company's name, not the vessel's
    ("Fortune Trading", False, True),
    ("Fortune Industries Ltd", False, True),
    ("Fortune Co., Ltd.", False, True),
    ("Fortune, Ltd.", False, True),
]


@pytest.mark.parametrize(("text", "vessel", "organisation"), CRAFT_CASES)
def test_a_vessels_name_in_a_companys_name_is_no_hit(text, vessel, organisation) -> None:
    for craft, found in ((True, vessel), (False, organisation)):
        index = NameIndex([("E", "FORTUNE", False, False, craft)])
        hits = index.search(text, 75.0)
        assert bool(hits) is found, (craft, hits)
        assert hits == index.search_exhaustive(text, 75.0)


@pytest.mark.parametrize("text", ["M/s. Bank Mellat", "M/S Bank Mellat", "Messrs. Bank Mellat",
                                  "Messers Bank Mellat"])  # fmt: skip
def test_a_firm_addressed_as_messrs_is_named_whole(text) -> None:
    index = NameIndex([("M", "BANK MELLAT", False, False)])
    assert [h.score for h in index.search(text, 75.0)] == [100.0]
    assert index.search(text, 75.0) == index.search_exhaustive(text, 75.0)


LABELLED = [  # (text, score against BANK MELLAT): a document's label before the party
    ("Consignee: Bank Mellat", 100.0),
    ("Notify party: Bank Mellat", 100.0),
    ("ATTN: Bank Mellat", 100.0),
    ("Mellat: Bank", 100.0),  # (a name's own word before a colon is no label)
    ("Bank: Mellat", 96.2),  # (an English word before a colon is read as a label)
]


@pytest.mark.parametrize(("text", "score"), LABELLED)
def test_a_documents_label_before_the_party_is_no_word_of_it(text, score) -> None:
    index = NameIndex([("M", "BANK MELLAT", False, False)])
    assert [h.score for h in index.search(text, 75.0)] == [score]
    assert index.search(text, 75.0) == index.search_exhaustive(text, 75.0)


def test_a_label_of_a_name_s_own_words_stays() -> None:
    index = NameIndex([("V", "VTB", False, False)])
    assert [h.score for h in index.search("VTB: Leasing", 75.0)] == [89.0]
