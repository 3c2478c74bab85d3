"""Goods descriptions in Spanish, Italian and Portuguese.

The item rules carry the Combined Nomenclature's Spanish, Italian and Portuguese
wording of their headings (and the trade's), and the matcher reads them as it
reads French:

* the head noun comes first and what qualifies it after ("Robot industriali
  antropomorfi", "Semiconduttori di potenza"): no word of these languages after a
  term heads its phrase, and "de", "di", "da", "para", "per", "con", "contra" open
  a complement ("Explosivos para minería" are explosives, "Nevera para vacunas" a
  fridge); an English term found head first ("robot industriali" for "industrial
  robot") is read so too;
* nouns and adjectives change their last vowel for number and gender
  ("semiconduttore", "semiconduttori"; "microscopio", "microscopi"), which the stem
  folds, and a word of these languages is no typo of an English term ("memoria"
  is no misspelt "memory");
* their negations ("sin", "senza", "sem"), articles and fillers, and the
  look-alikes the English exclusions name.
"""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms, stem

SEMI, SME, GEN = "RU-SEMICONDUCTORS", "RU-SEMICONDUCTOR-EQUIPMENT", "RU-POWER-GENERATORS"
ROBOTS, EXPL, VAC = "RU-ROBOTS", "RU-EXPLOSIVES", "RU-VACCINES"
REF, QC, P3D = "RU-OIL-REFINING-EQUIPMENT", "RU-QUANTUM-COMPUTERS", "RU-3D-PRINTERS"
EM, DIAM, OIL = "RU-ELECTRON-MICROSCOPES", "RU-DIAMONDS-IMPORT", "RU-OIL-IMPORT"

# (description, rule, named): whether the description names the rule's goods
HEAD_FIRST = [
    ("Explosivos para minería", EXPL, True),
    ("Semiconduttori di potenza", SEMI, True),
    ("Robot industriali antropomorfi", ROBOTS, True),
    ("Generatori diesel 200 kVA", GEN, True),
    ("Microscopi elettronici a scansione", EM, True),
    ("Vacunas contra la gripe", VAC, True),
    ("Impressoras 3D industriais", P3D, True),
    ("Esplosivi per uso civile", EXPL, True),
    ("Detonatori elettrici", EXPL, True),
    # what a shipment is sent as heads nothing ("Suministro de ...": a supply of them)
    ("Suministro de semiconductores para la industria automotriz", SEMI, True),
    ("Fornitura di robot industriali usati", ROBOTS, True),
    ("Fornecimento de geradores a diesel", GEN, True),
]
BANNED = [
    # Spanish
    ("Semiconductores y circuitos integrados", SEMI, True),
    ("Microprocesadores y microcontroladores", SEMI, True),
    ("Chip de memoria DDR4", SEMI, True),
    ("Equipo de fabricación de semiconductores", SME, True),
    ("Robots industriales de soldadura", ROBOTS, True),
    ("Brazo robótico colaborativo", ROBOTS, True),
    ("Grupo electrógeno diésel", GEN, True),
    ("Generadores diésel de 500 kVA", GEN, True),
    ("Detonadores eléctricos y cordón detonante", EXPL, True),
    ("Vacunas veterinarias para bovinos", VAC, True),
    ("Equipos para refinería de petróleo", REF, True),
    ("Computadora cuántica", QC, True),
    ("Impresora 3D de resina", P3D, True),
    ("Microscopios electrónicos de barrido", EM, True),
    ("Diamantes en bruto", DIAM, True),
    ("Petróleo crudo", OIL, True),
    # Italian
    ("Circuiti integrati elettronici", SEMI, True),
    ("Diodi e transistor", SEMI, True),
    ("Robot collaborativi", ROBOTS, True),
    ("Gruppo elettrogeno", GEN, True),
    ("Polvere da sparo", EXPL, True),
    ("Vaccini antinfluenzali", VAC, True),
    ("Impianto di raffinazione del petrolio", REF, True),
    ("Computer quantistici", QC, True),
    ("Stampante 3D per metallo", P3D, True),
    ("Diamanti grezzi", DIAM, True),
    # Portuguese
    ("Semicondutores de potência", SEMI, True),
    ("Díodos emissores de luz", SEMI, True),
    ("Robôs industriais", ROBOTS, True),
    ("Geradores elétricos a diesel", GEN, True),
    ("Explosivos para mineração", EXPL, True),
    ("Vacinas contra a gripe", VAC, True),
    ("Microscópios eletrônicos", EM, True),
]
LOOKALIKES = [
    ("Chips de patata sabor jamón", SEMI, False),
    ("Chips de maíz", SEMI, False),
    ("Procesador de alimentos", SEMI, False),
    ("Lámparas de diodos LED", SEMI, False),
    ("Memoria anual 2023", SEMI, False),
    ("Robot de cocina multifunción", ROBOTS, False),
    ("Robot aspirapolvere", ROBOTS, False),
    ("Robô aspirador", ROBOTS, False),
    ("Generatore di vapore", GEN, False),
    ("Generatori di vapore", GEN, False),
    ("Generador de señales", GEN, False),
    ("Generadores de funciones", GEN, False),
    ("Gerador de ozônio", GEN, False),
    ("Alternador para coche", GEN, False),
    ("Cables para generadores", GEN, False),
    ("Diesel fuel for generators, 200 L drum", GEN, False),
    ("Nevera para vacunas", VAC, False),
    ("Siringhe per vaccini", VAC, False),
    ("Detectores de explosivos", EXPL, False),
    ("Atmósfera explosiva", EXPL, False),
    ("Refinería de azúcar, equipos", REF, False),
    ("Raffineria di zucchero", REF, False),
    ("Filamento PLA para impresoras 3D", P3D, False),
    ("Penna 3D per bambini", P3D, False),
    ("Microscopio óptico de laboratorio", EM, False),
    ("Disco de diamante para cortar", DIAM, False),
    ("Disco diamantato", DIAM, False),
    ("Diamantes industriales", DIAM, False),
    ("Lámpara de petróleo", OIL, False),
    ("Petróleo crudo de Sajalín", OIL, False),
    # an English word spelt as a Portuguese term is no Portuguese ("transístor")
    ("Transistor radio", SEMI, False),
    ("Printed vaccine vial labels", VAC, False),
]

