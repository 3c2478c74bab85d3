"""Workbooks as order files (.xlsx and .ods made here), --sheet, typed dates, HS codes
stored as numbers, a workbook under a .csv name, and `batch --format xlsx`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from screen.cli import app
from screen.io.excel import cell_text, workbook_kind

xlsxwriter = pytest.importorskip("xlsxwriter")
calamine = pytest.importorskip("python_calamine")

HEADER = ["description", "consignee", "country", "date", "hs code"]


def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), dates)
                elif isinstance(value, str) and value:
                    sheet.write_string(r, c, value)  # text, even when it looks like a number
                elif value != "":
                    sheet.write(r, c, value)
    book.close()
    return path


def make_ods(path: Path, rows: list[list[object]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice writes one."""

    def cell(value: object) -> str:
        if isinstance(value, dt.date):
            iso = value.isoformat()
            return (
                f'<table:table-cell office:value-type="date" office:date-value="{iso}">'
                f"<text:p>{iso}</text:p></table:table-cell>"
            )
        if isinstance(value, float | int):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            f'<table:table-cell office:value-type="string"><text:p>{value}</text:p>'
            "</table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Orders">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )  # first and stored, as the format requires
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


ORDERS = [
    HEADER,
    ["3D printer", "Acme Trading", "RU", dt.date(2022, 6, 1), "8485.10"],
    ["Green tea", "Tokyo Tea Co.", "JP", dt.date(2024, 5, 1), "0902.10"],
    ["Semiconductor wafers", "Sberbank", "Russia", dt.date(2024, 5, 1), ""],
]


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_xlsx_orders_are_screened_with_typed_dates(runner, tmp_path) -> None:
    path = make_xlsx(tmp_path / "orders.xlsx", {"Orders": ORDERS})
    result = runner.invoke(app, ["batch", str(path)])
    assert result.exit_code == 1, result.output
    rows = rows_of(result.stdout)
    assert [r["status"] for r in rows] == ["blocked", "clear", "blocked"]
    assert [r["date"] for r in rows] == ["2022-06-01", "2024-05-01", "2024-05-01"]
    assert "input read as sheet 'Orders' of an xlsx workbook" in result.stderr


def test_ods_orders(runner, tmp_path) -> None:
    path = make_ods(tmp_path / "orders.ods", ORDERS)
    assert workbook_kind(path.read_bytes()[:512]) == "ods"
    result = runner.invoke(app, ["batch", str(path), "-q"])
    assert result.exit_code == 1, result.output
    rows = rows_of(result.stdout)
    assert [(r["date"], r["status"]) for r in rows] == [
        ("2022-06-01", "blocked"),
        ("2024-05-01", "clear"),
        ("2024-05-01", "blocked"),
    ]


@pytest.mark.parametrize(
    ("sheet", "first"), [("Second", "Green tea"), ("2", "Green tea"), ("1", "3D printer")]
)
def test_sheet_by_name_or_number(runner, tmp_path, sheet, first) -> None:
    path = make_xlsx(tmp_path / "o.xlsx", {"First": ORDERS[:2], "Second": [HEADER, ORDERS[2]]})
    result = runner.invoke(app, ["batch", str(path), "-q", "--sheet", sheet])
    assert rows_of(result.stdout)[0]["description"] == first


def test_unknown_sheet_lists_the_sheets(runner, tmp_path) -> None:
    path = make_xlsx(tmp_path / "o.xlsx", {"First": ORDERS, "Second": ORDERS})
    result = runner.invoke(app, ["batch", str(path), "--sheet", "Third"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path} has no sheet 'Third': pass --sheet with a name or number "
        "(1 'First', 2 'Second')\n"
    )


def test_hs_code_stored_as_a_number_is_warned_per_row(runner, tmp_path) -> None:
    rows = [HEADER, ["Green tea", "A", "JP", dt.date(2024, 5, 1), 902.1],
            ["Horses", "B", "JP", dt.date(2024, 5, 1), "0101.21"],
            ["Chips", "C", "JP", dt.date(2024, 5, 1), 8542]]  # fmt: skip
    path = make_xlsx(tmp_path / "o.xlsx", {"Orders": rows})
    result = runner.invoke(app, ["batch", str(path)])
    warned = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert warned == [
        f"Warning: {path} row 2: the HS code 902.1 is stored as a number, so leading and "
        "trailing zeros are lost (0101.21 becomes 101.21): format the HS code column as Text "
        "in Excel and type the codes again, or type each with a leading apostrophe ('0101.21)",
        f"Warning: {path} row 4: the HS code 8542 is stored as a number, so leading and "
        "trailing zeros are lost (0101.21 becomes 101.21): format the HS code column as Text "
        "in Excel and type the codes again, or type each with a leading apostrophe ('0101.21)",
    ]
    assert [r["hs code"] for r in rows_of(result.stdout)] == ["902.1", "0101.21", "8542"]


def test_an_xlsx_named_csv_is_read_as_a_workbook(runner, tmp_path) -> None:
    path = make_xlsx(tmp_path / "orders.csv", {"Orders": ORDERS})
    result = runner.invoke(app, ["batch", str(path)])
    assert result.exit_code == 1, result.output
    assert "input read as sheet 'Orders' of an xlsx workbook" in result.stderr


