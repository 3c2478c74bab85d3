"""Goods terms judged in context: case tables per mechanism, with the explanation."""

from __future__ import annotations

import datetime as dt

import pytest

from screen.matching.goodsterms import GoodsTerms, stem
from screen.models import Shipment, Status
from screen.text.tokens import analyze

SEMI, GEN, VAC = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-VACCINES"
REFINING, MICRO, PRINT3D = "RU-OIL-REFINING-EQUIPMENT", "RU-ELECTRON-MICROSCOPES", "RU-3D-PRINTERS"
SME, OIL, DIAMONDS = "RU-SEMICONDUCTOR-EQUIPMENT", "RU-OIL-IMPORT", "RU-DIAMONDS-IMPORT"
EXPLOSIVES, ROBOTS, QUANTUM = "RU-EXPLOSIVES", "RU-ROBOTS", "RU-QUANTUM-COMPUTERS"


def named(terms: GoodsTerms, text: str) -> set[str]:
    finding = terms.find(text)
    return finding.named


def reasons(terms: GoodsTerms, text: str) -> list[str]:
    return [h.reason for h in terms.find(text).set_aside]


# (description, rule it must name, or None for none of the rules)
NEGATION = [
    ("Diodes, other than photosensitive or light-emitting diodes (LED)", SEMI),
    ("Lasers, other than laser diodes", None),
    ("Prepared explosives, other than propellent powders", EXPLOSIVES),
    ("Microscopes other than optical microscopes; diffraction apparatus", MICRO),
    ("Diamonds, non-industrial, unworked", DIAMONDS),
    ("Non-electric detonators, shock tube", EXPLOSIVES),
    ("Photovoltaic cells whether or not assembled in modules", SEMI),
    ("Lamps excluding integrated circuits", None),
    ("Диоды, кроме светодиодов", SEMI),
    ("Лазеры, кроме лазерных диодов", None),
    ("ダイオード（発光ダイオードを除く。）", SEMI),
    ("二极管，但发光二极管除外", SEMI),
]

HEAD_NOUN = [
    ("Light-emitting diode (LED) lamps", None),
    ("Chip resistors, fixed", None),
    ("Memory foam pillows", None),
    ("Robot vacuum cleaner with mop", None),
    ("Petroleum coke, not calcined", None),
    ("Semiconductor devices", SEMI),
    ("Memory chips DDR4 8Gb", SEMI),
    ("Microcontroller 32-bit ARM Cortex-M4", SEMI),
    ("Dynamite sticks", EXPLOSIVES),
    ("Quantum annealing computer system", QUANTUM),
    ("石油ストーブ", None),
    ("ワクチン保冷庫", None),
    ("半導体デバイス", SEMI),
    ("柴油发电机组", GEN),
    # a brand's or a model's name after the goods' noun heads nothing
    ("influenza vaccine Vaxigrip Tetra", VAC),
    ("scanning electron microscope Hitachi SU5000", MICRO),
    ("chip resistors Vishay", None),
    ("vacuum cleaner robot Xiaomi", None),
    ("Chip resistors, fixed, surface mount", None),  # (lower case: no name)
    # an English word in capitals before a model's code is a maker's name, and so is
    # a capitalised word after a maker's name
    ("wafer dicing saw DISCO DAD3350", SME),
    ("photolithography stepper ASML PAS 5500", SME),
    ("diesel generator CAT C15", GEN),
    ("3D printer FORMLABS Form 3", PRINT3D),
    ("semiconductor TEXTBOOK", None),  # (no code after it: a word in capitals)
    ("generator BELT for cars", None),
]

COMPLEMENT = [
    ("Sound recorders using semiconductor media", None),
    ("Refrigerators for storing vaccines", None),
    ("Smart cards incorporating an integrated circuit", None),
    ("Display modules with light-emitting diodes", None),
    ("Parts of electronic integrated circuits", SEMI),
    ("Vaccines for veterinary medicine", VAC),
    ("Vaccine against influenza", VAC),  # any preposition opens a complement
    # what the goods are sent as is no head of them
    ("Consignment of vaccines", VAC),
    ("Shipment of integrated circuits", SEMI),
    ("Batch of vaccines", VAC),
    ("Delivery of robots", ROBOTS),
    ("Поставка генераторов", GEN),
    # "including" lists the goods, as "and" does
    ("Goods including generators", GEN),
    ("Package including vaccines", VAC),
    ("Container for vaccines", None),
    # an exclusion written head first, "of" or "for" between: "signal generator"
    ("Generator of signals", None),
    ("Generator for signals, 20 MHz", None),
    ("Generators of X-rays", None),
    ("Generator for signal towers", GEN),  # ("signal" does not end its phrase)
    ("Ultrasonic generator 2000W for cleaning tank", None),  # (no electric power)
    ("Induction generator", GEN),
    ("vaccines against rabies for dogs", VAC),
    ("Вакцина против гриппа", VAC),
    ("Robots without controllers", ROBOTS),
    ("Cases against dust for integrated circuits", None),
    ("Machines for additive manufacturing by metal deposit", PRINT3D),
    ("Filaments of plastics for additive manufacturing printers", None),
    ("Equipment for crude oil refining", REFINING),
    ("Machines and apparatus for the manufacture of semiconductor wafers", SME),
    ("Оборудование для переработки нефти", REFINING),
    ("Холодильник для хранения вакцин", None),
    ("石油精製用の装置", REFINING),
    ("3Dプリンター用フィラメント", None),
]

