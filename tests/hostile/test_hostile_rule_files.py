"""s32 (hostile round 3, M2 and M9): a rule file the rulebook cannot read is refused by
name, never skipped; YAML tags and oversized files are said for what they are; a path
that is no regular file is not "no such file"; a newline in a path stays escaped."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.hostile.conftest import ROOT

FIX = (
    "not a rule file: every *.yaml in a rulebook folder is read; put the file itself there "
    "or remove the entry"
)
CHECK = ["check", "semiconductor wafers", "-c", "Baltic Components", "--country", "RU"]
CHECK += ["--date", "2024-05-01", "--no-record", "--format", "json"]


def _copy(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    return rules


def _problem(message: str) -> str:
    return (
        f"Error: the rulebook has 1 problem:\n  {message}\n"
        "Fix the rulebook and run 'screen rules validate' again.\n"
    )


def _dangling(path: Path) -> str:
    path.symlink_to("/nowhere/items.yaml")
    return f"a symlink to /nowhere/items.yaml, which does not exist, {FIX}"


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return f"a named pipe (FIFO), {FIX}"


def _folder(path: Path) -> str:
    path.mkdir()
    return f"a folder, {FIX}"


def _device(path: Path) -> str:
    path.symlink_to("/dev/zero")
    return f"a device, {FIX}"


BROKEN: list[tuple[str, Callable[[Path], str]]] = [
    ("items.yaml", _dangling),
    ("items.yaml", _fifo),
    ("items.yaml", _folder),
    ("rulebook.yaml", _device),
    ("rulebook.yaml", _fifo),
]


@pytest.mark.parametrize(("name", "make"), BROKEN, ids=lambda v: getattr(v, "__name__", v))
def test_a_rule_file_that_is_not_a_regular_file_is_refused_by_name(
    tmp_path: Path, name: str, make: Callable[[Path], str]
) -> None:
    rules = _copy(tmp_path)
    (rules / name).unlink()
    message = make(rules / name)
    validated = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert (validated.exit_code, validated.stderr) == (3, _problem(f"{rules / name}: {message}"))
    checked = CliRunner().invoke(app, [*CHECK, "--rules", str(rules)])
    assert (checked.exit_code, checked.stdout) == (3, "")


@pytest.mark.parametrize("suffix", [".YAML", ".Yaml", ".YML"])
def test_a_rule_file_with_an_upper_case_extension_is_refused(tmp_path: Path, suffix) -> None:
    rules = _copy(tmp_path)
    (rules / "items.yaml").rename(rules / f"items{suffix}")
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code == 3
    assert result.stderr == _problem(
        f"{rules}/items{suffix}: the extension '{suffix}' is not read (only lower-case .yaml "
        f"and .yml are): rename it to items{suffix.lower()}"
    )


def test_a_folder_without_its_settings_file_is_refused(tmp_path: Path) -> None:
    """A deploy that lost rulebook.yaml screened at the default thresholds and recorded
    no version ("version -"), exit 0."""
    rules = _copy(tmp_path)
    (rules / "rulebook.yaml").unlink()
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code == 3
    assert result.stderr == _problem(
        f"{rules}: no settings file (a rulebook.yaml with 'version:', 'title:', 'thresholds:'): "
        "add it, so each run records the rulebook's version and screens at its thresholds"
    )


def test_rules_pointing_at_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "rules.yaml"
    os.mkfifo(pipe)
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(pipe)])
    assert result.exit_code == 3
    assert result.stderr == _problem(
        f"{pipe}: a named pipe (FIFO), not a rulebook: point --rules at a rulebook folder or "
        "a rule file"
    )


# -- guards: what a rulebook folder ordinarily holds stays OK -------------------------------


def test_an_ordinary_folder_with_other_files_and_a_yml_file_is_ok(tmp_path: Path) -> None:
    rules = _copy(tmp_path)
    (rules / "destinations.yaml").rename(rules / "destinations.yml")
    (rules / "README.txt").write_text("notes\n", encoding="utf-8")
    (rules / "items.yaml~").write_text("an editor's backup\n", encoding="utf-8")
    (rules / "old").mkdir()
    (rules / "entities.yaml").rename(tmp_path / "entities.yaml")
    (rules / "entities.yaml").symlink_to(tmp_path / "entities.yaml")  # a deploy link
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Rulebook OK: 29 rules (4 destination, 11 entity, 14 item)")


def test_a_rulebook_without_item_rules_says_0_item(tmp_path: Path) -> None:
    """Decided: a rulebook of destinations and entities only is a real deployment, so it
    is not refused; the summary names the missing kind instead of leaving it out."""
    rules = _copy(tmp_path)
    (rules / "items.yaml").unlink()
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Rulebook OK: 15 rules (4 destination, 11 entity, 0 item)")


def test_a_single_rule_file_takes_the_default_settings(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["rules", "validate", "--rules", str(ROOT / "rules/items.yaml")]
    )
    assert result.exit_code == 0, result.output
    assert "version -," in result.stdout


# -- M9: messages that point at the real fix --------------------------------------------------


def test_a_python_tag_is_said_to_be_a_tag(tmp_path: Path) -> None:
    rules = _copy(tmp_path)
    items = rules / "items.yaml"
    text = items.read_text(encoding="utf-8")
    line = text[: text.index("severity: block")].count("\n") + 1
    tagged = 'severity: !!python/object/apply:os.system ["touch pwned"]'
    items.write_text(text.replace("severity: block", tagged, 1), encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code == 3
    assert (
        f"  {items}:{line}: the tag '!!python/object/apply:os.system' is not allowed (nothing "
        "is run or built from it): rule files hold plain text, numbers, lists and mappings; "
        "remove the tag\n"
    ) in result.stderr
    assert "must be non-empty text" not in result.stderr
    assert not (tmp_path / "pwned").exists()


def test_a_custom_tag_on_a_mapping_is_refused(tmp_path: Path) -> None:
    rules = _copy(tmp_path)
    items = rules / "items.yaml"
    items.write_text("rules: !custom\n  - id: x\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code == 3
    assert f"  {items}:1: the tag '!custom' is not allowed" in result.stderr


def test_many_plain_values_are_not_blamed_on_aliases(tmp_path: Path) -> None:
    rules = _copy(tmp_path)
    terms = "".join(f"      - term {i}\n" for i in range(60_000))
    many = rules / "many.yaml"
    many.write_text(f"rules:\n  - id: MANY\n    kind: item\n    terms:\n{terms}", encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])
    assert result.exit_code == 3
    assert result.stderr == _problem(
        f"{many}: more than 50,000 values in one file (the built-in rulebook's largest holds "
        "about 1,000): split the rules over several files"
    )


def _pipe(tmp: Path) -> Path:
    os.mkfifo(tmp / "p")
    return tmp / "p"


@pytest.mark.parametrize(
    ("make", "what"),
    [
        (lambda tmp: Path("/dev/zero"), "a device"),
        (lambda tmp: tmp, "a folder"),
        (_pipe, "a named pipe (FIFO)"),
    ],
)
def test_a_list_or_config_that_is_no_regular_file_says_what_it_is(
    tmp_path: Path, make: Callable[[Path], Path], what: str
) -> None:
    path = make(tmp_path)
    command = ["check", "x", "-c", "y", "--country", "ES", "--no-record"]
    listed = CliRunner().invoke(app, [*command, "--list", str(path)])
    expected = f"Error: {path} is {what}, not a list file: point --list at the file\n"
    assert (listed.exit_code, listed.stderr) == (2, expected)
    configured = CliRunner().invoke(app, ["--config", str(path), *command])
    expected = (
        f"Error: {path} (from --config) is {what}, not a config file: name a screen.toml file\n"
    )
    assert (configured.exit_code, configured.stderr) == (2, expected)


def test_a_missing_list_or_config_is_still_no_such_file(tmp_path: Path) -> None:
    command = ["check", "x", "-c", "y", "--country", "ES", "--no-record"]
    listed = CliRunner().invoke(app, [*command, "--list", f"{tmp_path}/none.csv"])
    assert (listed.exit_code, listed.stderr) == (
        2,
        f"Error: no such list file: {tmp_path}/none.csv\n",
    )
    configured = CliRunner().invoke(app, ["--config", f"{tmp_path}/none.toml", *command])
    expected = f"Error: no such config file: {tmp_path}/none.toml (from --config)\n"
    assert (configured.exit_code, configured.stderr) == (2, expected)


def test_a_newline_in_a_path_is_escaped_in_the_one_line_error(tmp_path: Path) -> None:
    path = f"{tmp_path}/a\nb\u202e.csv"
    result = CliRunner().invoke(app, ["check", "x", "-c", "y", "--list", path])
    assert result.exit_code == 2
    assert result.stderr == f"Error: no such list file: {tmp_path}/a\\nb\\u202e.csv\n"
