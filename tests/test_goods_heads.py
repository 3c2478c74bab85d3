"""What heads a goods phrase: the words after a term that are no other goods.

A word after a term overrides it only when it names another kind of goods ("LED
lamps", "chip resistors").  A number marker before a figure ("No. 8"), a model line
between a maker's name and its code ("Xeon Gold 6338"), the form a material comes
in ("flakes"), the housing, mounting or structure of a machine ("container",
"tower", "column", "workstation"), a participle ("trailer-mounted", "engine
driven") and what a machine does ("welding") are none.
"""

from __future__ import annotations

import pytest

from screen.matching.clauses import clauses
from screen.matching.goodsterms import GoodsTerms
from screen.text.tokens import analyze

SEMI, GEN, VAC = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-VACCINES"
REFINING, MICRO = "RU-OIL-REFINING-EQUIPMENT", "RU-ELECTRON-MICROSCOPES"
EXPLOSIVES, ROBOTS, PRINT3D = "RU-EXPLOSIVES", "RU-ROBOTS", "RU-3D-PRINTERS"


def named(terms: GoodsTerms, text: str) -> set[str]:
    finding = terms.find(text)
    return finding.named


def check(terms: GoodsTerms, text: str, rule: str | None) -> None:
    found = named(terms, text)
    if rule is None:
        assert found == set(), [h.reason for h in terms.find(text).set_aside]
    else:
        assert rule in found, [h.reason for h in terms.find(text).set_aside]


# (description, the rule it must name, or None for none)
NOT_ANOTHER_HEAD = [
    # a number marker before a figure: a designation (the tester's, then new words)
    ("Blasting caps No. 8", EXPLOSIVES),
    ("Integrated circuits No. 74HC595", SEMI),
    ("Vaccines No. 3 lot, cold chain", VAC),
    # a product line's edition after its name (a files tester's round)
    ("3D printer pro", PRINT3D),
    ("Robot vacuum max", None),
    # the form a medicine comes in heads no other goods (a third tester's round)
    ("流感疫苗注射劑", VAC),
    ("インフルエンザワクチン注射液", VAC),
    ("狂犬病疫苗冻干粉", VAC),
    ("维生素C注射液", None),
    ("Plain detonators No. 8, aluminium shell", EXPLOSIVES),
    ("Detonators Nr. 6, electric", EXPLOSIVES),
    ("Transistors № 2N2222", SEMI),
    # a model line between a maker's name and its code; a Latin name after a Russian term
    ("Процессор Intel Xeon Gold 6338, 32 ядра", SEMI),
    ("Процессор AMD Ryzen Threadripper 3990X", SEMI),
    # the form a material is made up in
    ("TNT flakes, 25 kg", EXPLOSIVES),
    ("Dynamite granules", EXPLOSIVES),
    # the housing, mounting or structure of a machine
    ("Generator set container 40ft, 1000 kVA", GEN),
    ("Generating set enclosure with diesel genset 250 kVA inside", GEN),
    ("FIB-SEM dual beam system", MICRO),
    ("Electron microscope SEM column assembly (spare part)", MICRO),
    ("Hydrocracker reactor vessel for oil refinery", REFINING),
    ("Refinery distillation tower, 60 m", REFINING),
    ("Crude oil refinery heater (fired furnace)", REFINING),
    ("Hydrotreater reactor vessel", REFINING),
    ("焊接机器人工作站", ROBOTS),
    ("Robot palletizing station", ROBOTS),
    # a participle, alone or in a hyphened compound; what a machine does
    ("Diesel generator trailer-mounted 100 kVA", GEN),
    ("Genset, skid-mounted, 500 kVA", GEN),
    ("Generator, engine driven, 30 kVA", GEN),
    ("Robot welding workstation, 2-station, with positioner", ROBOTS),
    # guards: a noun of another kind of goods still heads the phrase
    ("LED lamps No. 5", None),
    ("Chip resistors No. 0805", None),
    ("Generator belts No. 4", None),
    ("Memory foam pillow No. 2", None),
    ("Processor fan cooler", None),
    ("Semiconductor laser pointer", None),
    ("Wafer carrier box, 25 slots", None),
    ("Vaccine container", None),
    ("Chip cleaning brush, hand-held", None),
    ("Robot vacuum, self-emptying", None),
    ("Lasers, other than laser diodes. No. 5 grade", None),
    # a refining unit's vessels are its plant (the third tester's, then other words)
    ("Fluid catalytic cracking (FCC) regenerator for refinery", REFINING),
    ("Catalyst regenerator for fluid catalytic cracker", REFINING),
    ("FCC regenerator, spare", REFINING),
    ("Regenerator for heat exchangers", None),  # (no misspelt "generator")
    ("Regenerators, glass furnace", None),
]

