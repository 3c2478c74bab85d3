"""s32 (hostile round 3, M9 D13/D14 and M10): order files that are not what their
name says, and encodings that are not encodings of text files.

* A UTF-32 order file (with a byte-order mark, or without one: three NUL bytes of
  every four) was read as UTF-8 and refused with "no description or consignee
  column: the columns are '\\x00o\\x00r...'; name them with --map".  It is read as
  UTF-32, as UTF-16 files are.
* An HTML table saved as .xls (an ERP's "Excel export") was "a header row but no
  orders: add the orders below the header".  It is said to be an HTML page.
* --output-encoding unicode_escape wrote the whole CSV on one line; utf-7 and
  raw_unicode_escape were accepted too.  An encoding of text files writes every
  ASCII character as itself (one byte, or one UTF-16/UTF-32 code unit)."""

from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.io.encoding import detect
from screen.io.encodingnames import canonical_encoding
from tests.hostile.conftest import write

HEADER = "order_id,description,consignee,country,date\r\n"
ROWS = "PO-1,Полупроводниковые диоды,Сбербанк,RU,2024-05-01\r\n"
ROWS += "PO-2,Green tea,Tea House,JP,2024-05-01\r\n"


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "-q", "--no-record", "--format", "jsonl"])


@pytest.mark.parametrize(
    ("encoding", "read_as"),
    [
        ("utf-32", "utf-32"),  # with its byte-order mark (little-endian here)
        ("utf-32-le", "utf-32-le"),
        ("utf-32-be", "utf-32-be"),
    ],
)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_utf32_order_file_is_read_as_utf32(tmp_path, encoding, read_as, workers) -> None:
    path = write(tmp_path, HEADER + ROWS, encoding=encoding)
    if encoding == "utf-32":
        big = write(tmp_path, HEADER + ROWS, name="be.csv", encoding="utf-32-be")
        big.write_bytes(codecs.BOM_UTF32_BE + big.read_bytes())
        assert detect(big.read_bytes()).encoding == "utf-32"
    assert detect(path.read_bytes()).encoding == read_as
    result = _batch(str(path), "--workers", workers)
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["input"]["consignee"], r["status"]) for r in rows] == [
        ("Сбербанк", "blocked"),
        ("Tea House", "clear"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "order_id,description\r\n1,Green tea\r\n",  # plain UTF-8
        "\x00".join("description,consignee\n") + "\n",  # UTF-8 with NUL bytes here and there
    ],
)
def test_a_file_that_is_not_utf32_is_not_read_as_utf32(text) -> None:
    assert not detect(text.encode("utf-8")).encoding.startswith("utf-32")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("<html><body><table><tr><td>description</td></tr></table></body></html>", "an HTML page"),
        ("\ufeff<!DOCTYPE html>\n<html lang='ja'>", "an HTML page"),
        ("  \r\n<TABLE border=1><TR><TD>description</TD>", "an HTML page"),
        (
            '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:sheet">',
            "an XML file",
        ),
    ],
)
def test_a_markup_file_named_like_a_workbook_says_what_it_is(tmp_path, head, kind) -> None:
    path = write(tmp_path, head + "\n", name="orders.xls")
    result = _batch(str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path} is {kind}, not a workbook or a CSV file: open it in Excel (or the "
        "program that wrote it) and save it as .xlsx or CSV\n"
    )


def test_a_csv_with_markup_in_a_cell_is_still_a_csv(tmp_path) -> None:
    path = write(tmp_path, "description,consignee\n<b>Green tea</b>,<html> Ltd\n")
    result = _batch(str(path))
    assert result.exit_code == 0, result.output


REFUSED = ["unicode_escape", "raw_unicode_escape", "utf-7", "hz", "cp500", "rot13", "base64"]


@pytest.mark.parametrize("codec", REFUSED)
@pytest.mark.parametrize("option", ["--encoding", "--output-encoding"])
def test_an_encoding_that_writes_ascii_as_something_else_is_refused(tmp_path, option, codec):
    path = write(tmp_path, HEADER + "PO-1,3D printer,Acme,RU,2024-05-01\r\n")
    out = tmp_path / "out.csv"
    result = _batch(str(path), option, codec, "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {option} '{codec}' is not an encoding of text files: use utf-8, utf-8-sig, "
        "utf-16, cp932, euc-jp, gb18030, big5, cp1251, koi8-r or cp1252\n"
    )
    assert not out.exists()


ACCEPTED = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "utf-32-be", "cp932"]
ACCEPTED += ["euc_jp", "iso2022_jp", "gb18030", "big5", "cp949", "cp1251", "koi8_r", "cp1252"]
ACCEPTED += ["latin-1", "iso8859_15", "mac_roman", "cp866", "shift_jis", "ascii"]


@pytest.mark.parametrize("codec", ACCEPTED)
def test_the_encodings_of_text_files_stay_accepted(codec) -> None:
    assert canonical_encoding(codec, "--output-encoding") is not None


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-32", "cp1251"])
def test_output_in_an_accepted_encoding_keeps_its_lines(tmp_path, codec) -> None:
    path = write(tmp_path, HEADER + ROWS)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        app,
        [
            "batch",
            str(path),
            "-q",
            "--no-record",
            "-f",
            "csv",
            "--output-encoding",
            codec,
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 1, result.output
    lines = out.read_bytes().decode(codec).splitlines()
    assert len(lines) == 3 and lines[1].startswith("PO-1,Полупроводниковые диоды,Сбербанк,RU,")
