"""screen.toml: found here or in a parent, --config, $SCREEN_CONFIG; every setting
applied, command-line options win; `screen config show`; bad files."""

from __future__ import annotations

import csv
import io
import json

import pytest

from screen.cli import app
from screen.io.config import SETTINGS, load_config
from tests.conftest import DATA

OWN = DATA / "lists" / "own-watch-list.csv"
ORDERS = "Item Text,Sold To,Land,date\nGreen tea,Kestrel Precision Trading,AE,2024-05-01\n"


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A project folder with a screen.toml, a list beside it, and a sub-folder to run in."""
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "watch.csv").write_bytes(OWN.read_bytes())
    (tmp_path / "screen.toml").write_text(
        'lists = ["lists/watch.csv"]\n'
        "review_threshold = 70\n"
        'output_encoding = "utf-8-sig"\n'
        "list_max_age_days = 400\n"
        "[columns]\n"
        'description = "Item Text"\n'
        'consignee = "Sold To"\n'
        'country = "Land"\n',
        encoding="utf-8",
    )
    (tmp_path / "orders.csv").write_text(ORDERS, encoding="utf-8")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    monkeypatch.delenv("SCREEN_CONFIG", raising=False)
    return tmp_path


def test_found_in_a_parent_folder_and_applied(runner, project) -> None:
    target = project / "out.csv"
    result = runner.invoke(app, ["batch", str(project / "orders.csv"), "-q", "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # output_encoding
    row = next(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert row["rule_ids"] == "watch:W1"  # lists, relative to the file; [columns]


def test_command_line_options_override_the_file(runner, project) -> None:
    target = project / "out.csv"
    result = runner.invoke(
        app,
        ["batch", str(project / "orders.csv"), "-q", "--output-encoding", "utf-8",
         "--map", "consignee=Item Text", "-o", str(target)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert next(csv.DictReader(io.StringIO(target.read_text("utf-8"))))["rule_ids"] == ""


def test_config_show_says_where_each_setting_comes_from(runner, project) -> None:
    result = runner.invoke(app, ["config", "show", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["config"] == str(project / "screen.toml")
    by_name = {s["name"]: s for s in data["settings"]}
    assert [s["name"] for s in data["settings"]] == [s.name for s in SETTINGS]
    assert by_name["review_threshold"] == {
        "name": "review_threshold",
        "value": 70.0,
        "source": str(project / "screen.toml"),
    }
    assert by_name["lists"]["value"] == [str(project / "lists" / "watch.csv")]
    assert by_name["block_threshold"] == {"name": "block_threshold", "value": None,
                                          "source": "default"}  # fmt: skip
    table = runner.invoke(app, ["config", "show", "-f", "table"])
    assert table.stdout.startswith(f"config file: {project / 'screen.toml'}\n")
    assert "│ output_encoding   │ utf-8-sig" in table.stdout


def test_config_option_and_environment(runner, project, tmp_path_factory, monkeypatch) -> None:
    other = tmp_path_factory.mktemp("elsewhere") / "team.toml"
    other.write_text("block_threshold = 95\n", encoding="utf-8")
    shown = runner.invoke(app, ["--config", str(other), "config", "show", "-f", "json"])
    assert json.loads(shown.stdout)["config"] == str(other)
    monkeypatch.setenv("SCREEN_CONFIG", str(other))
    shown = runner.invoke(app, ["config", "show", "-f", "json"])
    by_name = {s["name"]: s["value"] for s in json.loads(shown.stdout)["settings"]}
    assert by_name["block_threshold"] == 95.0 and by_name["lists"] == []


def test_no_config_anywhere(tmp_path) -> None:
    config = load_config(start=tmp_path)
    assert config.path is None and config.get("output_encoding") == "utf-8"


def test_the_list_age_warning_comes_from_the_config(runner, project) -> None:
    (project / "screen.toml").write_text(
        f'lists = ["{DATA / "lists" / "un" / "consolidated.xml"}"]\nlist_max_age_days = 7\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", "tea", "-c", "Acme", "--country", "JP", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "Warning: the list " in result.stderr and "warning after 7 days" in result.stderr


BAD = [
    ("lists = 'a.csv'\n", "lists must be a list of paths, not 'a.csv'"),
    ("review_treshold = 70\n", "unknown setting 'review_treshold': did you mean review_threshold?"),
    ("block_threshold = true\n", "block_threshold must be a number, not True"),
    ("list_max_age_days = -1\n", "list_max_age_days must be a whole number of 0 or more, not -1"),
    ("[columns]\ndescription = 3\n", 'columns must be a table of field = "column", not'),
    ("lists = [\n", "not valid TOML"),
    # s29 (round 1, M2): values of the right type that cannot be used are refused when
    # the file is read, naming the file and the key, not the command-line options.
    ("block_threshold = -1\n", "block_threshold must be a score from 0 to 100, not -1.0"),
    ("block_threshold = 1e999\n", "block_threshold must be a score from 0 to 100, not inf"),
    ("review_threshold = nan\n", "review_threshold must be a score from 0 to 100, not nan"),
    (
        "block_threshold = 70\nreview_threshold = 80\n",
        "review_threshold (80) must not be above block_threshold (70)",
    ),
    (
        "output_encoding = 'klingon'\n",
        "output_encoding 'klingon' is no encoding Python knows: use utf-8 or utf-8-sig",
    ),
    ("output_encoding = 'rot13'\n", "output_encoding 'rot13' is not an encoding of text files"),
    ("list_format = 'xml'\n", "list_format 'xml' is not a list format: use one of ofac, "),
    ("[columns]\nfoo = 'x'\n", "[columns] foo: 'foo' is not a field; use one of description,"),
]


@pytest.mark.parametrize(("content", "message"), BAD)
def test_bad_config_files_name_the_file_and_key(runner, tmp_path, content, message) -> None:
    path = tmp_path / "screen.toml"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["--config", str(path), "config", "show"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}: {message}")


def test_missing_config_file(runner, monkeypatch) -> None:
    monkeypatch.setenv("SCREEN_CONFIG", "nope.toml")
    result = runner.invoke(app, ["config", "show"])
    assert (result.exit_code, result.stderr) == (
        2,
        "Error: no such config file: nope.toml (from $SCREEN_CONFIG)\n",
    )


def test_a_byte_order_mark_before_the_settings_is_read(runner, tmp_path) -> None:
    path = tmp_path / "screen.toml"
    path.write_bytes(b"\xef\xbb\xbfblock_threshold = 90\n")  # as Notepad saves it
    result = runner.invoke(app, ["--config", str(path), "config", "show", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row["value"] for row in json.loads(result.stdout)["settings"]}
    assert rows["block_threshold"] == 90


@pytest.mark.parametrize(
    ("option", "noted"),
    [([], True), (["--list-format", "ofac"], False)],  # an option given is no surprise
)
def test_a_list_format_forced_by_the_file_is_named_in_the_error(
    runner, tmp_path, monkeypatch, option, noted
) -> None:
    """s29 (round 1, M1): the README's example set list_format with lists of two formats."""
    (tmp_path / "lists").mkdir()
    for name in ("ofac/sdn.csv", "opensanctions/entities.ftm.json"):
        source = DATA / "lists" / name
        (tmp_path / "lists" / source.name).write_bytes(source.read_bytes())
    (tmp_path / "screen.toml").write_text(
        'lists = ["lists/sdn.csv", "lists/entities.ftm.json"]\nlist_format = "ofac"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCREEN_CONFIG", raising=False)
    result = runner.invoke(
        app, ["check", "Green tea", "-c", "Acme", "--country", "BY", "--no-record", *option]
    )
    assert result.exit_code == 2
    assert "entities.ftm.json:1: expected 12 fields" in result.stderr
    assert "is this an OFAC file in CSV format?" in result.stderr
    note = (
        "; the format was forced on every list by list_format = 'ofac' in "
        f"{tmp_path / 'screen.toml'}: remove it there to tell each list's format from its content"
    )
    assert (note in result.stderr) == noted
