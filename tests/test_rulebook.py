"""The rulebook: the built-in one is valid and quotes its seeds verbatim; every kind
of fault in a user's rulebook is reported with file, line, field and a fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screen.errors import RulebookError
from screen.rulebook import load_rulebook
from screen.rulebook.sources import find_passage
from tests.conftest import ROOT

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def test_builtin_rulebook_is_valid(rulebook) -> None:
    kinds = {r.kind.value for r in rulebook.rules}
    assert kinds == {"item", "destination", "entity"}
    assert len({r.id for r in rulebook.rules}) == len(rulebook.rules)


def test_every_quote_stands_verbatim_in_its_seed(rulebook) -> None:
    for rule in rulebook.rules:
        seed_text = " ".join(
            (ROOT / "seeds" / rule.source.seed).read_text(encoding="utf-8").split()
        )
        assert rule.source.quote in seed_text, rule.id
        passage = find_passage(rulebook.seeds_dir, rule.source.seed, rule.source.quote)
        assert passage.paragraph[passage.quote_start : passage.quote_end] == rule.source.quote


def test_seeds_are_the_five_articles() -> None:
    assert len(list((ROOT / "seeds").glob("*.txt"))) == 5


def test_rulebook_covers_the_measures(rulebook) -> None:
    ids = {r.id for r in rulebook.rules}
    for expected in (
        "RU-SEMICONDUCTORS",
        "RU-ROBOTS",
        "RU-QUANTUM-COMPUTERS",
        "RU-3D-PRINTERS",
        "RU-ELECTRON-MICROSCOPES",
        "RU-POWER-GENERATORS",
        "RU-EXPLOSIVES",
        "RU-VACCINES",
        "RU-OIL-REFINING-EQUIPMENT",
        "CN-SEMICONDUCTOR-EQUIPMENT",
        "RU-DIAMONDS-IMPORT",
        "REGION-DNR",
        "REGION-LNR",
        "ENT-SBERBANK",
        "ENT-VTB",
        "ENT-GAZPROMBANK",
        "ENT-VEB",
        "ENT-ROSSELKHOZBANK",
        "ENT-VORONTSOVA",
        "ENT-TIKHONOVA",
        "ENT-LAVROVA",
        "ENT-HUAWEI",
    ):
        assert expected in ids


def test_people_named_in_the_articles_are_not_listed(rulebook) -> None:
    names = " ".join(n for r in rulebook.rules for n in r.names).lower()
    for not_listed in (
        "kishida",
        "hayashi",
        "nikon",
        "tokyo electron",
        "nishimura",
        "kihara",
        "kuleba",
    ):
        assert not_listed not in names


GOOD_RULE = """\
rules:
  - id: T-ONE
    kind: item
    title: Test rule
    measure: export ban
    authority: test
    direction: export
    countries: [RU]
    effective_from: 2022-05-20
    severity: block
    terms: [quantum computer]
    source:
      seed: 002_2c95c9e8002346b3.txt
      quote: Japan said Friday that it will ban exports of cutting-edge goods to Russia
"""


# a rulebook folder's settings file (a folder without one is refused)
SETTINGS = 'version: "test"\n'


@pytest.fixture()
def custom(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (rules / "rulebook.yaml").write_text(SETTINGS, encoding="utf-8")
    (rules / "items.yaml").write_text(GOOD_RULE, encoding="utf-8")
    return rules


def test_custom_rulebook_loads(custom: Path) -> None:
    rb = load_rulebook(custom)
    assert [r.id for r in rb.rules] == ["T-ONE"]


BROKEN = [
    # (what to replace, replacement, expected line, expected fragment)
    (
        "    severity: block\n",
        "    severity: block\n    colour: red\n",
        11,
        "unknown field 'colour'",
    ),
    ("    title: Test rule\n", "", 2, "missing field 'title'"),
    ("effective_from: 2022-05-20", "effective_from: 2022-13-01", 9, "is not a date (no such day)"),
    ("effective_from: 2022-05-20", "effective_from: May 2022", 9, "'May 2022' is not a date"),
    ("countries: [RU]", "countries: [RUS]", 8, "'RUS' is not an ISO 3166 alpha-2 country code"),
    ("direction: export", "direction: outbound", 7, "'outbound' is not a valid direction"),
    ("severity: block", "severity: high", 10, "'high' is not a valid severity"),
    ("kind: item", "kind: gadget", 3, "'gadget' is not a valid kind"),
    ("to Russia\n", "to Moscow\n", 14, "quote does not stand verbatim in 002_2c95c9e8002346b3.txt"),
    ("seed: 002_2c95c9e8002346b3.txt", "seed: 999.txt", 13, "seed '999.txt' is not in"),
    ("terms: [quantum computer]", "terms: []", 11, "'terms' is empty"),
    ("    severity: block\n", "    severity: block\n    severity: review\n", 11, "duplicate key"),
    ("    severity: block\n", "    severity: block\n    components: yes please\n", 11,
     "'components' must be true or false"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "line", "fragment"), [b for b in BROKEN if b[3]])
def test_each_fault_is_reported_with_file_line_and_fix(
    custom: Path, old, new, line, fragment
) -> None:
    path = custom / "items.yaml"
    path.write_text(GOOD_RULE.replace(old, new), encoding="utf-8")
    with pytest.raises(RulebookError) as caught:
        load_rulebook(custom)
    problems = caught.value.problems
    assert any(fragment in p.message for p in problems), problems
    hit = next(p for p in problems if fragment in p.message)
    assert hit.file == str(path)
    assert hit.line == line


def test_duplicate_ids_across_files(custom: Path) -> None:
    (custom / "more.yaml").write_text(GOOD_RULE, encoding="utf-8")
    with pytest.raises(RulebookError, match="duplicate id 'T-ONE'"):
        load_rulebook(custom)


def test_bad_yaml_names_the_line(custom: Path) -> None:
    (custom / "items.yaml").write_text(
        GOOD_RULE.replace("    title: Test rule", "    title: [unclosed"), encoding="utf-8"
    )
    with pytest.raises(RulebookError, match="not valid YAML") as caught:
        load_rulebook(custom)
    assert caught.value.problems[0].line is not None


def test_empty_file(custom: Path) -> None:
    (custom / "items.yaml").write_text("", encoding="utf-8")
    with pytest.raises(RulebookError, match="the file is empty"):
        load_rulebook(custom)


def test_every_problem_is_listed_at_once(custom: Path) -> None:
    broken = GOOD_RULE.replace("countries: [RU]", "countries: [XX]").replace(
        "severity: block", "severity: x"
    )
    (custom / "items.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(RulebookError) as caught:
        load_rulebook(custom)
    assert len(caught.value.problems) == 2


def test_missing_rulebook_folder(tmp_path: Path) -> None:
    with pytest.raises(RulebookError, match="no such rulebook folder"):
        load_rulebook(tmp_path / "nope")


def test_rules_env_variable(custom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCREEN_RULES", str(custom))
    assert [r.id for r in load_rulebook().rules] == ["T-ONE"]
