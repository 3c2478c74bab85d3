"""`screen check`, `screen source`, `screen rules`: exact exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screen.cli import app
from tests.conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"


def run(runner, *args: str):
    return runner.invoke(app, list(args))


def test_clear_exits_0(runner) -> None:
    result = run(runner, "check", "Green tea", "--country", "JP", "--date", "2024-05-01")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "clear"


def test_blocked_exits_1_with_explained_hits(runner) -> None:
    result = run(runner, "check", "Semiconductor diodes", "--country", "RU", "--date", "2024-05-01")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["status"] == "blocked"
    hit = data["hits"][0]
    assert {k: hit[k] for k in ("rule_id", "kind", "field", "query", "matched", "score")} == {
        "rule_id": "RU-SEMICONDUCTORS",
        "kind": "item",
        "field": "description",
        "query": "Semiconductor",
        "matched": "semiconductor",
        "score": 100.0,
    }
    assert hit["source"]["seed"] == "000_b31c8baa4c2a42ac.txt"
    assert data["shipment"]["country_code"] == "RU"
    assert data["shipment"]["date"] == "2024-05-01"
    assert len(data["rulebook"]["sha256"]) == 64


def test_review_exits_1(runner) -> None:
    result = run(
        runner,
        "check",
        "Green tea",
        "-c",
        "Huawei Technologies",
        "--country",
        "CN",
        "--date",
        "2024-05-01",
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["status"] == "review"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["tea", "--country", "RU", "--date", "2024-13-01"],
            "Error: bad date '2024-13-01': write it as YYYY-MM-DD, e.g. 2024-05-01\n",
        ),
        (
            ["tea", "--country", "RU", "--date", "01/05/2024"],
            "Error: bad date '01/05/2024': with slashes or dashes the day may come first "
            "(Europe) or the month (US); write it as YYYY-MM-DD, e.g. 2024-05-01, or day "
            "first with dots, 01.05.2024\n",
        ),
        (
            ["tea", "--country", "RU", "--direction", "sideways"],
            "Error: unknown direction 'sideways': use export or import\n",
        ),
        (["--country", "RU"], "Error: nothing to screen: give a description or a consignee\n"),
        (
            ["tea", "--country", "Atlantis"],
            "Error: unknown country 'Atlantis': Atlantis is a city in South Africa (ZA): "
            "give its country; use an ISO 3166 code",
        ),
        (
            ["tea", "--review-threshold", "95", "--block-threshold", "90"],
            "Error: thresholds must satisfy",
        ),
        (  # a field longer than a batch's cell may be: its end would go unread
            ["tea", "--consignee", "Trading " * 1300 + "Sberbank", "--country", "RU"],
            "Error: --consignee is 10,408 characters long; the limit is 10,000 (as for a batch's"
            " cell): give the party's name or the goods, not a document",
        ),
    ],
)
def test_bad_input_exits_2(runner, args, message) -> None:
    result = run(runner, "check", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stdout == ""


def test_broken_rulebook_exits_3(runner, tmp_path: Path) -> None:
    (tmp_path / "items.yaml").write_text("rules:\n  - id: X\n", encoding="utf-8")
    result = run(runner, "check", "tea", "--rules", str(tmp_path))
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: the rulebook has ")
    assert f"{tmp_path / 'items.yaml'}:2: missing field 'kind'" in result.stderr
    assert "Fix the rulebook and run 'screen rules validate' again." in result.stderr


def test_table_output_golden(runner) -> None:
    result = run(
        runner,
        "check",
        "semicondutor wafers",
        "-c",
        "Sbеrbank",
        "--country",
        "Russia",
        "--date",
        "2024-05-01",
        "--format",
        "table",
    )
    assert result.exit_code == 1
    assert result.stdout == (GOLDEN / "check_table.txt").read_text(encoding="utf-8")


def test_explain_shows_the_source_passage(runner) -> None:
    result = run(
        runner,
        "check",
        "3D printer",
        "--country",
        "RU",
        "--date",
        "2022-06-01",
        "--format",
        "table",
        "--explain",
    )
    assert result.exit_code == 1
    assert (
        "002_2c95c9e8002346b3.txt: Japan to Ban Exports of High-Tech Goods to Russia"
        in result.stdout
    )
    assert "will take effect starting May 20." in result.stdout


def test_import_direction(runner) -> None:
    result = run(
        runner,
        "check",
        "Polished diamonds",
        "--country",
        "RU",
        "--direction",
        "import",
        "--date",
        "2024-03-01",
    )
    assert result.exit_code == 1


def test_source_for_every_rule(runner, rulebook) -> None:
    for rule in rulebook.rules:
        result = run(runner, "source", rule.id, "--format", "json")
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["rule"]["id"] == rule.id
        assert data["quote"] == rule.source.quote
        assert data["quote"] in data["paragraph"]
        assert (
            data["headline"]
            == (ROOT / "seeds" / rule.source.seed)
            .read_text(encoding="utf-8")
            .splitlines()[0]
            .strip()
        )


def test_source_table(runner) -> None:
    result = run(runner, "source", "RU-DIAMONDS-IMPORT", "--format", "table")
    assert result.exit_code == 0
    assert result.stdout == (GOLDEN / "source_table.txt").read_text(encoding="utf-8")


def test_source_unknown_id_suggests_close_ids(runner) -> None:
    result = run(runner, "source", "RU-3D-PRINTER")
    assert result.exit_code == 2
    assert result.stderr == "Error: no rule with id 'RU-3D-PRINTER': did you mean RU-3D-PRINTERS?\n"


def test_rules_validate_ok(runner) -> None:
    result = run(runner, "rules", "validate")
    assert result.exit_code == 0
    assert result.stdout.startswith("Rulebook OK: 29 rules (4 destination, 11 entity, 14 item)")


def test_rules_validate_lists_every_problem(runner, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("rules:\n  - id: A\n    kind: item\n  - 5\n", encoding="utf-8")
    result = run(runner, "rules", "validate", "--rules", str(tmp_path))
    assert result.exit_code == 3
    assert "each rule must be a mapping" in result.stderr
    assert "missing field 'title'" in result.stderr


def test_rules_list_json_has_every_field(runner) -> None:
    result = run(runner, "rules", "list", "--format", "json")
    assert result.exit_code == 0
    rules = json.loads(result.stdout)
    assert len(rules) == 29
    first = rules[0]
    for key in (
        "id",
        "kind",
        "title",
        "measure",
        "authority",
        "direction",
        "countries",
        "effective_from",
        "severity",
        "terms",
        "exclusions",
        "hs_codes",
        "source",
    ):
        assert key in first
    assert first["source"]["seed"] and first["source"]["quote"]


def test_rules_list_table(runner) -> None:
    result = run(runner, "rules", "list", "--format", "table")
    assert result.exit_code == 0
    assert "RU-SEMICONDUCTORS" in result.stdout and "ENT-HUAWEI" in result.stdout


def test_debug_shows_the_traceback(runner) -> None:
    result = runner.invoke(app, ["--debug", "check", "tea", "--date", "bad"])
    assert isinstance(result.exception, Exception)
    assert "bad date" in str(result.exception)


def test_every_command_has_help_and_is_documented(runner) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = ("check", "batch", "source", "eval", "rules validate", "rules list",
                "lists info", "lists diff", "config show")  # fmt: skip
    for command in commands:
        result = runner.invoke(app, [*command.split(), "--help"])
        assert result.exit_code == 0, command
        assert f"screen {command}" in readme, command
