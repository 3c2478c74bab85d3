"""How goods are named in shipping documents and surveyors' notes (s41, goods set 6).

* a verb telling the shipper what to do, first in its clause, names no goods ("Ship 2 t
  of TNT flakes", "Please crate the dry etch chamber kit");
* "to" before a town, or an article and a town, says where the goods go ("machine
  (SLM) to the Rybinsk engine plant"), as it does before a person;
* a participle joined by a hyphen to the word before it describes the goods, it opens
  no complement ("nitrocellulose-based propellant powder");
* a count's unit or container before "of" measures the goods after it ("2 t of TNT",
  "5 lbs of smokeless powder"), a counted thing does not ("3 photos of robots");
* a word of another trade before a packing word names the packing ("WOODEN CASE 1-2:
  KUKA robot manipulator"), and one in a complement before a colon says what the goods
  are for, no heading ("For the packaging hall of a dairy: palletizing robot");
* goods in quotes that a later word corrects were only declared ('Declared "power
  generator"; appears to be a handheld power bank');
* a clause of speech ends the goods' phrase ("system will ship to Hefei", "do u have
  any used kuka robot arms", "machine offers the industry's largest build volume"),
  and so does a participle before a preposition, while a preposition inside a
  compound opens no complement ("7-in-1 vaccine"); AI technology is sold as cards,
  suites and appliances.

Each mechanism has its look-alike: what follows still names other goods, or the goods.
"""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms
from screen.matching.titles import quotes
from tests.test_goods_appended import BLOCK, verdict

SEMI, EQUIP, ROBOTS = "RU-SEMICONDUCTORS", "RU-SEMICONDUCTOR-EQUIPMENT", "RU-ROBOTS"
GEN, EXPLOSIVES, PRINTERS = "RU-POWER-GENERATORS", "RU-EXPLOSIVES", "RU-3D-PRINTERS"
DIAMONDS, MICRO = "RU-DIAMONDS-IMPORT", "RU-ELECTRON-MICROSCOPES"
VACCINES = "RU-VACCINES"

