"""`batch --format xlsx` at Excel's sheet limits (the s33 hostile round, D03 and D04):
XlsxWriter ignores a cell written past 1,048,576 rows or 16,384 columns, so the rows
past the limit (a blocked order among them) and the result columns of a wide input
were dropped without a word.  Rows now continue on "Screened (2)" ("Hits (2)"), the
header repeated, with a warning; an input too wide for the result columns is refused
before screening.  The row limit is lowered here: `bench/xlsx_limits.py` checks the
real one."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.hostile.conftest import BLOCKED_ROW, CLEAR_ROW, HEADER, write

calamine = pytest.importorskip("python_calamine")
pytest.importorskip("xlsxwriter")

RESULTS = ["status", "rule_ids", "matched", "score", "reason"]


def _sheets(path: Path) -> dict[str, list[list[object]]]:
    book = calamine.CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_rows_past_a_sheet_continue_on_the_next(tmp_path: Path, monkeypatch) -> None:
    import screen.io.xlsx

    monkeypatch.setattr(screen.io.xlsx, "MAX_ROWS", 4)  # a header and three rows a sheet
    rows = [CLEAR_ROW.replace("2,", f"{n},", 1) for n in range(1, 7)]
    orders = write(tmp_path, HEADER + "".join(rows) + BLOCKED_ROW.replace("1,", "7,", 1))
    target = tmp_path / "screened.xlsx"
    args = ["batch", str(orders), "--no-record", "-q", "-f", "xlsx", "-o", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Warning: {target}: the rows do not fit on one sheet (Excel holds 3 below the "
        "header): sheet 'Screened' continues on 'Screened (2)', 'Screened (3)', with the "
        "header repeated\n"
    )
    sheets = _sheets(target)
    # (round 5 B, leftover 3: the continuations came after "Hits", away from their rows)
    assert list(sheets) == ["Screened", "Screened (2)", "Screened (3)", "Hits"]
    header = HEADER.strip().split(",") + RESULTS
    pages = [sheets["Screened"], sheets["Screened (2)"], sheets["Screened (3)"]]
    assert [page[0] for page in pages] == [header] * 3
    assert [len(page) for page in pages] == [4, 4, 2]
    screened = [row for page in pages for row in page[1:]]
    assert [(row[0], row[5]) for row in screened] == [
        *((str(n), "clear") for n in range(1, 7)),
        ("7", "blocked"),
    ]
    assert [row[0] for row in sheets["Hits"][1:]] == [7.0] * (len(sheets["Hits"]) - 1)


def test_hits_past_a_sheet_continue_on_the_next(tmp_path: Path, monkeypatch) -> None:
    import screen.io.xlsx

    monkeypatch.setattr(screen.io.xlsx, "MAX_ROWS", 2)  # a header and one row a sheet
    orders = write(tmp_path, HEADER + BLOCKED_ROW + BLOCKED_ROW.replace("1,", "2,", 1))
    target = tmp_path / "screened.xlsx"
    args = ["batch", str(orders), "--no-record", "-q", "-f", "xlsx", "-o", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    sheets = _sheets(target)
    hits = [row for name, page in sheets.items() if name.startswith("Hits") for row in page[1:]]
    assert [row[0] for row in hits] == [1.0, 2.0]
    assert list(sheets) == ["Screened", "Screened (2)", "Hits", "Hits (2)"]
    assert "sheet 'Hits' continues on 'Hits (2)', with the header repeated\n" in result.stderr


def test_a_run_that_fits_one_sheet_has_no_warning(tmp_path: Path, monkeypatch) -> None:
    import screen.io.xlsx

    monkeypatch.setattr(screen.io.xlsx, "MAX_ROWS", 3)  # exactly the two rows and header
    orders = write(tmp_path, HEADER + BLOCKED_ROW + CLEAR_ROW)
    target = tmp_path / "screened.xlsx"
    args = ["batch", str(orders), "--no-record", "-q", "-f", "xlsx", "-o", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    assert [len(page) for page in _sheets(target).values()] == [3, 2]  # Screened, Hits


def _wide(tmp_path: Path, columns: int) -> Path:
    names = HEADER.strip().split(",") + [f"c{i}" for i in range(columns - 5)]
    cells = BLOCKED_ROW.strip().split(",") + [""] * (columns - 5)
    return write(tmp_path, ",".join(names) + "\n" + ",".join(cells) + "\n")


@pytest.mark.parametrize(("record", "columns"), [(False, 16_380), (True, 16_379)])
def test_an_input_too_wide_for_the_verdict_is_refused(
    tmp_path: Path, record: bool, columns: int
) -> None:
    """16,384 columns a sheet: the input's and the five result columns (and run_id
    when recorded) must fit, or the verdict would be the columns lost."""
    orders = _wide(tmp_path, columns)
    target, db = tmp_path / "wide.xlsx", tmp_path / "records.db"
    recording = ["--db", str(db)] if record else ["--no-record"]
    args = ["batch", str(orders), "-q", "-f", "xlsx", "-o", str(target), *recording]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    run_id = ", run_id" if record else ""
    assert result.stderr == (
        f"Error: {orders} has {columns:,} columns; with the result columns (status, "
        f"rule_ids, matched, score, reason{run_id}) that is 16,385, more than the 16,384 "
        "columns an Excel sheet holds: use --format csv (or jsonl), which keeps every column\n"
    )
    assert not target.exists() and not db.exists()  # refused before screening or recording


def test_an_input_that_just_fits_keeps_its_verdict(tmp_path: Path, monkeypatch) -> None:
    import screen.io.xlsx

    monkeypatch.setattr(screen.io.xlsx, "MAX_COLUMNS", 12)
    orders = _wide(tmp_path, 7)  # and the five result columns: 12
    target = tmp_path / "wide.xlsx"
    args = ["batch", str(orders), "--no-record", "-q", "-f", "xlsx", "-o", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    screened = _sheets(target)["Screened"]
    assert screened[0][-5:] == RESULTS and len(screened[0]) == 12
    assert screened[1][-5] == "blocked"
    too_wide = CliRunner().invoke(app, [*args[:1], str(_wide(tmp_path, 8)), *args[2:]])
    assert too_wide.exit_code == 2, too_wide.output
    assert "has 8 columns; with the result columns" in too_wide.stderr


def test_a_cell_cut_at_excels_limit_is_said(tmp_path: Path) -> None:
    """A cell over Excel's 32,767 characters is cut short in the workbook (the row
    is an error row: over 10,000 characters), and stderr says so."""
    long = "x" * 40_000
    orders = write(tmp_path, "description,consignee,country,date,notes\n"
                   f"green tea,Acme,JP,2024-05-01,{long}\n")  # fmt: skip
    target = tmp_path / "screened.xlsx"
    args = ["batch", str(orders), "--no-record", "-q", "-f", "xlsx", "-o", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 5, result.output
    assert result.stderr == (
        f"Warning: {target}: 1 cell(s) longer than the 32,767 characters an Excel cell holds "
        "were cut short there: use --format csv (or jsonl) for their whole text\n"
    )
    assert _sheets(target)["Screened"][1][4] == "x" * 32_767


def test_a_workbook_continued_on_sheets_is_not_read_in_part(tmp_path: Path, monkeypatch) -> None:
    """Round 5 B, leftover 3: the workbook `batch --format xlsx` continues on
    "Screened (2)", screened again, was read from its first sheet alone and exited 0:
    the blocked order on "Screened (2)" was never screened.  Without --sheet it is
    refused; with --sheet the sheet named is read and the others are named on stderr."""
    import screen.io.xlsx

    monkeypatch.setattr(screen.io.xlsx, "MAX_ROWS", 3)  # a header and two rows a sheet
    orders = write(tmp_path, HEADER + CLEAR_ROW + CLEAR_ROW + BLOCKED_ROW)
    book = tmp_path / "screened.xlsx"
    args = ["--no-record", "-q"]
    written = CliRunner().invoke(app, ["batch", str(orders), *args, "-f", "xlsx", "-o", str(book)])
    assert written.exit_code == 1, written.output
    again = CliRunner().invoke(app, ["batch", str(book), *args])
    assert (again.exit_code, again.stdout) == (2, "")
    assert again.stderr == (
        f"Error: {book}: sheet 'Screened' may continue on 'Screened (2)' (rows past a sheet's "
        "1,048,576, or a copy): one sheet is read at a time; pass --sheet 'Screened' to screen "
        "it alone and --sheet for each of the others, or save every row as one CSV file\n"
    )
    first = CliRunner().invoke(app, ["batch", str(book), *args, "--sheet", "Screened"])
    assert first.exit_code == 0, first.output
    assert first.stderr == (
        f"Warning: {book}: sheet 'Screened' may continue on 'Screened (2)' (rows past a "
        "sheet's 1,048,576, or a copy), not read: screen them with --sheet\n"
    )
    second = CliRunner().invoke(app, ["batch", str(book), *args, "--sheet", "Screened (2)"])
    assert second.exit_code == 1, second.output
    assert second.stderr == ""


def test_a_full_disk_while_the_workbook_is_built_is_exit_2(tmp_path: Path) -> None:
    """Round 5 B: the workbook is built in the temporary folder before it is put in
    place; a full disk or a file-size limit there was an internal error (exit 4,
    XlsxWriter's FileCreateError).  It is one line naming the folder, exit 2, and
    nothing is left behind."""
    import signal
    import subprocess

    from tests.hostile.conftest import child_env, screen_command

    def cap() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, 2_000))

    orders = write(tmp_path, HEADER + BLOCKED_ROW * 200)
    temp = tmp_path / "tmp"
    temp.mkdir()
    target = tmp_path / "out" / "screened.xlsx"
    target.parent.mkdir()
    args = ["batch", str(orders), "-q", "--no-record", "-f", "xlsx", "-o", str(target)]
    done = subprocess.run(  # (the cap is set in the child alone)
        screen_command(*args), env={**child_env(tmp_path), "TMPDIR": str(temp)},
        capture_output=True, text=True, timeout=300, preexec_fn=cap,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"Error: cannot write {target} (built first in the temporary folder {temp}): "
        "File too large; the file system or a limit refuses a file this large\n"
    )
    assert list(target.parent.iterdir()) == [] and list(temp.iterdir()) == []
