"""What `screen check` leaves for later: tables only some inputs need are built or
read from the cache when first needed, and code a run does not use is not
imported.  (How long start-up takes is measured in bench/startup.py, not here.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from screen.matching import countries as table
from screen.matching.countries import (
    build_bags,
    build_places,
    city_of,
    defer_places,
    name_code,
    region_of,
)
from screen.matching.countries import whole_country as whole
from screen.matching.names import countryphrases, legalforms, tables
from screen.matching.names.legalforms import build_word_tables, use_word_tables
from screen.runs.loading import build_tables
from screen.text.korean import build_syllable_table, spelling_keys, syllable_table
from screen.text.shipped import data_lines
from tests.conftest import ROOT


def test_places_are_read_when_a_field_first_needs_them() -> None:
    calls = []

    def load() -> table.Places:
        calls.append("places")
        return build_places()

    def load_bags() -> table.Bags:
        calls.append("bags")
        return build_bags()

    defer_places(load, load_bags)
    try:
        assert whole("RU") == "RU" and whole("Russia") == "RU"
        assert calls == []  # a code and a name need no place table
        assert name_code("federation russian") == "RU"  # another word order
        assert name_code("sberbank") is None  # (what a party's coined word asks)
        assert calls == ["bags"]  # the names in another word order only
        assert city_of("Moscow") == ("RU", "Moscow")
        assert region_of("Dagestan") is not None
        assert calls == ["bags", "places"]  # each read once
    finally:
        defer_places(build_places)


def test_country_phrases_and_legal_forms_are_read_when_a_longer_name_asks() -> None:
    """A party's name of one word needs neither table; one of more reads each once."""
    calls = []

    def phrases() -> countryphrases.Phrases:
        calls.append("phrases")
        return countryphrases.build_phrases()

    def forms() -> legalforms.FormTables:
        calls.append("forms")
        return legalforms.build_form_tables()

    countryphrases.defer_phrases(phrases)
    legalforms.defer_form_tables(forms)
    try:
        assert countryphrases.one_word_countries(["sberbank"]) == ["sberbank"]
        assert legalforms.strip_legal_forms(["sberbank"]) == ["sberbank"]
        assert calls == []
        assert countryphrases.one_word_countries(["bank", "russian", "federation"])[0] == "bank"
        assert legalforms.strip_legal_forms(["rosneft", "trading", "llc"]) == ["rosneft", "trading"]
        assert legalforms.is_legal_form(["ltd"])
        assert sorted(calls) == ["forms", "phrases"]
    finally:
        countryphrases.defer_phrases(countryphrases.build_phrases)
        legalforms.defer_form_tables(legalforms.build_form_tables)


def test_the_word_tables_a_run_hands_in_are_used() -> None:
    """The name words' tables come from the cache's entry (`build_tables`) as built."""
    built = build_word_tables()
    assert build_tables()[2] == built
    handed = ({**built[0], "zzqx": "zzqxcanonical"}, built[1])
    use_word_tables(handed)
    try:
        assert tables.aliases() is handed[0]
        assert "zzqxcanonical" in tables.word_alts("zzqx")
    finally:
        use_word_tables(built)
    assert "zzqxcanonical" not in tables.word_alts("zzqx")


def test_korean_syllables_read_as_the_builder_makes_them() -> None:
    first, later = syllable_table()
    built = build_syllable_table()
    assert (
        {s: frozenset(k.split(" ")) for s, k in first.items()},
        {s: frozenset(k.split(" ")) for s, k in later.items()},
    ) == built
    for spelt in first.keys() | later.keys():  # each line found by bisection as read
        assert spelling_keys(spelt, True) == first.get(spelt)
        assert spelling_keys(spelt, False) == later.get(spelt)
    assert spelling_keys("sb", True) is None and spelling_keys("zzz", False) is None


def test_cjk_places_are_built_on_first_read() -> None:
    assert dict(tables.CJK_PLACES) == tables._load_cjk_places()
    assert tables.CJK_PLACES["ロシア"] == "russia"


def test_aliases_as_the_groups_give_them() -> None:
    """Each word maps to the sorted canonical names of the groups it is in."""
    groups: dict[str, set[str]] = {}
    for line in data_lines("name_aliases.tsv"):
        canonical, *variants = line.split("\t")
        for word in (canonical, *variants):
            groups.setdefault(word, set()).add(canonical)
    expected = {w: " ".join(sorted(c)) for w, c in groups.items()}
    assert expected == tables.aliases()
    assert any(" " in c for c in tables.aliases().values())  # a word in two groups


CHECK = """
import json, sys
from screen.cli.entry import build
try:
    build("check")(["check", "industrial robot", "--consignee", "Sberbank", "--country",
                    "RU", "--format", "json", *sys.argv[1:]])
except SystemExit:
    pass
from screen.matching.names import tables
print(json.dumps({"modules": sorted(sys.modules), "cjk": tables.CJK_PLACES._table is not None}),
      file=sys.stderr)
"""


def test_a_check_imports_no_list_code_and_builds_no_cjk_table(tmp_path) -> None:
    """A warm check (the compiled rulebook in the cache: the first run, building
    it, reads the CJK names of the rulebook's parties), recorded into a database
    that holds no reviewer's decision: no list code, no decision code."""
    env = {**os.environ, "SCREEN_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("SCREEN_LISTS", None)
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-c", CHECK, "--db", str(tmp_path / "records.db")],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert run.returncode == 0, run.stderr
    found = json.loads(run.stderr.strip().splitlines()[-1])
    loaded = found["modules"]
    assert not [m for m in loaded if m.startswith("screen.lists")]
    assert "screen.runs.decisions" not in loaded and "screen.records.decisions" not in loaded
    # a check records its one row itself: no writer thread, no counts read back, no
    # batch's columns
    for module in ("screen.runs.chunkwriter", "screen.records.history", "screen.io.columns"):
        assert module not in loaded
    # an ASCII check loads no transliteration table (a Cyrillic term's reading met it:
    # "робот", read "robot", is not normalised again), and shipped tables are read as
    # files, not through importlib.resources' readers
    assert "anyascii" not in loaded and "importlib.resources.readers" not in loaded
    assert found["cjk"] is False


def test_a_shipped_table_is_read_through_importlib_resources_where_no_folder_holds_it(
    monkeypatch, tmp_path
) -> None:
    """Run from a zip file, the package has no `data` folder to open: the table is
    read through importlib.resources, the same text."""
    from screen.text import shipped

    as_file = shipped.data_text("person_titles.txt")
    monkeypatch.setattr(shipped, "DATA", str(tmp_path / "no-such-folder"))
    assert shipped.data_text("person_titles.txt") == as_file
    assert as_file.splitlines()[0].startswith("#")  # (the generator's header: read whole)
