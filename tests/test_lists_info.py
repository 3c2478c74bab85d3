"""`screen lists info` and `screen lists diff`, and the `diff_lists` library function."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os

import pytest

from screen.cli import app
from screen.lists import load_list
from screen.lists.diff import diff_lists
from screen.lists.info import list_info
from tests.conftest import DATA

LISTS = DATA / "lists"
SDN = LISTS / "ofac" / "sdn.csv"
UN = LISTS / "un" / "consolidated.xml"
FTM = LISTS / "opensanctions" / "entities.ftm.json"
OWN_HEADER = "id,name,aliases,type,country,program\n"


def _own(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text(OWN_HEADER + "".join(rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("path", "fmt", "entries", "names", "published"),
    [
        # (316 of them vessels' IMO numbers; 22 an organisation's name with its short
        # form in brackets, without it, and the short form: 140 in the UN list; 528
        # websites, e-mail addresses and SWIFT/BIC codes the SDN remarks give; 3,597
        # passports, tax and registration numbers, IMO numbers and digital currency
        # addresses they give; 2 registration and tax numbers in the FtM sample)
        (SDN, "ofac", 7379, 23539, None),
        (UN, "un", 1003, 4261, dt.date(2026, 2, 27)),
        (FTM, "ftm", 6, 37, dt.date(2024, 6, 1)),
    ],
)
def test_info_of_the_real_files(path, fmt, entries, names, published) -> None:
    info = list_info(load_list(str(path)), 30, today=dt.date(2026, 3, 31))
    assert (info.format, info.entries, info.names, info.published) == (
        fmt,
        entries,
        names,
        published,
    )
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_age_runs_from_the_publication_date_else_the_file_date(tmp_path) -> None:
    un = list_info(load_list(str(UN)), 30, today=dt.date(2026, 4, 8))
    assert (un.age_days, un.age_from, un.stale) == (40, "published", True)
    assert un.warning() == (
        f"the list {UN} is 40 days old (published 2026-02-27; warning after 30 days): "
        "download the current edition"
    )
    assert list_info(load_list(str(UN)), 40, today=dt.date(2026, 4, 8)).warning() is None
    own = _own(tmp_path, "own.csv", ["1,Acme,,,,\n"])
    ten_days_ago = (dt.datetime.now() - dt.timedelta(days=10)).timestamp()
    os.utime(own, (ten_days_ago, ten_days_ago))
    info = list_info(load_list(str(own)), 5)
    assert (info.age_days, info.age_from, info.published) == (10, "modified", None)
    assert "is 10 days old (last modified" in (info.warning() or "")


def test_info_command_json_and_the_stale_warning(runner) -> None:
    result = runner.invoke(
        app, ["lists", "info", str(UN), str(FTM), "--max-age-days", "100000", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(d["format"], d["entries"], d["published"]) for d in data] == [
        ("un", 1003, "2026-02-27"),
        ("ftm", 6, "2024-06-01"),
    ]
    assert result.stderr == ""
    stale = runner.invoke(app, ["lists", "info", str(FTM), "--max-age-days", "1", "-f", "table"])
    assert stale.exit_code == 0
    assert "│ ftm " in stale.stdout and "2024-06-01" in stale.stdout
    assert stale.stderr.startswith(f"Warning: the list {FTM} is ")


def test_info_of_a_missing_file_exits_2(runner) -> None:
    result = runner.invoke(app, ["lists", "info", "nope.csv"])
    assert (result.exit_code, result.stderr) == (2, "Error: no such list file: nope.csv\n")


def test_diff_added_removed_and_changed(tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old = _own(
        tmp_path / "a", "w.csv", ["1,Acme,Acme Co,,,P1\n", "2,Beta,,,,P1\n", "3,Gamma,,,,P1\n"]
    )
    new = _own(
        tmp_path / "b", "w.csv", ["1,Acme,Acme Corp,,,P1\n", "3,Gamma,,,,P2\n", "4,Delta,,,,P1\n"]
    )
    diff = diff_lists(load_list(str(old)), load_list(str(new)))
    assert [r.id for r in diff.added] == ["w:4"]
    assert [r.id for r in diff.removed] == ["w:2"]
    assert [
        (c.id, c.names_added, c.names_removed, c.programs_added, c.programs_removed)
        for c in diff.changed
    ] == [
        ("w:1", ("Acme Corp",), ("Acme Co",), (), ()),
        ("w:3", (), (), ("P2",), ("P1",)),
    ]
    assert diff.unchanged == 0
    assert diff.touched == {"w:1", "w:2", "w:3", "w:4"}


def test_diff_of_a_list_with_itself_is_empty() -> None:
    loaded = load_list(str(SDN))
    diff = diff_lists(loaded, loaded)
    assert (diff.added, diff.removed, diff.changed, diff.unchanged) == ((), (), (), 7379)


def test_diff_command_on_two_editions_of_the_sdn_list(runner, tmp_path) -> None:
    lines = SDN.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    old, new = tmp_path / "old" / "sdn.csv", tmp_path / "new" / "sdn.csv"
    old.write_text("".join(lines[:100]), encoding="utf-8")
    edited = [line.replace('"CUBA"', '"CUBA] [SDGT"') for line in lines[2:120]]
    new.write_text("".join(edited), encoding="utf-8")
    result = runner.invoke(app, ["lists", "diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    cuba = sum('"CUBA"' in line for line in lines[2:100])
    assert data["counts"] == {"added": 20, "removed": 2, "changed": cuba, "unchanged": 98 - cuba}
    assert data["removed"][0]["id"] == "ofac-sdn:36"
    assert data["changed"][0]["programs_added"] == ["SDGT"]
    table = runner.invoke(app, ["lists", "diff", str(old), str(new), "-f", "table"])
    assert table.stdout.startswith(f"20 added, 2 removed, {cuba} changed, {98 - cuba} unchanged\n")
    assert "│ removed │ ofac-sdn:36 " in table.stdout and "+ program SDGT" in table.stdout


def test_diff_of_two_editions_warns_of_nothing(runner, tmp_path) -> None:
    old = _own(tmp_path, "a.csv", ["1,Kestrel Trading,,organization,AE,x\n"])
    new = _own(tmp_path, "a2.csv", ["1,Kestrel Trading LLC,,organization,AE,x\n"])
    (tmp_path / "b").mkdir()
    new = new.rename(tmp_path / "b" / "a.csv")  # the same list name: ids a:1
    result = runner.invoke(app, ["lists", "diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.stderr


@pytest.mark.parametrize(
    ("first", "second", "warning"),
    [
        (SDN, UN, "(ofac) and {new} (un) are lists of different formats: their entries never"),
        (SDN, FTM, "(ofac) and {new} (ftm) are lists of different formats: their entries"),
    ],
)
def test_diff_of_two_different_lists_warns(runner, first, second, warning) -> None:
    """s29 (round 1, M8): every entry came out removed and added, without a word."""
    result = runner.invoke(app, ["lists", "diff", str(first), str(second), "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr.startswith(f"Warning: {first} ")
    assert warning.format(new=second) in result.stderr.replace("\n", " ")


def test_diff_of_lists_with_no_entry_in_common_warns(runner, tmp_path) -> None:
    old = _own(tmp_path, "watch.csv", ["1,Kestrel Trading,,organization,AE,x\n"])
    new = _own(tmp_path, "other.csv", ["1,Kestrel Trading,,organization,AE,x\n"])
    result = runner.invoke(app, ["lists", "diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0
    assert "have no entry in common: are they editions of the same list?" in result.stderr


def test_the_stale_warning_reads_no_entry() -> None:
    """`check --list` warns of an old list from its dates alone: counting names read
    every entry of the list store (most of a warm check's time)."""
    import dataclasses
    from collections.abc import Sequence

    loaded = load_list(str(UN))

    class Unread(Sequence):
        def __len__(self) -> int:
            return len(loaded.rules)

        def __getitem__(self, i):
            raise AssertionError("an entry was read")

    info = list_info(dataclasses.replace(loaded, rules=Unread()), 30, today=dt.date(2026, 4, 8))
    assert info.warning() == (
        f"the list {UN} is 40 days old (published 2026-02-27; warning after 30 days): "
        "download the current edition"
    )
    assert (info.entries, info.age_days) == (1003, 40)
    with pytest.raises(AssertionError, match="an entry was read"):
        _ = info.names
