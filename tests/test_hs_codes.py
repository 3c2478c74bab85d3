"""HS codes written in a description (and in an HS column holding words).

A number is an HS code after a marker (HS, H.S., HS code, HTS, Tariff, CN, ТН ВЭД,
HSコード, 税则号...) or in the tariff line's dotted form ("8542.31.00"), or alone in
brackets ("(8542.31)"); never a bare number that may be a part number, a quantity,
a price, a date or a phone number.  A code under a rule's heading counts as its
column twin does; a code under an excepted heading is the exception.
"""

from __future__ import annotations

import pytest

from screen.matching.hscodes import column_codes, hs_codes_in
from screen.models import Status
from tests.conftest import ship

READ = [
    # the tester's (s29 ships, D1)
    ("HS 854231 x 100 pcs", ["854231"]),
    ("HS 8479.50 - 2 units", ["847950"]),
    ("HS 3002.41 500 doses", ["300241"]),
    # every marker the brief names, and the layouts of codes
    ("Spare parts, HS code: 8542.31.00", ["85423100"]),
    ("H.S. 8542", ["8542"]),
    ("Tariff 8542.31", ["854231"]),
    ("ТН ВЭД 8542310000", ["8542310000"]),
    ("код ТН ВЭД ЕАЭС: 8486 20 900 9", ["8486209009"]),
    ("HSコード 8542.31", ["854231"]),
    ("税则号 8542.31", ["854231"]),
    ("CN 8542 31 90", ["85423190"]),
    ("HTS 8542.31.0001", ["8542310001"]),
    ("HS-8542", ["8542"]),
    ("HS No. 85.42", ["8542"]),
    ("ＨＳ　８５４２．３１", ["854231"]),  # full width
    ("HS codes 8542.31 / 8479.50 and 3002.41", ["854231", "847950", "300241"]),
    # the tariff's own word for a heading, as its wording refers to another heading
    ("Parts and accessories of machines of heading 8486, n.e.s.", ["8486"]),
    ("Parts of goods of headings 8541 and 8542", ["8541", "8542"]),
    ("subheading 8542.31", ["854231"]),
    # without a marker: the dotted tariff line, or a code alone in brackets
    ("Integrated circuits 8542.31.00", ["85423100"]),
    ("Goods (8542.31)", ["854231"]),
    # guards: numbers that are something else
    ("model 8542", []),
    ("8542 pcs", []),
    ("Part No. 8542.31.00", []),
    ("Invoice 8542.31.00", []),
    ("Price 8542.31 USD", []),
    ("Weight 2710.50 kg", []),
    ("Tel. +7 8542 31 00 00", []),
    ("dated 2024.06.10", []),
    ("GHS 8542.31", []),  # Ghana cedis
    ("Order 85423100", []),
    ("HS 12", []),  # no heading
    ("heading 12 degrees", []),
]


@pytest.mark.parametrize(("text", "digits"), READ)
def test_codes_read_from_a_description(text, digits) -> None:
    assert [c.digits for c in hs_codes_in(text)] == digits


@pytest.mark.parametrize(
    ("column", "digits"),
    [
        ("8542.31.000", ["854231000"]),  # one code as typed: every digit, as before
        ("902.1", ["9021"]),
        ("HS code: 8542.31.00", ["85423100"]),
        ("8542.31 / 8479.50", ["854231", "847950"]),
        ("85423100 84795000", ["85423100", "84795000"]),
        ("", []),
    ],
)
def test_codes_read_from_the_hs_column(column, digits) -> None:
    assert [c.digits for c in column_codes(column)] == digits


SCREENED = [
    # (description, direction, hs column, status, rule, quoted)
    ("HS 854231 x 100 pcs", "export", "", Status.BLOCKED, "RU-SEMICONDUCTORS", "HS 854231"),
    ("HS 8479.50 - 2 units", "export", "", Status.BLOCKED, "RU-ROBOTS", "HS 8479.50"),
    ("HS 3002.41 500 doses", "export", "", Status.BLOCKED, "RU-VACCINES", "HS 3002.41"),
    ("ТН ВЭД 8542310000", "export", "", Status.BLOCKED, "RU-SEMICONDUCTORS", "ТН ВЭД 8542310000"),
    ("Goods (8542.31)", "export", "", Status.BLOCKED, "RU-SEMICONDUCTORS", "8542.31"),
    ("Parts", "export", "8471.30 / 8542.31", Status.BLOCKED, "RU-SEMICONDUCTORS", None),
    # the tester's D7: the excepted heading in the description is the exception
    ("Diamonds (HS 7102.21)", "import", "", Status.CLEAR, None, None),
    ("Diamonds, HS 7102.31", "import", "", Status.BLOCKED, "RU-DIAMONDS-IMPORT", None),
    # guards
    ("model 8542 mounting bracket", "export", "", Status.CLEAR, None, None),
    ("Price 8542.31 USD", "export", "", Status.CLEAR, None, None),
    ("Part No. 8542.31.00, steel bolts", "export", "", Status.CLEAR, None, None),
    ("Tel. +7 8542 31 00 00", "export", "", Status.CLEAR, None, None),
    ("Cotton shirts HS 6205.20", "export", "", Status.CLEAR, None, None),
]


@pytest.mark.parametrize(("text", "direction", "column", "status", "rule", "quoted"), SCREENED)
def test_a_code_in_the_description_counts_as_in_the_column(
    screener, text, direction, column, status, rule, quoted
) -> None:
    result = screener.screen(ship(text, "Acme", direction=direction, hs_code=column))
    assert result.status is status, result.hits
    if rule:
        assert rule in {h.rule_id for h in result.hits}
    if quoted:
        hit = next(h for h in result.hits if h.rule_id == rule)
        assert (hit.field, hit.query) == ("description", quoted)
        assert hit.detail.startswith(f"{quoted} in the description")
        assert "falls under the rule's heading" in hit.detail


