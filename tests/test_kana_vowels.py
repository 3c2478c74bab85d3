"""A katakana name's reading against a Latin name, vowels and all (text/kanavowels.py,
names/kanaspelt.py): a reading that spells the Latin word as Japanese writes it is a
transliteration; one that shares only its consonants stays a skeleton, capped below
review."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.kanavowels import nearness

NEAR = [
    # (Hepburn reading of the katakana, Latin word, spelled?)
    ("seteremu", "setelem", True),  # the "u" after a final consonant, l read r
    ("honaru", "honar", True),
    ("megubi", "megvii", True),  # the "u" inside a cluster, v read b
    ("toropikku", "tropic", True),
    ("shippingu", "shipping", True),
    ("areon", "aleong", True),  # a final "ng" as "n" (Leong レオン)
    ("garimofu", "galimov", True),  # a final "v" said "f"
    ("tekunoroji", "technology", False),  # "ch" read as k: one consonant too many
    ("gige", "kike", False),  # voicing is written in katakana
    ("batiza", "batis", False),  # a syllable more
    ("karunezo", "carnes", False),  # "o" is added after t and d only
    ("tomosu", "demos", False),
    ("osharu", "hauchard", False),
]  # fmt: skip


@pytest.mark.parametrize(("reading", "latin", "spelled"), NEAR)
def test_a_reading_spells_a_latin_word_vowel_for_vowel(reading, latin, spelled) -> None:
    assert (nearness(reading, latin) >= 0.9) is spelled, nearness(reading, latin)


LISTED = [
    ("MOR", "MORANTEX TRADING LLC", False),
    ("GAL", "GALIMOV, Rustem", True),
    ("TEL", "TELAMON BANK", False),
    ("BAT", "BATIS", False),
    ("KIK", "KIKE", False),
]

CASES = [
    # (query, owner, found at 75)
    ("モランテックス・トレーディング", "MOR", True),  # was 60: skeleton only
    ("テラモン銀行", "TEL", True),
    ("ルステム・ガリモフ", "GAL", True),
    ("モランタ・トレーディング", "MOR", False),  # another firm trading
    ("ガリモフ", "GAL", False),  # a family name alone
    ("ルステム・ガリエフ", "GAL", False),  # another family name
    ("バティザ", "BAT", False),  # consonants alike, vowels not
    ("ギーゲ", "KIK", False),  # voicing differs
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("query", "owner", "found"), CASES)
def test_katakana_names_meet_their_latin_spelling(index, query, owner, found) -> None:
    hits = {h.name.owner: h for h in index.search(query, 75.0)}
    assert (owner in hits) is found, (query, hits.get(owner))
    assert index.search(query, 60.0) == index.search_exhaustive(query, 60.0)


def test_the_hit_says_it_was_read_from_katakana_with_its_vowels(index) -> None:
    (hit,) = [h for h in index.search("テラモン銀行", 75.0) if h.name.owner == "TEL"]
    assert "teramon~telamon (transliterated from katakana, vowels and consonants)" in hit.detail
    assert 75 <= hit.score < 100
