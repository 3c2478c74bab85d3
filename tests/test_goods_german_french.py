"""Goods descriptions in German and French.

European exporters write their descriptions in German and French.  The item rules
carry the Combined Nomenclature's German and French wording of their headings
(and the trade's), and the matcher reads both languages' ways:

* German writes compounds: a term heads a compound written as one word
  ("Siliziumhalbleiter", "Metall-3D-Drucker", "Halbleiterscheiben" with a plural
  ending), never the word before another head ("Druckerpapier" is paper,
  "Halbleiterfabrikgebäude" a building, "Impfstoffkühlschrank" a fridge);
* French puts what qualifies a noun after it ("semi-conducteurs discrets",
  "groupe électrogène diesel"): no word after a French term heads its phrase,
  and an article elided before a word ("d'explosifs", "l'imprimante") is the
  preposition it stands for;
* negation ("kein", "nicht", "ohne", "ausgenommen"; "pas de", "ne ... pas",
  "sans", "sauf"), purposes and parts ("für", "pour": "Kühlschrank für
  Impfstoffe" is a fridge, "Ersatzteile für Stromerzeuger" are generator parts)
  and the look-alikes the English exclusions name, in both languages.

`CASES` is the labelled set: about half banned goods, half look-alikes.
"""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms

SEMI, SME, GEN = "RU-SEMICONDUCTORS", "RU-SEMICONDUCTOR-EQUIPMENT", "RU-POWER-GENERATORS"
ROBOTS, EXPL, VAC = "RU-ROBOTS", "RU-EXPLOSIVES", "RU-VACCINES"
REF, QC, P3D = "RU-OIL-REFINING-EQUIPMENT", "RU-QUANTUM-COMPUTERS", "RU-3D-PRINTERS"
EM, DIAM, OIL = "RU-ELECTRON-MICROSCOPES", "RU-DIAMONDS-IMPORT", "RU-OIL-IMPORT"

# (description, rule, named): whether the description names the rule's goods
BANNED = [
    # German
    ("Halbleiter für Industriesteuerungen", SEMI, True),
    ("Leistungshalbleiter, IGBT-Module", SEMI, True),
    ("Integrierte Schaltkreise (ICs) für Steuergeräte", SEMI, True),
    ("Mikrocontroller 32-Bit, Rolle à 1000 Stück", SEMI, True),
    ("Siliziumwafer 300 mm", SEMI, True),
    ("Halbleiterscheiben aus monokristallinem Silizium", SEMI, True),
    ("Speicherchips DDR4", SEMI, True),
    ("Prozessoren für Server, 16 Kerne", SEMI, True),
    ("Industrieroboter KUKA KR 210", ROBOTS, True),
    ("Schweißroboter mit Steuerung", ROBOTS, True),
    ("Knickarmroboter, 6 Achsen", ROBOTS, True),
    ("Stromerzeugungsaggregat mit Dieselmotor, 100 kVA", GEN, True),
    ("Notstromaggregat 20 kVA", GEN, True),
    ("Dieselgenerator 50 kW", GEN, True),
    ("Wechselstromgeneratoren für Windkraftanlagen", GEN, True),
    ("Ersatzteile für Stromerzeuger", GEN, True),
    ("Sprengstoffe für den Bergbau", EXPL, True),
    ("Sprengkapseln, elektrisch", EXPL, True),
    ("Sprengschnur 10 g/m", EXPL, True),
    ("Schwarzpulver, 25 kg", EXPL, True),
    ("Impfstoff gegen Influenza", VAC, True),
    ("Tierimpfstoffe (Geflügel)", VAC, True),
    ("Grippeimpfstoff, 10 Dosen", VAC, True),
    ("Raffinerieanlagen für Erdöl", REF, True),
    ("Ausrüstung für Erdölraffinerien", REF, True),
    ("Quantencomputer-System", QC, True),
    ("3D-Drucker für Metall", P3D, True),
    ("Metall-3D-Drucker", P3D, True),
    ("Maschinen für die additive Fertigung", P3D, True),
    ("Rasterelektronenmikroskop", EM, True),
    ("Transmissionselektronenmikroskop JEOL", EM, True),
    ("Rohdiamanten, unbearbeitet", DIAM, True),
    ("Lithografieanlage für Halbleiterscheiben", SME, True),
    ("Anlagen zur Herstellung von Halbleitern", SME, True),
    ("Plasmaätzanlage für Wafer", SME, True),
    ("Ersatzteile für Halbleiterfertigungsanlagen", SME, True),
    ("Rohöl, Sorte Urals", OIL, True),
    ("Erdöl, roh", OIL, True),
    # French
    ("Semi-conducteurs de puissance", SEMI, True),
    ("Semi-conducteurs discrets", SEMI, True),
    ("Circuits intégrés pour l'automobile", SEMI, True),
    ("Microprocesseurs pour serveurs, 16 cœurs", SEMI, True),
    ("Microcontrôleurs 8 bits", SEMI, True),
    ("Plaquettes de silicium 200 mm", SEMI, True),
    ("Puces électroniques", SEMI, True),
    ("Diodes électroluminescentes (LED)", SEMI, True),
    ("Robots industriels", ROBOTS, True),
    ("Robot de soudage à l'arc", ROBOTS, True),
    ("Bras robotisé 6 axes", ROBOTS, True),
    ("Groupe électrogène diesel 100 kVA", GEN, True),
    ("Groupes électrogènes de secours", GEN, True),
    ("Alternateurs pour éoliennes", GEN, True),
    ("Générateur électrique portable", GEN, True),
    ("Pièces détachées pour groupe électrogène", GEN, True),
    ("Explosifs pour l'industrie minière", EXPL, True),
    ("Détonateurs électriques", EXPL, True),
    ("Cordeau détonant", EXPL, True),
    ("Poudre noire", EXPL, True),
    ("Vaccins contre la grippe", VAC, True),
    ("Vaccin antirabique vétérinaire", VAC, True),
    ("Équipement de raffinage du pétrole", REF, True),
    ("Unité de craquage catalytique pour raffinerie", REF, True),
    ("Ordinateur quantique", QC, True),
    ("Imprimante 3D métal", P3D, True),
    ("Imprimantes 3D professionnelles", P3D, True),
    ("Machines de fabrication additive", P3D, True),
    ("Microscope électronique à balayage", EM, True),
    ("Microscopes électroniques en transmission", EM, True),
    ("Diamants bruts", DIAM, True),
    ("Équipement de lithographie pour semi-conducteurs", SME, True),
    ("Machines pour la fabrication de semi-conducteurs", SME, True),
    ("Implanteur ionique", SME, True),
    ("Pétrole brut", OIL, True),
    ("Livraison de l'imprimante 3D", P3D, True),
    ("Transistors bipolaires", SEMI, True),
]