def test_encoding_is_refused_for_a_workbook(runner, tmp_path) -> None:
    path = make_xlsx(tmp_path / "orders.csv", {"Orders": ORDERS})
    result = runner.invoke(app, ["batch", str(path), "--encoding", "cp932"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path} is a xlsx workbook: --encoding and --delimiter are for CSV files\n"
    )


def test_sheet_on_a_csv_file(runner, tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text("description\ntea\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "--sheet", "1"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: --sheet is for workbooks (.xlsx, .xls, .ods); {path} is a text file\n"
    )


def test_a_zip_that_is_no_workbook(runner, tmp_path) -> None:
    path = tmp_path / "orders.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("orders.csv", "description\ntea\n")
    result = runner.invoke(app, ["batch", str(path)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path} is a ZIP archive, not an order file: unzip it first\n",
    )


DAMAGED = "that is damaged or cut short (an incomplete download or copy?): save or copy it "


@pytest.mark.parametrize(
    ("keep", "what"),
    [(0.5, "an .xlsx workbook"), (0.9, "an .xlsx workbook"), (1.0, None)],
)
def test_a_workbook_cut_short_is_named_as_one(runner, tmp_path, keep, what) -> None:
    """s29 (round 1, M5): it once said "a ZIP archive ...: unzip it first"."""
    whole = make_xlsx(tmp_path / "whole.xlsx", {"Orders": [HEADER, ORDERS[1]]}).read_bytes()
    path = tmp_path / "o.xlsx"
    path.write_bytes(whole[: int(len(whole) * keep)])
    result = runner.invoke(app, ["batch", str(path), "-q", "--no-record"])
    if what is None:  # the whole file is read
        assert result.exit_code in (0, 1), result.output
    else:
        assert (result.exit_code, result.stderr) == (
            2,
            f"Error: {path} is {what} {DAMAGED}again, or export the sheet as CSV\n",
        )


def test_blank_rows_inside_the_sheet_stay_rows_and_trailing_ones_go(runner, tmp_path) -> None:
    rows = [HEADER, ORDERS[2], ["", "", "", "", ""], ORDERS[1]]
    path = make_xlsx(tmp_path / "o.xlsx", {"Orders": rows})
    result = runner.invoke(app, ["batch", str(path), "-q"])
    out = rows_of(result.stdout)
    assert [r["status"] for r in out] == ["clear", "error", "blocked"]
    assert out[1]["reason"] == "empty row: nothing to screen"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "TRUE"),
        (12.0, "12"),
        (0.5, "0.5"),
        (dt.date(2024, 5, 1), "2024-05-01"),
        (dt.datetime(2024, 5, 1), "2024-05-01"),
        (dt.datetime(2024, 5, 1, 9, 30), "2024-05-01 09:30:00"),
        ("0101.21", "0101.21"),
    ],
)
def test_cell_text(value, text) -> None:
    assert cell_text(value) == text


