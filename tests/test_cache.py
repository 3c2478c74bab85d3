"""The compiled-rulebook cache: used when nothing changed, never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screen.errors import RulebookError
from screen.runs.loading import compiled_screener, open_screener
from tests.conftest import ROOT
from tests.test_rulebook import GOOD_RULE, SETTINGS


@pytest.fixture()
def custom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (rules / "rulebook.yaml").write_text(SETTINGS, encoding="utf-8")
    (rules / "items.yaml").write_text(GOOD_RULE, encoding="utf-8")
    return rules


def test_second_load_comes_from_the_cache(custom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = compiled_screener(custom)
    assert len(list((custom.parent / "cache").glob("rulebook-*.pickle"))) == 1

    import screen.runs.loading

    def must_not_parse(*args, **kwargs):
        raise AssertionError("the rulebook was parsed again")

    monkeypatch.setattr(screen.runs.loading, "load_rulebook", must_not_parse)
    second = compiled_screener(custom)
    assert second is not first
    assert [r.id for r in second.rulebook.rules] == ["T-ONE"]


def test_a_changed_rule_file_is_a_new_entry(custom: Path) -> None:
    compiled_screener(custom)
    (custom / "items.yaml").write_text(GOOD_RULE.replace("T-ONE", "T-TWO"), encoding="utf-8")
    assert [r.id for r in compiled_screener(custom).rulebook.rules] == ["T-TWO"]


def test_a_changed_seed_invalidates_the_entry(custom: Path) -> None:
    compiled_screener(custom)
    seed = custom.parent / "seeds" / "002_2c95c9e8002346b3.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("cutting-edge", "advanced"), encoding="utf-8"
    )
    with pytest.raises(RulebookError, match="quote does not stand verbatim"):
        compiled_screener(custom)


def test_a_corrupt_entry_is_rebuilt(custom: Path) -> None:
    compiled_screener(custom)
    entry = next((custom.parent / "cache").glob("rulebook-*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert [r.id for r in compiled_screener(custom).rulebook.rules] == ["T-ONE"]


def test_cache_off(custom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCREEN_CACHE_DIR", "off")
    compiled_screener(custom)
    assert not (custom.parent / "cache").exists()


def test_thresholds_apply_to_a_cached_screener(custom: Path) -> None:
    compiled_screener(custom)
    screener = open_screener(custom, review_threshold=50, block_threshold=60)
    assert (screener.thresholds.review, screener.thresholds.block) == (50, 60)


def test_a_changed_code_digest_is_a_new_entry(
    custom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries are keyed by the digest of the code that built them: a change to the
    code (here: to its digest) builds anew, never reads what older code wrote."""
    import screen.io.cache
    import screen.runs.loading

    compiled_screener(custom)
    parsed = []
    real = screen.runs.loading.load_rulebook

    def counting(*args, **kwargs):
        parsed.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(screen.runs.loading, "load_rulebook", counting)
    compiled_screener(custom)
    assert parsed == []
    monkeypatch.setattr(screen.io.cache, "code_digest", lambda: "another build of the code")
    compiled_screener(custom)
    assert len(parsed) == 1
    assert len(list((custom.parent / "cache").glob("rulebook-*.pickle"))) == 2


@pytest.mark.parametrize(
    ("changed", "new_digest"),
    [
        ("engine/screener.py", True),  # a module edited
        ("data/words.txt", True),  # a shipped table edited
        ("engine/__pycache__/screener.cpython-311.pyc", False),  # bytecode
        ("datagen/english.py", False),  # build-time generators
        ("engine/notes.md", False),  # neither code nor a table
    ],
)
def test_the_code_digest_follows_code_and_tables(
    tmp_path: Path, changed: str, new_digest: bool
) -> None:
    from screen.codedigest import digest_of

    files = [
        "engine/screener.py",
        "data/words.txt",
        "engine/__pycache__/screener.cpython-311.pyc",
        "datagen/english.py",
        "engine/notes.md",
    ]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("first", encoding="utf-8")
    before = digest_of(str(tmp_path))
    assert digest_of(str(tmp_path)) == before
    (tmp_path / changed).write_text("second, longer", encoding="utf-8")
    assert (digest_of(str(tmp_path)) != before) is new_digest


def test_a_digest_of_some_parts_follows_only_them(tmp_path: Path) -> None:
    """The list store's matcher digest covers the matcher's parts of the package."""
    from screen.codedigest import digest_of

    for name in ("lists/ofac.py", "text/normalize.py", "cli/check.py", "models.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("first", encoding="utf-8")
    within = ("lists", "text", "models.py")
    before = digest_of(str(tmp_path), within)
    assert before != digest_of(str(tmp_path))
    (tmp_path / "cli/check.py").write_text("second, longer", encoding="utf-8")
    assert digest_of(str(tmp_path), within) == before
    for name in ("lists/ofac.py", "models.py"):
        (tmp_path / name).write_text(f"{name} edited", encoding="utf-8")
        assert digest_of(str(tmp_path), within) != before
        before = digest_of(str(tmp_path), within)


def test_a_rule_file_saved_again_while_it_is_read(
    custom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 7, lead 2: the rulebook is hashed and parsed from the same bytes, read
    once.  A rule file saved again unchanged by an editor that truncates and writes
    it, read half written after it was hashed, was compiled without its later rules
    and cached under the whole file's key: every later run screened without them."""
    import screen.io.cache

    whole = GOOD_RULE + GOOD_RULE.replace("T-ONE", "T-TWO").removeprefix("rules:\n")
    items = custom / "items.yaml"
    items.write_text(whole, encoding="utf-8")
    real_key_for = screen.io.cache.key_for

    def half_written_after_hashing(kind: str, *args: object, **kwargs: object) -> str:
        key = real_key_for(kind, *args, **kwargs)  # type: ignore[arg-type]
        if kind == "rulebook":
            items.write_text(GOOD_RULE, encoding="utf-8")  # the save has written one rule
        return key

    monkeypatch.setattr(screen.io.cache, "key_for", half_written_after_hashing)
    first = compiled_screener(custom)
    monkeypatch.setattr(screen.io.cache, "key_for", real_key_for)
    assert [r.id for r in first.rulebook.rules] == ["T-ONE", "T-TWO"]
    items.write_text(whole, encoding="utf-8")  # the save is done: the file is as it was
    assert [r.id for r in compiled_screener(custom).rulebook.rules] == ["T-ONE", "T-TWO"]