LOOKALIKES = [
    # German: a term as the modifier of another head, or the look-alikes of the
    # English exclusions as compounds
    ("Druckerpapier A4", P3D, False),
    ("Laserdrucker", P3D, False),
    ("Tintenstrahldrucker HP", P3D, False),
    ("Filament für 3D-Drucker, PLA 1,75 mm", P3D, False),
    ("Chipsfabrik, Zubehör", SEMI, False),
    ("Kartoffelchips, gesalzen", SEMI, False),
    ("Halbleiterfabrikgebäude (Stahlbau)", SEMI, False),
    ("Halbleiterfabrikgebäude (Stahlbau)", SME, False),
    ("Chipkarte mit Kontakt", SEMI, False),
    ("Computerprozessor-Kühler", SEMI, False),
    ("Prozessorkühler", SEMI, False),
    ("Gehäuse ohne Halbleiter", SEMI, False),
    ("Küchenroboter mit Rührschüssel", ROBOTS, False),
    ("Saugroboter mit Wischfunktion", ROBOTS, False),
    ("Roboter-Staubsauger", ROBOTS, False),
    ("Roboterrasenmäher", ROBOTS, False),
    ("Dampfgenerator für Bügelstation", GEN, False),
    ("Ozongenerator 10 g/h", GEN, False),
    ("Lichtmaschine für VW Golf", GEN, False),
    ("Kein Generator, nur Lüfter", GEN, False),
    ("Lüfter, nicht Generator", GEN, False),
    ("Generatorgehäuse aus Stahl", GEN, False),
    ("Kühlschrank für Impfstoffe", VAC, False),
    ("Impfstoffkühlschrank", VAC, False),
    ("Sprengstoffdetektor", EXPL, False),
    ("Explosionsgeschützte Leuchte", EXPL, False),
    ("Zuckerraffinerie-Ausrüstung", REF, False),
    ("Speiseöl, raffiniert", REF, False),
    ("Lichtmikroskop", EM, False),
    ("Mikroskope, ausgenommen Elektronenmikroskope", EM, False),
    ("Diamantsägeblatt", DIAM, False),
    ("Diamant-Trennscheibe 230 mm", DIAM, False),
    ("Industriediamanten, Körnung 40/50", DIAM, False),
    ("Heizöltank 1000 l", OIL, False),
    ("Signalgenerator", GEN, False),
    ("Schokowaffeln", SEMI, False),
    ("Druckerkabel USB", P3D, False),
    # French: a term in the complement of another thing, negated, or an exclusion
    ("Papier pour imprimante 3D", P3D, False),
    ("Cartouches d'encre pour imprimante 3D", P3D, False),
    ("Filament PLA pour imprimante 3D", P3D, False),
    ("Stylo 3D pour enfants", P3D, False),
    ("Service d'impression 3D", P3D, False),
    ("Robot de cuisine multifonction", ROBOTS, False),
    ("Robot aspirateur laveur", ROBOTS, False),
    ("Robot tondeuse", ROBOTS, False),
    ("Générateur de vapeur pour repassage", GEN, False),
    ("Générateur d'ozone", GEN, False),
    ("Générateur de fumée pour scène", GEN, False),
    ("Générateur de code QR", GEN, False),
    ("Alternateur de voiture Renault", GEN, False),
    ("Ce n'est pas un générateur : ventilateur", GEN, False),
    ("Réfrigérateur pour vaccins", VAC, False),
    ("Glacière à vaccins", VAC, False),
    ("Carnet de vaccination", VAC, False),
    ("Détecteur d'explosifs", EXPL, False),
    ("Luminaire antidéflagrant", EXPL, False),
    ("Raffinerie de sucre, pièces", REF, False),
    ("Huile de tournesol raffinée", REF, False),
    ("Microscope optique", EM, False),
    ("Grille pour microscope électronique", EM, False),
    ("Disque diamant pour meuleuse", DIAM, False),
    ("Bague en argent, sans diamant", DIAM, False),
    ("Pas de semi-conducteurs, boîtier vide", SEMI, False),
    ("Boîtier sans circuits intégrés", SEMI, False),
    ("Lampe à pétrole", OIL, False),
    ("Chips de pommes de terre", SEMI, False),
    ("Collier anti-puces pour chien", SEMI, False),
    ("Imprimante laser couleur", P3D, False),
    # English, as before: a French term of the same stem reads no English text
    ("Printed vaccine vial labels", VAC, False),
    ("Transistor radio", SEMI, False),
    ("Regenerator for heat exchangers", GEN, False),
]

