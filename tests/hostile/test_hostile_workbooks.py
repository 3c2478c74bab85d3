"""Items C3, C4, C5 (s28): a workbook's sheet of no orders, merged cells, Excel error
cells and formulas never computed: exit 2 or error rows, never a clear row."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.io.sheetcells import cell_name
from tests.test_excel import make_ods

xlsxwriter = pytest.importorskip("xlsxwriter")
pytest.importorskip("python_calamine")

COLUMNS = ["order_id", "description", "consignee", "country"]


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "-q", "--no-record"])


def _rows(result) -> list[tuple[str, str, str]]:
    return [
        (r["consignee"], r["status"], r["reason"])
        for r in csv.DictReader(io.StringIO(result.stdout))
    ]


@pytest.mark.parametrize(
    ("sheets", "message"),
    [
        (
            {"Template": [COLUMNS], "Orders": [COLUMNS, ["PO-1", "3D printer", "Acme", "RU"]]},
            "sheet 'Template' has a header row but no orders; the workbook's sheets are "
            "1 'Template', 2 'Orders': pass --sheet",
        ),
        (
            {"Orders": [COLUMNS, ["", "", "", ""]]},
            "sheet 'Orders' has a header row but no orders: add the orders below the header",
        ),
    ],
)
def test_a_sheet_with_a_header_and_no_orders_exits_2(tmp_path: Path, sheets, message) -> None:
    path = tmp_path / "orders.xlsx"
    book = xlsxwriter.Workbook(str(path))
    blank = book.add_format({"bold": True})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value, blank if not value else None)
    book.close()
    result = _batch(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path}: {message}\n"


def test_every_row_of_a_merged_cell_gets_its_value(tmp_path: Path) -> None:
    path = tmp_path / "merged.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Orders")
    sheet.write_row(0, 0, COLUMNS)
    sheet.merge_range(1, 2, 3, 2, "Sberbank")
    for i in range(3):
        sheet.write_row(1 + i, 0, [f"PO-{i + 1}", "Green tea"])
        sheet.write(1 + i, 3, "RU")
    sheet.write_row(4, 0, ["PO-4", "Green tea", "Tea House", "JP"])
    book.close()
    result = _batch(str(path))
    assert result.exit_code == 1, result.output
    assert [(c, s) for c, s, _ in _rows(result)] == [
        ("Sberbank", "blocked"),
        ("Sberbank", "blocked"),
        ("Sberbank", "blocked"),
        ("Tea House", "clear"),
    ]


def test_an_ods_merged_cell_covers_the_rows_below(tmp_path: Path) -> None:
    path = make_ods(
        tmp_path / "merged.ods",
        [COLUMNS[1:], ["Green tea", "Sberbank", "RU"], ["Green tea", "", "RU"]],
    )
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    content = parts["content.xml"].decode()
    content = content.replace(
        '<table:table-cell office:value-type="string"><text:p>Sberbank',
        '<table:table-cell table:number-rows-spanned="2" office:value-type="string">'
        "<text:p>Sberbank",
    )
    empty = '<table:table-cell office:value-type="string"><text:p></text:p></table:table-cell>'
    assert content.count(empty) == 1
    parts["content.xml"] = content.replace(empty, "<table:covered-table-cell/>").encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    result = _batch(str(path))
    assert result.exit_code == 1, result.output
    assert [(c, s) for c, s, _ in _rows(result)] == [("Sberbank", "blocked")] * 2


NOT_COMPUTED = (
    "is a formula whose stored value is 0, as programs that write workbooks without "
    "computing them store: open and save the file in Excel, or export it as CSV"
)


def test_excel_errors_and_formulas_never_computed_are_error_rows(tmp_path: Path) -> None:
    path = tmp_path / "formulas.xlsx"
    book = xlsxwriter.Workbook(str(path))
    s = book.add_worksheet("Orders")
    s.write_row(0, 0, COLUMNS)
    s.write_row(1, 0, ["PO-1", "Green tea"])
    s.write_formula(1, 2, "=VLOOKUP(A2,Customers!A:B,2,FALSE)", None, "#N/A")
    s.write(1, 3, "RU")
    s.write_row(2, 0, ["PO-2", "Green tea"])
    s.write_formula(2, 2, "=VLOOKUP(A3,Customers!A:B,2,FALSE)", None, "#REF!")
    s.write(2, 3, "RU")
    s.write_row(3, 0, ["PO-3", "Green tea"])
    s.write_formula(3, 2, '="Sber"&"bank"')  # no computed value: xlsxwriter stores 0
    s.write(3, 3, "RU")
    s.write_row(4, 0, ["PO-4", "Green tea"])
    s.write_formula(4, 2, '="Tea"&" House"', None, "Tea House")  # computed: stands
    s.write(4, 3, "JP")
    book.close()
    result = _batch(str(path))
    assert result.exit_code == 5, result.output
    assert [(s, r) for _, s, r in _rows(result)] == [
        ("error", "cell C2 holds the Excel error #N/A: correct it in the workbook"),
        ("error", "cell C3 holds the Excel error #REF!: correct it in the workbook"),
        ("error", f"cell C4 {NOT_COMPUTED}"),
        ("clear", ""),
    ]


@pytest.mark.parametrize(("cell", "name"), [((0, 0), "A1"), ((3, 1), "B4"), ((9, 27), "AB10")])
def test_cell_names(cell: tuple[int, int], name: str) -> None:
    assert cell_name(cell) == name


def test_a_cover_page_first_names_the_other_sheets(tmp_path: Path) -> None:
    """s28 M11: the column error on a cover page says where the orders may be."""
    path = tmp_path / "report.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Summary").write_column(0, 0, ["Report generated 2024-05-01", "3 orders"])
    book.add_worksheet("Orders").write_row(0, 0, COLUMNS)
    book.close()
    result = _batch(str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: no description or consignee column: the columns are 'Report generated "
        "2024-05-01'; name them with --map, e.g. --map description='Item Text' --map "
        "consignee='Sold To' (sheet 'Summary' of an xlsx workbook; the workbook's sheets are "
        "1 'Summary', 2 'Orders': pass --sheet)\n"
    )


def _with_entity(source: Path, target: Path, part: str) -> Path:
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(target, "w") as out:
        for info in book.infolist():
            data = book.read(info)
            if info.filename == part:
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1)
            out.writestr(info, data)
    return target


@pytest.mark.parametrize(
    "part",
    ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "content.xml"],
)
def test_a_workbook_declaring_an_xml_entity_is_refused(tmp_path: Path, part: str) -> None:
    # hostile round 6: defusedxml's refusal escaped as an internal error (exit 4)
    if part == "content.xml":
        plain = make_ods(tmp_path / "plain.ods", [COLUMNS, ["PO-1", "robot", "Sberbank", "RU"]])
    else:
        plain = tmp_path / "plain.xlsx"
        book = xlsxwriter.Workbook(str(plain))
        sheet = book.add_worksheet("Orders")
        for number, row in enumerate([COLUMNS, ["PO-1", "robot", "Sberbank", "RU"]]):
            sheet.write_row(number, 0, row)
        book.close()
    path = _with_entity(plain, tmp_path / f"entity{plain.suffix}", part)
    result = _batch(str(path))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"Error: {path}: the workbook's XML declares entities or a document type (DTD), "
        "which Excel and LibreOffice never write: refused as unsafe; save the orders as "
        "CSV UTF-8, or copy them alone to a new workbook\n"
    )
