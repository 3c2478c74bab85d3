"""Destination fields as people write them: abbreviations and codes inside fields
naming several countries, a name with its code in brackets, the linking words and
labels of other languages, short forms with full stops, a word holding a country's
name, and regions named beside a country. The black-box tester's cases (s28, P1,
P3 to P7) and more of the same mechanisms; guards that must stay as they were."""

from __future__ import annotations

import pytest

from screen.errors import InputError
from screen.matching.countryscan import resolve_countries
from screen.models import Shipment, Status

RESOLVE = [
    # each piece of a field is read as a whole field is: abbreviations, codes
    ("UAE/Russia", ("AE", "RU")),
    ("UAE → Russia", ("AE", "RU")),
    ("UAE -> RU", ("AE", "RU")),
    ("UK / Russia", ("GB", "RU")),
    ("KSA, Russia", ("SA", "RU")),
    ("PRC / RU", ("CN", "RU")),
    ("Dubai, UAE for re-export to Russia", ("AE", "RU")),
    ("ROK | Russia", ("KR", "RU")),
    ("U.A.E. ; Kyrgyzstan ; Russia", ("AE", "KG", "RU")),
    ("Russia, DE", ("RU", "DE")),
    # a name with its code in brackets, when the two agree
    ("Russia (RU)", ("RU",)),
    ("Russia [RU]", ("RU",)),
    ("Germany (DE)", ("DE",)),
    ("China (CN)", ("CN",)),
    ("Kazakhstan (KZ)", ("KZ",)),
    ("Россия (РФ)", ("RU",)),
    ("Türkiye (TUR)", ("TR",)),
    ("Kyrgyzstan [KG]", ("KG",)),
    ("RU (via KZ)", ("RU", "KZ")),
    ("Russia (DE)", ()),  # says two things: no guess
    ("Germany (RU)", ()),
    # linking words and labels of other languages; Russian case forms
    ("через Казахстан в Россию", ("KZ", "RU")),
    ("über Kasachstan nach Russland", ("KZ", "RU")),
    ("vers la Russie via le Kazakhstan", ("RU", "KZ")),
    ("a Rusia vía Kazajistán", ("RU", "KZ")),
    ("Казахстан (транзит), Россия", ("KZ", "RU")),
    ("経由：カザフスタン、仕向地：ロシア", ("KZ", "RU")),
    ("经哈萨克斯坦转运至俄罗斯", ("KZ", "RU")),
    ("из Китая в Казахстан", ("CN", "KZ")),
    ("через Армению в Россию", ("AM", "RU")),
    ("через Білорусь до Росії", ("BY", "RU")),
    ("durch Polen nach Weißrussland", ("PL", "BY")),
    ("tramite Turchia verso Russia", ("TR", "RU")),
    ("经土耳其运往俄罗斯", ("TR", "RU")),
    ("仕向地：アルメニア", ("AM",)),
    ("Country of destination: RU", ("RU",)),
    ("Destination country: Kazakhstan", ("KZ",)),
    ("Bestimmungsland: Russland", ("RU",)),
    ("Pays de destination : Russie", ("RU",)),
    ("VIA KAZAKHSTAN TO RUSSIA", ("KZ", "RU")),
    ("Россия, г. Москва", ("RU",)),
    ("Україна, м. Київ", ("UA",)),
    ("俄罗斯莫斯科", ("RU",)),
    ("カザフスタン経由ロシア向け", ("KZ", "RU")),
    ("카자흐스탄 경유 러시아", ("KZ", "RU")),
    ("Kazakistan üzerinden Rusya", ("KZ", "RU")),  # "TO" in capitals is no Tonga here
    # short forms
    ("ROC", ("TW",)),
    ("N. Korea", ("KP",)),
    ("S. Korea", ("KR",)),
    ("RSA", ("ZA",)),
    ("RDC", ("CD",)),
    ("Russ. Fed.", ("RU",)),
    ("Kosovo", ("XK",)),
    ("S. Africa", ("ZA",)),
    ("N. Macedonia", ("MK",)),
    ("Czech Rep.", ("CZ",)),
    # a word holding a country's name is not that country; typos still are
    ("Prussia", ()),
    ("Borussia", ()),
    ("Kazakhstan/Prussia", ()),
    ("Russsia", ("RU",)),
    ("Russian Federatoin", ("RU",)),
    # guards
    ("Korea, Demokratische Volksrepublik", ("KP",)),  # the German formal name (iso-codes)
    ("Guinea-Bissau", ("GW",)),
    ("Congo-Brazzaville", ("CG",)),
    ("Georgia", ("GE",)),
    ("Georgia (transit) / Russia", ("GE", "RU")),
    ("Armenia (final destination: Russia)", ("AM", "RU")),
    ("Ship to: Kazakhstan; end user: Russia", ("KZ", "RU")),
    ("Atlantis / Russia", ()),
]


