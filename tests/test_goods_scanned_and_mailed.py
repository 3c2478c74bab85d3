"""Descriptions a scan misread, acronyms in the plural, and requests by mail (blind
goods set 5's misses): "Vacc1nes, hurnan" are human vaccines, "E1ectron
rnicroscope" an electron microscope, "STM32F407 MCUs" microcontrollers, and in
"could you offer 2 reels of NAND flash chips" or "We need a price for 10
collaborative robots" the goods are what is asked for, not "you" or "a price".
A field's width cuts a description's last word ("SCANNING ELECTRON MICROSC"): it
is read whole when it is no English word and one English word of the terms begins so.
A word read back must be a known word: "modern", a part's code and a number stay
as written, and a look-alike read back stays a look-alike ("Wafer b1scuits")."""

from __future__ import annotations

import pytest

from screen.matching.fieldcut import CutWords
from screen.text.ocrwords import ocr_read
from tests.conftest import assert_named, ship

SEMI, ROBOTS, VACCINES, MICRO, DIAMONDS, SME = (
    "RU-SEMICONDUCTORS",
    "RU-ROBOTS",
    "RU-VACCINES",
    "RU-ELECTRON-MICROSCOPES",
    "RU-DIAMONDS-IMPORT",
    "RU-SEMICONDUCTOR-EQUIPMENT",
)
KNOWN = frozenset("sods vaccines human microscope electron oil semiconductor welding robot".split())


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Vacc1nes, hurnan", "Vaccines, human"),
        ("E1ectron rnicroscope", "Electron microscope"),
        ("Oi1", "Oil"),
        ("Sernlconductor", "Semiconductor"),
        ("WELD1NG ROB0T", "WELDING ROBOT"),
        ("modern turn", "modern turn"),  # (no figure, and "rn" read as "m" is no word)
        ("STM32F407 TSOP48 1000 pcs", "STM32F407 TSOP48 1000 pcs"),  # (codes, numbers)
        ("Xy1oz", "Xy1oz"),  # (no reading is a known word)
        ("FMD VACCINE 50DS VIAL", "FMD VACCINE 50DS VIAL"),  # (a count and its unit)
    ],
)
def test_a_word_a_scan_misread_is_read_back(text, read) -> None:
    assert ocr_read(text, KNOWN.__contains__) == read


@pytest.mark.parametrize(
    ("text", "rules", "direction"),
    [
        ("Vacc1nes, hurnan, rneasles-rnumps-rube11a (MMR), Moscow", {VACCINES}, "export"),
        ("E1ectron rnicroscope, transrnission, 12O kV, Russia", {MICRO}, "export"),
        ("Weld1ng rob0t with positi0ner", {ROBOTS}, "export"),
        ("Rough d1arnonds, non-industria1, origin RUSS1A", {DIAMONDS}, "import"),
        ("Wafer b1scuits, vani11a, 5OO cartons", set(), "export"),
        (
            "Hi Kenji, pls quote 5,000 pcs STM32F407 MCUs, for our client in Moscow",
            {SEMI},
            "export",
        ),
        ("GPUs and FPGAs for a render farm", {SEMI}, "export"),
        ("PCs for office use", set(), "export"),  # (no term's acronym)
        ("RU/MOW | SCANNING ELECTRON MICROSC", {MICRO}, "export"),
        ("scanning electron microsc.", {MICRO}, "export"),  # (a full stop: abbreviated)
        ("Percussion or detonating caps", {"RU-EXPLOSIVES"}, "export"),  # (a word whole)
    ],
)
def test_the_goods_are_found_as_a_scan_or_a_mail_writes_them(
    screener, text, rules, direction
) -> None:
    result = screener.screen(ship(text, "Ural Trading", direction=direction))
    assert {
        h.rule_id
        for h in result.hits
        if h.rule_id in {SEMI, ROBOTS, VACCINES, MICRO, DIAMONDS, SME, "RU-EXPLOSIVES"}
    } == rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Dear sales, could you offer 2 reels of NAND flash chips 64Gb (TSOP48)?", SEMI),
        ("We need a price for 10 collaborative robots, 10 kg payload", ROBOTS),
        ("Hi, looking for 2 industrial robots, pls send your best price", ROBOTS),
        ("Kindly quote for 5 units of DRAM modules", SEMI),
        ("potato chips, could you quote 200 cartons", None),  # (a look-alike asked for)
        ("Dear sir, we need a price for robot vacuum cleaners", None),
    ],
)
def test_a_request_by_mail_names_the_goods_it_asks_for(terms, text, rule) -> None:
    assert_named(terms, text, rule)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("SEMICONDUCTOR MANUFACTURING EQUIPM", "SEMICONDUCTOR MANUFACTURING EQUIPMENT"),
        ("SEMICONDUCTOR MANUFACTURING EQUIP", "SEMICONDUCTOR MANUFACTURING EQUIP"),  # (English)
        ("electron microsc", "electron microscope"),
        ("industrial robot", "industrial robot"),  # (a term's word whole)
        ("industrial gene", "industrial gene"),  # (generating, generation, generator)
        ("industrial rob ", "industrial rob "),  # (a space after it: not cut)
        ("potato ch", "potato ch"),  # (two letters)
        ("JEOL JSM-IT800 SEM", "JEOL JSM-IT800 SEM"),  # (an acronym)
    ],
)
def test_a_word_a_field_cut_is_read_whole(text, read) -> None:
    words = CutWords(
        [
            "semiconductor manufacturing equipment",
            "electron microscope",
            "industrial robot",
            "generating set",
            "generation unit",
            "generator",
        ]
    )
    assert words.completed(text) == read
