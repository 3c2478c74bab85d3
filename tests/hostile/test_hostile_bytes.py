"""s29 (round 2, M2-M5): NUL bytes in a UTF-8 file, a UTF-16 byte-order mark before
UTF-8 text, bytes UTF-16 cannot decode, and what the summary claims of a file whose
bytes after the sample were never looked at."""

from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.io.encoding import SAMPLE_BYTES, detect
from tests.hostile.conftest import write

HEADER = "description,consignee,country,date\n"
ROWS = "Tea,Tea LLC\0,Russia,2024-05-01\nSemi\0conductor wafers,Acme,Russia,2024-05-01\n"


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "--no-record", "--format", "jsonl"])


def _statuses(stdout: str) -> list[str]:
    return [json.loads(line)["status"] for line in stdout.splitlines()]


# (bytes, the encoding detected): NULs in UTF-8 text are not UTF-16 unless the text
# read as UTF-16 has line ends; real UTF-16 without a BOM still is.
SAMPLES = [
    ((HEADER + ROWS).encode(), "utf-8"),
    ((HEADER + "a\0b,c\0d,RU,x\n" * 3).encode(), "utf-8"),
    ((HEADER + ROWS).replace("\0", "").encode("utf-16-le"), "utf-16-le"),
    ((HEADER + ROWS).replace("\0", "").encode("utf-16-be"), "utf-16-be"),
    ("品名,得意先\n緑茶,東京\n".encode("utf-16-le"), "utf-16-le"),
]


@pytest.mark.parametrize(("data", "encoding"), SAMPLES)
def test_nul_bytes_alone_do_not_make_utf16(data: bytes, encoding: str) -> None:
    assert detect(data).encoding == encoding


def test_a_utf8_file_with_two_nul_bytes_is_screened(tmp_path) -> None:
    result = _batch(str(write(tmp_path, HEADER + ROWS)), "-q")
    assert result.exit_code == 1, result.output
    assert _statuses(result.stdout) == ["clear", "blocked"]


def test_a_utf16_mark_before_utf8_text_is_refused_as_such(tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + b"description,consignee,country\n3D printer,Acme,RU\n")
    result = _batch(str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path} starts with a UTF-16 byte-order mark (FF FE or FE FF) but is not "
        "UTF-16: it has no zero bytes, which every UTF-16 order file has; save it again as "
        "UTF-8 (or delete its first two bytes)\n"
    )


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("bad", ["\ud800", "\udc00", "x\ud800"])
def test_a_broken_utf16_sequence_makes_an_error_row(tmp_path, bom: bool, bad: str) -> None:
    text = f"description\tconsignee\tcountry\r\nTea{bad}\tAcme\tJP\r\n3D printer\tAcme\tRU\r\n"
    data = text.encode("utf-16-le", "surrogatepass")
    path = tmp_path / "orders.csv"
    path.write_bytes((codecs.BOM_UTF16_LE if bom else b"") + data)
    result = _batch(str(path), "-q")
    assert result.exit_code == 5, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["status"] for row in rows] == ["error", "blocked"]
    assert rows[0]["error"].startswith("undecodable bytes in this row")


# The first 64 KB are ASCII, a CP1251 row follows: its row is an error row, and the
# summary does not claim the file is valid UTF-8.
LATE = HEADER.encode() + b"green tea,Acme,JP,2024-05-01\n" * (SAMPLE_BYTES // 28 + 10)


@pytest.mark.parametrize(
    ("data", "described"),
    [
        (LATE + "Чай,Сбербанк,RU,2024-05-01\n".encode("cp1251"), "the first 64 KB are valid"),
        (HEADER.encode() + b"green tea,Acme,JP,2024-05-01\n", "utf-8 (valid UTF-8)"),
    ],
)
def test_the_summary_says_how_much_was_seen_to_be_utf8(tmp_path, data, described) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(data)
    result = _batch(str(path), "-o", str(tmp_path / "out.jsonl"))
    assert described in result.stderr
    if len(data) > SAMPLE_BYTES:
        assert result.exit_code == 5
        assert "input read as utf-8 (the first 64 KB are valid UTF-8; a row after them " in (
            result.stderr
        )


# Round 2 M6: Excel reads a first line `sep=;` as the delimiter and skips it.
SEP_FILES = [
    ("sep=;\r\ndescription;consignee;country\r\n", ";"),
    ('"sep=,"\ndescription,consignee,country\n', ","),
    ("SEP=|\ndescription|consignee|country\n", "|"),
    ("sep=;;;\ndescription;consignee;country\n", ";"),  # padded by a spreadsheet
    ("sep=\t\ndescription\tconsignee\tcountry\n", "\t"),
]


@pytest.mark.parametrize(("head", "delimiter"), SEP_FILES)
def test_an_excel_sep_line_names_the_delimiter(tmp_path, head: str, delimiter: str) -> None:
    end = "\r\n" if "\r" in head else "\n"
    body = delimiter.join(["3D printer", "Acme", "RU"]) + end
    body += delimiter.join(["tea", '"x', "RU"]) + end  # a stray quote: its line is named
    body += delimiter.join(["tea", "Sberbank", "RU"]) + end
    result = _batch(str(write(tmp_path, head + body)))
    assert result.exit_code == 5, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["status"] for row in rows] == ["blocked", "error", "blocked"]
    assert rows[1]["error"].startswith("line 4: a quote opens here")
    named = "\\t" if delimiter == "\t" else delimiter
    assert f'-separated (named by its first line "sep={named}")' in result.stderr


def test_a_header_that_starts_with_sep_is_a_header(tmp_path) -> None:
    result = _batch(str(write(tmp_path, "sep=1,description,consignee\nx,3D printer,Acme\n")))
    assert json.loads(result.stdout.splitlines()[0])["input"]["sep=1"] == "x"
    assert "named by its first line" not in result.stderr


# Round 1 M9: a DOS end-of-file mark (Ctrl-Z) at the end is no order; one before text
# is kept, and its row is what it was.
ORDER = "3D printer,Acme,RU"
CTRL_Z = [
    (f"{ORDER}\n\x1a", [ORDER]),
    (f"{ORDER}\r\n\x1a\r\n", [ORDER]),
    (f"{ORDER}\x1a", [ORDER]),
    (f"{ORDER}\n\x1a\x1a\n\n", [ORDER]),
    (f"{ORDER}\n\x1a\n{ORDER}\n", [ORDER, "\x1a", ORDER]),  # not the end: a row
    (f"{ORDER}\n\n", [ORDER, ""]),  # a blank line without a mark stays a row
]


@pytest.mark.parametrize(("body", "rows"), CTRL_Z)
@pytest.mark.parametrize("repeat", [1, 40_000])  # a small file; one for two workers
def test_a_trailing_ctrl_z_is_no_order(tmp_path, body: str, rows: list[str], repeat) -> None:
    text = "description,consignee,country\n" + f"{ORDER}\n" * (repeat - 1) + body
    path = write(tmp_path, text)
    expected = [ORDER] * (repeat - 1) + rows
    for workers in ("1", "2"):
        result = _batch(str(path), "-q", "--workers", workers)
        cells = [json.loads(line)["input"].values() for line in result.stdout.splitlines()]
        assert [",".join(row) for row in cells] == expected
