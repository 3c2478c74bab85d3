"""A small workbook declaring a huge sheet or holding a huge string (hostile3 D07,
D08): calamine allocates what the file declares and aborts the process when it
cannot (SIGABRT, exit 134, a Rust backtrace).  The bounds are checked before it
opens the file: exit 2, one line saying what is too big and how to read the
orders.  Run in a child process: the old code aborted."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from tests.hostile.conftest import run_screen

xlsxwriter = pytest.importorskip("xlsxwriter")
pytest.importorskip("python_calamine")

SHEET = "xl/worksheets/sheet1.xml"
FIX = "save the orders as CSV UTF-8, or copy them alone to a new workbook"


def _base(path: Path, columns: int = 4, text: str = "Sberbank") -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Orders")
    header = ["description", "consignee", "country", "date"]
    header += [f"note {i}" for i in range(columns - 4)]
    for c, value in enumerate(header):
        sheet.write(0, c, value)
    for c, value in enumerate(["tea", text, "RU", "2024-05-01"]):
        sheet.write_string(1, c, value)
    book.close()
    return path


def _edited(path: Path, part: str, edit) -> Path:  # type: ignore[no-untyped-def]
    """The workbook with one part's bytes edited (`edit(bytes) -> bytes`), in place."""
    with zipfile.ZipFile(path) as old:
        parts = [(info.filename, old.read(info.filename)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for filename, data in parts:
            new.writestr(filename, edit(data) if filename == part else data)
    return path


def _far_cell(ref: str, dimension: str | None, odd: bool = False):  # type: ignore[no-untyped-def]
    def edit(data: bytes) -> bytes:
        if dimension:
            data = re.sub(
                rb'<dimension ref="[^"]*"/>', f'<dimension ref="{dimension}"/>'.encode(), data
            )
        row = re.sub(r"[A-Z]", "", ref)
        cell = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'
        if odd:  # (attributes in another order than Excel writes them)
            cell = (
                f'<row spans="1:1" r="{row}"><c t="inlineStr" r="{ref}"><is><t>x</t></is></c></row>'
            )
        return data.replace(b"</sheetData>", cell.encode() + b"</sheetData>")

    return edit


def _long_shared(size: int):  # type: ignore[no-untyped-def]
    def edit(data: bytes) -> bytes:
        return data.replace(b"<t>Sberbank</t>", b"<t>" + b"A" * size + b"</t>", 1)

    return edit


# (what is done to the workbook, the one line of error)
REFUSED = [
    (
        (SHEET, _far_cell("XFD1048576", "A1:XFD1048576")),
        "sheet 'Orders' spans 1,048,576 rows by 16,384 columns (17,179,869,184 cells), "
        f"more than the 20,000,000 a sheet read may: {FIX}",
    ),
    (  # the far cell alone (the dimension left as it was)
        (SHEET, _far_cell("ZZ900000", None)),
        "sheet 'Orders' spans 900,000 rows by 702 columns (631,800,000 cells), "
        f"more than the 20,000,000 a sheet read may: {FIX}",
    ),
    (
        (SHEET, _far_cell("AAB30000", None, odd=True)),
        "sheet 'Orders' spans 30,000 rows by 704 columns (21,120,000 cells), "
        f"more than the 20,000,000 a sheet read may: {FIX}",
    ),
    (
        ("xl/sharedStrings.xml", _long_shared(3_000_000)),
        "a shared string holds more than 1,048,576 bytes of text, and a cell holds at "
        f"most 10,000 characters: {FIX}",
    ),
]


@pytest.mark.parametrize(("damage", "message"), REFUSED)
def test_a_workbook_declaring_more_than_it_may_is_refused(tmp_path: Path, damage, message) -> None:
    path = _edited(_base(tmp_path / "orders.xlsx"), *damage)
    assert path.stat().st_size < 100_000  # (a small file)
    done = run_screen(tmp_path, "batch", "orders.xlsx", "--no-record", "--quiet", "-f", "jsonl")
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"Error: orders.xlsx: {message}\n"
    assert done.stdout == ""


def test_a_long_inline_string_in_the_sheet_is_refused(tmp_path: Path) -> None:
    def edit(data: bytes) -> bytes:
        cell = (
            '<row r="3"><c r="A3" t="inlineStr"><is><t>' + "B" * 2_000_000 + "</t></is></c></row>"
        )
        return data.replace(b"</sheetData>", cell.encode() + b"</sheetData>")

    _edited(_base(tmp_path / "orders.xlsx"), SHEET, edit)
    done = run_screen(tmp_path, "batch", "orders.xlsx", "--no-record", "--quiet")
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        "Error: orders.xlsx: a cell of sheet 'Orders' holds more than 1,048,576 bytes of text, "
        f"and a cell holds at most 10,000 characters: {FIX}\n"
    )


def test_a_huge_declared_dimension_alone_is_read(tmp_path: Path) -> None:
    """(calamine allocates what the cells span, not what `dimension` declares)"""

    def edit(data: bytes) -> bytes:
        return re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)

    _edited(_base(tmp_path / "orders.xlsx"), SHEET, edit)
    done = run_screen(tmp_path, "batch", "orders.xlsx", "--no-record", "--quiet", "-f", "jsonl")
    assert done.returncode == 1, done.stderr
    assert '"status": "blocked"' in done.stdout


