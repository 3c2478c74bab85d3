"""Where a goods phrase ends, and what heads it, in orders as traders write them (s39).

* a symbol between words ends a phrase as a comma does ("⚡ DDR4 memory ICs ⚡
  best price"): marketplace listings set their phrases apart with them;
* "ex" (from: "microscope ex-university"), "between", and the words that open a
  relative clause ("that", "which", "while", "whereas", "whose") open a complement;
* after a participle, "to" and "as" say where and how the goods went
  ("microcontrollers shipped to Moscow customer", "robot sold as scrap machinery");
* a word after "non-" describes and heads nothing ("Diamonds polished non-ind.");
* the terms the goods go on (rental, lease, loan, donation, spot) and a shipping
  code (OOG: out of gauge) are fillers; "assy", "sys", "eqpt" are the assembly,
  system and equipment they stand for; a section of a column names the column.

A term written in another script is not met on an English word its transliteration
spells by chance ("round brilliant" moissanite is no "бриллиант"), a term written in
an abjad on no word in Latin letters ("ربات", rbt), a term of another language's
letters on no acronym in capitals, and no term on an Incoterm ("CIP Moscow"); a
Russian word in Latin letters still is met ("brillianty"), and so is a Russian
acronym ("NPZ"). Crude tall oil is pine resin, powder coating paint.

Each mechanism has its look-alike: what follows still names other goods.
"""

from __future__ import annotations

import pytest

from screen.matching.clauses import symbol_break
from screen.matching.goodsterms import GoodsTerms
from tests.test_goods_appended import BLOCK, verdict

SEMI, EQUIP, ROBOTS = "RU-SEMICONDUCTORS", "RU-SEMICONDUCTOR-EQUIPMENT", "RU-ROBOTS"
MICRO, VAC, DIAMONDS = "RU-ELECTRON-MICROSCOPES", "RU-VACCINES", "RU-DIAMONDS-IMPORT"
REFINING, QUANTUM = "RU-OIL-REFINING-EQUIPMENT", "RU-QUANTUM-COMPUTERS"

# (description, rule, verdict)
CASES = [
    # symbols
    ("⚡ Bulk DDR4 memory ICs ⚡ best price, MOQ 1000", SEMI, BLOCK),
    ("💥 Refurb plasma etcher 200mm 💥 ready to ship", EQUIP, BLOCK),
    ("integrated circuits ★ price", SEMI, BLOCK),
    ("integrated circuit price list", SEMI, None),  # (no symbol: the list is the head)
    # "ex", relative clauses, participles
    ("used scanning electron microscope ex-university, with EDS", MICRO, BLOCK),
    ("GPU chips ex-datacentre", SEMI, BLOCK),
    ("loaner ion implanter while the customer's unit is repaired", EQUIP, BLOCK),
    ("quantum computer that runs on superconducting qubits", QUANTUM, BLOCK),
    ("microcontrollers shipped to Moscow customer", SEMI, BLOCK),
    ("robot manipulator sold as scrap machinery", ROBOTS, BLOCK),
    ("integrated circuit tester shipped to Moscow customer", SEMI, None),
    ("engine coupled to an alternator on a skid", "RU-POWER-GENERATORS", BLOCK),  # (no sending)
    ("industrial robot teach pendant sold as spare", ROBOTS, None),
    # "non-"
    ("DIAMONDS POLISHED NON-IND", DIAMONDS, BLOCK),
    ("diamonds, non-industrial, polished", DIAMONDS, BLOCK),
    ("non-diamond abrasive wheels", DIAMONDS, None),
    # the terms the goods go on, codes, abbreviations
    ("rental of plasma etcher, 12 months", EQUIP, BLOCK),
    ("lease of quantum computer hardware", QUANTUM, BLOCK),
    ("donation of veterinary rabies vaccines", VAC, BLOCK),
    ("Supply of semiconductors, 500 pcs", SEMI, BLOCK),
    ("REFINERY EQPT DISTILL COLUMN SECTIONS OOG 3 PCS", REFINING, BLOCK),
    ("ion implanter assy, spare", EQUIP, BLOCK),
    ("rental of robot vacuum cleaner", ROBOTS, None),
    ("vaccine fridge rental", VAC, None),
]
OIL = "RU-OIL-IMPORT"
OTHER_SCRIPT = [
    ("moissanite 1 ct round brilliant VVS", DIAMONDS, None),
    ("CZ stones round brilliant 5mm", DIAMONDS, None),
    ("Бриллианты 1 ct", DIAMONDS, BLOCK),
    ("brillianty 1 ct, 10 pcs", DIAMONDS, BLOCK),  # Russian in Latin letters
    ("crude tall oil, Finland origin", OIL, None),
    ("Urals crude oil", OIL, BLOCK),
    # an abjad's term is its consonants alone in Latin letters; an Incoterm names no goods
    ("SKU RBT-S7, 120 pcs", ROBOTS, None),
    ("ربات صنعتی", ROBOTS, BLOCK),
    ("Proforma: syringes, CIP Moscow", SEMI, None),
    ("čip 5 ks", SEMI, BLOCK),
    ("NPZ column internals", "RU-OIL-REFINING-EQUIPMENT", BLOCK),  # НПЗ, in Latin capitals
    ("SKU PWDR-CT-RAL9005 | POWDER COATING BLACK | KG | 400", "RU-EXPLOSIVES", None),
    ("diamond segments for core drill bit 200 mm", DIAMONDS, None),
]


@pytest.mark.parametrize(("text", "rule", "expected"), CASES + OTHER_SCRIPT)
def test_phrase_breaks_and_heads(terms: GoodsTerms, text: str, rule: str, expected: str) -> None:
    found = terms.find(text)
    assert verdict(terms, text, rule) == expected, [h.reason for h in found.set_aside]


@pytest.mark.parametrize(
    ("gap", "expected"),
    [(" ⚡ ", True), ("✅", True), (" 📦 ", True), (", ", False), (" ", False), (" – ", False)],
)
def test_symbol_break(gap: str, expected: bool) -> None:
    assert symbol_break(gap) is expected