# "X用" closing a CJK phrase says what the goods before it are for ("薄膜沉積設備
# 半導體用": deposition equipment for semiconductors); the reason says so.
PURPOSE_AFTER = [
    (
        "薄膜沉積設備 半導體用",
        "RU-SEMICONDUCTOR-EQUIPMENT",
        "'半導體用' says what '薄膜沉積設備' is for",
    ),
    ("洗浄装置 半導体用", None, "'半導体用' says what '洗浄装置' is for: the goods are 洗浄装置"),
    ("检测仪器 半导体用", None, "'半导体用' says what '检测仪器' is for"),
    ("半導体用", None, "'半導体用' says what goods are for, not what they are"),
]


@pytest.mark.parametrize(("text", "rule", "reason"), PURPOSE_AFTER)
def test_a_purpose_closing_a_cjk_phrase(terms, text, rule, reason) -> None:
    check(terms, text, rule)
    assert any(h.reason.startswith(reason) for h in terms.find(text).set_aside)


@pytest.mark.parametrize(("text", "rule"), NOT_ANOTHER_HEAD)
def test_words_that_are_no_other_goods(terms, text, rule) -> None:
    check(terms, text, rule)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Blasting caps No. 8", [0, 0, 0, 0]),
        ("Vaccines No. 3. Lamps", [0, 0, 0, 1]),
        ("Toys, no. Lamps", [0, 0, 1]),  # (no figure after it: a full stop)
        ("Caps Nr. 6; lamps", [0, 0, 0, 1]),
    ],
)
def test_a_number_marker_ends_no_clause(text, numbers) -> None:
    assert clauses(analyze(text)) == numbers


# Russian puts the head first: what a generator makes follows it in the genitive,
# and an exclusion written in Russian also matches head first ("вихревой
# генератор" is also "генератор вихревой"); in a compound joined by a hyphen the
# second word heads it, as in English ("Чип-резисторы" are resistors).
RUSSIAN_ORDER = [
    ("Генератор озона", None),
    ("Генератор пара промышленный", None),
    ("Генератор азота", None),
    ("Генератор кислорода медицинский", None),
    ("Генератор функциональный", None),
    ("Генератор ультразвуковой", None),
    ("Генератор вихревой", None),  # (written "вихревой генератор" only)
    ("Генератор плазменный", None),
    ("Генератор рентгеновский", None),
    # the rest of the English exclusions, and snow, ice and cold (after the third round)
    ("Генератор снега для сцены", None),
    ("Генератор льда 50 кг/сутки", None),
    ("Генератор случайных чисел", None),
    ("Генератор паролей", None),
    ("Генератор звука", None),
    ("СВЧ-генератор 2,45 ГГц", None),
    ("Робот-мойщик окон", None),
    ("Робот-газонокосилка", None),
    ("Робот-пылесос", None),
    ("Чип-резисторы 0805", None),
    ("Чип-конденсаторы", None),
    ("Чип-индуктивности 0603", None),
    ("Мемори-пена подушка", None),
    # guards: power generators, robots and chips stay what they are
    ("Генератор дизельный 100 кВт", GEN),
    ("Генератор бензиновый", GEN),
    ("Генератор синхронный", GEN),
    ("Генератор переменного тока", GEN),
    ("Генератор-инвертор бензиновый 3 кВт", GEN),
    ("Дизель-генератор 100 кВт", GEN),
    ("Дизель-генераторная установка 200 кВт", GEN),
    ("Генераторная установка газопоршневая 1 МВт", GEN),
    ("Робот-манипулятор KUKA", ROBOTS),
    ("Робот-сварщик", ROBOTS),
    ("Чипы памяти", SEMI),
    ("Генераторы переменного тока", GEN),
    ("Диоды, кроме фотодиодов и светодиодов", SEMI),
]


@pytest.mark.parametrize(("text", "rule"), RUSSIAN_ORDER)
def test_russian_head_first(terms, text, rule) -> None:
    check(terms, text, rule)


def test_a_russian_compound_says_what_heads_it(terms) -> None:
    reasons = [h.reason for h in terms.find("Чип-резисторы 0805").set_aside]
    assert "'Чип' inside 'Чип-резисторы': резисторы, not a semiconductor" in reasons