def test_the_hit_names_the_heading(screener) -> None:
    hit = screener.screen(ship("HS 8542.31 x 100 pcs", "Acme")).hits[0]
    assert hit.matched == "HS 8542"
    assert hit.detail == "HS 8542.31 in the description falls under the rule's heading 8542"


def test_words_saying_the_goods_keep_their_own_hit(screener) -> None:
    """A code beside the words of the rule adds no second hit: the words say it."""
    result = screener.screen(ship("Integrated circuits, HS 8542.31", "Acme"))
    assert [(h.rule_id, h.matched) for h in result.hits] == [
        ("RU-SEMICONDUCTORS", "integrated circuit")
    ]


@pytest.mark.parametrize(
    ("text", "column", "note"),
    [
        (
            "Diamonds, unworked (HS 7102.21)",
            "",
            "'HS 7102.21' falls under the excepted heading 7102.21",
        ),
        ("Diamonds", "7102.21", "'7102.21' falls under the excepted heading 7102.21"),
    ],
)
def test_an_excepted_heading_says_so(screener, text, column, note) -> None:
    result = screener.screen(ship(text, "Alrosa", direction="import", hs_code=column))
    assert result.status is Status.CLEAR
    assert result.notes == (
        f"RU-DIAMONDS-IMPORT: excepted: {note} "
        "(Industrial diamonds are excepted; Japan goes on importing them.)",
    )


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # an amount of money, even after a marker (currencies from CLDR)
        ("Tariff 2709.50 USD", []),
        ("Tariff 2709.50 usd per ton", []),
        ("$8542.31.00", []),
        ("US$ 8542.31.00", []),
        ("8542.31.00 €", []),
        ("Price: 2710.00.00 RUB", []),
        ("HS 8542.31, 8541.10 USD", ["854231"]),
        # a code of small letters that is an English word is no currency
        ("HS 8542.31 all new", ["854231"]),
    ],
)
def test_an_amount_is_no_code(text, digits) -> None:
    assert [c.digits for c in hs_codes_in(text)] == digits


# (s31 ships3, M5) Japan's statistical code (nine digits: the subheading and three) and
# its customs form ("8542.31-000"), and the tariff number's name in the languages of the
# trade; guards: the same layouts as a part number, a phone number, an amount
READ_ABROAD = [
    ("HSコード 854231000", ["854231000"]),
    ("HS 8542.31.000", ["854231000"]),
    ("8542.31-000 (統計品目番号)", ["854231000"]),
    ("統計品目番号 8542.31-000", ["854231000"]),
    ("Zolltarifnummer 85423190", ["85423190"]),
    ("Warennummer 8542 31 90", ["85423190"]),
    ("KN-Code 8542 31 90", ["85423190"]),
    ("Code SH 8542.31", ["854231"]),
    ("Position tarifaire : 8542.31", ["854231"]),
    ("Código arancelario 8542.31", ["854231"]),
    ("Partida arancelaria 8542.31.00", ["85423100"]),
    ("Codice doganale 8542.31", ["854231"]),
    ("GTİP 8542.31", ["854231"]),
    ("Tarife 8542.31", ["854231"]),
    ("УКТЗЕД 8542310000", ["8542310000"]),
    ("код УКТ ЗЕД 8542 31 00 00", ["8542310000"]),
    ("HSK 8542.31-0000", ["8542310000"]),
    ("품목번호 8542.31", ["854231"]),
    ("NCM 8542.31.90", ["85423190"]),
    # guards
    ("Part No. 8542.31-000", []),
    ("Price 8542.31-000 USD", []),
    ("Tel 0854.23-100", []),
    ("Parts 8542310000", []),  # a bare number: a phone, a part, an amount as often
    ("Tariff 8542310000000", []),  # too long for any tariff line
    ("tarifa 8542.31", []),  # a rate or a fare in Spanish
]


@pytest.mark.parametrize(("text", "digits"), READ_ABROAD)
def test_codes_read_as_other_countries_write_them(text, digits) -> None:
    assert [c.digits for c in hs_codes_in(text)] == digits


@pytest.mark.parametrize(
    "text", ["HSコード 854231000", "8542.31-000 (統計品目番号)", "Zolltarifnummer 85423190"]
)
def test_a_code_written_abroad_falls_under_the_heading(screener, text) -> None:
    result = screener.screen(ship(text, "OOO Elektronika, St Petersburg"))
    assert result.status is Status.BLOCKED, result.hits
    assert result.hits[0].matched == "HS 8542"


COMPILED = """
import sys
from screen.matching import hscodes

patterns = (hscodes._MARKED, hscodes._ONE, hscodes._DOTTED, hscodes._BRACKETED)
for text in sys.argv[1:]:
    hscodes.hs_codes_in(text)
print(sum(p.cache_info().currsize for p in patterns))
"""


@pytest.mark.parametrize(
    ("texts", "compiled"),
    [
        ([], 0),
        (["industrial robot", "Steel bolts, stainless", "Ball bearings (SKF)"], 0),  # no digit
        (["industrial robot", "HS 8542.31"], 4),
    ],
)
def test_the_patterns_are_compiled_when_a_text_first_holds_a_digit(texts, compiled) -> None:
    """Most descriptions hold no digit: a check of one compiles none of the patterns
    (their compiling is a millisecond and a half of every start-up)."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-c", COMPILED, *texts], capture_output=True, text=True, check=True
    )
    assert int(run.stdout) == compiled
