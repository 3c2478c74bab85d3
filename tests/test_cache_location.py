"""Where the cache lives (platformdirs) and how it is pruned (the newest few entries
per source file)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screen.io import cache
from screen.lists import load_list


def test_the_cache_lives_where_the_os_keeps_caches(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("SCREEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    from platformdirs import user_cache_dir

    assert cache.cache_dir() == Path(user_cache_dir("screen", appauthor=False))
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert cache.cache_dir() == tmp_path / "xdg" / "screen"
    monkeypatch.setenv("SCREEN_CACHE_DIR", "off")
    assert cache.cache_dir() is None


def test_each_new_edition_of_a_list_prunes_the_oldest(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(tmp_path / "cache"))
    watch, other = tmp_path / "watch.csv", tmp_path / "other.csv"
    other.write_text("id,name,aliases,type,country,program\n1,Beta Corp,,,,\n", encoding="utf-8")
    load_list(str(other))
    for edition in range(1, 7):
        rows = "".join(f"{i},Acme {i},,,,\n" for i in range(1, edition + 1))
        watch.write_text("id,name,aliases,type,country,program\n" + rows, encoding="utf-8")
        entry = load_list(str(watch))
        assert len(entry.rules) == edition
        stamp = 1_700_000_000 + edition  # each edition's entry newer than the last
        for path in (tmp_path / "cache").glob("list-*.list"):
            if path.stat().st_mtime > stamp + 10:
                os.utime(path, (stamp, stamp))
    entries = sorted((tmp_path / "cache").glob("list-*.list"))
    groups = {p.name.rsplit("-", 1)[0] for p in entries}
    assert len(groups) == 2  # watch.csv and other.csv
    assert len(entries) == cache.KEEP + 1  # the newest three editions, and other.csv
    assert len(load_list(str(watch)).rules) == 6  # the newest is still there


@pytest.mark.parametrize("keep", [1, 3])
def test_prune_keeps_the_newest(tmp_path, keep) -> None:
    for i in range(5):
        path = tmp_path / f"list-abc-{i:032d}.pickle"
        path.write_bytes(b"x")
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    (tmp_path / "list-xyz-0.pickle").write_bytes(b"y")
    removed = cache.prune(tmp_path, "list-abc-" + "9" * 32, keep)
    assert len(removed) == 5 - keep
    left = sorted(p.name for p in tmp_path.glob("list-abc-*.pickle"))
    assert left == [f"list-abc-{i:032d}.pickle" for i in range(5 - keep, 5)]
    assert (tmp_path / "list-xyz-0.pickle").exists()


def test_shell_completion_is_offered(runner) -> None:
    from screen.cli import app

    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout
