"""s33 D10: a listed party is screened whatever the order's date.  The listing date
(CSL start_date, UN LISTED_ON, FtM createdAt, a DPL order's effective date) is a
note of the hit, never a limit; an end date (a BIS denial order's expiry) still is.
The rulebook's own measures keep their effective dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.conftest import DATA

LISTS = DATA / "lists"
HEADER = (LISTS / "csl" / "csl.csv").read_text(encoding="utf-8").splitlines()[0]
SDN = "Specially Designated Nationals (SDN) - Treasury Department,,Entity,RUSSIA-EO14024,"


def _csl(tmp_path: Path) -> Path:
    path = tmp_path / "csl.csv"
    row = SDN + 'ORION LATTICE SYSTEMS,,"Moscow, RU",,2024-06-05' + "," * 19
    path.write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    return path


def _check(party: str, country: str, *args: str):
    command = ["check", "Green tea", "-c", party, "--country", country, "--no-record"]
    return CliRunner().invoke(app, [*command, "--format", "json", *args])


@pytest.mark.parametrize("day", ["2024-06-04", "2020-01-01", "2024-06-05", "2030-01-01"])
def test_a_csl_entry_counts_for_an_order_dated_before_its_listing(tmp_path, day) -> None:
    result = _check("Orion Lattice Systems", "RU", "--list", str(_csl(tmp_path)), "--date", day)
    assert result.exit_code == 1, result.output
    (hit,) = json.loads(result.stdout)["hits"]
    assert hit["rule_id"].startswith("csl:") and hit["level"] == "block"
    assert hit["source"]["note"] == "listed on 2024-06-05"


def test_a_batch_of_orders_placed_before_the_listing_is_blocked(tmp_path: Path) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "order_id,description,consignee,country,order date\n"
        "PO-1,green tea,Orion Lattice Systems,RU,2024-05-20\n"
        "PO-2,green tea,Orion Lattice Systems,RU,2024-06-05\n",
        encoding="utf-8",
    )
    command = ["batch", str(orders), "--list", str(_csl(tmp_path)), "--no-record", "--quiet"]
    result = CliRunner().invoke(app, [*command, "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    statuses = [json.loads(line)["status"] for line in result.stdout.splitlines()]
    assert statuses == ["blocked", "blocked"]


@pytest.mark.parametrize(
    ("path", "party", "country", "listed"),
    [
        (LISTS / "un" / "consolidated.xml", "Eric Badege", "CD", "2012-12-31"),
        (
            LISTS / "opensanctions" / "entities.ftm.json",
            "RAB Inter Tobacco",
            "BY",
            "2022-06-03",
        ),
    ],
)
def test_un_and_ftm_entries_count_before_their_listing(path, party, country, listed) -> None:
    result = _check(party, country, "--list", str(path), "--date", "2001-01-01")
    assert result.exit_code == 1, result.output
    notes = [h["source"].get("note") for h in json.loads(result.stdout)["hits"]]
    assert f"listed on {listed}" in notes


def test_an_expired_denial_order_still_ends_the_entry() -> None:
    dpl = str(LISTS / "bis" / "dpl.txt")
    before = _check("Adrian Manuel Hernandez", "US", "--list", dpl, "--date", "2001-01-01")
    assert before.exit_code == 1, before.output  # effective 2017: before it, still listed
    after = _check("Adrian Manuel Hernandez", "US", "--list", dpl, "--date", "2021-01-01")
    assert after.exit_code == 0, after.output
    assert json.loads(after.stdout)["status"] == "clear"


def test_the_listing_date_shows_in_the_explanation_and_the_source(tmp_path: Path) -> None:
    path = _csl(tmp_path)
    command = ["check", "tea", "-c", "Orion Lattice Systems", "--country", "RU", "--no-record"]
    explained = CliRunner().invoke(
        app, [*command, "--list", str(path), "--explain", "--format", "table"]
    )
    assert "  note: listed on 2024-06-05" in explained.stdout
    rule_id = json.loads(_check("Orion Lattice Systems", "RU", "--list", str(path)).stdout)["hits"][
        0
    ]["rule_id"]
    shown = CliRunner().invoke(app, ["source", rule_id, "--list", str(path), "--format", "table"])
    assert shown.exit_code == 0, shown.output
    assert "  in force   any shipment date\n" in shown.stdout
    assert "  listed on  2024-06-05\n" in shown.stdout


def test_a_rulebook_measure_keeps_its_effective_date() -> None:
    # Maria Lavrova: an entity of the rulebook's own, in force from 2022-04-12
    before = _check("Maria Lavrova", "RU", "--date", "2022-04-01")
    assert json.loads(before.stdout)["status"] == "clear", before.output
    after = _check("Maria Lavrova", "RU", "--date", "2024-05-01")
    assert after.exit_code == 1, after.output
