"""What follows a goods term and heads nothing: a quantity or a packing, a brand's
or a model's name.

* Japanese and Chinese counters after a numeral ("一式", "1台", "二台", "10个") and
  the words that say a set alone ("セット") say how many, not what;
* a brand and model after the goods' noun, as Russian writes it ("3D-принтер Picaso
  Designer X": a Latin word after a term whose head is Russian is a name), a single
  letter after a name ("Designer X"), a word joined by a hyphen to a code
  ("Cortex-M4") and a word all in capitals before it ("ARM") name a model;
* a set-aside note quotes the user's own characters ("ﾛﾎﾞｯﾄｷｬﾋﾞﾈｯﾄ", half-width
  long-vowel mark and all), not the compact form the matcher compares.
"""

from __future__ import annotations

import pytest

from tests.conftest import assert_named

SEMI, GEN, ROBOTS, PRINTERS = (
    "RU-SEMICONDUCTORS",
    "RU-POWER-GENERATORS",
    "RU-ROBOTS",
    "RU-3D-PRINTERS",
)

CASES = [
    # the tester's (s30 ships2 B: S061, S088, S003, S057)
    ("溶接ロボット一式", ROBOTS),
    ("3D-принтер Picaso Designer X", PRINTERS),
    ("STM32F407VGT6 MCU ARM Cortex-M4, 2,000 PCS, tape & reel", SEMI),
    ("ﾛﾎﾞｯﾄｱｰﾑ 6ｼﾞｸ 1ﾀﾞｲ", ROBOTS),
    # other counters, models and wordings, the same mechanisms
    ("ロボット二台", ROBOTS),
    ("ロボットセット", ROBOTS),
    ("発電機一式", GEN),
    ("发电机10个", GEN),
    ("半導体3箱", SEMI),
    ("3D printer Picaso Designer X", PRINTERS),
    ("MCU ARM Cortex-M4", SEMI),
    ("Microcontroller ARM Cortex-M4 STM32", SEMI),
    ("Генератор дизельный Cummins C100", GEN),
    ("ロボットアーム", ROBOTS),
    ("マニピュレーター", ROBOTS),
    # guards: a counter with no numeral, another noun, a look-alike with a model code
    ("半導体本", None),
    ("ロボット式掃除機", None),
    ("ロボットアームカバー", None),
    ("Chip Resistor SMD-0805", None),
    ("LED Lamp E27", None),
    ("Potato Chips XL-200", None),
    ("Semiconductor Physics textbook ISBN-978", None),
]


@pytest.mark.parametrize(("text", "rule"), CASES)
def test_counts_and_names_head_nothing(terms, text, rule) -> None:
    assert_named(terms, text, rule)


def test_a_note_quotes_the_users_own_characters(terms) -> None:
    (aside,) = terms.find("ﾛﾎﾞｯﾄｷｬﾋﾞﾈｯﾄ").set_aside
    assert aside.reason == "'ﾛﾎﾞｯﾄ' inside 'ﾛﾎﾞｯﾄｷｬﾋﾞﾈｯﾄ': the goods are ｷｬﾋﾞﾈｯﾄ, not a robot"
