"""s33 D09: `lists diff` and `rescreen --changed-only` see a change to any field that
changes what a screening decides (dates, type, countries, severity), not only
names and programs, and say which field changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.lists import load_list
from screen.lists.diff import FieldChange, diff_lists

DPL_HEADER = (
    '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t'
    '"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"\r\n'
)


def _dpl(folder: Path, expires: str, update: str) -> Path:
    folder.mkdir()
    row = (
        '"ORION LATTICE SYSTEMS"\t"1 MAIN ST"\t"MIAMI"\t"FL"\t"US"\t"33101"\t"01/10/2020"\t'
        f'"{expires}"\t"Y"\t"{update}"\t"FR NOTICE"\t"85 F.R. 1"\r\n'
    )
    path = folder / "dpl.txt"
    path.write_text(DPL_HEADER + row, encoding="utf-8")
    return path


def test_an_extended_denial_order_is_a_change(tmp_path: Path) -> None:
    old = _dpl(tmp_path / "old", "01/10/2023", "2020-01-15")
    new = _dpl(tmp_path / "new", "01/10/2033", "2024-06-01")
    diff = diff_lists(load_list(str(old)), load_list(str(new)))
    (change,) = diff.changed
    assert change.fields == ("until",)
    assert change.values == (FieldChange("until", "2023-01-10", "2033-01-10"),)
    assert diff.touched == {change.id} and diff.unchanged == 0
    result = CliRunner().invoke(app, ["lists", "diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["counts"] == {"added": 0, "removed": 0, "changed": 1, "unchanged": 0}
    assert data["changed"][0]["fields"] == ["until"]
    assert data["changed"][0]["values"] == [
        {"field": "until", "before": "2023-01-10", "after": "2033-01-10"}
    ]
    table = CliRunner().invoke(app, ["lists", "diff", str(old), str(new), "-f", "table"])
    assert "until 2023-01-10 -> 2033-01-10" in table.stdout


def test_rescreen_changed_only_finds_the_extended_order(tmp_path: Path) -> None:
    old = _dpl(tmp_path / "old", "01/10/2023", "2020-01-15")
    new = _dpl(tmp_path / "new", "01/10/2033", "2024-06-01")
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    check = ["check", "green tea", "-c", "Orion Lattice Systems", "--country", "US"]
    first = runner.invoke(app, [*check, "--list", str(old), "--db", db, "--format", "json"])
    assert json.loads(first.stdout)["status"] == "clear", first.output  # expired
    command = ["rescreen", "--changed-only", str(old), str(new), "--db", db, "--no-record"]
    result = runner.invoke(app, [*command, "--format", "csv"])
    assert result.exit_code == 1, result.output
    (row,) = result.stdout.splitlines()[1:]
    assert row.startswith("Orion Lattice Systems,US,new,bis-dpl:")
    assert ",block,100," in row


OWN_HEADER = "id,name,aliases,type,country,program\n"


@pytest.mark.parametrize(
    ("before", "after", "field", "shown"),
    [
        ("organization,AE", "person,AE", "type", ("organization", "person")),
        ("organization,AE", "organization,RU", "countries", ("AE", "RU")),
        ("organization,", "organization,RU", "countries", ("-", "RU")),
    ],
)
def test_type_and_countries_are_changes(tmp_path, before, after, field, shown) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old, new = tmp_path / "a" / "w.csv", tmp_path / "b" / "w.csv"
    old.write_text(f"{OWN_HEADER}1,Kestrel Trading,,{before},x\n", encoding="utf-8")
    new.write_text(f"{OWN_HEADER}1,Kestrel Trading,,{after},x\n", encoding="utf-8")
    (change,) = diff_lists(load_list(str(old)), load_list(str(new))).changed
    assert change.fields == (field,)
    assert change.values == (FieldChange(field, *shown),)


def test_a_severity_change_is_a_change(tmp_path: Path) -> None:
    header = "source,entity_number,type,programs,name,title,addresses,start_date,alt_names\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old, new = tmp_path / "a" / "csl.csv", tmp_path / "b" / "csl.csv"
    entry = ",E1,Entity,,KESTREL WORKS,,,2020-01-01,\n"
    old.write_text(header + "Entity List (EL) - Bureau of Industry and Security" + entry)
    new.write_text(
        header + "Military End User (MEU) List - Bureau of Industry and Security" + entry
    )
    (change,) = diff_lists(load_list(str(old)), load_list(str(new))).changed
    assert "severity" not in change.fields  # both review lists: the program changed only
    new.write_text(header + "Specially Designated Nationals (SDN) - Treasury Department" + entry)
    (change,) = diff_lists(load_list(str(old)), load_list(str(new))).changed
    assert change.fields == ("programs", "severity")
    assert change.values == (FieldChange("severity", "review", "block"),)


def test_remarks_and_the_listing_date_are_no_change(tmp_path: Path) -> None:
    old = _dpl(tmp_path / "old", "01/10/2033", "2020-01-15")
    new = _dpl(tmp_path / "new", "01/10/2033", "2024-06-01")
    new.write_text(new.read_text().replace("FR NOTICE", "FR NOTICE UPDATED"))
    diff = diff_lists(load_list(str(old)), load_list(str(new)))
    assert (diff.changed, diff.unchanged) == ((), 1)