CASES = HEAD_FIRST + BANNED + LOOKALIKES


@pytest.mark.parametrize(("text", "rule", "expected"), CASES)
def test_spanish_italian_portuguese_descriptions(terms: GoodsTerms, text, rule, expected) -> None:
    finding = terms.find(text)
    assert (rule in finding.named) is expected, [h.reason for h in finding.set_aside]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Nevera para vacunas", "'vacunas' after 'Nevera para': a nevera"),
        ("Generatore di vapore", "'Generatore' overlaps 'Generatore di vapore'"),
        ("Carcasa sin semiconductores", "'semiconductores' is negated by 'sin'"),
    ],
)
def test_why_a_romance_term_did_not_count(terms, text, reason) -> None:
    finding = terms.find(text)
    assert not finding.hits
    assert any(h.reason.startswith(reason) for h in finding.set_aside), finding.set_aside


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (("semiconduttore", "semiconduttori"), True),
        (("semiconductores", "semiconductor"), True),
        (("microscopio", "microscopi"), True),
        (("esplosivo", "esplosivi", "esplosiva"), True),
        (("generatore", "generatori", "generator"), True),
        (("refinery", "refinería", "refinaria", "refining"), True),
        (("raffineria", "raffinerie"), True),
        (("refiner", "refinery"), False),  # a pulp refiner is no refinery
        (("robota", "robot"), False),  # Ukrainian "work", from seven letters only
    ],
)
def test_stems_fold_number_and_gender(forms, same) -> None:
    from screen.text.normalize import normalize
    from screen.text.tokens import singular

    stems = {stem(singular(normalize(f))) for f in forms}  # (as the matcher reads a token)
    assert (len(stems) == 1) is same, stems


@pytest.mark.parametrize(
    "word", ["raffinerie", "raffineri", "microscopio", "generatori", "refining", "vaccine"]
)
def test_a_stem_is_its_own_stem(word) -> None:
    assert stem(stem(word)) == stem(word)
