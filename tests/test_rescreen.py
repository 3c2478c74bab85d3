"""`screen rescreen`: the recorded parties against the lists in force now: new hits,
hits gone, decisions still applying, --since, --changed-only OLD NEW, output shapes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from screen.cli import app
from tests.conftest import drop_triggers

HEADER = "id,name,aliases,type,country,program\n"
KESTREL = "W1,Kestrel Precision Trading,,organization,AE,internal-watch\n"
ORION = "W2,Orion Lattice Systems,,organization,CN,internal-watch\n"
VEGA = ORION.replace("Orion Lattice Systems", "Vega Nominal Holdings")  # nobody screened


@pytest.fixture()
def trail(runner, tmp_path):
    """A database where two parties were screened clear against edition 1 of a watch
    list; `edition(n, rows)` writes edition n (same list name), `run` invokes."""
    db = str(tmp_path / "audit.db")

    def edition(number: int, *rows: str) -> Path:
        folder = tmp_path / f"v{number}"
        folder.mkdir(exist_ok=True)
        path = folder / "watch.csv"
        path.write_text(HEADER + "".join(rows), encoding="utf-8")
        return path

    def run(*args: str):
        return runner.invoke(app, [*args, "--db", db])

    first = edition(1, VEGA)
    for party, country in (("Kestrel Precision Trading", "JP"), ("Orion Lattice Systems", "DE")):
        result = run("check", "green tea", "-c", party, "--country", country, "--list", str(first))
        assert result.exit_code == 0, result.output
    return db, edition, run


def test_a_party_listed_since_is_a_new_hit(trail) -> None:
    _, edition, run = trail
    second = edition(2, KESTREL)
    result = run("rescreen", "--list", str(second), "-f", "json")
    assert result.exit_code == 1, result.output
    (change,) = json.loads(result.stdout)
    assert change["party"] == "Kestrel Precision Trading"
    assert (change["change"], change["rule_id"], change["before"], change["now"]) == (
        "new",
        "watch:W1",
        None,
        "block",
    )
    assert change["score"] == 100 and change["last_run"] == 1
    assert result.stderr.endswith("re-screened 2 parties: 1 new\n")


def test_nothing_changed_exits_0(trail) -> None:
    _, edition, run = trail
    result = run("rescreen", "--list", str(edition(3, VEGA)), "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert result.stderr.endswith("re-screened 2 parties: no change\n")


def test_a_hit_gone_when_the_entry_is_delisted(trail) -> None:
    _, edition, run = trail
    second = edition(2, KESTREL)
    flagged = run("check", "tea", "-c", "Kestrel Precision Trading", "--list", str(second))
    assert flagged.exit_code == 1
    third = edition(3, VEGA)
    result = run("rescreen", "--list", str(third), "-f", "json")
    assert result.exit_code == 0, result.output
    (change,) = json.loads(result.stdout)
    assert (change["change"], change["rule_id"], change["before"], change["now"]) == (
        "gone",
        "watch:W1",
        "block",
        None,
    )
    assert change["last_run"] == 3


def test_a_cleared_hit_still_cleared_is_not_new(trail) -> None:
    _, edition, run = trail
    second = edition(2, KESTREL)
    decided = run(
        "decide", "Kestrel Precision Trading", "--entry", "watch:W1", "--clear",
        "--by", "alice", "--reason", "other firm", "--list", str(second),
    )  # fmt: skip
    assert decided.exit_code == 0, decided.output
    result = run("rescreen", "--list", str(second), "-f", "json")
    assert result.exit_code == 0, result.output
    (change,) = json.loads(result.stdout)
    assert (change["change"], change["before"], change["now"]) == ("cleared", None, "cleared")
    assert change["cleared"].startswith("D-")
    assert (
        run("check", "tea", "-c", "Kestrel Precision Trading", "--list", str(second)).exit_code == 0
    )
    again = run("rescreen", "--list", str(second), "-f", "json")
    assert again.exit_code == 0 and json.loads(again.stdout) == []


def test_since_keeps_only_parties_screened_from_that_date(trail) -> None:
    db, edition, run = trail
    with sqlite3.connect(db) as connection:  # the Kestrel run happened long ago
        drop_triggers(connection)
        connection.execute("UPDATE runs SET started_at = '2020-01-02T09:00:00+00:00' WHERE id = 1")
    second = edition(2, KESTREL, ORION)
    everyone = run("rescreen", "--list", str(second), "-f", "json")
    assert everyone.exit_code == 1
    assert {c["party"] for c in json.loads(everyone.stdout)} == {
        "Kestrel Precision Trading",
        "Orion Lattice Systems",
    }
    recent = run("rescreen", "--since", "2021-01-01", "--list", str(second), "-f", "json")
    assert recent.exit_code == 1
    assert [c["party"] for c in json.loads(recent.stdout)] == ["Orion Lattice Systems"]
    assert recent.stderr.endswith("re-screened 1 parties: 1 new\n")


def test_changed_only_scores_against_entries_added_or_changed(trail) -> None:
    _, edition, run = trail
    old = edition(4, VEGA, KESTREL)
    new = edition(5, ORION, KESTREL)  # W2 renamed to a recorded party; W1 unchanged
    result = run("rescreen", "--changed-only", str(old), str(new), "-f", "json")
    assert result.exit_code == 1, result.output
    changes = json.loads(result.stdout)
    assert [(c["party"], c["change"], c["rule_id"]) for c in changes] == [
        ("Orion Lattice Systems", "new", "watch:W2")
    ]  # Kestrel's hit on W1 is new too, but W1 did not change between OLD and NEW
    same = run("rescreen", "--changed-only", str(new), str(new), "-f", "json")
    assert same.exit_code == 0 and json.loads(same.stdout) == []


def test_csv_output_has_the_columns(trail) -> None:
    _, edition, run = trail
    result = run("rescreen", "--list", str(edition(2, KESTREL)), "-f", "csv")
    assert result.exit_code == 1
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(row) == [
        "party", "country", "change", "rule_id", "before", "now", "score", "matched",
        "last_run", "last_screened",
    ]  # fmt: skip
    assert (row["party"], row["country"], row["change"], row["now"]) == (
        "Kestrel Precision Trading",
        "JP",
        "new",
        "block",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "31/12/2024"], "31/12/2024"),
        (["--changed-only", "missing.csv", "missing.csv"], "no such list file: missing.csv"),
    ],
)
def test_bad_input_exits_2(trail, args, message) -> None:
    _, _, run = trail
    result = run("rescreen", *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_no_database_exits_2(runner, tmp_path) -> None:
    db = tmp_path / "none.db"
    result = runner.invoke(app, ["rescreen", "--db", str(db)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: no records database at {db}: run a check or batch first, or pass --db\n"
    )


def test_db_from_screen_toml(runner, tmp_path, monkeypatch) -> None:
    (tmp_path / "screen.toml").write_text('db = "kept/audit.db"\n', encoding="utf-8")
    (tmp_path / "kept").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCREEN_DB", raising=False)
    result = runner.invoke(app, ["check", "green tea", "-c", "Acme", "--country", "JP"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kept" / "audit.db").is_file()
    listed = runner.invoke(app, ["history", "-f", "json"])
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) == 1


def test_a_batch_with_hits_and_error_rows_rescreens_unchanged(runner, tmp_path) -> None:
    """The example orders (hits on parties, rows with an unknown country) re-screened
    against the same rulebook: nothing changed; the party that stands only on a row
    in error is screened too (s30 M6)."""
    from tests.conftest import ROOT

    db = str(tmp_path / "audit.db")
    orders = str(ROOT / "examples" / "orders.csv")
    assert runner.invoke(app, ["batch", orders, "-q", "-o", "-", "--db", db]).exit_code == 5
    result = runner.invoke(app, ["rescreen", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert result.stderr == f"recorded as run 2 in {db}\nre-screened 26 parties: no change\n"


def test_changed_only_reports_a_hit_on_a_removed_entry_as_gone(trail) -> None:
    _, edition, run = trail
    old, new = edition(6, VEGA, KESTREL), edition(7, VEGA)
    flagged = run("check", "tea", "-c", "Kestrel Precision Trading", "--list", str(old))
    assert flagged.exit_code == 1
    result = run("rescreen", "--changed-only", str(old), str(new), "-f", "json")
    assert result.exit_code == 0, result.output
    assert [(c["party"], c["change"], c["rule_id"]) for c in json.loads(result.stdout)] == [
        ("Kestrel Precision Trading", "gone", "watch:W1")
    ]


def test_a_party_is_rescreened_in_the_direction_it_was_screened(runner, tmp_path) -> None:
    """A rule for exports alone: a party last screened on an import stays clear
    when re-screened (rescreen used to screen every party as an export)."""
    import shutil

    from tests.conftest import ROOT

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    entities = rules / "entities.yaml"
    text = entities.read_text(encoding="utf-8")
    sberbank = text.index("id: ENT-SBERBANK")
    end = text.index("direction: both", sberbank)
    entities.write_text(
        text[:end] + "direction: export" + text[end + len("direction: both") :], encoding="utf-8"
    )
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "order_id,description,consignee,country,direction\n1,green tea,Sberbank,JP,import\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "audit.db")
    screened = runner.invoke(app, ["batch", str(orders), "--rules", str(rules), "--db", db])
    assert screened.exit_code == 0, screened.output
    result = runner.invoke(app, ["rescreen", "--rules", str(rules), "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    exported = orders.read_text(encoding="utf-8").replace(",import", ",export")
    orders.write_text(exported, encoding="utf-8")
    assert runner.invoke(app, ["batch", str(orders), "--rules", str(rules), "--db", db]).exit_code
    with sqlite3.connect(db) as connection:  # the export is now the last screening
        drop_triggers(connection)
        connection.execute("DELETE FROM hits")  # as if it had not hit then
    result = runner.invoke(app, ["rescreen", "--rules", str(rules), "--db", db, "-f", "json"])
    assert result.exit_code == 1, result.output
    assert [c["rule_id"] for c in json.loads(result.stdout)] == ["ENT-SBERBANK"]
