"""`screen batch`: encodings, delimiters, bad rows, formula cells, the row-count
invariant, atomic output and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from screen.cli import app
from tests.conftest import DATA, ROOT

GOLDEN = Path(__file__).parent / "golden"
HEADER = "order_id,description,consignee,country,date\n"
ROWS = (
    "1,Semiconductor diodes,Baltic LLC,RU,2024-05-01\n"
    "2,Green tea,Tea House,JP,2024-05-01\n"
    "3,半導体,ズベルバンク,ロシア,2024-05-01\n"
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def batch(runner, *args: str, input: bytes | None = None):
    return runner.invoke(app, ["batch", *args], input=input)


def out_rows(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout)))


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),
        ("utf-16", "\t"),
        ("cp932", ","),
        ("utf-8", ";"),
        ("utf-8", "\t"),
    ],
)
def test_encodings_and_delimiters(runner, tmp_path, encoding, delimiter) -> None:
    text = (HEADER + ROWS).replace(",", delimiter)
    path = write(tmp_path, text.replace("\n", "\r\n"), encoding)
    result = batch(runner, str(path), "-q")
    assert result.exit_code == 1, result.output
    rows = out_rows(result.stdout)
    assert [r["status"] for r in rows] == ["blocked", "clear", "blocked"]
    assert rows[2]["description"] == "半導体"
    assert rows[2]["rule_ids"] == "ENT-SBERBANK;RU-SEMICONDUCTORS"


def test_forced_encoding_and_delimiter(runner, tmp_path) -> None:
    path = write(tmp_path, (HEADER + ROWS).replace(",", "|"), "cp932")
    result = batch(runner, str(path), "-q", "--encoding", "shift_jis", "--delimiter", "|")
    assert [r["status"] for r in out_rows(result.stdout)] == ["blocked", "clear", "blocked"]


def test_quoted_newlines(runner, tmp_path) -> None:
    path = write(tmp_path, HEADER + '1,"Semiconductor\ndiodes",Baltic LLC,RU,2024-05-01\n')
    rows = out_rows(batch(runner, str(path), "-q").stdout)
    assert len(rows) == 1 and rows[0]["status"] == "blocked"


def test_bad_rows_become_error_rows_and_nothing_is_lost(runner, tmp_path) -> None:
    long_cell = "x" * 20_000
    text = (
        HEADER
        + "1,Green tea,Tea House,JP,2024-05-01\n"
        + "2,ragged row\n"
        + f"3,{long_cell},Tea House,JP,2024-05-01\n"
        + "4,Green tea,Tea House,JP,01/05/2024\n"
        + "5,Green tea,Tea House,Atlantis,2024-05-01\n"
        + "6,,,JP,2024-05-01\n"
        + ",,,,\n"
        + "8,Green tea,Tea House,JP,2024-05-01\n"
    )
    raw = text.encode() + b"9,Green \xff\xfe tea,Tea House,JP,2024-05-01\n"
    path = tmp_path / "bad.csv"
    path.write_bytes(raw)
    result = batch(runner, str(path), "-q")
    assert result.exit_code == 5  # some rows could not be screened
    rows = out_rows(result.stdout)
    assert [r["order_id"] for r in rows] == ["1", "2", "3", "4", "5", "6", "", "8", "9"]
    reasons = {r["order_id"]: r["reason"] for r in rows if r["status"] == "error"}
    assert reasons == {
        "2": "row has 2 fields, the header has 5: check the quoting and the delimiter",
        "3": "field 2 is 20,000 characters long; the limit is 10,000",
        "4": (
            "bad date '01/05/2024': with slashes or dashes the day may come first (Europe) "
            "or the month (US); write it as YYYY-MM-DD, e.g. 2024-05-01, or day first with "
            "dots, 01.05.2024"
        ),
        "5": reasons["5"],
        "6": "nothing to screen: give a description or a consignee",
        "": "empty row: nothing to screen",
        "9": "undecodable bytes in this row: save the file as UTF-8, or pass --encoding",
    }
    assert reasons["5"].startswith("unknown country 'Atlantis'")


def test_formula_cells_are_neutralised(runner, tmp_path) -> None:
    path = write(tmp_path, HEADER + '1,"=HYPERLINK(""x"")",+cmd,-1,@SUM\n')
    result = batch(runner, str(path), "-q")
    line = result.stdout.splitlines()[1]
    assert line.startswith('1,"\'=HYPERLINK(""x"")",\'+cmd,\'-1,\'@SUM,error')


def test_jsonl_output(runner, tmp_path) -> None:
    path = write(tmp_path, HEADER + ROWS + "4,ragged\n")
    result = batch(runner, str(path), "-q", "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["row"] for r in records] == [1, 2, 3, 4]
    assert records[0]["input"]["consignee"] == "Baltic LLC"
    assert records[0]["hits"][0]["rule_id"] == "RU-SEMICONDUCTORS"
    assert set(records[0]["hits"][0]) >= {
        "rule_id",
        "kind",
        "field",
        "query",
        "matched",
        "score",
        "source",
    }
    assert records[1] == {
        "row": 2,
        "input": {
            "order_id": "2",
            "description": "Green tea",
            "consignee": "Tea House",
            "country": "JP",
            "date": "2024-05-01",
        },
        "status": "clear",
        "hits": [],
        "error": None,
        "run_id": 1,
    }
    assert records[3]["status"] == "error" and records[3]["error"].startswith("row has 2 fields")


def test_golden_outputs(runner) -> None:
    orders = str(ROOT / "examples" / "orders.csv")
    for fmt, golden in (("csv", "orders.csv"), ("jsonl", "orders.jsonl")):
        result = batch(runner, orders, "-q", "--format", fmt, "--no-record")
        assert result.exit_code == 5  # the example has three error rows
        assert result.stdout == (GOLDEN / golden).read_text(encoding="utf-8"), fmt


def test_row_count_invariant_on_the_dev_set(runner) -> None:
    result = batch(runner, str(DATA / "dev.csv"), "-q")
    rows = out_rows(result.stdout)
    source = list(csv.DictReader((DATA / "dev.csv").open(encoding="utf-8")))
    assert [r["order_id"] for r in rows] == [r["order_id"] for r in source]


def test_column_synonyms_and_map(runner, tmp_path) -> None:
    path = write(tmp_path, "Item Description;Ship To;DEST\nrobots;Acme;RU\n")
    assert out_rows(batch(runner, str(path), "-q").stdout)[0]["status"] == "blocked"
    path = write(tmp_path, "Text,Sold To,Land\nrobots,Acme,RU\n")
    result = batch(runner, str(path), "-q", "--map", "description=Text", "--map", "country=Land")
    assert out_rows(result.stdout)[0]["status"] == "blocked"


def test_missing_columns_exit_2(runner, tmp_path) -> None:
    path = write(tmp_path, "a,b\n1,2\n")
    result = batch(runner, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: no description or consignee column: the columns are 'a', 'b'; name them "
        "with --map, e.g. --map description='Item Text' --map consignee='Sold To'\n"
    )


def test_empty_file_exit_2(runner, tmp_path) -> None:
    path = write(tmp_path, "")
    result = batch(runner, str(path))
    assert result.exit_code == 2
    assert (
        result.stderr == f"Error: {path} is empty: it needs a header row and at least one order\n"
    )


def test_missing_file_exit_2(runner, tmp_path) -> None:
    result = batch(runner, str(tmp_path / "nope.csv"))
    assert result.exit_code == 2
    assert result.stderr == f"Error: no such file: {tmp_path / 'nope.csv'}\n"


def test_output_may_not_be_the_input(runner, tmp_path) -> None:
    path = write(tmp_path, HEADER + ROWS)
    before = path.read_bytes()
    result = batch(runner, str(path), "-o", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: the output {path} is the input file: choose another --output\n"
    assert path.read_bytes() == before


def test_output_file_is_written_atomically(runner, tmp_path, monkeypatch) -> None:
    path = write(tmp_path, HEADER + ROWS)
    target = tmp_path / "out.csv"
    result = batch(runner, str(path), "-q", "-o", str(target))
    assert result.exit_code == 1 and len(out_rows(target.read_text(encoding="utf-8"))) == 3

    import screen.runs.rows

    def boom(self, row):
        raise KeyboardInterrupt

    # every path (fused or not, recorded or not) screens the flagged rows in full
    monkeypatch.setattr(screen.runs.rows.RowScreener, "screen", boom)
    target2 = tmp_path / "out2.csv"
    result = batch(runner, str(path), "-q", "-o", str(target2))
    assert result.exit_code == 130
    assert not target2.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_stdin_and_exit_0_when_all_clear(runner) -> None:
    result = batch(
        runner, "-", "-q", input=(HEADER + "1,Green tea,Tea House,JP,2024-05-01\n").encode()
    )
    assert result.exit_code == 0
    assert out_rows(result.stdout)[0]["status"] == "clear"


def test_summary_on_stderr(runner, tmp_path) -> None:
    path = write(tmp_path, HEADER + ROWS)
    result = batch(runner, str(path))
    assert "3 rows in" in result.stderr
    assert "clear 1  review 0  blocked 2  error 0" in result.stderr
    assert "rules hit most: RU-SEMICONDUCTORS 2, ENT-SBERBANK 1" in result.stderr
    assert "status" not in result.stderr and result.stdout.startswith("order_id,")


def test_output_encoding_for_excel(runner, tmp_path) -> None:
    path = write(tmp_path, HEADER + ROWS)
    target = tmp_path / "excel.csv"
    batch(runner, str(path), "-q", "-o", str(target), "--output-encoding", "utf-8-sig")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert os.path.getsize(target) > 0


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_workers_give_the_same_output_in_the_same_order(runner, fmt, monkeypatch, tmp_path) -> None:
    import screen.runs.workers

    monkeypatch.setattr(screen.runs.workers, "CHUNK_CHARS", 300)  # several chunks from a small file
    orders = str(ROOT / "examples" / "orders.csv")
    one = batch(runner, orders, "-q", "--format", fmt, "--db", str(tmp_path / "one.db"))
    two = batch(
        runner, orders, "-q", "--format", fmt, "--workers", "2", "--db", str(tmp_path / "two.db")
    )
    assert two.exit_code == one.exit_code == 5
    assert two.stdout == one.stdout


def test_workers_summary(runner, tmp_path) -> None:
    result = batch(
        runner,
        str(ROOT / "examples" / "orders.csv"),
        "--workers",
        "2",
        "-o",
        str(tmp_path / "o.csv"),
    )
    assert "30 rows in" in result.stderr
    assert "clear 11  review 3  blocked 13  error 3" in result.stderr


def test_workers_may_not_be_negative(runner) -> None:
    result = batch(runner, str(ROOT / "examples" / "orders.csv"), "--workers", "-1")
    assert result.exit_code == 2
    assert result.stderr == "Error: --workers must be 0 (auto) or more, not -1\n"


def test_auto_workers() -> None:
    from screen.runs.workers import AUTO_MIN_BYTES, auto_workers

    assert auto_workers(None) == 1  # standard input
    assert auto_workers(1000) == 1
    assert auto_workers(AUTO_MIN_BYTES) == (
        1 if (os.cpu_count() or 1) < 2 else min(os.cpu_count() or 1, 4)
    )


def test_clear_rows_keep_their_own_quoting(runner, tmp_path) -> None:
    path = write(
        tmp_path,
        HEADER + '1,"Green tea","Tea House",JP,2024-05-01\r\n2,robots,Acme,RU,2024-05-01\n',
    )
    lines = batch(runner, str(path), "-q").stdout.splitlines()
    assert lines[1] == '1,"Green tea","Tea House",JP,2024-05-01,clear,,,,,1'
    assert lines[2].startswith("2,robots,Acme,RU,2024-05-01,blocked,RU-ROBOTS,")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_workers_on_hard_rows(runner, tmp_path, monkeypatch, fmt) -> None:
    import screen.runs.workers

    monkeypatch.setattr(screen.runs.workers, "CHUNK_CHARS", 40)
    text = (
        HEADER
        + '1,"Semiconductor\ndiodes, ""boxed""",Baltic LLC,RU,2024-05-01\n'
        + "2,ragged row\n"
        + '3,"12"" pipe",Acme,JP,2024-05-01\r\n'
        + "4,Green tea,Tea House,JP,01/05/2024\n"
        + ",,,,\n"
        + "6,robots,Acme,RU,2024-05-01\n"
        + '7,"=cmd",Acme,JP,2024-05-01\n'
    )
    path = write(tmp_path, text)
    one = batch(runner, str(path), "-q", "--format", fmt, "--db", str(tmp_path / "one.db"))
    two = batch(
        runner, str(path), "-q", "--format", fmt, "--workers", "2", "--db", str(tmp_path / "2.db")
    )
    assert two.stdout == one.stdout
    assert len(one.stdout.strip().splitlines()) == (
        7 if fmt == "jsonl" else 9
    )  # CSV: header + a quoted newline


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        ("1,Green tea,Tea House,JP,2024-05-01\n", 0),
        ("1,Green tea,Tea House,JP,2024-05-01\n2,robots,Acme,RU,2024-05-01\n", 1),
        ("1,Green tea,Tea House,JP,2024-05-01\n2,ragged\n", 5),
        ("1,robots,Acme,RU,2024-05-01\n2,Green tea,Tea House,Atlantis,2024-05-01\n", 5),
    ],
)
def test_exit_codes_tell_review_from_rows_not_screened(runner, tmp_path, rows, code) -> None:
    """0 all clear; 1 every row screened, some flagged; 5 some rows not screened."""
    result = batch(runner, str(write(tmp_path, HEADER + rows)), "-q")
    assert result.exit_code == code, result.output