# "sans" is a French negation, its singular key "san" none ("San Jose")
NOT_NEGATED = [
    ("From San Jose: memory chips", SEMI, True),
    ("San Diego warehouse; diesel generators", GEN, True),
    ("TVS diodes SMBJ series", SEMI, True),  # (other words are read by their singular key)
    ("Poudre sans fumée, 1 kg", EXPL, True),  # ("sans" of the term's own words)
]

CASES = BANNED + LOOKALIKES + NOT_NEGATED


def named(terms: GoodsTerms, text: str, rule: str) -> bool:
    finding = terms.find(text)
    return rule in finding.named


@pytest.mark.parametrize(("text", "rule", "expected"), CASES)
def test_german_and_french_descriptions(terms: GoodsTerms, text, rule, expected) -> None:
    finding = terms.find(text)
    assert named(terms, text, rule) is expected, [h.reason for h in finding.set_aside]


def test_a_compounds_head_explains_itself(screener) -> None:
    from tests.conftest import ship

    result = screener.screen(ship("Siliziumhalbleiter, 500 Stück"))
    [hit] = [h for h in result.hits if h.rule_id == SEMI]
    assert (hit.query, hit.matched) == ("Siliziumhalbleiter", "Halbleiter")
    assert hit.detail.startswith("exact term, the head of a compound word (term from EU Combined")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Kühlschrank für Impfstoffe", "'Impfstoffe' after 'Kühlschrank für': a kuhlschrank"),
        ("Détecteur d'explosifs", "'d'explosifs' after 'Détecteur': a detecteur"),
        ("Gehäuse ohne Halbleiter", "'Halbleiter' is negated by 'ohne'"),
        ("Ce n'est pas un générateur", "'générateur' is negated by 'pas'"),
        ("Boîtier sans circuits intégrés", "'circuits intégrés' is negated by 'sans'"),
    ],
)
def test_why_a_german_or_french_term_did_not_count(terms, text, reason) -> None:
    finding = terms.find(text)
    assert not finding.hits
    assert any(h.reason.startswith(reason) for h in finding.set_aside), finding.set_aside


def test_place_names_are_read_as_no_compounds_head() -> None:
    """Only the goods matcher reads compounds: a town's name at the end of another
    word is no town."""
    from screen.matching.phrases import PhraseMatcher
    from screen.text.tokens import analyze

    towns = PhraseMatcher([("town", "Donetsk")])
    assert towns.find(analyze("Donetsk"))
    assert not towns.find(analyze("Nordonetsk"))
