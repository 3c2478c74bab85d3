"""Look-alikes in the languages the rules are written in.

The exclusions and exceptions the rules hold in English hold in Japanese, Chinese
and Russian too ("food processor", "car alternator", "technical diamonds"); a
Russian exclusion or exception also matches head first ("Процессор кухонный",
"Алмазы технические"), and Traditional characters are read as Simplified.
"""

from __future__ import annotations

import pytest

SEMI, GEN, DIAMONDS = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-DIAMONDS-IMPORT"


LOOKALIKES = [
    # the tester's (s28/goods2 group 5)
    ("フードプロセッサー", SEMI, False),
    ("料理机（食物处理器）", SEMI, False),
    ("食物处理器", SEMI, False),
    ("Кухонный процессор", SEMI, False),
    ("汽车发电机 12V", GEN, False),
    ("汽车交流发电机", GEN, False),
    ("Автомобильный генератор 14В для ВАЗ", GEN, False),
    ("Генератор автомобильный", GEN, False),
    ("Алмазы технические", DIAMONDS, False),
    # other words, the same mechanisms
    ("Процессор кухонный Bosch MCM", SEMI, False),
    ("食物處理器 600W", SEMI, False),
    ("Пищевой процессор", SEMI, False),
    ("車用発電機 12V", GEN, False),
    ("车用发电机", GEN, False),
    ("Генератор для автомобиля Лада", GEN, False),
    ("Алмаз технический, порошок", DIAMONDS, False),
    ("工業用鑽石", DIAMONDS, False),
    # the goods themselves still are
    ("Процессор Intel Core i7", SEMI, True),
    ("处理器 Intel", SEMI, True),
    ("柴油发电机组", GEN, True),
    ("Генератор дизельный 100 кВт", GEN, True),
    ("Алмазы ювелирные", DIAMONDS, True),
    ("鑽石原石", DIAMONDS, True),
    ("非工业用钻石", DIAMONDS, True),  # a negated CJK exception excepts nothing
    ("非工業用鑽石 20件", DIAMONDS, True),
]


@pytest.mark.parametrize(("text", "rule", "named"), LOOKALIKES)
def test_lookalikes_in_every_language(terms, text, rule, named) -> None:
    finding = terms.find(text)
    found = finding.named
    assert (rule in found) is named, [h.reason for h in finding.set_aside]
