"""qa5 D05: a screen.toml found by searching up from the current folder is used only
when it is the user's own; a run says which settings file it used and records it.

A file planted by another account in a shared folder (thresholds of 100) turned the
review of a listed bank's misspelt name into a clear, exit 0, with nothing on stderr."""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app

LOOSE = "block_threshold = 100\nreview_threshold = 100\n"
ORDERS = "description,consignee,country,date\ngreen tea,Sberbnak,RU,2024-05-01\n"
CHECK = ["check", "green tea", "-c", "Sberbnak", "--country", "RU",
         "--date", "2024-05-01", "--no-record", "-f", "json"]  # fmt: skip
SEARCHED = "was found by searching up from the current folder but is not used"
ANYWAY = (
    "; or, to use it or another file anyway, name it with 'screen --config FILE' or "
    "$SCREEN_CONFIG\n"
)


@pytest.fixture()
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A shared drop folder like /tmp (1777) with an orders folder anyone can write,
    and a settings file in the drop folder; the run starts in the orders folder."""
    monkeypatch.delenv("SCREEN_CONFIG", raising=False)
    drop = tmp_path / "shared"
    (drop / "orders").mkdir(parents=True)
    drop.chmod(0o1777)
    (drop / "screen.toml").write_text(LOOSE, encoding="utf-8")
    (drop / "screen.toml").chmod(0o644)
    (drop / "orders" / "orders.csv").write_text(ORDERS, "utf-8")
    monkeypatch.chdir(drop / "orders")
    return drop


def test_the_misspelt_bank_is_a_review_without_the_file(tmp_path: Path) -> None:
    """What the planted file would turn clear (the premise of every test here)."""
    result = CliRunner().invoke(app, CHECK)
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["status"] == "review"


def _another_account(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Make `path` another account's (chown as root; else the run is someone else);
    the error's words for its owner."""
    if os.getuid() == 0:
        os.chown(path, 65534, -1)
        uid = 65534
    else:
        from screen.io import configtrust

        monkeypatch.setattr(configtrust, "current_user", lambda: os.getuid() + 1)
        uid = os.getuid()
    try:
        name = pwd.getpwuid(uid).pw_name
    except KeyError:
        name = str(uid)
    return f"user {name} (uid {uid})"


def test_a_planted_file_of_another_account_is_refused(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = shared / "screen.toml"
    owner = _another_account(path, monkeypatch)
    result = CliRunner().invoke(app, ["batch", "orders.csv", "--no-record", "-o", "out.csv"])
    me = pwd.getpwuid(os.getuid()).pw_name
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path} {SEARCHED}: it belongs to {owner}, not to you; if the settings are "
        f"yours, take the file with 'chown {me} {path}'" + ANYWAY,
    )
    assert not (shared / "orders" / "out.csv").exists()


@pytest.mark.parametrize("mode", [0o664, 0o646, 0o666])
def test_a_file_others_can_write_is_refused(shared: Path, mode: int) -> None:
    path = shared / "screen.toml"
    path.chmod(mode)
    result = CliRunner().invoke(app, CHECK)
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path} {SEARCHED}: others can write it (mode {mode:04o}); if the settings "
        f"are yours, 'chmod go-w {path}'" + ANYWAY,
    )


def test_a_folder_anyone_can_write_without_the_sticky_bit_is_refused(shared: Path) -> None:
    shared.chmod(0o777)  # anyone could swap the file for another
    result = CliRunner().invoke(app, CHECK)
    path = shared / "screen.toml"
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path} {SEARCHED}: anyone can write the folder {shared} (mode 0777, no "
        f"sticky bit) and put another file in its place; if the folder is yours, "
        f"'chmod go-w {shared}'" + ANYWAY,
    )


@pytest.mark.parametrize("mode", [0o775, 0o2770])
def test_a_folder_its_group_can_write_without_the_sticky_bit_is_refused(
    shared: Path, mode: int
) -> None:
    """Round 4's leftover: a group member could swap the file as anyone could in a
    folder of mode 0777 (the file itself, and the cache's folder, may not be
    group-writable either)."""
    shared.chmod(mode)
    result = CliRunner().invoke(app, CHECK)
    path = shared / "screen.toml"
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path} {SEARCHED}: others in its group can write the folder {shared} "
        f"(mode {mode:04o}, no sticky bit) and put another file in its place; if the "
        f"folder is yours, 'chmod go-w {shared}'" + ANYWAY,
    )


