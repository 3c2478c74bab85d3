"""How goods are named in customs findings, narratives, product masters and payloads
(s42, goods set 9).

* goods a document declared or an officer suspected, then an examination found to be
  something else, are only declared ("Declared as vaccines; examination found vaccine
  carrier boxes"); what was found is shipped ("... found to contain BCG vaccine");
* technology for the goods heads their phrase as it takes a complement ("robotics
  software licence", as "licence for neural network software");
* a verb in the past before a determiner ends a phrase ("confirmed a lot of ...
  processors"), as does one of saying before a figure or "that" ("Acme said 20 of
  its robots", "reported that ICs"), and a word of time or a pronoun owns no
  goods ("signed the PO this morning for three palletising robot arms", "replace it
  with four generator sets");
* a product master's abbreviated words are read whole ("3D PRNTR", "WFR INSP SYS");
* a JSON or XML payload is read as labelled lines, its values no titles in quotes.

Each mechanism has its look-alike.
"""

from __future__ import annotations

import json

import pytest

from screen.matching.fieldcut import CutWords
from screen.text.payloads import DEEPEST, LONGEST, payload_read
from tests.conftest import ship

SEMI, EQUIP, ROBOTS = "RU-SEMICONDUCTORS", "RU-SEMICONDUCTOR-EQUIPMENT", "RU-ROBOTS"
GEN, EXPLOSIVES, PRINTERS = "RU-POWER-GENERATORS", "RU-EXPLOSIVES", "RU-3D-PRINTERS"
VACCINES, MICRO, AI = "RU-VACCINES", "RU-ELECTRON-MICROSCOPES", "RU-AI-ROBOTICS-TECH"
RULES = {SEMI, EQUIP, ROBOTS, GEN, EXPLOSIVES, PRINTERS, VACCINES, MICRO, AI}

FOUND_TO_CONTAIN = (
    'Cold-chain boxes declared as "diagnostic reagents" found to contain BCG vaccine'
    " ampoules, 2,000 doses."
)
NEXT_YEAR = "The director wants a 200 kV transmission electron microscope next year."
LOT_OF = (
    "In Kazan, the distributor reordered cable glands and terminal blocks, and also"
    " confirmed a lot of Intel Core i7-13700 processors, tray packed."
)
PO_MORNING = (
    "The packaging customer signed the PO this morning for three palletising robot"
    " arms, Fanuc M-410iC/185, delivered with grippers."
)

# (description, the rules it names on the Russian export route)
CASES = [
    # declared or suspected, then found
    ("Declared as vaccines; examination found vaccine carrier boxes, empty.", set()),
    ("X-ray suspected chips; physical check found potato chips in foil bags.", set()),
    ("Declared as generator; on opening, carton contained an ozone generator.", set()),
    ("Declared as industrial robots; found as declared, 4 units", {ROBOTS}),
    ("Declared as industrial robots; found in container 3 on inspection day", {ROBOTS}),
    ("Declared as industrial robots, 4 units", {ROBOTS}),  # (nothing found otherwise)
    (FOUND_TO_CONTAIN, {VACCINES}),
    ("refrigerators for storing vaccines", set()),  # (still a refrigerator)
    # technology for the goods
    ("robotics software licence", {AI}),
    ("licence for neural network software", {AI}),
    ("machine learning SDK licence", {AI}),
    # a technology made with the AI rule's (whose own terms name technologies: "AI
    # software"), whatever words stand between (goods set 12)
    ("deep-learning weld-seam tracking technology, JV in Yekaterinburg", {AI}),
    ("deep-learning visual inspection AI source code, download", {AI}),
    ("neural network accelerator card firmware", {AI}),
    ("machine learning textbook", set()),
    ("machine learning online training subscription, 10 seats", set()),
    ("electron microscopy image analysis software licence, download", set()),
    # verbs in the past, words of time, pronouns
    (LOT_OF, {SEMI}),
    (PO_MORNING, {ROBOTS}),
    ("He wants to replace it with four containerised gas generator sets.", {GEN}),
    (NEXT_YEAR, {MICRO}),
    ("Robot arm refurbished, the controller replaced", {ROBOTS}),
    ("Ship the battery chargers for the diesel generators next week", set()),
    # a press release's verb of saying before a figure or "that" (goods set 12)
    ("Kokura Servo said 20 of its six-axis painting robots were delivered", {ROBOTS}),
    ("Tama Devices reported that 400 gate-driver ICs worth JPY 6 million shipped", {SEMI}),
    ("the said robots", {ROBOTS}),  # ("said" an adjective: goods as before)
    ("PLA regrind from failed 3D prints, 50 kg", set()),  # (no verb of saying)
    ("Customer said that vaccine carrier boxes arrived damaged", set()),
    # abbreviated product-master words
    ("3D PRNTR METAL SLM 250X250", {PRINTERS}),
    ("VACC INFLU QIV 0.5ML PFS 10S", {VACCINES}),
    ("SEMI MFG EQP CVD REACTOR 200MM - SHIP RU", {EQUIP}),
    ("PRNT SHOP SUPPLIES", set()),  # (printing, printer...: several words)
    ("ELEC MOTOR 5KW", set()),  # (electric, electron...: several words)
    # payloads
    ('{"po_line":{"text":"Diesel generating set 800 kVA, 400V 50Hz","qty":3}}', {GEN}),
    ('{"lines":[{"d":"DDR5 SDRAM chips 16Gb","q":5000}],"dest":"Moscow"}', {SEMI}),
    ('<Desc>Portable petrol generator 3.5 kW</Desc><Qty uom="EA">40</Qty>', {GEN}),
    ('{"item":{"desc":"Wafer cookies, hazelnut, 45 g","qty":2400,"dest":"RU"}}', set()),
    ("<Desc>Wafer biscuits, vanilla</Desc><Qty>40</Qty>", set()),
    # EDI messages: one line per segment (goods set 11)
    ("UNH+26+ORDERS:D:96A:UN'LIN+1'IMD+F++:::DIESEL GENERATING SETS'QTY+21:1'", {GEN}),
    ("ST*850*1~PO1*1*2*EA~PID*F****INDUSTRIAL ROBOT 6-AXIS~N4*KAZAN**420000*RU~", {ROBOTS}),
    ("UNH+1+ORDERS'IMD+F++:::WAFER BISCUITS VANILLA'QTY+21:40'", set()),
]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_findings_narratives_abbreviations_and_payloads(screener, text, rules) -> None:
    result = screener.screen(ship(text, "Ural Trading"))
    named = {h.rule_id for h in result.hits if h.rule_id in RULES}
    assert named == rules, result.notes


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ('{"item":{"desc":"robot arm","qty":2}}', "desc: robot arm\nqty: 2"),
        ('[{"d":"chips"},{"d":"wafers"}]', "d: chips\nd: wafers"),
        ('{"ok":true,"none":null,"n":1.5}', "n: 1.5"),
        ("<A><Desc>robot &amp; arm</Desc><Qty>2</Qty></A>", "Desc: robot & arm\nQty: 2"),
        ("<b>robot</b>", "b: robot"),
        ("{not json}", "{not json}"),
        ("<no closing tag>", "<no closing tag>"),
        ("robot arm", "robot arm"),
        ("", ""),
        (
            "UNH+1+ORDERS'IMD+F++:::ROBOT ARM'QTY+21:2'",
            "UNH: 1, ORDERS\nIMD: F, ROBOT ARM\nQTY: 21, 2",
        ),
        ("LIN+1'IMD+F++:::A?+B?'S ARM'", "LIN: 1\nIMD: F, A+B'S ARM"),  # (released "+", "'")
        ("PO1*1*2*EA~PID*F****ROBOT ARM~", "PO1: 1, 2, EA\nPID: F, ROBOT ARM"),
        ("Robot arm 'KR16' + controller", "Robot arm 'KR16' + controller"),  # (no segments)
    ],
)
def test_a_payload_is_read_as_labelled_lines(text, read) -> None:
    assert payload_read(text) == read


