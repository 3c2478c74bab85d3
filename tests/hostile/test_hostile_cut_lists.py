"""s29 (round 1, M7): a list file cut short (an incomplete download) is refused, and
the error says so and how to fix it; the whole files are read as before."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app

DATA = Path(__file__).resolve().parents[1] / "data" / "lists"
CUT = (
    "this is the file's last line: the file seems cut short (an incomplete download?): "
    "download it again"
)


def _info(path: Path):
    return CliRunner().invoke(app, ["lists", "info", str(path), "--format", "json"])


def _cut(source: Path, folder: Path, keep: float) -> Path:
    data = source.read_bytes()
    target = folder / source.name
    target.write_bytes(data[: int(len(data) * keep)])
    return target


def _cut_after_field(source: Path, folder: Path, line: int, fields: int) -> Path:
    """`source` cut after the delimiter that ends field `fields` of line `line`."""
    text = source.read_text(encoding="utf-8")
    lines = text.split("\n")
    head, last = "\n".join(lines[: line - 1]) + "\n", lines[line - 1]
    delimiter = "\t" if source.suffix == ".txt" else ","
    quoted, seen, end = False, 0, 0
    while seen < fields:
        quoted ^= last[end] == '"'
        seen += last[end] == delimiter and not quoted
        end += 1
    target = folder / source.name
    target.write_text(head + last[:end], encoding="utf-8")
    return target


# (file, where it is cut: a share of its bytes or (line, fields), what the error says)
CASES = [
    ("ofac/sdn.csv", 0.5, "a quoted field is not closed by the end of the file"),
    ("ofac/sdn.csv", (40, 3), "expected 12 fields, found 4"),
    ("bis/dpl.txt", 0.5, "a quoted field is not closed by the end of the file"),
    ("bis/dpl.txt", 0.3, ""),  # wherever the cut falls, it is refused
    ("bis/dpl.txt", (40, 5), "the line has fewer fields than the header"),
    ("csl/csl.csv", 0.5, ""),
    ("csl/csl.csv", (20, 8), "the line has fewer fields than the header"),
    ("un/consolidated.xml", 0.5, "not well-formed XML"),
    ("opensanctions/entities.ftm.json", 0.5, "not a JSON object"),
]


@pytest.mark.parametrize(("name", "keep", "message"), CASES)
def test_a_list_cut_short_is_refused_as_one(tmp_path, name: str, keep, message) -> None:
    if isinstance(keep, tuple):
        path = _cut_after_field(DATA / name, tmp_path, *keep)
    else:
        path = _cut(DATA / name, tmp_path, keep)
    result = _info(path)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {tmp_path / Path(name).name}:")
    assert message in result.stderr
    assert result.stderr.endswith(f"; {CUT}\n")


@pytest.mark.parametrize(
    "name",
    ["ofac/sdn.csv", "bis/dpl.txt", "csl/csl.csv", "csl/consolidated.csv", "own-watch-list.csv"],
)
def test_whole_lists_are_read(tmp_path, name: str) -> None:
    shutil.copy(DATA / name, tmp_path / Path(name).name)
    assert _info(tmp_path / Path(name).name).exit_code == 0


def test_an_error_before_the_last_line_says_nothing_of_a_download(tmp_path) -> None:
    path = tmp_path / "watch.csv"
    path.write_text("id,name,aliases,type,country,program\n1,A,,robot,RU,x\n2,B,,person,RU,x\n")
    result = _info(path)
    assert result.exit_code == 2
    assert "download" not in result.stderr


def test_a_list_field_over_the_csv_limit_says_what_to_look_for(tmp_path) -> None:
    lines = (DATA / "ofac" / "sdn.csv").read_text(encoding="utf-8").split("\n")
    big = "x" * (csv.field_size_limit() + 10)  # 128 KiB alone, 16 MiB once orders are read
    lines.insert(5, f'99999,"BIG {big}","","SDGT"' + ",-0- " * 8)
    folder = tmp_path / "ofac"
    folder.mkdir()
    (folder / "sdn.csv").write_text("\n".join(lines), encoding="utf-8")
    result = _info(folder / "sdn.csv")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"Error: {folder / 'sdn.csv'}:6: a field runs on for more than "
    )
    assert "look for a quote that is never closed, or download the list again" in result.stderr