def test_xlsx_output_highlights_flagged_rows_and_lists_the_hits(runner, tmp_path) -> None:
    source = make_xlsx(tmp_path / "orders.xlsx", {"Orders": ORDERS})
    target = tmp_path / "screened.xlsx"
    args = ["batch", str(source), "-q", "--format", "xlsx", "-o", str(target)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    book = calamine.CalamineWorkbook.from_path(str(target))
    assert book.sheet_names == ["Screened", "Hits"]
    screened = book.get_sheet_by_name("Screened").to_python()
    assert screened[0] == [*HEADER, "status", "rule_ids", "matched", "score", "reason", "run_id"]
    assert [r[5] for r in screened[1:]] == ["blocked", "clear", "blocked"]
    hits = book.get_sheet_by_name("Hits").to_python()
    assert hits[0] == ["row", "status", "rule_id", "level", "kind", "field", "input", "matched",
                       "score", "title"]  # fmt: skip
    assert {(h[0], h[2]) for h in hits[1:]} >= {(1.0, "RU-3D-PRINTERS"), (3.0, "ENT-SBERBANK")}
    with zipfile.ZipFile(target) as z:  # the flagged rows carry a fill; the clear row none
        styles = z.read("xl/styles.xml").decode()
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<fill>" in styles and 'r="A2" s="' in sheet and 'r="A3" s="' not in sheet


def test_xlsx_output_needs_a_file(runner, tmp_path) -> None:
    source = make_xlsx(tmp_path / "orders.xlsx", {"Orders": ORDERS})
    result = runner.invoke(app, ["batch", str(source), "--format", "xlsx"])
    assert result.exit_code == 2
    assert result.stderr == "Error: --format xlsx writes a workbook: give -o FILE.xlsx\n"


def _with_rows_before_the_end(path: Path, rows: str) -> Path:
    """`path` (an .ods file) with raw `rows` put at the end of its sheet."""
    with zipfile.ZipFile(path) as book:
        parts = {info.filename: book.read(info) for info in book.infolist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b"</table:table>", rows.encode() + b"</table:table>"
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for name, body in parts.items():
            book.writestr(name, body, zipfile.ZIP_DEFLATED)
    return path


BLANK = '<table:table-cell table:number-columns-repeated="1024"/>'
MILLION = f'<table:table-row table:number-rows-repeated="1048570">{BLANK}</table:table-row>'
EMPTY_TEXT = (  # calamine expands this one: 1M rows, 3 s (742 MB in s28's test)
    '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
    'office:value-type="string"><text:p/></table:table-cell></table:table-row>'
)
WORD = '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'


@pytest.mark.parametrize(
    ("tail", "trimmed"),
    [
        (MILLION, True),
        (EMPTY_TEXT, True),
        (EMPTY_TEXT + f"<table:table-row>{BLANK}</table:table-row>", True),
        (EMPTY_TEXT.replace("<text:p/>", "<text:p>x</text:p>"), False),  # a value repeated
        (EMPTY_TEXT + f"<table:table-row>{WORD}</table:table-row>", False),  # data below
        (EMPTY_TEXT.replace("1048570", "9999"), False),  # too few to be worth a rewrite
    ],
)
def test_blank_rows_repeated_below_the_data_are_taken_out(tmp_path, tail, trimmed) -> None:
    from python_calamine import CalamineWorkbook

    from screen.io.odstail import without_blank_tail

    data = _with_rows_before_the_end(make_ods(tmp_path / "o.ods", ORDERS[:2]), tail).read_bytes()
    kept = without_blank_tail(data)
    assert (kept != data) == trimmed
    if trimmed:
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(kept)).get_sheet_by_name("Orders")
        assert len(sheet.to_python(skip_empty_area=True)) <= 3


@pytest.mark.parametrize(
    ("tail", "statuses"),
    [
        (MILLION, ["blocked", "clear"]),  # s29 (round 1, L7): 1 KB once took 742 MB
        (EMPTY_TEXT, ["blocked", "clear"]),
        (MILLION + f"<table:table-row>{BLANK}</table:table-row>", ["blocked", "clear"]),
        ('<table:table-row table:number-rows-repeated="2"/>', ["blocked", "clear"]),
    ],
)
def test_blank_rows_repeated_below_an_ods_sheet_cost_nothing(runner, tmp_path, tail, statuses):
    path = _with_rows_before_the_end(make_ods(tmp_path / "o.ods", ORDERS[:3]), tail)
    result = runner.invoke(app, ["batch", str(path), "-q", "--no-record"])
    assert [row["status"] for row in rows_of(result.stdout)] == statuses


def test_blank_rows_repeated_between_orders_stay_rows(runner, tmp_path) -> None:
    repeated = f'<table:table-row table:number-rows-repeated="3">{BLANK}</table:table-row>'
    order = (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>3D printer'
        '</text:p></table:table-cell><table:table-cell office:value-type="string">'
        "<text:p>Acme</text:p></table:table-cell><table:table-cell office:value-type="
        '"string"><text:p>RU</text:p></table:table-cell></table:table-row>'
    )
    path = _with_rows_before_the_end(make_ods(tmp_path / "o.ods", ORDERS[:2]), repeated + order)
    result = runner.invoke(app, ["batch", str(path), "-q", "--no-record"])
    statuses = [row["status"] for row in rows_of(result.stdout)]
    assert statuses == ["blocked", "error", "error", "error", "blocked"]


def test_a_workbook_cell_over_the_field_limit_is_an_error_row(runner, tmp_path) -> None:
    """s29 (round 1, L3): CSV fields over 10,000 characters were error rows, cells not."""
    long = "3D printer " + "x" * 10_000
    rows = [HEADER, ["Green tea", "Acme", "JP", "", ""], [long, "Acme", "RU", "", ""]]
    path = make_xlsx(tmp_path / "o.xlsx", {"Orders": rows})
    result = runner.invoke(app, ["batch", str(path), "-q", "--no-record"])
    assert result.exit_code == 5, result.output
    found = rows_of(result.stdout)
    assert [row["status"] for row in found] == ["clear", "error"]
    assert found[1]["reason"] == "field 1 is 10,011 characters long; the limit is 10,000"


def test_hs_codes_stored_as_numbers_are_warned_of_ten_then_counted(runner, tmp_path) -> None:
    # hostile round 6: one warning a row, kept in memory to the end: a workbook of a
    # million such rows wrote a million lines on stderr, --quiet or not
    rows = [HEADER] + [
        ["Green tea", f"C{n}", "JP", dt.date(2024, 5, 1), 902.1 + n] for n in range(25)
    ]
    path = make_xlsx(tmp_path / "o.xlsx", {"Orders": rows})
    result = runner.invoke(app, ["batch", str(path), "-q", "--no-record"])
    warned = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warned) == 11
    assert warned[9].startswith(f"Warning: {path} row 11: the HS code 911.1 is stored as")
    assert warned[10] == (
        f"Warning: {path}: 15 more rows (up to row 26) hold an HS code stored as a number, "
        "its leading and trailing zeros lost: format the HS code column as Text in Excel"
    )