def test_a_group_writable_folder_with_the_sticky_bit_is_accepted(shared: Path) -> None:
    shared.chmod(0o1775)
    result = CliRunner().invoke(app, CHECK)
    assert (result.exit_code, result.stderr) == (
        0,
        f"using settings from {shared / 'screen.toml'}\n",
    )


def test_a_folder_of_another_account_is_refused(shared: Path) -> None:
    """Its owner can rename the user's file and put another in its place."""
    if os.getuid() != 0:
        pytest.skip("only root can give a folder to another account")
    shared.chmod(0o755)
    os.chown(shared, 65534, -1)
    result = CliRunner().invoke(app, CHECK)
    path = shared / "screen.toml"
    name = pwd.getpwuid(65534).pw_name
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path} {SEARCHED}: the folder {shared} belongs to user {name} (uid 65534), "
        "who can put another file in its place; keep your settings in a folder of your own"
        + ANYWAY,
    )


def test_own_file_in_a_sticky_folder_is_used_and_named(shared: Path) -> None:
    result = CliRunner().invoke(app, CHECK)
    assert result.exit_code == 0, result.output  # the file's thresholds of 100
    assert result.stderr == f"using settings from {shared / 'screen.toml'}\n"


@pytest.mark.parametrize("how", ["--config", "SCREEN_CONFIG"])
def test_a_file_named_explicitly_is_the_users_choice(
    shared: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    path = shared / "screen.toml"
    path.chmod(0o666)
    args = CHECK
    if how == "--config":
        args = ["--config", str(path), *CHECK]
    else:
        monkeypatch.setenv("SCREEN_CONFIG", str(path))
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stderr) == (0, f"using settings from {path}\n")


def test_without_a_file_nothing_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCREEN_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, CHECK)
    assert (result.exit_code, result.stderr) == (1, "")


def test_batch_quiet_does_not_name_the_file(shared: Path) -> None:
    result = CliRunner().invoke(app, ["batch", "orders.csv", "-q", "--no-record", "-o", "o.csv"])
    assert (result.exit_code, result.stderr) == (0, "")


def test_the_run_records_the_file_and_its_digest(shared: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    path = shared / "screen.toml"
    result = CliRunner().invoke(app, ["batch", "orders.csv", "-q", "--db", db, "-o", "o.csv"])
    assert result.exit_code == 0, result.output
    shown = CliRunner().invoke(app, ["history", "show", "1", "--db", db, "-f", "json"])
    options = json.loads(shown.stdout)["options"]
    assert options["config"] == str(path)
    assert options["config_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert shown.stderr == f"using settings from {path}\n"


def test_no_config_no_record_of_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCREEN_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "r.db")
    assert CliRunner().invoke(app, [*CHECK[:-3], "--db", db]).exit_code == 1
    shown = CliRunner().invoke(app, ["history", "show", "1", "--db", db, "-f", "json"])
    assert "config" not in json.loads(shown.stdout)["options"]


def test_a_symlink_of_another_account_is_refused(shared: Path) -> None:
    if os.getuid() != 0:
        pytest.skip("only root can give a symlink to another account")
    own = shared.parent / "own.toml"
    own.write_text(LOOSE, encoding="utf-8")
    link = shared / "orders" / "screen.toml"
    link.symlink_to(own)
    os.lchown(link, 65534, -1)
    result = CliRunner().invoke(app, CHECK)
    assert result.exit_code == 2
    assert f"Error: {link} {SEARCHED}: the symlink belongs to user " in result.stderr
    assert stat.S_ISLNK(link.lstat().st_mode)


def test_a_config_nested_too_deeply_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 7: arrays nested a few thousand deep (tomllib recurses per level) were an
    internal error (exit 4, RecursionError); it is exit 2 naming the file."""
    monkeypatch.delenv("SCREEN_CONFIG", raising=False)
    path = tmp_path / "screen.toml"
    path.write_text("block_threshold = " + "[" * 100_000 + "]" * 100_000 + "\n", "utf-8")
    result = CliRunner().invoke(app, ["--config", str(path), *CHECK])
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path}: not valid TOML (arrays or tables nested too deeply): a setting "
        "holds a plain value\n",
    )