def test_a_hostile_payload_stays_text() -> None:
    deep = "[" * (DEEPEST + 5) + '"robot"' + "]" * (DEEPEST + 5)
    assert payload_read(deep) == deep  # (too deep to read: left as written)
    recursive = "[" * 100_000 + "]" * 100_000
    assert payload_read(recursive) == recursive  # (the parser's recursion limit)
    long = json.dumps({"d": "x" * LONGEST})
    assert payload_read(long) == long
    edi = "UNH+1'IMD+F++:::" + "A" * (LONGEST - 100) + "'QTY+1'"  # (one long element)
    assert payload_read(edi).split("\n")[1] == "IMD: F, " + "A" * (LONGEST - 100)
    too_long = "UNH+1'IMD+F'" * (LONGEST // 10)
    assert payload_read(too_long) == too_long  # (longer than a payload is read)
    entity = '<!DOCTYPE a [<!ENTITY e "robot">]><Desc>&e;</Desc>'
    assert payload_read(entity).endswith("Desc: &e;")  # (an entity never expanded)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("3D PRNTR METAL", "3D PRINTER METAL"),
        ("WFR INSP SYS", "WAFER INSPECTION SYSTEM"),
        ("ELEC MICROSCP", "ELEC MICROSCOPE"),  # (electron or electric: left)
        ("det. electric", "detonator electric"),
        ("the prntr is here", "the prntr is here"),  # (small letters, no mark: left)
        ("Lam PECVD tool", "Lam PECVD tool"),  # (an acronym among small letters)
        ("ROBOT ARM", "ROBOT ARM"),  # (words whole)
    ],
)
def test_abbreviated_words_are_read_whole(text, read) -> None:
    words = CutWords(
        [
            "3D printer",
            "wafer inspection system",
            "electron microscope",
            "electric detonator",
            "industrial robot",
            "robot arm",
        ]
    )
    assert words.expanded(text) == read


def test_a_hit_says_which_words_were_read_whole(screener) -> None:
    result = screener.screen(ship("3D PRNTR METAL SLM 250X250", "Ural Trading"))
    (hit,) = [h for h in result.hits if h.rule_id == PRINTERS]
    assert "'PRNTR' read as 'PRINTER' (abbreviated)" in hit.detail
    result = screener.screen(ship("RU/MOW | SCANNING ELECTRON MICROSC", "Ural Trading"))
    (hit,) = [h for h in result.hits if h.rule_id == MICRO]
    assert "'MICROSC' read as 'MICROSCOPE' (cut short)" in hit.detail


def test_the_explanation_never_depends_on_the_rows_before(screener) -> None:
    """The words read whole travel with the text read, not in a table of the last
    texts: after a hundred other abbreviated rows the hit still says so."""
    for n in range(100):
        screener.screen(ship(f"WFR INSP SYS LOT {n}", "Ural Trading"))
    result = screener.screen(ship("3D PRNTR METAL SLM 250X250", "Ural Trading"))
    (hit,) = [h for h in result.hits if h.rule_id == PRINTERS]
    assert "'PRNTR' read as 'PRINTER' (abbreviated)" in hit.detail
