"""`screen batch --engine dask` on a LocalCluster of 2 workers: each partition is what
`screen batch FILE` writes, row for row, with the same error rows and exit codes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from screen.cli import app
from screen.errors import InputError
from screen.io.writers import neutralise, safe_cells
from tests.conftest import DATA, ROOT

REASON = "the dask extra is not installed: pip install '.[dask]'"
distributed = pytest.importorskip("distributed", reason=REASON)
pd = pytest.importorskip("pandas", reason=REASON)

WATCH_LIST = str(DATA / "lists" / "own-watch-list.csv")
HOSTILE = (
    b"order_id,description,consignee,country,date\n"
    b'1,"Semiconductor\ndiodes, ""boxed""",Baltic LLC,RU,2024-05-01\n'
    b"2,ragged row\n"
    b'3,"=HYPERLINK(""x"")",+cmd,-1,@SUM\n'
    b"4,Green tea,Tea House,JP,01/05/2024\n"
    b",,,,\n"
    b"6,Green tea,Tea House,Atlantis,2024-05-01\n"
    b"7,Green \xff\xfe tea,Tea House,JP,2024-05-01\n"
)


@pytest.fixture(scope="module")
def scheduler():
    """A cluster of 2 single-threaded workers in this process: quick to start."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=":0",  # any free port: 8787 may be taken
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def orders(tmp_path) -> Path:
    """Four order files: the example, the dev set, hostile rows, CP932 with semicolons."""
    folder = tmp_path / "orders"
    folder.mkdir()
    (folder / "a-example.csv").write_bytes((ROOT / "examples" / "orders.csv").read_bytes())
    (folder / "b-dev.csv").write_bytes((DATA / "dev.csv").read_bytes())
    (folder / "c-hostile.csv").write_bytes(HOSTILE)
    text = "order_id;description;consignee;country;date\n1;半導体;ズベルバンク;ロシア;2024-05-01\n"
    (folder / "d-japanese.csv").write_bytes(text.encode("cp932"))
    return folder


def batch(runner, *args: str):
    return runner.invoke(app, ["batch", *args, "--no-record"])


def single(runner, path: Path, tmp_path: Path, *args: str) -> bytes:
    target = tmp_path / f"single-{path.name}"
    result = batch(runner, str(path), "-q", "-o", str(target), *args)
    assert result.exit_code in (0, 1, 5), result.output
    return target.read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--list", WATCH_LIST, "--review-threshold", "70", "--block-threshold", "95"],
    ],
)
def test_each_part_is_what_screen_batch_writes(runner, scheduler, orders, tmp_path, args) -> None:
    out = tmp_path / "out"
    result = batch(
        runner, str(orders / "*.csv"), "--engine", "dask", "--scheduler", scheduler,
        "-o", str(out), *args,
    )  # fmt: skip
    assert result.exit_code == 5, result.output
    inputs = sorted(orders.iterdir())
    parts = sorted(out.iterdir())
    assert [p.name for p in parts] == [f"part-0000{i}.csv" for i in range(4)]
    for source, part in zip(inputs, parts, strict=True):
        assert part.read_bytes() == single(runner, source, tmp_path, *args), source.name
    rows = 30 + 53 + 7 + 1
    assert f"{rows} rows in" in result.stderr
    assert "4 partitions on 2 Dask workers" in result.stderr


def test_summary_counts_match_the_single_machine_runs(runner, scheduler, orders, tmp_path) -> None:
    result = batch(
        runner, str(orders / "a-*.csv"), "--engine", "dask", "--scheduler", scheduler,
        "-o", str(tmp_path / "out"),
    )  # fmt: skip
    assert "clear 11  review 3  blocked 13  error 3" in result.stderr
    alone = batch(runner, str(orders / "a-example.csv"), "-o", str(tmp_path / "single.csv"))
    read_as = [line for line in alone.stderr.splitlines() if line.startswith("input read as")]
    assert read_as and read_as[0] in result.stderr.splitlines()


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_parquet_in_and_out(runner, scheduler, orders, tmp_path) -> None:
    source = orders / "b-dev.csv"
    expected = csv_rows(single(runner, source, tmp_path))
    folder = tmp_path / "parquet"
    folder.mkdir()
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    frame.iloc[:20].to_parquet(folder / "1.parquet")
    frame.iloc[20:].to_parquet(folder / "2.parquet")
    common = ["--engine", "dask", "--scheduler", scheduler]
    as_csv = batch(runner, str(folder), *common, "-o", str(tmp_path / "o1"))
    assert as_csv.exit_code == 1, as_csv.output
    parts = sorted((tmp_path / "o1").iterdir())
    got = csv_rows(parts[0].read_bytes()) + csv_rows(parts[1].read_bytes())[1:]
    assert got == expected
    as_parquet = batch(
        runner, str(folder / "*.parquet"), *common, "-o", str(tmp_path / "o2"), "-f", "parquet"
    )
    assert as_parquet.exit_code == 1
    back = pd.read_parquet(tmp_path / "o2")
    assert [list(back.columns), *back.astype(str).values.tolist()] == expected
    assert "53 rows in" in as_parquet.stderr and "input read as Parquet" in as_parquet.stderr


def test_csv_in_parquet_out_keeps_cells_as_read(runner, scheduler, orders, tmp_path) -> None:
    source = orders / "c-hostile.csv"
    expected = csv_rows(single(runner, source, tmp_path))
    out = tmp_path / "out"
    result = batch(
        runner, str(source), "--engine", "dask", "--scheduler", scheduler, "-o", str(out),
        "-f", "parquet",
    )  # fmt: skip
    assert result.exit_code == 5, result.output
    back = pd.read_parquet(out / "part-00000.parquet")
    assert list(back.columns) == expected[0]
    # CSV output makes formula cells inert; Parquet keeps them as read
    made_safe = [[*safe_cells(r[:5]), *map(neutralise, r[5:])] for r in back.values.tolist()]
    assert made_safe == expected[1:]
    assert back.values.tolist()[2][:2] == ["3", '=HYPERLINK("x")']


def test_exit_0_when_all_clear(runner, scheduler, tmp_path) -> None:
    source = tmp_path / "clear.csv"
    source.write_text("description,country\nGreen tea,JP\n", encoding="utf-8")
    result = batch(
        runner, str(source), "-q", "--engine", "dask", "--scheduler", scheduler,
        "-o", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_parts_of_an_earlier_run_are_replaced(runner, scheduler, orders, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00009.csv").write_text("stale\n")
    (out / "notes.txt").write_text("mine\n")
    batch(
        runner,
        str(orders / "a-*.csv"),
        "-q",
        "--engine",
        "dask",
        "--scheduler",
        scheduler,
        "-o",
        str(out),
    )
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "part-00000.csv"]


def test_a_failing_partition_fails_the_run_and_leaves_the_folder(
    runner, scheduler, orders, tmp_path
) -> None:
    (orders / "e-bad.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00000.csv").write_text("earlier\n")
    result = batch(
        runner,
        str(orders / "*.csv"),
        "-q",
        "--engine",
        "dask",
        "--scheduler",
        scheduler,
        "-o",
        str(out),
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "Error: no description or consignee column: the columns are 'a', 'b'"
    )
    assert [p.name for p in out.iterdir()] == ["part-00000.csv"]
    assert (out / "part-00000.csv").read_text() == "earlier\n"


def query(db: Path, sql: str) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def test_a_dask_run_is_recorded_and_exported_part_for_part(
    runner, scheduler, orders, tmp_path
) -> None:
    """Rows come back from the partitions and the run's process records them: each
    part is what a recorded `screen batch FILE` writes (run id and all), the view
    reads each part with its own delimiter and columns, and `history export`
    writes the parts again byte for byte."""
    db, out = tmp_path / "audit.db", tmp_path / "out"
    args = [str(orders / "*.csv"), "--engine", "dask", "--scheduler", scheduler]
    result = runner.invoke(app, ["batch", *args, "-o", str(out), "--db", str(db)])
    assert result.exit_code == 5, result.output
    assert result.stderr.endswith(f"recorded as run 1 in {db}\n")
    for i, source in enumerate(sorted(orders.iterdir())):
        alone = tmp_path / f"alone-{i}.csv"
        one = runner.invoke(
            app, ["batch", str(source), "-q", "-o", str(alone), "--db", str(tmp_path / f"{i}.db")]
        )
        assert one.exit_code in (0, 1, 5), one.output
        assert (out / f"part-0000{i}.csv").read_bytes() == alone.read_bytes(), source.name
    (run,) = query(db, "SELECT command, rows, clear, review, blocked, error, ended_at FROM runs")
    assert run[:2] == ("batch", 91) and sum(run[2:6]) == 91 and run[6] is not None
    assert query(db, "SELECT count(*), min(row), max(row) FROM screened_rows") == [(91, 1, 91)]
    spans = "SELECT part, last_row - first_row + 1, input_delimiter FROM run_parts ORDER BY part"
    assert query(db, spans) == [(0, 30, ","), (1, 53, ","), (2, 7, ","), (3, 1, ";")]
    japanese = (  # rows are numbered on in the order the parts came back
        "SELECT consignee, country, status FROM screened_rows "
        "WHERE row = (SELECT first_row FROM run_parts WHERE part = 3)"
    )
    assert query(db, japanese) == [("ズベルバンク", "ロシア", "blocked")]
    exported = tmp_path / "exported"
    again = runner.invoke(app, ["history", "export", "1", "--db", str(db), "-o", str(exported)])
    assert again.exit_code == 5, again.output  # the run's own code: it has error rows
    assert sorted(p.name for p in exported.iterdir()) == sorted(p.name for p in out.iterdir())
    for part in out.iterdir():
        assert (exported / part.name).read_bytes() == part.read_bytes(), part.name
    to_stdout = runner.invoke(app, ["history", "export", "1", "--db", str(db)])
    assert to_stdout.exit_code == 2
    assert to_stdout.stderr == "Error: run 1 wrote 4 parts: give -o FOLDER\n"
    found = runner.invoke(app, ["history", "search", "--party", "Sberbank", "--db", str(db)])
    assert "ズベルバンク" in found.stdout
    shown = runner.invoke(app, ["history", "show", "1", "--db", str(db), "--format", "json"])
    flagged = json.loads(shown.stdout)["flagged_rows"]
    assert (
        len({r["row"] for r in flagged}) == sum(run[3:6]) and max(r["row"] for r in flagged) <= 91
    )


def test_parquet_runs_are_recorded_and_exported(runner, scheduler, orders, tmp_path) -> None:
    """Parquet in or out is recorded like CSV: every row, the run id in every output
    row, each part naming its file and SHA-256; `history export` writes each part
    again, as CSV."""
    source = orders / "b-dev.csv"
    alone = tmp_path / "alone.csv"  # a recorded single-machine run: run 1 of its database
    own_db = str(tmp_path / "alone.db")
    one = runner.invoke(app, ["batch", str(source), "-q", "-o", str(alone), "--db", own_db])
    assert one.exit_code == 1, one.output
    expected = csv_rows(alone.read_bytes())
    folder = tmp_path / "parquet"
    folder.mkdir()
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    frame.iloc[:20].to_parquet(folder / "1.parquet")
    frame.iloc[20:].to_parquet(folder / "2.parquet", row_group_size=10)
    db = tmp_path / "audit.db"
    common = ["--engine", "dask", "--scheduler", scheduler, "--db", str(db)]
    runs = [  # Parquet in and CSV out, CSV in and Parquet out, Parquet in and out
        [str(folder), "-o", str(tmp_path / "o1")],
        [str(source), "-o", str(tmp_path / "o2"), "-f", "parquet"],
        [str(folder / "*.parquet"), "-o", str(tmp_path / "o3"), "-f", "parquet"],
    ]
    for number, args in enumerate(runs, 1):
        result = runner.invoke(app, ["batch", *args, *common])
        assert result.exit_code == 1, result.output
        assert result.stderr.endswith(f"recorded as run {number} in {db}\n")
        assert "not recorded" not in result.stderr
    o1 = sorted((tmp_path / "o1").iterdir())
    assert csv_rows(o1[0].read_bytes()) + csv_rows(o1[1].read_bytes())[1:] == expected
    for number in (2, 3):
        back = pd.read_parquet(tmp_path / f"o{number}")
        assert back["run_id"].tolist() == [number] * 53
        written = [list(back.columns), *back.astype(str).values.tolist()]
        assert written == [expected[0], *([*r[:-1], str(number)] for r in expected[1:])]
    counts = "SELECT run_id, count(*), min(row), max(row) FROM screened_rows GROUP BY run_id"
    assert query(db, counts) == [(1, 53, 1, 53), (2, 53, 1, 53), (3, 53, 1, 53)]
    assert query(db, "SELECT rows, review + blocked FROM runs WHERE id = 3") == query(
        db, "SELECT rows, review + blocked FROM runs WHERE id = 2"
    )
    parts = (
        "SELECT input_name, input_sha256, output_name FROM run_parts WHERE run_id = 3 ORDER BY part"
    )
    sha = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert [(Path(n).name, s, o) for n, s, o in query(db, parts)] == [
        ("1.parquet", sha["1.parquet"], "part-00000.parquet"),
        ("2.parquet", sha["2.parquet"], "part-00001.parquet"),
    ]
    for number, names in ((1, [p.name for p in o1]), (3, ["part-00000.csv", "part-00001.csv"])):
        exported = tmp_path / f"exported-{number}"
        args = ["history", "export", str(number), "--db", str(db), "-o", str(exported)]
        again = runner.invoke(app, args)
        assert again.exit_code == 1, again.output
        assert sorted(p.name for p in exported.iterdir()) == names
        rows = [csv_rows((exported / n).read_bytes()) for n in names]
        assert rows[0] + rows[1][1:] == [
            expected[0],
            *([*r[:-1], str(number)] for r in expected[1:]),
        ]
    for o1_part in o1:  # Parquet in, CSV out: written again byte for byte
        assert (tmp_path / "exported-1" / o1_part.name).read_bytes() == o1_part.read_bytes()


def test_parquet_files_are_cut_at_row_groups(tmp_path) -> None:
    from screen.runs.dask_parquet import ParquetPart, parquet_parts

    frame = pd.DataFrame({"description": [f"item {i}" for i in range(33)]})
    frame.to_parquet(tmp_path / "a.parquet", row_group_size=10)  # 10, 10, 10, 3 rows
    frame.iloc[:0].to_parquet(tmp_path / "b.parquet")
    found = parquet_parts([tmp_path / "a.parquet", tmp_path / "b.parquet"], rows=15)
    a, b = str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet")
    assert found == [ParquetPart(a, (0, 1)), ParquetPart(a, (2, 3)), ParquetPart(b, (0,))]
    (tmp_path / "c.parquet").write_text("description\nnot parquet\n")
    with pytest.raises(InputError, match=r"c.parquet: not a Parquet file pyarrow can read \("):
        parquet_parts([tmp_path / "c.parquet"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nothing/*.csv", "--engine", "dask", "-o", "OUT"],
         "no order files match 'nothing/*.csv': check the path, and quote a pattern "
         "('orders/*.csv') so the shell passes it on"),
        (["ORDERS", "--engine", "dask"],
         "--engine dask writes one file per partition: give -o FOLDER"),
        (["ORDERS", "--engine", "dask", "-o", "OUT", "-f", "jsonl"],
         "--engine dask writes csv or parquet: use --format csv or parquet"),
        (["ORDERS", "--engine", "dask", "-o", "OUT.xlsx", "-f", "xlsx"],
         "--engine dask writes csv or parquet: use --format csv or parquet"),
        (["-", "--engine", "dask", "-o", "OUT"],
         "--engine dask reads files, not standard input: give a file or pattern"),
        (["ORDERS", "--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
        (["ORDERS", "-f", "parquet", "-o", "OUT"], "--format parquet needs --engine dask"),
        (["ORDERS", "--engine", "dask", "-o", "OUT", "--workers", "-1"],
         "--workers must be 0 (auto) or more, not -1"),
        (["ORDERS", "--engine", "dask", "-o", "OTHER"],
         "the output OTHER is a file: --engine dask writes one file per partition into a "
         "folder; give -o FOLDER"),
    ],
)  # fmt: skip
def test_bad_usage_exits_2(runner, orders, tmp_path, args, message) -> None:
    source = str(orders / "a-example.csv")
    out = str(tmp_path / "out")
    other = str(orders / "b-dev.csv")
    names = {"ORDERS": source, "OUT": out, "OUT.xlsx": out + ".xlsx", "OTHER": other}
    result = batch(runner, *(names.get(a, a) for a in args))
    assert result.exit_code == 2, result.output
    assert result.stderr == "Error: " + message.replace("OTHER", other) + "\n"


def test_output_folder_may_not_hold_the_inputs(runner, orders) -> None:
    result = batch(runner, str(orders / "*.csv"), "--engine", "dask", "-o", str(orders))
    assert result.exit_code == 2
    assert (
        result.stderr == f"Error: the output folder {orders} holds input files: choose another -o\n"
    )


def test_without_scheduler_a_local_cluster_is_started(runner, orders, tmp_path) -> None:
    out = tmp_path / "out"
    result = batch(
        runner, str(orders / "a-*.csv"), "--engine", "dask", "--workers", "1", "-o", str(out)
    )
    assert result.exit_code == 5, result.output
    assert "1 partition on 1 Dask worker" in result.stderr
    assert (out / "part-00000.csv").read_bytes() == single(
        runner, orders / "a-example.csv", tmp_path
    )


def test_the_plain_path_imports_no_dask_or_pandas() -> None:
    orders = str(ROOT / "examples" / "orders.csv")
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from screen.cli import app\n"
        f"result = CliRunner().invoke(app, ['batch', {orders!r}, '-q', '--no-record'])\n"
        "assert result.exit_code == 5, result.output\n"
        "heavy = {'dask', 'distributed', 'pandas', 'pyarrow'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


def test_a_missing_extra_is_named() -> None:
    from screen.errors import InputError
    from screen.runs.frames import require

    with pytest.raises(
        InputError, match=r"needs no_such_module, which is missing: install the dask extra"
    ):
        require("no_such_module.sub")


def test_a_partition_failure_is_one_line_on_stderr(tmp_path) -> None:
    """s32 (hostile round 3, D18): the workers' "distributed.worker - ERROR - Compute
    Failed ... Traceback" block came before the one-line error."""
    from tests.hostile.conftest import run_screen

    (tmp_path / "dup.csv").write_text(
        "description,consignee,consignee,country\nGreen tea,Acme,Acme,JP\n", encoding="utf-8"
    )
    result = run_screen(
        tmp_path, "batch", "dup.csv", "--engine", "dask", "--workers", "1", "-o", "out",
        "--no-record", "-q",
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "Error: columns 'consignee' (column 2) and 'consignee' (column 3) have the same name: "
        "rename one; only one column can be screened as the consignee\n"
    )
