"""Every table shipped in screen/data is exactly what its generator makes from its
kept source (regenerate with `make data`)."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import pytest

GENERATORS = sorted(
    p.stem for p in (Path(__file__).parent.parent / "screen" / "datagen").glob("[a-z]*.py")
)


@pytest.mark.parametrize("name", GENERATORS)
def test_shipped_table_matches_its_generator(name: str) -> None:
    generator = import_module(f"screen.datagen.{name}")
    shipped = generator.TARGET.read_text(encoding="utf-8")
    assert shipped == generator.generate(), f"run `make data`: {generator.TARGET} is stale"


def test_there_are_generators() -> None:
    assert "english" in GENERATORS


def test_legal_forms_are_shipped_normalised() -> None:
    """Name reduction reads legal_forms.txt as written, without normalising it again."""
    from screen.text.normalize import normalize
    from screen.text.shipped import data_lines

    lines = data_lines("legal_forms.txt")
    assert lines
    assert [line for line in lines if normalize(line) != line] == []


def test_name_variant_ids_are_no_words() -> None:
    """The ids a spelling table gives are marked as the matcher expects, so that no
    word (nor its typos) can meet one."""
    from screen.datagen import name_variants
    from screen.matching.names.tables import VARIANT_MARK, variant_ids

    assert name_variants.VARIANT_MARK == VARIANT_MARK
    for word in ("sergey", "sergejs", "alyaksandr", "alexander"):
        ids = variant_ids(word)
        assert ids and all(i.startswith(VARIANT_MARK) and not i.isalpha() for i in ids)
    assert set(variant_ids("sergejs")) & set(variant_ids("sergey"))
    assert variant_ids("kwang") == () or not set(variant_ids("kwang")) & set(variant_ids("kang"))


@pytest.mark.parametrize(
    ("forms", "kept"),
    [
        ({"sergey", "sergei", "szergej", "serhiy"}, {"sergey", "sergei", "szergej", "serhiy"}),
        ({"hamas", "roi", "venezolano"}, set()),  # an item's stray labels
        ({"rahul", "tunde"}, set()),
        ({"khadija", "kadidja", "hatice", "xedice"}, {"khadija", "kadidja", "hatice"}),
    ],
)
def test_a_names_forms_are_kept_when_spelt_like_another(forms, kept) -> None:
    from screen.datagen.name_variants import spelt_alike

    assert spelt_alike(forms) == kept


def test_stray_labels_join_no_names() -> None:
    from screen.matching.names import NameIndex

    index = NameIndex([("H", "HAMAS", False, False), ("N", "NABI", False, True)])
    assert index.search("ROI Corporation", 50.0) == []
    assert index.search("Mohammed Ahmed", 50.0) == []


def test_the_normalised_country_keys_use_the_matcher_s_lengths() -> None:
    from screen.datagen import city_keys, country_keys
    from screen.matching import countries

    assert country_keys.SHORTEST == city_keys.SHORTEST == countries.SHORTEST


def test_the_city_keys_are_the_city_table_s() -> None:
    from screen.matching.countries import places
    from screen.matching.names.places import is_city_name
    from screen.text.sortedlines import sorted_data

    text, start = sorted_data("city_keys.txt")
    keys = set(text[start:].splitlines())
    assert keys == set(places().cities)
    assert all(is_city_name(k) for k in list(keys)[:500])
    assert not is_city_name("giprostroymost")


def test_every_word_of_a_country_name_is_a_country_word() -> None:
    from screen.matching.countries import countries
    from screen.matching.names.inside import _country_word

    words = {w for name in countries().names for w in name.split()}
    assert all(_country_word(w) for w in words)
    assert not _country_word("construction")


def test_traditional_characters_fold_one_for_one() -> None:
    """han_simplified.tsv: one Traditional character to one Simplified, never to a
    character that is folded again, and no Simplified character folded."""
    from screen.text.shipped import data_lines

    pairs = dict(line.split("\t") for line in data_lines("han_simplified.tsv"))
    assert len(pairs) > 2500
    assert all(len(t) == 1 and len(s) == 1 and t != s for t, s in pairs.items())
    assert not set(pairs.values()) & set(pairs)
    assert pairs["發"] == "发" and pairs["體"] == "体" and pairs["鑽"] == "钻"
    assert not {"发", "体", "机", "ダ", "の"} & set(pairs)


def test_title_word_abbreviations_stand_for_their_words() -> None:
    """The LTWA's abbreviations (ISO 4) stand for the words they abbreviate, but not
    one that is an English word or a person's name ("prod", "nat")."""
    from screen.matching.names.tables import aliases

    groups = {word: names.split() for word, names in aliases().items()}
    assert "scientific" in groups["sci"] and "academy" in groups["acad"]
    assert "institute" in groups["inst"]
    assert "prod" not in groups.get("production", ()) and "nat" not in groups.get("natural", ())
