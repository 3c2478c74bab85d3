"""Item 1: nothing another user could have written to the cache is ever unpickled.

Each test plants an entry whose unpickling would create a marker folder, and
proves the marker never appears and the value is rebuilt."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.io import cache, cachesecret


class Exploit:
    """Unpickling this calls os.mkdir(marker): the proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (str(self.marker),))


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(where))
    return where


def _signed(folder: Path, key: str, payload: bytes) -> bytes:
    """An entry signed with the folder's real key (what a forger cannot make)."""
    import hashlib
    import hmac

    secret = (folder / cache.KEY_FILE).read_bytes()
    tag = hmac.new(secret, key.encode() + b"\0", hashlib.sha256)
    tag.update(payload)
    return cache.MAGIC + tag.digest() + payload


def _prime(folder: Path) -> Path:
    assert cache.cached("k-1", lambda: "real") == "real"
    return folder / "k-1.pickle"


def test_the_folder_is_private_and_the_key_0600(folder: Path) -> None:
    _prime(folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / cache.KEY_FILE).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda folder, payload: payload, id="bare-pickle"),
        pytest.param(lambda folder, payload: cache.MAGIC + bytes(32) + payload, id="forged-tag"),
        pytest.param(
            lambda folder, payload: _signed(folder, "k-other", payload), id="tag-of-another-key"
        ),
    ],
)
def test_a_planted_entry_never_runs(folder: Path, tmp_path: Path, forge) -> None:
    entry = _prime(folder)
    marker = tmp_path / "pwned"
    entry.write_bytes(forge(folder, pickle.dumps(Exploit(marker))))
    assert cache.cached("k-1", lambda: "rebuilt") == "rebuilt"
    assert not marker.exists()


def _others_write_the_folder(folder: Path, entry: Path, monkeypatch) -> None:
    folder.chmod(0o777)


def _others_write_the_entry(folder: Path, entry: Path, monkeypatch) -> None:
    entry.chmod(0o666)


def _others_read_the_key(folder: Path, entry: Path, monkeypatch) -> None:
    (folder / cache.KEY_FILE).chmod(0o644)


def _another_user_owns_everything(folder: Path, entry: Path, monkeypatch) -> None:
    """As in a shared SCREEN_CACHE_DIR: the files are someone else's."""
    monkeypatch.setattr(cachesecret, "current_user", lambda: os.getuid() + 1)


@pytest.mark.parametrize(
    "unsafe",
    [
        _others_write_the_folder,
        _others_write_the_entry,
        _others_read_the_key,
        _another_user_owns_everything,
    ],
)
def test_a_correctly_signed_entry_in_an_unsafe_place_never_runs(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unsafe
) -> None:
    entry = _prime(folder)
    marker = tmp_path / "pwned"
    planted = _signed(folder, "k-1", pickle.dumps(Exploit(marker)))
    entry.write_bytes(planted)
    unsafe(folder, entry, monkeypatch)
    assert cache.cached("k-1", lambda: "rebuilt") == "rebuilt"
    assert not marker.exists()
    if unsafe is _others_read_the_key:  # (a key others could read is replaced)
        assert (folder / cache.KEY_FILE).stat().st_mode & 0o777 == 0o600
        assert cache.cached("k-1", lambda: "again") == "rebuilt"  # signed with the new key
    elif unsafe is not _others_write_the_entry:
        assert entry.read_bytes() == planted  # an unsafe folder is not written either


def test_a_verified_entry_is_used(folder: Path) -> None:
    _prime(folder)
    assert cache.cached("k-1", lambda: "rebuilt") == "real"


def test_check_with_every_entry_replaced_by_an_exploit(folder: Path, tmp_path: Path) -> None:
    """End to end: a primed cache whose every entry is swapped for an exploit."""
    runner = CliRunner()
    args = ["check", "semiconductor wafers", "--country", "RU", "--date", "2024-05-01"]
    args += ["--format", "json", "--no-record"]
    first = runner.invoke(app, args)
    entries = list(folder.glob("*.pickle"))
    assert entries and first.exit_code == 1
    marker = tmp_path / "pwned"
    for entry in entries:
        entry.write_bytes(pickle.dumps(Exploit(marker)))
    again = runner.invoke(app, args)
    assert not marker.exists()
    assert (again.exit_code, again.stdout) == (1, first.stdout)


LISTS = Path(__file__).resolve().parents[1] / "data" / "lists"
CUBA = ["check", "tea", "-c", "National Bank of Cuba", "--country", "JP", "--no-record"]


def _status(result) -> str:  # type: ignore[no-untyped-def]
    import json

    return str(json.loads(result.stdout)["status"])


def test_a_store_copied_over_another_lists_name_is_rebuilt(folder: Path) -> None:
    """hostile3 D21: the watch list's store copied over the SDN store's file name was
    read for sdn.csv, and "National Bank of Cuba" came out clear.  A store names the
    key of the list content it was built from: another's is rebuilt."""
    runner = CliRunner()
    sdn = ["--list", str(LISTS / "ofac" / "sdn.csv"), "--format", "json"]
    first = runner.invoke(app, [*CUBA, *sdn])
    assert (first.exit_code, _status(first)) == (1, "blocked"), first.output
    (sdn_store,) = folder.glob("list-*.list")
    own = runner.invoke(app, [*CUBA, "--list", str(LISTS / "own-watch-list.csv")])
    assert own.exit_code in (0, 1), own.output
    (own_store,) = set(folder.glob("list-*.list")) - {sdn_store}
    sdn_store.write_bytes(own_store.read_bytes())  # (same format, code and schema)
    again = runner.invoke(app, [*CUBA, *sdn])
    assert (again.exit_code, again.stdout) == (1, first.stdout)
    assert sdn_store.read_bytes() != own_store.read_bytes()  # rebuilt in its place


