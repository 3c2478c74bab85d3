"""s33 D01, D02, D06: a list file's text is read whole and exactly, or refused with
the file, line and fix: no entry glued to another by a stray quote, no name
decoded into replacement characters, no JSON record cut at a character that is
not a line end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.errors import ListFormatError
from screen.lists import load_list

DATA = Path(__file__).resolve().parents[1] / "data" / "lists"


def _check(party: str, country: str, path: Path, *args: str):
    command = ["check", "Green tea", "-c", party, "--country", country, "--no-record"]
    return CliRunner().invoke(app, [*command, "--list", str(path), "--format", "json", *args])


def _hits(result) -> list[str]:
    return [h["rule_id"] for h in json.loads(result.stdout)["hits"]]


# D06: U+2028, U+2029 and U+0085 are legal unescaped in a JSON string; JSON Lines
# ends a record at "\n" only.
@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085"])
@pytest.mark.parametrize("forced", [(), ("--list-format", "ftm")])
def test_an_ftm_export_with_a_unicode_line_separator_in_a_string_loads(
    tmp_path: Path, char: str, forced: tuple[str, ...]
) -> None:
    records = [
        {
            "id": "os-1",
            "caption": "Orion Lattice Systems",
            "schema": "Company",
            "properties": {"name": ["Orion Lattice Systems"], "notes": [f"Listed.{char}Front."]},
            "datasets": ["test_ds"],
            "target": True,
        },
        {
            "id": "os-2",
            "caption": "Kestrel Quantum Works",
            "schema": "Company",
            "properties": {"name": ["Kestrel Quantum Works"]},
            "datasets": ["test_ds"],
            "target": True,
        },
    ]
    path = tmp_path / "entities.ftm.json"
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text("".join(lines), encoding="utf-8")
    result = _check("Kestrel Quantum Works", "DE", path, *forced)
    assert result.exit_code == 1, result.output
    assert _hits(result) == ["test_ds:os-2"]
    notes = {r.id: r.note for r in load_list(str(path)).rules}
    assert notes["test_ds:os-1"] == f"Listed.{char}Front."


def test_an_ftm_export_whose_first_entity_is_long_is_detected(tmp_path: Path) -> None:
    names = [f"Orion Lattice Systems Branch {n:04d}" for n in range(300)]  # ~10,000 chars
    record = {
        "id": "os-1",
        "caption": "Orion Lattice Systems",
        "schema": "Company",
        "properties": {"name": ["Orion Lattice Systems"], "alias": names},
        "datasets": ["test_ds"],
    }
    path = tmp_path / "entities.ftm.json"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert load_list(str(path)).format == "ftm"


def test_a_broken_ftm_line_is_still_named(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    good = json.dumps({"id": "a", "schema": "Company", "properties": {"name": ["A"]}})
    path.write_text(f"{good}\n{{\"id\": \"b\", \n", encoding="utf-8")
    with pytest.raises(ListFormatError, match=r"entities\.ftm\.json:2: not a JSON object"):
        load_list(str(path), "ftm")
