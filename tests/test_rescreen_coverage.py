"""s30 M6: rescreen screens the parties that stand only on rows in error (orders
to be corrected and shipped), warns when a list in force was recorded under another
file name (its entry ids differ), and refuses --list beside --changed-only."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from screen.cli import app

LIST = "id,name,aliases,type,country,program\n"
ORION = "W4,Orion Lattice Systems GmbH,,organization,DE,internal-watch\n"
HARBOUR = "W5,Blue Harbour Logistics,,organization,NL,internal-watch\n"
KESTREL = "W1,Kestrel Precision Trading,,organization,AE,internal-watch\n"
ORDERS = (
    "order_id,description,consignee,country,date\n"
    "1,servo motors,Orion Lattice Systems,Atlantis,2024-05-01\n"  # unknown country: error
    "2,green tea,Blue Harbor Logistics,NL,05/06/2024\n"  # ambiguous date: error
    "3,green tea,Tea House,JP,2024-05-01\n"
)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_parties_on_error_rows_are_rescreened(tmp_path: Path) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text(ORDERS)
    db = str(tmp_path / "tr.db")
    assert _run("batch", str(orders), "-q", "-o", str(tmp_path / "o.csv"), "--db", db)[0] == 5
    listed = tmp_path / "v5" / "watch.csv"
    listed.parent.mkdir()
    listed.write_text(LIST + ORION + HARBOUR)
    code, out, err = _run("rescreen", "--list", str(listed), "--db", db, "-f", "json")
    assert code == 1, err
    found = {(c["party"], c["change"], c["rule_id"]) for c in json.loads(out)}
    assert found == {
        ("Orion Lattice Systems", "new", "watch:W4"),
        ("Blue Harbor Logistics", "new", "watch:W5"),
    }
    assert err == f"recorded as run 2 in {db}\nre-screened 3 parties: 2 new\n"


def test_a_party_screened_after_its_error_row_compares_with_that_screening(
    tmp_path: Path,
) -> None:
    """Guard: an error row does not hide the hits of the party's last real screening."""
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST + KESTREL)
    db = str(tmp_path / "r.db")
    party = "Kestrel Precision Trading"
    assert _run("check", "tea", "-c", party, "--country", "JP", "--list", str(listed),
                "--db", db)[0] == 1  # fmt: skip
    orders = tmp_path / "orders.csv"
    orders.write_text(f"order_id,description,consignee,country\n1,tea,{party},Atlantis\n")
    assert _run("batch", str(orders), "-q", "-o", str(tmp_path / "o.csv"), "--list", str(listed),
                "--db", db)[0] == 5  # fmt: skip
    code, out, err = _run("rescreen", "--list", str(listed), "--db", db, "-f", "json")
    assert (code, json.loads(out)) == (0, [])
    assert err == f"recorded as run 3 in {db}\nre-screened 1 parties: no change\n"


def test_a_list_recorded_under_another_file_name_warns(tmp_path: Path) -> None:
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST + KESTREL)
    db = str(tmp_path / "r.db")
    assert _run("check", "tea", "-c", "Kestrel Precision Trading", "--country", "JP",
                "--list", str(listed), "--db", db)[0] == 1  # fmt: skip
    renamed = tmp_path / "dl" / "watch (1).csv"
    renamed.parent.mkdir()
    renamed.write_bytes(listed.read_bytes())
    code, _, err = _run("rescreen", "--list", str(renamed), "--db", db, "-f", "json")
    assert code == 1
    assert err.startswith(
        f"Warning: the list {renamed} has the same content as {listed}, recorded as list "
        "'watch' in run 1, but its entries are named 'watch-1:...' after its file name, not "
        "'watch:...': every hit on it shows as gone and new, and decisions on its entries do "
        "not apply; name it watch.csv again\n"
    )
    code, _, err = _run("rescreen", "--list", str(listed), "--db", db, "-f", "json")
    assert code == 0  # guard: the same name
    assert err == f"recorded as run 3 in {db}\nre-screened 1 parties: no change\n"


def test_changed_only_refuses_a_list_it_would_not_use(tmp_path: Path) -> None:
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    old.write_text(LIST + KESTREL)
    new.write_text(LIST + KESTREL + ORION)
    db = str(tmp_path / "r.db")
    assert _run("check", "tea", "-c", "Acme", "--country", "JP", "--db", db)[0] == 0
    code, _, err = _run("rescreen", "--changed-only", str(old), str(new), "--list", str(new),
                        "--db", db)  # fmt: skip
    assert (code, err) == (
        2,
        "Error: --changed-only OLD NEW re-screens against the entries that changed from OLD to "
        "NEW, not against --list: leave --list out, or --changed-only for a full re-screen\n",
    )


def _recorded_rescreen(tmp_path: Path) -> tuple[str, Path, list[dict[str, object]]]:
    """A party screened clear, then listed: the re-screen's changes as printed."""
    old, new = tmp_path / "v1" / "watch.csv", tmp_path / "v2" / "watch.csv"
    old.parent.mkdir()
    new.parent.mkdir()
    old.write_text(LIST + KESTREL)
    new.write_text(LIST + KESTREL + ORION.replace("DE,", "CN,"))
    db = str(tmp_path / "r.db")
    assert _run("check", "motors", "-c", "Orion Lattice Systems GmbH", "--country", "DE",
                "--list", str(old), "--db", db)[0] == 0  # fmt: skip
    code, out, err = _run("rescreen", "--list", str(new), "--db", db, "-f", "json")
    assert code == 1, err
    return db, new, json.loads(out)


def test_a_rescreen_is_recorded_as_a_run_with_its_findings(tmp_path: Path) -> None:
    db, _, printed = _recorded_rescreen(tmp_path)
    code, out, _ = _run("history", "--db", db, "-f", "json")
    runs = json.loads(out)
    assert [(r["id"], r["command"], r["status"], r["rows"], r["review"]) for r in runs] == [
        (2, "rescreen", "completed", 1, 1),
        (1, "check", "completed", 1, 0),
    ]
    code, out, _ = _run("history", "show", "2", "--db", db, "-f", "json")
    assert code == 1  # a change needs review
    shown = json.loads(out)
    assert [(c["party"], c["change"], c["rule_id"]) for c in shown["changes"]] == [
        ("Orion Lattice Systems GmbH", "new", "watch:W4")
    ]
    assert shown["changes"] == [{k: c[k] for k in shown["changes"][0]} for c in printed]
    assert [used["entries"] for used in shown["lists"]] == [2]  # what it screened against
    code, _, err = _run("history", "export", "2", "--db", db)
    assert (code, err) == (
        2,
        "Error: run 2 is a re-screen: it has no output to write again; its changes are in "
        "'screen history show 2'\n",
    )


def test_a_recorded_rescreen_is_no_party_s_last_screening(tmp_path: Path) -> None:
    """Guard: re-screening again still compares with the last real screening."""
    db, new, printed = _recorded_rescreen(tmp_path)
    code, out, _ = _run("rescreen", "--list", str(new), "--db", db, "-f", "json")
    assert (code, json.loads(out)) == (1, printed)


def test_rescreen_no_record_leaves_the_database_alone(tmp_path: Path) -> None:
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST + KESTREL)
    db = str(tmp_path / "r.db")
    assert _run("check", "tea", "-c", "Acme", "--country", "JP", "--db", db)[0] == 0
    code, _, err = _run("rescreen", "--list", str(listed), "--db", db, "--no-record")
    assert (code, err) == (0, "re-screened 1 parties: no change\n")
    assert [r["id"] for r in json.loads(_run("history", "--db", db, "-f", "json")[1])] == [1]
