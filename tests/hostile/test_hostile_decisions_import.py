"""Round 5, area A: `screen decisions import` reads a team's CSV strictly.

It read the file with a plain DictReader: a second `verdict` column silently won
(a clear exported became a confirm imported), a row with an extra cell lost it, a
short row was "verdict 'None'", and a file in CP1252 or UTF-16, or with a field over
the csv limit, was an internal error (exit 4).  Each is now exit 2 naming the line
and the fix, and nothing is imported."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app

LIST = (
    "id,name,aliases,type,country,program\n"
    "W1,Kestrel Precision Trading,Kestrel Precision,organization,AE,internal-watch\n"
)
FIX = "save it as UTF-8 (in Excel: CSV UTF-8), or export the decisions again"


@pytest.fixture()
def exported(tmp_path: Path) -> tuple[Path, str, str]:
    """The watch list, and the header and row of one decision as exported."""
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST, encoding="utf-8")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    decide = ["decide", "Kestrel Precision Trading", "--entry", "watch:W1", "--by", "alice",
              "--reason", "other firm", "--list", str(listed), "--db", db, "--clear"]  # fmt: skip
    assert runner.invoke(app, decide).exit_code == 0
    out = tmp_path / "d.csv"
    assert runner.invoke(app, ["decisions", "export", "--db", db, "-o", str(out)]).exit_code == 0
    header, row = out.read_text(encoding="utf-8").splitlines()
    return listed, header, row


def _import(tmp_path: Path, listed: Path, data: bytes) -> tuple[int, str, Path, list[object]]:
    """Import `data` as a file into a fresh database: exit code, stderr, the file,
    and the decisions recorded."""
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    db = str(tmp_path / "b.db")
    result = CliRunner().invoke(app, ["decisions", "import", str(path), "--list", str(listed),
                                      "--db", db])  # fmt: skip
    shown = CliRunner().invoke(app, ["decisions", "list", "--db", db, "-f", "json"])
    recorded = json.loads(shown.stdout) if shown.exit_code == 0 else []
    return result.exit_code, result.stderr, path, recorded


def test_the_export_imports(tmp_path: Path, exported: tuple[Path, str, str]) -> None:
    listed, header, row = exported
    code, err, _, recorded = _import(tmp_path, listed, f"{header}\r\n{row}\r\n\r\n".encode())
    assert (code, err, len(recorded)) == (0, "1 decision imported, 0 already recorded\n", 1)


def test_a_bom_is_read(tmp_path: Path, exported: tuple[Path, str, str]) -> None:
    listed, header, row = exported
    code, _, _, recorded = _import(tmp_path, listed, f"\ufeff{header}\n{row}\n".encode())
    assert (code, len(recorded)) == (0, 1)


def test_a_column_given_twice_is_refused(tmp_path: Path, exported: tuple[Path, str, str]) -> None:
    listed, header, row = exported
    data = f"{header},verdict\n{row},confirm\n".encode()
    code, err, path, recorded = _import(tmp_path, listed, data)
    assert (code, err, recorded) == (
        2,
        f"Error: {path}:1: column verdict given more than once: keep one of each\n",
        [],
    )


@pytest.mark.parametrize(("cells", "count"), [(",extra", 11), ("CUT", 1)])
def test_a_row_of_another_width_is_refused(
    tmp_path: Path, exported: tuple[Path, str, str], cells: str, count: int
) -> None:
    listed, header, row = exported
    line = f"{row}{cells}" if cells.startswith(",") else row.split(",")[0]
    code, err, path, recorded = _import(tmp_path, listed, f"{header}\n{row}\n{line}\n".encode())
    assert (code, err, recorded) == (
        2,
        f"Error: {path}:3: {count} field{'s' if count > 1 else ''} where the header has 10: "
        "quote a cell that holds a comma, close every quote, or export the decisions again "
        "with 'screen decisions export'\n",
        [],
    )


def test_a_code_page_byte_names_its_line(tmp_path: Path, exported: tuple[Path, str, str]) -> None:
    listed, header, row = exported
    data = f"{header}\n{row}\n".encode() + row.replace("other firm", "caf\xe9").encode("cp1252")
    code, err, path, recorded = _import(tmp_path, listed, data + b"\n")
    offset = data.index(b"\xe9")
    assert (code, err, recorded) == (
        2,
        f"Error: {path}:3: byte {offset:,} (0xE9) is not UTF-8, the encoding of a decisions "
        f"file; {FIX}\n",
        [],
    )


def test_utf16_is_named(tmp_path: Path, exported: tuple[Path, str, str]) -> None:
    listed, header, row = exported
    data = codecs.BOM_UTF16_LE + f"{header}\n{row}\n".encode("utf-16-le")
    code, err, path, _ = _import(tmp_path, listed, data)
    assert (code, err) == (2, f"Error: {path}: the file is saved as UTF-16, not UTF-8; {FIX}\n")


def test_a_nul_byte_is_refused(tmp_path: Path, exported: tuple[Path, str, str]) -> None:
    listed, header, row = exported
    nul = row.replace("other firm", "other\0firm")
    data = f"{header}\n{nul}\n".encode()
    code, err, path, recorded = _import(tmp_path, listed, data)
    assert (code, err, recorded) == (
        2,
        f"Error: {path}:2: a NUL byte, which no decision holds; {FIX}\n",
        [],
    )


@pytest.mark.parametrize("size", [100_001, 200_000])
def test_a_huge_field_names_its_line(
    tmp_path: Path, exported: tuple[Path, str, str], size: int
) -> None:
    """Over the bound, and over the csv module's limit where it is not raised."""
    listed, header, row = exported
    data = f"{header}\n{row.replace('other firm', 'x' * size)}\n".encode()
    code, err, path, _ = _import(tmp_path, listed, data)
    assert (code, err) == (
        2,
        f"Error: {path}:2: a field over 100,000 characters, which no decision holds: a quote "
        "opened and never closed?\n",
    )


def test_the_csv_limit_names_the_line_in_a_fresh_process(
    tmp_path: Path, exported: tuple[Path, str, str]
) -> None:
    """The csv module's own limit (131,072), as a run that read no orders keeps it."""
    from tests.hostile.conftest import run_screen

    listed, header, row = exported
    path = tmp_path / "in.csv"
    path.write_text(f"{header}\n{row}\n{row.replace('other firm', 'x' * 200_000)}\n", "utf-8")
    db = str(tmp_path / "c.db")
    done = run_screen(tmp_path, "decisions", "import", str(path), "--list", str(listed), "--db", db)
    assert (done.returncode, done.stderr) == (
        2,
        f"Error: {path}:3: a field over 100,000 characters, which no decision holds: a quote "
        "opened and never closed?\n",
    )


def test_a_formula_cell_is_kept_as_text_and_exported_inert(
    tmp_path: Path, exported: tuple[Path, str, str]
) -> None:
    listed, header, row = exported
    data = f"{header}\n{row.replace('other firm', '=HYPERLINK(1)')}\n".encode()
    code, _, _, recorded = _import(tmp_path, listed, data)
    assert code == 0
    assert [d["reason"] for d in recorded] == ["=HYPERLINK(1)"]  # type: ignore[index]
    out = tmp_path / "again.csv"
    db = str(tmp_path / "b.db")
    CliRunner().invoke(app, ["decisions", "export", "--db", db, "-o", str(out)])
    assert ",'=HYPERLINK(1)," in out.read_text(encoding="utf-8")
