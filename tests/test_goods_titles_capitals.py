"""Quoted titles and words in capitals around a goods term (s38).

* a term quoted after the noun of other goods is a title or a print: what is
  printed on a poster, a mug or a shirt names no goods shipped ("poster 'How
  vaccines work'"); a term quoted with nothing before it, after a filler, a figure,
  an adjective, a country or the rule's own words is the goods as written;
* a name quoted after a term heads nothing ('industrial robot "Titan"');
* a word in capitals after a term that is not, and that names no thing one can
  ship nor a work by WordNet's first sense, is a model's or a project's name: the
  hit is a review ("quantum computer MAPLE"), where a thing written loud is the
  goods' head noun ("generator BELT");
* a tariff's "heading 8486" names the heading;
* a remark, a project's name after its word, and the packing and count in the
  languages of the trade head nothing ("industrial robot Project Taiga",
  "Industrieroboter Kisten"); a block is a form explosives come in ("TNT block").
"""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms
from screen.matching.titles import quoted_after
from tests.test_goods_appended import BLOCK, REVIEW, verdict

SEMI, GEN, VAC = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-VACCINES"
ROBOTS, QUANTUM = "RU-ROBOTS", "RU-QUANTUM-COMPUTERS"

# (description, rule, verdict)
TITLES = [
    ("poster 'How vaccines work', A2 laminated", VAC, None),
    ("coffee mug 'I love quantum computing'", QUANTUM, None),
    ('t-shirt "industrial robot" print', ROBOTS, None),
    ("book «Industrial robots»", ROBOTS, None),
    ("notebook “Semiconductors rock”", SEMI, None),
    # the goods as written
    ('"integrated circuits"', SEMI, BLOCK),
    ('Goods: "microchips"', SEMI, BLOCK),
    ('Contract 5 "Industrial robots"', ROBOTS, BLOCK),
    # after a unit a figure measures: a freight line's weight
    ('14 cartons, 96 kg, "integrated circuits / microcontrollers, ESD packed"', SEMI, BLOCK),
    ('3 crates 2.3 t, "industrial robots, 6-axis"', ROBOTS, BLOCK),
    ('2 pallets 1,800 kg "diesel generators"', GEN, BLOCK),
    ("2 posters 'How vaccines work'", VAC, None),  # (counted goods keep their title)
    ("2 DVDs 'Quantum computing explained'", QUANTUM, None),  # (a recordings trade word)
    ("1 mug 'I love quantum computing'", QUANTUM, None),
    ('diesel "generators"', GEN, BLOCK),
    ('Russian "vaccines"', VAC, BLOCK),
    ("Lieferung von „Halbleiter“", SEMI, BLOCK),
    ("Поставка «микросхем»", SEMI, BLOCK),
    ("l'imprimante 3D", "RU-3D-PRINTERS", BLOCK),  # an elision, no quote
    # a quoted name after the goods heads nothing
    ('industrial robot "Titan"', ROBOTS, BLOCK),
    ("quantum computer 'Maple'", QUANTUM, BLOCK),
    ('vaccine "Sputnik V"', VAC, BLOCK),
]
CAPITALS = [
    ("quantum computer MAPLE", QUANTUM, REVIEW),
    ("integrated circuit ORION", SEMI, REVIEW),
    ("industrial robot TITAN", ROBOTS, REVIEW),
    ("diesel generator GLACIER", GEN, REVIEW),  # a natural object: no goods
    # a thing or a work, written loud, is the head noun
    ("generator BELT for cars", GEN, None),
    ("processor FAN", SEMI, None),
    ("generator MANUAL", GEN, None),
    # all in capitals, or a plural term: as before
    ("INTEGRATED CIRCUIT TESTER", SEMI, None),
    ("integrated circuits KESTREL", SEMI, BLOCK),
    ("diesel generator SET", GEN, BLOCK),
]


REMARKS = [
    ("industrial robot Project Taiga", ROBOTS, BLOCK),
    ("electron microscope Operation Larch", "RU-ELECTRON-MICROSCOPES", BLOCK),
    ("diesel generator fragile", GEN, BLOCK),
    ("integrated circuit pls asap", SEMI, BLOCK),
    ("Industrieroboter Kisten", ROBOTS, BLOCK),
    ("Halbleiter Stück", SEMI, BLOCK),
    ("układy scalone karton", SEMI, BLOCK),
    ("TNT block", "RU-EXPLOSIVES", BLOCK),
    # what still names other goods
    ("industrial robot project management software", ROBOTS, None),
    ("diesel generator operation manual", GEN, None),
]
MICRO = "RU-ELECTRON-MICROSCOPES"
ACRONYMS = [  # an acronym in capitals is no cue of the sentence ("SEM" is no Portuguese "sem")
    ("SEM stub holders, aluminium", MICRO, None),  # the rule's exclusion, which it missed
    ("SEM campaign management, Google Ads", MICRO, None),  # search-engine marketing
    ("used SEM with EDS detector", MICRO, BLOCK),
    # a short word of another language, not in capitals, is no acronym term
    ("Fone de ouvido sem fio", MICRO, None),  # Portuguese: wireless headset
    ("Carregador sem fio 15W", MICRO, None),
    ("Vacinas tem garantia", "RU-ELECTRON-MICROSCOPES", None),  # "tem": has, no TEM
    ("Intel cpu i7", SEMI, BLOCK),  # no word of any language: the acronym all the same
]


@pytest.mark.parametrize(("text", "rule", "expected"), TITLES + CAPITALS + REMARKS + ACRONYMS)
def test_titles_and_capitals(terms: GoodsTerms, text: str, rule: str, expected: str) -> None:
    assert verdict(terms, text, rule) == expected, [h.reason for h in terms.find(text).set_aside]


def test_the_reasons_say_title_and_capitals(terms: GoodsTerms) -> None:
    aside = terms.find("poster 'How vaccines work'").set_aside
    assert "'vaccines' in quotes after 'poster': its title or print" in {h.reason for h in aside}
    hits = terms.find("quantum computer MAPLE").hits
    assert hits and all(h.review for h in hits)
    assert "'quantum computer' before 'MAPLE', a word in capitals: a name or a code (review)" in {
        h.unread for h in hits
    }


@pytest.mark.parametrize(
    ("gaps", "clause", "expected"),
    [
        (["", " '", " ", "', "], [0, 0, 0, 0], [-1, 0, 0, -1]),
        (["", "'"], [0, 0], [-1, -1]),  # an elision
        (['"', " "], [0, 0], [-1, -1]),  # nothing before the quote
        (["", ', "'], [0, 1], [-1, -1]),  # the word before is in another clause
        (["", " «", " «", "»»"], [0, 0, 0, 0], [-1, 0, -1, -1]),
    ],
)
def test_quoted_after(gaps: list[str], clause: list[int], expected: list[int]) -> None:
    assert quoted_after(gaps, clause) == expected