# (description, rule, verdict)
CASES = [
    # instructions to the shipper
    ("Ship 2 t of TNT flakes and PETN boosters to the quarry in Karelia", EXPLOSIVES, BLOCK),
    ("Please ship the plasma etcher to Zelenograd", EQUIP, BLOCK),
    ("Send 500 electric detonators by truck", EXPLOSIVES, BLOCK),
    ("Ship the battery chargers for the diesel generators", GEN, None),  # chargers still
    ("Ship the manuals of the industrial robots", ROBOTS, None),
    # "to" a town
    (
        "Ship the metal additive manufacturing machine (SLM) to the Rybinsk engine plant",
        PRINTERS,
        BLOCK,
    ),
    ("industrial robot to Norilsk nickel plant", ROBOTS, BLOCK),
    ("cable to the Kaluga robot cell", ROBOTS, None),
    ("engine coupled to an alternator on a skid", GEN, BLOCK),  # (no town: a part)
    # a participle joined by a hyphen
    ("laboratory result: nitrocellulose-based propellant powder, 250 kg", EXPLOSIVES, BLOCK),
    ("GPU-equipped microcontroller boards", SEMI, BLOCK),
    ("vaccine-based skin cream", "RU-VACCINES", None),  # (the cream heads it)
    # measures and containers before "of"
    ("2 t of TNT flakes", EXPLOSIVES, BLOCK),
    ("5 lbs of smokeless powder", EXPLOSIVES, BLOCK),
    ("100 ct of polished diamonds, Russian origin", DIAMONDS, BLOCK),
    ("3 photos of robots", ROBOTS, None),
    ("12 posters of electron microscopes", MICRO, None),
    # packing words, headings in a complement
    ("WOODEN CASE 1-2 GW 820 kg: KUKA robot manipulator", ROBOTS, BLOCK),
    ("For the packaging hall of a dairy in Tatarstan: palletizing robot, 4-axis", ROBOTS, BLOCK),
    ("Dairy: milk powder, robot-grade", ROBOTS, None),  # (a heading of the food trade)
    ("wooden robot toy", ROBOTS, None),
    # declared, then corrected
    ('Declared "power generator"; appears to be a handheld power bank', GEN, None),
    ('Declared "diamonds"; actually industrial diamond abrasive powder', DIAMONDS, None),
    ('"Explosive" on the pallet label probably refers to explosion-proof pumps', EXPLOSIVES, None),
    ('Declared "spare parts"; appears to be a diesel generator set, 500 kVA', GEN, BLOCK),
    ('Declared "diesel generator", 500 kVA, Moscow', GEN, BLOCK),  # (nothing corrects it)
    ('generator "Kama" 100 kVA diesel, actually new', GEN, BLOCK),  # (the name is quoted)
    # clauses of speech, participles before a preposition, "to"
    ("our electron-beam wafer inspection system will ship to Hefei", EQUIP, BLOCK),
    ("do u have any used kuka robot arms kr16 in stock", ROBOTS, BLOCK),
    ("ok so the fpga chips xilinx spartan 6 200 pcs go in tomorrows box", SEMI, BLOCK),
    ("customer in wuhan wants a plasma etcher for 300mm wafers", EQUIP, BLOCK),
    ("uni wants a used sem scanning electron microscope jeol", MICRO, BLOCK),
    ("emulsion explosive delivers unmatched fragmentation", EXPLOSIVES, BLOCK),
    ("influenza vaccine rejected due to temperature excursion", "RU-VACCINES", BLOCK),
    (
        "Quantum computer system (superconducting, 3 crates) to be shipped to Dubai",
        "RU-QUANTUM-COMPUTERS",
        BLOCK,
    ),
    ("Premium canine 7-in-1 vaccine (DHPPi+L) for dogs", "RU-VACCINES", BLOCK),
    ("on-premise 50-qubit superconducting quantum computer", "RU-QUANTUM-COMPUTERS", BLOCK),
    ("we can ship the chargers for your diesel generators", GEN, None),
    ("the box contains posters of industrial robots", ROBOTS, None),
    ("ventilador sin robot de limpieza", ROBOTS, BLOCK),  # (Spanish "sin" is no word of English)
    ("Mikroskope, ausgenommen Elektronenmikroskope", MICRO, None),
    ("machine for testing tubes, fitted to the robot arm", ROBOTS, None),
    (
        "metal additive manufacturing machine offers the industry's largest build volume",
        PRINTERS,
        BLOCK,
    ),
    ("the robots the customer returned", ROBOTS, BLOCK),
    # the forms AI technology is sold in (rulebook 2026.11.24.1)
    ("AI inference accelerator card (PCIe, 200 TOPS)", "RU-AI-ROBOTICS-TECH", BLOCK),
    ("grasping AI software suite with edge computer", "RU-AI-ROBOTICS-TECH", BLOCK),
    ("AI training course for managers", "RU-AI-ROBOTICS-TECH", None),
    # the tools as fabs name them (rulebook 2026.11.24.1)
    ("100|PRT-ESC-300|electrostatic chuck spare for etch tool|4|PCS|RU-ZEL", EQUIP, "review"),
    ("Please crate the dry etch chamber kit (300 mm)", EQUIP, BLOCK),
    ("ALD tool 300mm and PVD tool, cluster", EQUIP, BLOCK),
    ("[Tools] Glass etching cream kit + stencils", EQUIP, None),
    # ... and their chambers, stations and bonders (rulebook 2026.11.24.2, goods set 10)
    ("Lot 14: KLA wafer inspection tool (2367), crated", EQUIP, BLOCK),
    ("Work order 8820: ASM epi reactor, order new susceptor", EQUIP, BLOCK),
    ("spare process kit and showerhead for Trias CVD chamber", EQUIP, "review"),
    ("die bonder epoxy adhesive, 10 ml syringes", EQUIP, None),
    # questions, systems made up of goods, what is paid for them (goods set 8)
    ("Does the used Kuka KR 210 robot include teach pendant and cables?", ROBOTS, BLOCK),
    ("Does the transmission electron microscope quotation include the cryo stage?", MICRO, BLOCK),
    ("Does the robot vacuum include a charging dock?", ROBOTS, None),
    ("Robotic palletising cell consisting of 4-axis industrial robot, controller", ROBOTS, BLOCK),
    ("Power plant consisting of 2 x 1000 kVA diesel generating sets", GEN, BLOCK),
    ("Kitchen consisting of fridge, oven and dishwasher robot arm holder", ROBOTS, None),
    ("Licence fee for robot navigation AI software, perpetual", "RU-AI-ROBOTICS-TECH", BLOCK),
    ("Standby genset as used by data centres, 2 MVA", GEN, BLOCK),
    ("Goods falling within the category of power generators", GEN, BLOCK),
    ("DN150, PN16, ductile iron body, wafer type, butterfly valve", SEMI, None),
    ("chip-and-PIN card terminals paper rolls 57 mm", SEMI, None),
    # what the goods come as
    ("5 pcs pre-production samples of our LPDDR4 memory chips", SEMI, BLOCK),
    ("2 reels of FPGA chips (Xilinx Artix-7)", SEMI, BLOCK),
    ("scale toy model of industrial robot arm", ROBOTS, None),
    # "to" before what the goods are for ends their phrase (goods set 11)
    ("EOS M 290 metal 3D printer to match qualified titanium process parameters", PRINTERS, BLOCK),
    ("40,000 doses of classical swine fever live vaccine to pig complex", VACCINES, BLOCK),
    ("Adapter to fit robot arm mounting flange", ROBOTS, None),
    # what the goods are cleared, approved or carried under names them (goods set 11)
    ("Clear customs for parcel of Russian-origin polished diamonds", DIAMONDS, BLOCK),
    ("Nominate tanker for ESPO crude cargo ex Kozmino", "RU-OIL-IMPORT", BLOCK),
    ("Tanker for edible oil, 20 kt", "RU-OIL-IMPORT", None),
    ("Yekaterinburg customer accepted quote for 10 x arc welding robots", ROBOTS, BLOCK),
    ("Yekaterinburg customer accepted quote for welding helmets", ROBOTS, None),
    ("Hydrocracker reactor internals distributor trays", "RU-OIL-REFINING-EQUIPMENT", BLOCK),
    ("semiconductor distributor in Moscow, catalogue", SEMI, None),
    # rulebook 2026.11.24.3: wafer robots, CD-SEM, MPSoC (goods set 11)
    ("replacement wafer transfer robot and end effector", EQUIP, BLOCK),
    ("Hitachi CD-SEM, refurbished", EQUIP, BLOCK),
    ("AMD Zynq UltraScale+ XCZU9EG MPSoC devices, qty 40", SEMI, BLOCK),
    # rulebook 2026.11.25.1: CMP polishers, polished brilliants (goods set 12)
    ("Installed base: CMP polisher 200 mm, S/N CM2-0077", EQUIP, BLOCK),
    ("Polished round brilliants 0.3-0.5 ct, 214 pcs", DIAMONDS, BLOCK),
    ("moissanite 1 ct round brilliant", DIAMONDS, None),
    ("brilliant white LED lamps", DIAMONDS, None),
]


@pytest.mark.parametrize(("text", "rule", "expected"), CASES)
def test_documents(terms: GoodsTerms, text: str, rule: str, expected: str) -> None:
    found = terms.find(text)
    assert verdict(terms, text, rule) == expected, [h.reason for h in found.set_aside]


@pytest.mark.parametrize(
    ("gaps", "expected"),
    [
        (["", ' "', '" ', " "], [False, True, False, False]),
        (["", "'", " "], [False, False, False]),  # (an apostrophe between words: "l'usine")
        (["«", " ", "» "], [True, True, False]),
    ],
)
def test_quoted_tokens(gaps: list[str], expected: list[bool]) -> None:
    assert quotes(gaps, [0] * len(gaps))[1] == expected
