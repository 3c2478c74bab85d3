"""Goods descriptions in Korean, Turkish and Ukrainian.

The item rules carry the Korean customs tariff's (HSK), the Turkish tariff's
(GTİP) and the Ukrainian classification's (УКТ ЗЕД, where it differs from
Russian) wording of their headings, and the trade's.  Korean and Turkish put the
head noun last, as English and Japanese do:

* Korean writes its words apart and joins particles to them: a particle after a
  term leaves it whole ("로봇을 수출", "반도체의"); a noun joined to it
  ("로봇청소기") or the word after it with nothing but a space between ("로봇
  청소기", "백신 냉장고") heads it, unless that word is the rule's own, a part, a
  set or what is done with the goods ("로봇 팔", "발전기 세트", "로봇 수출"); "의"
  (of) and "용" (for) make it describe the word after them ("반도체용 장비");
* a Turkish term followed by another noun qualifies it ("patlayıcı dedektörü"),
  and its plural and possessive forms are written out ("jeneratörler",
  "elektron mikroskobu");
* Ukrainian is read as transliterated, as Russian is; "роботи" is also "works".
"""

from __future__ import annotations

import pytest

from screen.matching.goodsterms import GoodsTerms

SEMI, SME, GEN = "RU-SEMICONDUCTORS", "RU-SEMICONDUCTOR-EQUIPMENT", "RU-POWER-GENERATORS"
ROBOTS, EXPL, VAC = "RU-ROBOTS", "RU-EXPLOSIVES", "RU-VACCINES"
REF, QC, P3D = "RU-OIL-REFINING-EQUIPMENT", "RU-QUANTUM-COMPUTERS", "RU-3D-PRINTERS"
EM, DIAM, OIL = "RU-ELECTRON-MICROSCOPES", "RU-DIAMONDS-IMPORT", "RU-OIL-IMPORT"
AI = "RU-AI-ROBOTICS-TECH"

KOREAN = [
    ("반도체 집적회로", SEMI, True),
    ("반도체의 수출", SEMI, True),  # a particle: the term is whole
    ("산업용 로봇을 수출", ROBOTS, True),
    ("로봇들을 수출", ROBOTS, True),
    ("로봇 팔", ROBOTS, True),  # the rule's own term
    ("로봇, 모터", ROBOTS, True),  # a list: a robot and a motor (not "로봇 모터", a motor)
    ("로봇 모터", ROBOTS, False),
    ("협동 로봇", ROBOTS, True),
    ("디젤 발전기", GEN, True),
    ("발전기 세트", GEN, True),
    ("폭약 및 뇌관", EXPL, True),
    ("뇌관 1000개", EXPL, True),
    ("독감 백신", VAC, True),
    ("반도체 제조 장비", SME, True),
    ("반도체용 장비", SME, True),
    ("정유 설비", REF, True),
    ("양자 컴퓨터", QC, True),
    ("3D 프린터", P3D, True),
    ("주사전자현미경 1대", EM, True),
    ("다이아몬드 원석", DIAM, True),
    ("원유", OIL, True),
    # look-alikes
    ("로봇청소기", ROBOTS, False),
    ("로봇 청소기", ROBOTS, False),
    ("로봇 장난감", ROBOTS, False),
    ("장난감 로봇", ROBOTS, False),
    ("반도체 제조 장비", SEMI, False),  # equipment, no semiconductor
    ("반도체용 장비", SEMI, False),
    ("반도체 관련 서적", SEMI, False),
    ("푸드 프로세서", SEMI, False),
    ("감자칩", SEMI, False),
    ("백신 냉장고", VAC, False),
    ("컴퓨터 백신 소프트웨어", VAC, False),  # antivirus software
    ("3D 프린터 필라멘트", P3D, False),
    ("다이아몬드 커터", DIAM, False),
    ("공업용 다이아몬드", DIAM, False),
    ("석유화학 제품", OIL, False),
    ("자동차 발전기", GEN, False),
]
TURKISH = [
    ("Yarı iletken cihazlar", SEMI, True),
    ("Yarı iletkenler", SEMI, True),
    ("Endüstriyel robot", ROBOTS, True),
    ("Sanayi robotları", ROBOTS, True),
    ("Dizel jeneratör seti", GEN, True),
    ("Dizel jeneratörler", GEN, True),
    ("Patlayıcı maddeler", EXPL, True),
    ("Madencilik için patlayıcılar", EXPL, True),
    ("Patlayıcıların ihracatı", EXPL, True),  # the export of explosives
    ("Grip aşısı", VAC, True),
    ("Rafineri ekipmanı", REF, True),
    ("Kuantum bilgisayarı", QC, True),
    ("3D yazıcı ve filament", P3D, True),
    ("Elektron mikroskobu", EM, True),
    ("Elektron mikroskopları", EM, True),
    ("Ham elmas", DIAM, True),
    ("Pırlanta yüzük", DIAM, True),
    ("Ham petrol", OIL, True),
    # look-alikes
    ("Patlayıcı dedektörü", EXPL, False),
    ("Buhar jeneratörü", GEN, False),
    ("Sinyal jeneratörleri", GEN, False),
    ("Oto alternatörü", GEN, False),
    ("Mutfak robotu", ROBOTS, False),
    ("Robot süpürge", ROBOTS, False),
    ("Çim biçme robotu", ROBOTS, False),
    ("Elmas testere", DIAM, False),
    ("Endüstriyel elmas", DIAM, False),
    ("Şeker rafinerisi ekipmanı", REF, False),
    ("Kuru kayısı", VAC, False),
]
UKRAINIAN = [
    ("Напівпровідникові прилади", SEMI, True),
    ("Інтегральні схеми", SEMI, True),
    ("Промисловий робот", ROBOTS, True),
    ("Дизельний генератор", GEN, True),
    ("Генераторні установки", GEN, True),
    ("Вибухові речовини", EXPL, True),
    ("Вибухівка", EXPL, True),
    ("Вакцини для людей", VAC, True),
    ("Електронний мікроскоп", EM, True),
    ("Алмази", DIAM, True),
    # look-alikes
    ("Генератор сигналів", GEN, False),
    ("Ремонтні роботи", ROBOTS, False),
    ("Будівельні роботи", AI, False),
    ("Дитячий одяг", SEMI, False),
]

CASES = KOREAN + TURKISH + UKRAINIAN


@pytest.mark.parametrize(("text", "rule", "expected"), CASES)
def test_korean_turkish_ukrainian_descriptions(terms: GoodsTerms, text, rule, expected) -> None:
    finding = terms.find(text)
    assert (rule in finding.named) is expected, [h.reason for h in finding.set_aside]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("로봇 청소기", "'로봇' before '청소기': the goods are 청소기, not a robot"),
        ("로봇청소기", "'로봇' before '청소기': the goods are 청소기, not a robot"),
        ("백신 냉장고", "'백신' before '냉장고': the goods are 냉장고, not a vaccine"),
        ("반도체용 장비", "'반도체' before '장비': the goods are 장비, not a semiconductor"),
    ],
)
def test_why_a_korean_term_did_not_count(terms, text, reason) -> None:
    finding = terms.find(text)
    rule = {"로": ROBOTS, "백": VAC, "반": SEMI}[text[0]]
    assert rule not in finding.named
    assert any(h.reason == reason for h in finding.set_aside), finding.set_aside
