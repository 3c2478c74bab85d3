"""`screen eval`: every output section and every exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screen.cli import app
from tests.conftest import DATA

HEADER = "id,description,consignee,country,date,expect,why\n"


def run(runner, *args: str):
    return runner.invoke(app, ["eval", *args])


def test_dev_set_meets_full_recall(runner) -> None:
    result = run(runner, str(DATA / "dev.csv"), "--min-recall", "1.0", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["recall"] == 1.0
    assert report["false_positive_rate"] == 0.0
    assert report["precision"] == 1.0
    assert report["counts"] == {
        "flag": 35,
        "clear": 17,
        "either": 1,
        "caught": 35,
        "missed": 0,
        "false_alarms": 0,
    }
    assert report["categories"]["bank"]["recall"] == 1.0
    assert [s["threshold"] for s in report["sweep"]] == [60, 65, 70, 75, 80, 85, 90, 95, 100]
    assert report["misses"] == [] and report["false_alarms"] == []


def write(tmp_path: Path, body: str) -> str:
    path = tmp_path / "labelled.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return str(path)


def test_misses_and_false_alarms_are_explained(runner, tmp_path) -> None:
    path = write(
        tmp_path,
        (
            "1,Semiconductor diodes,Acme,RU,2024-05-01,flag,chips\n"
            "2,Green tea,Acme,RU,2024-05-01,flag,missed-on-purpose\n"
            "3,quantum computer,Acme,RU,2024-05-01,clear,alarm-on-purpose\n"
            "4,Wool,Acme,RU,2024-05-01,clear,benign\n"
        ),
    )
    result = run(runner, path, "--format", "json", "--min-recall", "0.9")
    assert result.exit_code == 1
    assert result.stderr == "recall 0.500 is below --min-recall 0.9\n"
    report = json.loads(result.stdout)
    assert (
        report["recall"] == 0.5
        and report["false_positive_rate"] == 0.5
        and report["precision"] == 0.5
    )
    assert [m["id"] for m in report["misses"]] == ["2"]
    alarm = report["false_alarms"][0]
    assert alarm["id"] == "3"
    assert alarm["hits"][0] == {
        "rule_id": "RU-QUANTUM-COMPUTERS",
        "field": "description",
        "query": "quantum computer",
        "matched": "quantum computer",
        "score": 100.0,
    }
    assert report["categories"]["missed-on-purpose"]["recall"] == 0.0


def test_sweep_moves_with_scores(runner, tmp_path) -> None:
    path = write(tmp_path, "1,tea,Gazprombnak,RU,2024-05-01,flag,typo\n")  # scores 86.4
    report = json.loads(run(runner, path, "--format", "json").stdout)
    recall = {s["threshold"]: s["recall"] for s in report["sweep"]}
    assert recall[85] == 1.0 and recall[90] == 0.0


def test_missing_label_column_exit_2(runner, tmp_path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("description,country\ntea,RU\n", encoding="utf-8")
    result = run(runner, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: no label column 'expect': the columns are 'description', 'country'; "
        "name it with --label-column\n"
    )


def test_bad_labels_exit_2_naming_rows(runner, tmp_path) -> None:
    path = write(tmp_path, "1,tea,Acme,RU,2024-05-01,maybe,x\n2,tea,Acme,RU,2024-05-01,,x\n")
    result = run(runner, path)
    assert result.exit_code == 2
    assert (
        result.stderr
        == "Error: bad labels in rows 1 (maybe), 2 (empty): use flag, clear or either\n"
    )


def test_table_output(runner) -> None:
    result = run(runner, str(DATA / "dev.csv"), "--format", "table")
    assert result.exit_code == 0
    assert "recall 100.0%" in result.stdout and "Threshold sweep" in result.stdout


def test_min_recall_without_flag_rows_exits_2(runner, tmp_path) -> None:
    """s28 M10: no flag row, no recall: exit 2 saying so (was 'recall 0.000 is below')."""
    path = write(tmp_path, "1,Wool,Acme,RU,2024-05-01,clear,benign\n")
    result = run(runner, path, "--format", "json", "--min-recall", "1")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: no row is labelled flag, so there is no recall to hold to --min-recall: label "
        "the rows that must be flagged, or leave out --min-recall\n"
    )


AMBIGUOUS = [  # qa5 D11: the first of the two was read, so recall depended on column order
    (
        "description,consignee,country,date,Expect,expect\n"
        "3D printer,Acme,RU,2024-05-01,clear,flag\n",
        [],
        "columns 'Expect' (column 5) and 'expect' (column 6) have the same name: rename one; "
        "only one column can be read as the label column",
    ),
    (
        "description,consignee,country,date,expect,Expect\n"
        "3D printer,Acme,RU,2024-05-01,flag,clear\n",
        [],
        "columns 'expect' (column 5) and 'Expect' (column 6) have the same name: rename one; "
        "only one column can be read as the label column",
    ),
    (
        "description,consignee,country,date,Truth,expect,TRUTH \n"
        "3D printer,Acme,RU,2024-05-01,flag,clear,clear\n",
        ["--label-column", "truth"],
        "columns 'Truth' (column 5) and 'TRUTH' (column 7) have the same name: rename one; "
        "only one column can be read as the label column",
    ),
    (
        "description,consignee,country,date,expect,why,Why\n"
        "3D printer,Acme,RU,2024-05-01,flag,printers,tea\n",
        [],
        "columns 'why' (column 6) and 'Why' (column 7) have the same name: rename one; "
        "only one column can be read as the category column",
    ),
]


@pytest.mark.parametrize(
    ("content", "options", "message"),
    AMBIGUOUS,
    ids=["Expect-expect", "expect-Expect", "label-column", "category"],
)
def test_two_label_or_category_columns_are_refused(
    runner, tmp_path, content, options, message
) -> None:
    path = tmp_path / "labelled.csv"
    path.write_text(content, encoding="utf-8")
    result = run(runner, str(path), "--no-record", "--format", "json", *options)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"Error: {message}\n")


def test_thresholds_below_the_sweep_are_reported_at(runner) -> None:
    """Round 5 B, leftover 2: eval's thresholds are checked as check's and batch's
    (review <= block, the rulebook's where not given), then the sweep screens from 60;
    a block threshold below 60 with a review below it is a valid run."""
    args = ["--format", "json", "--no-record", "--block-threshold", "50"]
    result = run(runner, str(DATA / "dev.csv"), *args, "--review-threshold", "40")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["threshold"] == 40.0 and report["recall"] == 1.0
    assert [s["threshold"] for s in report["sweep"]] == [60, 65, 70, 75, 80, 85, 90, 95, 100]


def _workbook(path: Path, sheets: dict[str, list[list[object]]], formula: bool = False) -> str:
    xlsxwriter = pytest.importorskip("xlsxwriter")
    pytest.importorskip("python_calamine")
    book = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for number, row in enumerate(rows):
            sheet.write_row(number, 0, row)
        if formula:  # no computed value: xlsxwriter stores 0, as programs do
            sheet.write_formula(1, 1, '="Acme"&" GmbH"')
    book.close()
    return str(path)


LABELS = [
    ["description", "consignee", "country", "hs code", "expect"],
    ["office chairs", "", "DE", "", "clear"],
    ["wafers", "Sberbank", "RU", 8486.2, "flag"],
]


def test_eval_reads_the_sheet_named_as_batch_does(runner, tmp_path: Path) -> None:
    # hostile round 6: eval had no --sheet, so labels behind a cover page could not be
    # read at all, and a first sheet continued on another was refused with "pass --sheet"
    cover = [["Labelled orders, 2024"], ["see the next sheet"]]
    path = _workbook(tmp_path / "labels.xlsx", {"Cover": cover, "Labels": LABELS})
    result = run(runner, path, "--sheet", "Labels", "--format", "json", "--no-record")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["counts"]["caught"] == 1
    refused = run(runner, path, "--format", "json", "--no-record")
    assert refused.exit_code == 2
    assert "the workbook's sheets are 1 'Cover', 2 'Labels': pass --sheet" in refused.stderr
    continued = _workbook(tmp_path / "more.xlsx", {"Labels": LABELS, "Labels (2)": LABELS})
    result = run(runner, continued, "--sheet", "Labels", "--format", "json", "--no-record")
    assert result.exit_code == 0, result.output
    assert "sheet 'Labels' may continue on 'Labels (2)'" in result.stderr


def test_eval_screens_workbook_cells_as_batch_does(runner, tmp_path: Path) -> None:
    # a formula's stored 0 in a screened column is an error row in batch: eval read the
    # consignee as "0" and counted the row clear; an HS code stored as a number warned
    path = _workbook(tmp_path / "labels.xlsx", {"Labels": LABELS}, formula=True)
    result = run(runner, path, "--format", "json", "--no-record")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["counts"]["false_alarms"] == 1
    assert "the HS code 8486.2 is stored as a number" in result.stderr
