"""Item C2 (s28): a description or consignee column under a header screen does not
know is never silently left unscreened."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.hostile.conftest import write


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "--no-record", "--format", "jsonl"])


# Headers ERP exports write for the goods and the party (headers.py names the sources).
DESCRIPTIONS = [
    "Description of Goods",
    "Material Description",
    "Item Desc",
    "Item Text",
    "Commodity Description",
    "Part Description",
    "Product Desc",
    "Desc",
    "Описание",
    "Наименование товара",
    "Artikelbezeichnung",
    "货物名称",
    "貨物名稱",  # (Traditional characters: Taiwan, Hong Kong)
]
CONSIGNEES = [
    "Sold-To Party",
    "Ship-to Party",
    "Грузополучатель",
    "Warenempfänger",
    "收货人",
    "收貨人",
]


FILES = [f"Order No,{h},Consignee,Country\nPO-1,3D printer,Acme,RU\n" for h in DESCRIPTIONS] + [
    f"Description,{h},Country\nGreen tea,Sberbank,RU\n" for h in CONSIGNEES
]


@pytest.mark.parametrize("text", FILES, ids=[*DESCRIPTIONS, *CONSIGNEES])
def test_common_description_and_consignee_headers_are_screened(tmp_path, text) -> None:
    result = _batch(str(write(tmp_path, text)), "-q")
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["status"] == "blocked"


REFUSED = [
    (
        "Item Description,Customer Nm,Country,Date\nGreen tea,Sberbank,RU,2024-05-01\n",
        "no consignee column, but 'Customer Nm' (column 2) looks like one and would not be "
        "screened: name it with --map consignee='Customer Nm', or pass --map consignee=- if the "
        "file has no consignee; the columns are 'Item Description', 'Customer Nm', 'Country', "
        "'Date'",
    ),
    (
        "Order,Description 1,Consignee,Country\nPO-1,3D printer,Acme,RU\n",
        "no description column, but 'Description 1' (column 2) looks like one and would not be "
        "screened: name it with --map description='Description 1', or pass --map description=- "
        "if the file has no description; the columns are 'Order', 'Description 1', 'Consignee', "
        "'Country'",
    ),
]


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_a_column_that_looks_like_the_missing_field_is_refused(tmp_path, text, message) -> None:
    result = _batch(str(write(tmp_path, text)))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {message}\n"


def test_map_dash_says_the_file_has_no_such_column(tmp_path) -> None:
    path = write(tmp_path, "Item Description,Customer Nm,Country\nSemiconductors,Acme,RU\n")
    result = _batch(str(path), "-q", "--map", "consignee=-")
    assert result.exit_code == 1, result.output
    assert result.stderr == ""


def test_a_file_of_consignees_alone_is_screened_with_a_warning(tmp_path) -> None:
    # Customer ID is the party's code, not its name: no refusal, but a warning.
    path = write(tmp_path, "Customer ID,Consignee,Country\nC-1,Sberbank,RU\n")
    result = _batch(str(path), "-q")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Warning: no description column: only the consignee is screened; the columns are "
        "'Customer ID', 'Consignee', 'Country'; name the description column with --map "
        "description=COLUMN, or pass --map description=- to say the file has none\n"
    )


def test_the_summary_names_the_column_read_as_each_field(tmp_path) -> None:
    path = write(tmp_path, "Order No,Description of Goods,Sold To,Destination\nPO-1,tea,Acme,JP\n")
    result = _batch(str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == (
        "columns screened: description 'Description of Goods', consignee 'Sold To', "
        "country 'Destination'"
    )


# s29 (round 1, L5): headers as a Japanese Excel or a copy from a web page write them:
# full width, half-width kana, zero-width and other invisible characters.
WRITTEN = [
    ("ｄｅｓｃｒｉｐｔｉｏｎ", "ｃｏｎｓｉｇｎｅｅ", "ｃｏｕｎｔｒｙ"),
    ("\u200bdescription", "consignee\u200d", "\u2060country"),
    ("Descrip\u00adtion", "Consignee", "Country"),
    ("ＤＥＳＣＲＩＰＴＩＯＮ", "ＣＯＮＳＩＧＮＥＥ", "ＣＯＵＮＴＲＹ"),
]


@pytest.mark.parametrize("header", WRITTEN)
def test_headers_are_read_whatever_their_width_and_invisible_marks(tmp_path, header) -> None:
    text = ",".join(header) + "\n3D printer,Sberbank,RU\n"
    result = _batch(str(write(tmp_path, text)), "-q")
    assert result.exit_code == 1, result.output
    row = json.loads(result.stdout)
    assert row["status"] == "blocked"
    assert {h["field"] for h in row["hits"]} >= {"description", "consignee"}


def test_a_different_header_in_full_width_is_still_different(tmp_path) -> None:
    text = "ｎｏｔｅｓ,ｑｔｙ,ｗｅｉｇｈｔ\ntea,x,y\n"
    result = _batch(str(write(tmp_path, text)), "-q")
    assert result.exit_code == 2  # no description or consignee column, as before