def _disk_full(*_args: object, **_kwargs: object) -> None:
    import sqlite3

    raise sqlite3.OperationalError("database or disk is full")


def _no_space(*_args: object, **_kwargs: object) -> None:
    import errno

    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("fault", [_disk_full, _no_space])
def test_a_cache_that_cannot_be_written_is_skipped(folder: Path, monkeypatch, fault) -> None:
    """hostile3 D09: a cache folder on a full disk made `check --list` exit 4
    (OperationalError: database or disk is full).  The list is built in memory."""
    import screen.lists.storewrite as storewrite

    def half_written(path: Path, *args: object) -> None:
        path.write_bytes(b"SQLite format 3\0")  # (what a full disk leaves)
        fault()

    monkeypatch.setattr(storewrite, "write_store", half_written)
    monkeypatch.setattr(pickle, "dump", _no_space)  # (the compiled rulebook's entry too)
    result = CliRunner().invoke(app, [*CUBA, "--list", str(LISTS / "ofac" / "sdn.csv")])
    assert (result.exit_code, result.stderr) == (1, ""), result.output
    assert _status(result) == "blocked"
    assert not list(folder.glob("list-*")) and not list(folder.glob(".*.part"))


def test_an_entry_pruned_by_another_process_meanwhile_is_no_error(folder: Path) -> None:
    """Hostile round 6: two runs pruning one list's editions at once.  The entries were
    listed, then each stat'ed to sort them: one the other run had deleted meanwhile
    made `check --list` exit 4 (FileNotFoundError).  A dangling link stands for it."""
    runner = CliRunner()
    sdn = ["--list", str(LISTS / "ofac" / "sdn.csv"), "--format", "json"]
    first = runner.invoke(app, [*CUBA, *sdn])
    assert first.exit_code == 1, first.output
    (store,) = folder.glob("list-*.list")
    group = store.name.rsplit("-", 1)[0]
    (folder / f"{group}-{'0' * 32}.list").symlink_to(folder / "deleted-meanwhile")
    store.unlink()  # (so the store is built and the editions pruned)
    again = runner.invoke(app, [*CUBA, *sdn])
    assert (again.exit_code, again.stdout) == (1, first.stdout), again.output


def test_a_part_left_by_a_killed_build_is_removed_later(folder: Path) -> None:
    """Hostile round 6: a list build killed (kill -9, out of memory) left its
    `.list-....part` (the size of the store) for ever.  One not written for a day is
    removed when a store of the same list is next written."""
    import time

    runner = CliRunner()
    sdn = ["--list", str(LISTS / "ofac" / "sdn.csv"), "--format", "json"]
    assert runner.invoke(app, [*CUBA, *sdn]).exit_code == 1
    (store,) = folder.glob("list-*.list")
    stale = folder / f".{store.stem}.abc123.part"
    fresh = folder / f".{store.stem}.def456.part"  # another run writing it now
    for part in (stale, fresh):
        part.write_bytes(b"SQLite format 3\0" + bytes(1000))
    day_ago = time.time() - 25 * 3600
    os.utime(stale, (day_ago, day_ago))
    store.unlink()
    assert runner.invoke(app, [*CUBA, *sdn]).exit_code == 1
    assert not stale.exists() and fresh.exists()


def _empty(key: Path) -> None:
    key.write_bytes(b"")


def _cut_short(key: Path) -> None:
    key.write_bytes(key.read_bytes()[:7])


def _a_link(key: Path) -> None:
    key.unlink()
    key.symlink_to(key.with_name("elsewhere"))


def _a_fifo(key: Path) -> None:
    key.unlink()
    os.mkfifo(key, 0o600)


@pytest.mark.parametrize("damage", [_empty, _cut_short, _a_link, _a_fifo])
def test_a_damaged_key_is_replaced_and_its_entries_rebuilt(
    folder: Path, tmp_path: Path, damage
) -> None:
    """Round 7, lead 1: a key file a full disk or a crash left empty or cut short
    (or a link, a FIFO in its place) disabled the cache for good without a word (a
    FIFO hung the run); it is replaced by a new key, written whole, and nothing the
    old one signed is read."""
    entry = _prime(folder)
    marker = tmp_path / "pwned"
    entry.write_bytes(_signed(folder, "k-1", pickle.dumps(Exploit(marker))))
    key = folder / cache.KEY_FILE
    damage(key)
    assert cache.cached("k-1", lambda: "rebuilt") == "rebuilt"
    assert not marker.exists()
    assert key.is_file() and not key.is_symlink() and len(key.read_bytes()) == 32
    assert key.stat().st_mode & 0o777 == 0o600
    assert cache.cached("k-1", lambda: "not used") == "rebuilt"  # the cache works again
    assert not (tmp_path / "elsewhere").exists()
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_a_folder_in_the_place_of_the_key_is_no_error(folder: Path) -> None:
    """A folder named hmac.key ended every run with an internal error (exit 4,
    IsADirectoryError); the cache is then not used."""
    folder.mkdir(mode=0o700)
    (folder / cache.KEY_FILE).mkdir(mode=0o700)
    assert cache.cached("k-1", lambda: "built") == "built"
    assert cache.cached("k-1", lambda: "built again") == "built again"