@pytest.mark.parametrize(("text", "codes"), RESOLVE)
def test_fields_people_write(text, codes) -> None:
    assert resolve_countries(text) == codes


PRINTER, TEA = "3D printer", "Green tea"
CRIMEA_AND_RU = {"REGION-CRIMEA", "RU-3D-PRINTERS"}
# (country field, goods, status, country codes, rules hit): every country named counts,
# and a region of Ukraine named beside Russia hits its rule while Russia's rules apply
REGIONS_BESIDE = [
    ("Crimea, Russia", PRINTER, Status.BLOCKED, ("RU",), CRIMEA_AND_RU),
    ("Russia (Crimea)", PRINTER, Status.BLOCKED, ("RU",), CRIMEA_AND_RU),
    (
        "Republic of Crimea, Russian Federation",
        "3D printer",
        Status.BLOCKED,
        ("RU",),
        CRIMEA_AND_RU,
    ),
    ("Крым, Россия", PRINTER, Status.BLOCKED, ("RU",), CRIMEA_AND_RU),
    ("Крым, Россия", TEA, Status.REVIEW, ("RU",), {"REGION-CRIMEA"}),
    ("DNR, Russia", PRINTER, Status.BLOCKED, ("RU",), {"REGION-DNR", "RU-3D-PRINTERS"}),
    ("ЛНР / РФ", PRINTER, Status.BLOCKED, ("RU",), {"REGION-LNR", "RU-3D-PRINTERS"}),
    (
        "Kherson, Russian Federation",
        PRINTER,
        Status.BLOCKED,
        ("RU",),
        {"REGION-UA-SOUTH", "RU-3D-PRINTERS"},
    ),
    ("クリミア、ロシア", PRINTER, Status.BLOCKED, ("RU",), CRIMEA_AND_RU),
    ("via Kazakhstan to Crimea", TEA, Status.REVIEW, ("KZ",), {"REGION-CRIMEA"}),
    ("Sevastopol (Crimea), Russia", PRINTER, Status.BLOCKED, ("RU",), CRIMEA_AND_RU),
    ("Россия, Республика Крым, г. Ялта", PRINTER, Status.BLOCKED, ("RU",), CRIMEA_AND_RU),
    ("Luhansk, LNR, Russia", PRINTER, Status.BLOCKED, ("RU",), {"REGION-LNR", "RU-3D-PRINTERS"}),
    ("Luhansk, LNR", TEA, Status.BLOCKED, ("UA",), {"REGION-LNR"}),  # the term, not "Luhansk"
    ("Mariupol, DNR, RF", PRINTER, Status.BLOCKED, ("RU",), {"REGION-DNR", "RU-3D-PRINTERS"}),
    # guards
    ("Crimea", PRINTER, Status.REVIEW, ("UA",), {"REGION-CRIMEA"}),
    ("Crimea, Ukraine", TEA, Status.REVIEW, ("UA",), {"REGION-CRIMEA"}),
    ("Sevastopol, Russia", PRINTER, Status.BLOCKED, ("RU",), CRIMEA_AND_RU),
    ("DPR Korea", TEA, Status.CLEAR, ("KP",), set()),
    ("Korea DPR / Russia", TEA, Status.CLEAR, ("KP", "RU"), set()),
]


@pytest.mark.parametrize(("country", "goods", "status", "codes", "rules"), REGIONS_BESIDE)
def test_a_region_named_beside_a_country_keeps_the_country(
    screener, country, goods, status, codes, rules
) -> None:
    result = screener.screen(Shipment(description=goods, country=country))
    assert result.status is status
    assert result.understood.country_codes == codes
    assert {h.rule_id for h in result.hits} == rules


@pytest.mark.parametrize("country", ["Prussia", "Russia (DE)", "Atlantis / Russia"])
def test_unreadable_fields_stay_errors(screener, country) -> None:
    with pytest.raises(InputError, match="unknown country"):
        screener.screen(Shipment(description="3D printer", country=country))
