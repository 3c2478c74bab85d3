"""Round 7, lead 2: a list file replaced while it is read (a new edition downloaded
over it, a sync tool) is hashed and parsed from the same bytes, read once: the
store is never keyed by one content and built from another."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from screen.io import cache
from screen.lists import load_list

OLD = "id,name,aliases,type,country,program\n1,ALPHA MARITIME TRADING LLC,,organization,RU,X\n"
NEW = "id,name,aliases,type,country,program\n1,BETA AVIATION PARTS GMBH,,organization,IR,X\n"


def _names(path: Path) -> list[str]:
    return [rule.names[0] for rule in load_list(str(path)).rules]


def test_a_list_replaced_between_hashing_and_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "watch.csv"
    path.write_text(OLD)
    real_key_for = cache.key_for

    def replaced_after_hashing(*args: object, **kwargs: object) -> str:
        key = real_key_for(*args, **kwargs)  # type: ignore[arg-type]
        path.write_text(NEW)  # the new edition lands now
        return key

    monkeypatch.setattr(cache, "key_for", replaced_after_hashing)
    first = load_list(str(path))
    monkeypatch.setattr(cache, "key_for", real_key_for)
    # what the run screened and the hash it records are the same bytes
    assert [rule.names[0] for rule in first.rules] == ["ALPHA MARITIME TRADING LLC"]
    assert first.sha256 == hashlib.sha256(OLD.encode()).hexdigest()
    # the store under the old edition's key holds the old edition: the old code
    # stored the new one there, so the old file put back was screened as the new
    path.write_text(NEW)
    assert _names(path) == ["BETA AVIATION PARTS GMBH"]
    path.write_text(OLD)
    assert _names(path) == ["ALPHA MARITIME TRADING LLC"]
