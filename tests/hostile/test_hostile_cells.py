"""Items 3 (--workers), 4, 8 and 14: what a cell or an option can smuggle in."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.runs import workers as workers_module
from tests.conftest import DATA
from tests.hostile.conftest import BLOCKED_ROW, CLEAR_ROW, HEADER, write

FORMULA = "=cmd|' /C calc'!A7"


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "-q", "--no-record"])


@pytest.mark.parametrize(
    ("row", "status"),
    [
        pytest.param(f'1,"semiconductor wafers\r{FORMULA}",Baltic LLC,RU,2024-05-01\n', "blocked"),
        pytest.param(f'1,"green tea\r{FORMULA}",Tea House,RU,1 May\n', "error", id="error-row"),
        pytest.param(f'1,"semiconductor wafers\n{FORMULA}",Baltic LLC,RU,2024-05-01\n', "blocked"),
        pytest.param('1,"semiconductor wafers\r\n+1",Baltic LLC,RU,2024-05-01\n', "blocked"),
    ],
)
def test_no_formula_starts_a_line_in_flagged_and_error_rows(tmp_path: Path, row, status) -> None:
    result = _batch(str(write(tmp_path, HEADER + row + CLEAR_ROW)))
    assert result.exit_code == (5 if status == "error" else 1), result.output
    records = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert [len(r) for r in records] == [10, 10, 10]
    assert records[1][5] == status
    # what a spreadsheet would take as the start of a row or of a line in a cell
    for line in re.split("\r\n|\r|\n", result.stdout):
        assert not line.startswith(("=", "+", "-", "@")), line
    assert "\r'=" in records[1][1] or "\n'=" in records[1][1] or "\n'+" in records[1][1]


def test_a_bare_cr_is_quoted(tmp_path: Path) -> None:
    row = f'1,"semiconductor wafers\r{FORMULA}",Baltic LLC,RU,2024-05-01\n'
    result = _batch(str(write(tmp_path, HEADER + row)))
    assert f'"semiconductor wafers\r\'{FORMULA.replace(chr(34), 2 * chr(34))}"' in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\u200b\u200b", id="zero-width-spaces"),
        pytest.param("\ufeff\u200d\u2060", id="bom-joiner-word-joiner"),
        pytest.param("\x01\x02\x7f", id="control-characters"),
        pytest.param("\u202e\u200f \u3000", id="bidi-marks-and-spaces"),
    ],
)
def test_invisible_description_and_consignee_are_an_error_row(tmp_path: Path, text) -> None:
    path = write(tmp_path, HEADER + f"1,{text},{text},RU,2024-05-01\n" + CLEAR_ROW)
    result = _batch(str(path))
    assert result.exit_code == 5  # some rows could not be screened
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["status"] for r in rows] == ["error", "clear"]
    assert rows[0]["reason"] == (
        "nothing readable to screen: the description and consignee hold only invisible "
        "or control characters"
    )


def test_check_of_an_invisible_description_exits_2() -> None:
    result = CliRunner().invoke(app, ["check", "\u200b\u200b", "--country", "RU"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: nothing readable to screen: the description and consignee hold only "
        "invisible or control characters\n"
    )


def test_the_same_list_under_three_spellings_is_one_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = DATA / "lists" / "own-watch-list.csv"
    link = tmp_path / "link.csv"
    link.symlink_to(listed)
    monkeypatch.setenv("SCREEN_LISTS", str(listed))
    monkeypatch.chdir(listed.parent)
    args = ["check", "tea", "-c", "Kestrel Precision Trading LLC", "--country", "JP"]
    args += ["--format", "json", "--list", "own-watch-list.csv", "--list", "./own-watch-list.csv"]
    result = CliRunner().invoke(app, [*args, "--list", str(link)])
    assert result.exit_code == 1, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert [h["rule_id"] for h in hits] == ["own-watch-list:W1"]


def test_workers_are_capped_at_the_cores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import screen.runs.pipeline

    asked: list[int] = []
    real = screen.runs.pipeline.run_batch

    def spy(*args, **kwargs):
        asked.append(kwargs["workers"])
        return real(*args, **kwargs)

    monkeypatch.setattr(screen.runs.pipeline, "run_batch", spy)
    result = _batch(str(write(tmp_path, HEADER + BLOCKED_ROW + CLEAR_ROW)), "--workers", "99999")
    assert result.exit_code == 1
    assert asked == [workers_module.usable_cores()]
    assert workers_module.capped(99999) == workers_module.usable_cores()


def test_progress_is_measured_in_bytes_read(tmp_path: Path, monkeypatch) -> None:
    """Item 15: the bar's measure is the position in the file (its total is the size),
    so the percentage and the ETA move; it stayed at 0% before."""
    from screen.cli import progress

    seen: list[int] = []
    real = progress.RowProgress.update

    def spy(self, rows: int, elapsed: float) -> None:
        seen.append(self._source.tell())
        real(self, rows, elapsed)

    monkeypatch.setattr(progress.RowProgress, "update", spy)
    rows = "".join(f"{i},green tea {i},Tea House,JP,2024-05-01\n" for i in range(3, 20_003))
    path = write(tmp_path, HEADER + BLOCKED_ROW + rows)
    result = _batch(str(path))
    assert result.exit_code == 1, result.stderr
    size = path.stat().st_size
    assert len(seen) >= 5
    assert seen == sorted(seen) and 0 < seen[0] < seen[-1] <= size


# -- s28 H3: every CSV writer makes formula cells inert, not only batch's -----------------


def test_history_decisions_and_rescreen_csv_cells_are_inert(tmp_path: Path) -> None:
    runner = CliRunner()
    watch = write(
        tmp_path,
        "id,name,aliases,type,country,program\n"
        "W1,Kestrel Precision Trading LLC,,organization,AE,x\n",
        "wl.csv",
    )
    db = str(tmp_path / "inj.db")
    common = ["--country", "JP", "--list", str(watch), "--db", db, "--format", "json"]
    party = '=HYPERLINK("http://evil","x")+Kestrel Precision Trading'
    for name in (party, "Kestrel Precision Trading"):
        assert runner.invoke(app, ["check", "green tea", "-c", name, *common]).exit_code == 1
    decided = runner.invoke(
        app,
        [
            "decide",
            "Kestrel Precision Trading",
            "--entry",
            "wl:W1",
            "--clear",
            "--by",
            FORMULA,
            "--reason",
            "@SUM(1+1)*cmd",
            "--list",
            str(watch),
            "--db",
            db,
        ],
    )
    assert decided.exit_code == 0, decided.output
    exported = tmp_path / "dec.csv"
    outputs = {
        "decisions export": runner.invoke(
            app, ["decisions", "export", "--db", db, "-o", str(exported)]
        ),
        "decisions list": runner.invoke(app, ["decisions", "list", "--db", db, "--format", "csv"]),
        "history search": runner.invoke(
            app,
            [
                "history",
                "search",
                "--party",
                "Kestrel Precision Trading",
                "--db",
                db,
                "--format",
                "csv",
            ],
        ),
        "rescreen": runner.invoke(
            app, ["rescreen", "--list", str(watch), "--db", db, "--format", "csv"]
        ),
    }
    texts = {k: r.stdout for k, r in outputs.items()}
    texts["decisions export"] = exported.read_text(encoding="utf-8")
    for command, text in texts.items():
        cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
        assert cells, command
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], command
    assert f"'{FORMULA}" in texts["decisions export"]
    assert "'=HYPERLINK" in texts["history search"]


def test_an_imported_decision_loses_the_mark_export_gave_it() -> None:
    from screen.records.decisions import CSV_COLUMNS, read_csv

    values = {c: "x" for c in CSV_COLUMNS} | {"verdict": "clear", "decided_by": f"'{FORMULA}"}
    text = ",".join(CSV_COLUMNS) + "\n" + ",".join(f'"{values[c]}"' for c in CSV_COLUMNS) + "\n"
    (row,) = read_csv(io.StringIO(text), "dec.csv")
    assert row["decided_by"] == FORMULA


# -- s28 H8: the documented result columns always carry the verdict ------------------------


@pytest.mark.parametrize(
    ("columns", "header"),
    [
        (
            "status",
            "description,consignee,country,status (input),status,rule_ids,matched,score,reason",
        ),
        (
            "score,reason",
            "description,consignee,country,score (input),reason (input),status,rule_ids,"
            "matched,score,reason",
        ),
    ],
)
def test_an_input_column_named_like_a_result_is_renamed(tmp_path: Path, columns, header) -> None:
    stale = ",".join(["clear"] * len(columns.split(",")))
    path = write(tmp_path, f"description,consignee,country,{columns}\n3D printer,Acme,RU,{stale}\n")
    result = _batch(str(path))
    assert result.exit_code == 1, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert ",".join(rows[0]) == header
    assert dict(zip(rows[0], rows[1], strict=True))["status"] == "blocked"
