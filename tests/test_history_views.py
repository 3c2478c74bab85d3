"""s30 M8: `history show` shows the rows whose hits a reviewer's decision cleared,
with the decision's reference, who and when; `history search` finds a party by a
one-word short name, as the README promises, but not by a generic word alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app

LIST = (
    "id,name,aliases,type,country,program\n"
    "W1,Kestrel Precision Trading LLC,,organization,AE,internal-watch\n"
)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def trail(tmp_path: Path) -> tuple[str, str]:
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST)
    db = str(tmp_path / "r.db")
    party = "Kestrel Precision Trading LLC"
    assert _run("check", "tea", "-c", party, "--country", "JP", "--list", str(listed),
                "--db", db)[0] == 1  # fmt: skip
    assert _run("check", "tea", "-c", "Hoshino Trading", "--country", "JP", "--list", str(listed),
                "--db", db)[0] == 0  # fmt: skip
    code, out, _ = _run(
        "decide", "Kestrel Precision Trading", "--entry", "watch:W1", "--clear", "--by", "alice",
        "--reason", "other firm", "--list", str(listed), "--db", db, "-f", "json",
    )  # fmt: skip
    assert code == 0
    assert _run("check", "tea", "-c", party, "--country", "JP", "--list", str(listed),
                "--db", db)[0] == 0  # fmt: skip
    return db, json.loads(out)["reference"]


def test_history_show_names_the_decision_that_cleared_a_hit(trail: tuple[str, str]) -> None:
    db, reference = trail
    code, out, _ = _run("history", "show", "3", "--db", db, "-f", "json")
    assert code == 0
    shown = json.loads(out)
    assert shown["flagged_rows"] == []
    ((row,),) = [shown["cleared_rows"]]
    assert row["status"] == "clear"
    assert [(h["rule_id"], h["level"], h["cleared"][:17]) for h in row["hits"]] == [
        ("watch:W1", "block", f"{reference} by")
    ]
    assert f"{reference} by alice on " in row["hits"][0]["cleared"]
    code, table, _ = _run("history", "show", "3", "--db", db, "-f", "table")
    assert f"cleared {reference} by alice" in table.replace("\n", " ").replace("│", " ")


def test_history_show_of_a_run_without_decisions_lists_no_cleared_rows(
    trail: tuple[str, str],
) -> None:
    db, _ = trail
    code, out, _ = _run("history", "show", "2", "--db", db, "-f", "json")
    assert (code, json.loads(out)["cleared_rows"]) == (0, [])


@pytest.mark.parametrize(
    ("party", "found"),
    [
        ("Kestrel", ["Kestrel Precision Trading LLC"]),
        ("Kestrl", ["Kestrel Precision Trading LLC"]),  # a typo too
        ("Hoshino", ["Hoshino Trading"]),
        ("Kestrel Precision", ["Kestrel Precision Trading LLC"]),
        ("Trading", []),  # a generic word alone finds no party
        ("Precision Trading", ["Kestrel Precision Trading LLC"]),
        ("Orion", []),
    ],
)
def test_history_search_finds_a_short_name(
    trail: tuple[str, str], party: str, found: list[str]
) -> None:
    db, _ = trail
    code, out, _ = _run("history", "search", "--party", party, "--db", db, "-f", "json")
    assert sorted({r["party"] for r in json.loads(out)}) == found
    assert code == (1 if found and found[0].startswith("Kestrel") else 0)