OTHER_TRADES = [
    ("Sweet biscuits; waffles and wafers", None),
    ("Wood in chips or particles", None),
    ("Turnings, shavings, chips, milling waste and filings of iron", None),
    ("Palm oil and its fractions: crude oil", None),
    ("Starter motors and dual purpose starter-generators", None),
    ("potato chips and memory chips", SEMI),
    ("Sweet biscuits; integrated circuits", SEMI),
    ("Toys representing robots", None),
    ("发光二极管（LED）灯", None),
    ("扫地机器人", None),
]

SPREAD_AND_TYPOS = [
    ("refinery equipment for crude oil", REFINING),
    ("Микроскоп электронный растровый", MICRO),
    ("Приборы полупроводниковые", SEMI),
    ("Квантовые компьютеры", QUANTUM),
    ("semiconducter wafers", SEMI),
    ("Processes for steel making", None),
    ("Vacuum cleaners, robotic, for domestic use", None),
    ("explosion-proof motor", None),
]


@pytest.mark.parametrize(
    ("text", "rule"), NEGATION + HEAD_NOUN + COMPLEMENT + OTHER_TRADES + SPREAD_AND_TYPOS
)
def test_rule_named(terms, text, rule) -> None:
    found = named(terms, text)
    if rule is None:
        assert found == set(), reasons(terms, text)
    else:  # the equipment terms also name the China licence rule
        assert rule in found and found <= {rule, "CN-SEMICONDUCTOR-EQUIPMENT"}, found


# (description, the explanation of a term set aside)
EXPLANATIONS = [
    (
        "Light-emitting diode (LED) lamps",
        "'Light-emitting diode' inside 'Light-emitting diode (LED) lamps': a lamp, "
        "not a semiconductor",
    ),
    ("Lasers, other than laser diodes", "'diodes' is negated by 'other than'"),
    (
        "Refrigerators for storing vaccines",
        "'vaccines' after 'Refrigerators for storing': a refrigerator, not a vaccine",
    ),
    ("Waffles and wafers", "'wafers' beside 'Waffles': goods of the food trade"),
    ("X-ray generators", "'generators' overlaps 'X-ray generators', which the rule excludes"),
    (
        "発光ダイオード（LED）ランプ",
        "'発光ダイオード' beside 'ランプ': goods of the lighting trade",
    ),
    (
        "3Dプリンター用フィラメント",
        "'3Dプリンタ' before '用フィラメント': the goods are フィラメント, not a 3D printer",
    ),
]


@pytest.mark.parametrize(("text", "reason"), EXPLANATIONS)
def test_explanations(terms, text, reason) -> None:
    assert reason in reasons(terms, text)


def test_screen_notes_say_why_a_term_did_not_count(screener) -> None:
    result = screener.screen(
        Shipment("Light-emitting diode (LED) lamps", "", "RU", dt.date(2024, 6, 1))
    )
    assert result.status is Status.CLEAR
    assert result.notes == (
        "RU-SEMICONDUCTORS: not counted: 'Light-emitting diode' inside "
        "'Light-emitting diode (LED) lamps': a lamp, not a semiconductor",
    )


def test_hit_says_where_its_term_comes_from(screener) -> None:
    result = screener.screen(Shipment("Propellent powders", "", "RU", dt.date(2024, 6, 1)))
    assert result.status is Status.BLOCKED
    assert result.hits[0].detail == (
        "exact term (term from HS 2022 headings 36.01-36.03 "
        "(WCO Harmonized System nomenclature), English wording)"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("refinery", "refining"),
        ("manufacture", "manufacturing"),
        ("apparatus", "equipment"),
        ("machine", "plant"),
    ],
)
def test_stem_makes_forms_alike(a, b) -> None:
    assert stem(a) == stem(b)


def test_long_description_finds_terms_throughout(terms) -> None:
    """A 10,000-character description: a term at the very end is still found, and
    each repeated clause is judged on its own."""
    filler = "Sweet biscuits; waffles and wafers; "
    text = filler * (9_900 // len(filler)) + "integrated circuits"
    assert len(text) <= 10_000
    finding = terms.find(text)
    assert {h.rule_id for h in finding.hits} == {SEMI}
    hit = finding.hits[0]
    assert analyze(text).quote(hit.start, hit.end) == "integrated circuits"