# guards: workbooks within the bounds read as before
KEPT = [
    (40, "Sberbank", "blocked"),  # columns past Z (AA to AN)
    (4, "Sberbank " + "x" * 9_000, "error"),  # a long cell: an error row, as in a CSV file
    (4, "Sberbank", "blocked"),
]


@pytest.mark.parametrize(("columns", "text", "status"), KEPT)
def test_a_workbook_within_the_bounds_is_read(tmp_path: Path, columns, text, status) -> None:
    _base(tmp_path / "orders.xlsx", columns, text if len(text) < 9_000 else text + "y" * 2_000)
    done = run_screen(tmp_path, "batch", "orders.xlsx", "--no-record", "--quiet", "-f", "jsonl")
    assert done.returncode in (1, 5), done.stderr
    assert f'"status": "{status}"' in done.stdout


def test_a_workbook_unzipping_past_the_bound_is_refused(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    import screen.io.sheetbounds as bounds
    from screen.cli import app

    path = _base(tmp_path / "orders.xlsx")
    unzipped = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    monkeypatch.setattr(bounds, "MAX_UNZIPPED", unzipped - 1)
    result = CliRunner().invoke(app, ["batch", str(path), "--no-record", "--quiet"])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"Error: {path}: the workbook's parts hold {unzipped:,} bytes unzipped, more than the "
        f"{unzipped - 1:,} a workbook may: {FIX}\n"
    )


def _ods(path: Path, rows: str) -> Path:
    """An OpenDocument sheet of a header, `rows` (markup) and a blocked order."""
    from tests.test_excel import make_ods

    make_ods(path, [["description", "consignee", "country"], ["tea", "Acme", "JP"]])
    blocked = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
        for v in ("wafers", "Sberbank", "RU")
    )
    return _edited(
        path,
        "content.xml",
        lambda data: data.replace(
            b"</table:table>",
            f"{rows}<table:table-row>{blocked}</table:table-row></table:table>".encode(),
        ),
    )


def _limited() -> None:  # the old code asked calamine for 50 GB: keep the child to 4 GB
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


_FILLED = '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (  # 100,000 rows of 16,384 filled cells, from an 880-byte file
            '<table:table-row table:number-rows-repeated="100000">'
            + _FILLED.replace("cell ", 'cell table:number-columns-repeated="16384" ', 1)
            + "</table:table-row>",
            "sheet 'Orders' spans 100,003 rows by 16,384 columns (1,638,449,152 cells, "
            f"repeated by the file's markup), more than the 20,000,000 a sheet read may: {FIX}",
        ),
        (
            '<table:table-row table:number-rows-repeated="30000">'
            + _FILLED.replace("cell ", 'cell table:number-columns-repeated="1000" ', 1)
            + "</table:table-row>",
            "sheet 'Orders' spans 30,003 rows by 1,000 columns (30,003,000 cells, "
            f"repeated by the file's markup), more than the 20,000,000 a sheet read may: {FIX}",
        ),
    ],
)
def test_an_ods_repeating_filled_cells_past_the_bound_is_refused(
    tmp_path: Path, rows: str, message: str
) -> None:
    # hostile round 6: no bound was checked for .ods; calamine allocated what the
    # repeats declare (under 4 GB: "cannot read the workbook (Cannot detect file format)")
    path = _ods(tmp_path / "orders.ods", rows)
    assert path.stat().st_size < 2_000
    done = run_screen(
        tmp_path, "batch", "orders.ods", "--no-record", "-q", "-f", "jsonl", preexec_fn=_limited
    )
    assert (done.returncode, done.stderr) == (2, f"Error: orders.ods: {message}\n")


def test_an_ods_repeating_blank_cells_and_rows_is_read(tmp_path: Path) -> None:
    # LibreOffice's formatted margins: blank cells to the last column, blank rows by
    # the million between orders (a blank row is an error row) and below them
    margin = '<table:table-cell table:number-columns-repeated="16381"/>'
    rows = (
        f'<table:table-row table:number-rows-repeated="3">{margin}</table:table-row>'
        + f"<table:table-row>{_FILLED * 3}{margin}</table:table-row>"
    )
    _ods(tmp_path / "orders.ods", rows)
    done = run_screen(
        tmp_path, "batch", "orders.ods", "--no-record", "-q", "-f", "jsonl", preexec_fn=_limited
    )
    assert done.returncode == 5, done.stderr
    assert [r.count('"status"') for r in done.stdout.splitlines()] == [1] * 6


def test_an_ods_cell_of_more_text_than_the_bound_is_refused(tmp_path: Path) -> None:
    # hostile round 6: a 584 KB .ods holding 600 MB of text in one cell ended with
    # MemoryError (exit 4) under a 4 GB limit after 50 s; .xlsx strings were bounded
    from tests.test_excel import make_ods

    rows = [["description", "consignee", "country"], ["A" * 3_000_000, "Sberbank", "RU"]]
    make_ods(tmp_path / "orders.ods", rows)
    done = run_screen(tmp_path, "batch", "orders.ods", "--no-record", "-q", preexec_fn=_limited)
    assert (done.returncode, done.stderr) == (
        2,
        "Error: orders.ods: a cell of the workbook holds more than 1,048,576 bytes of text, "
        f"and a cell holds at most 10,000 characters: {FIX}\n",
    )
