"""`-o` never names a seed article the rulebook quotes (the s33 hostile round, D12):
`batch -o seeds/<article>.txt` overwrote the article, and every later run stopped with
exit 3 (its quotes no longer stood in it).  Refused as a rule file is, before anything
is screened or written, for the seeds beside a rulebook, the folder its `seeds:`
setting names, and the built-in seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.hostile.conftest import BLOCKED_ROW, HEADER, ROOT, write


def _rulebook(tmp_path: Path, seeds: str = "seeds") -> tuple[Path, Path]:
    """A copy of the built-in rulebook and its seed articles in `tmp_path/<seeds>`,
    named by the rulebook's `seeds:` setting unless it is the `seeds/` beside it."""
    rules, folder = tmp_path / "rules", tmp_path / seeds
    shutil.copytree(ROOT / "rules", rules)
    shutil.copytree(ROOT / "seeds", folder)
    if seeds != "seeds":
        settings = rules / "rulebook.yaml"
        settings.write_text(f"seeds: ../{seeds}\n" + settings.read_text("utf-8"), "utf-8")
    return rules, folder


def _refused(args: list[str], target: Path) -> None:
    before = target.read_bytes()
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"Error: the output {target} is a seed article of the rulebook of this run ({target}): "
        "choose another --output\n"
    )
    assert result.stdout == ""  # refused before screening
    assert target.read_bytes() == before


@pytest.mark.parametrize("seeds", ["seeds", "articles"])
def test_batch_may_not_write_over_a_seed_article(tmp_path: Path, seeds: str) -> None:
    rules, folder = _rulebook(tmp_path, seeds)
    target = sorted(folder.iterdir())[0]
    orders = str(write(tmp_path, HEADER + BLOCKED_ROW))
    _refused(["batch", orders, "--rules", str(rules), "--no-record", "-o", str(target)], target)
    checked = CliRunner().invoke(
        app, ["check", "3D printer", "--country", "RU", "--rules", str(rules), "--no-record"]
    )
    assert checked.exit_code == 1, checked.output  # the rulebook still loads


def test_an_export_may_not_write_over_a_seed_article(tmp_path: Path, monkeypatch) -> None:
    rules, folder = _rulebook(tmp_path)
    monkeypatch.setenv("SCREEN_RULES", str(rules))
    db = str(tmp_path / "records.db")
    orders = str(write(tmp_path, HEADER + BLOCKED_ROW))
    out = str(tmp_path / "out.csv")
    ran = CliRunner().invoke(app, ["batch", orders, "-q", "--db", db, "-o", out])
    assert ran.exit_code == 1, ran.output
    target = sorted(folder.iterdir())[-1]
    _refused(["history", "export", "1", "--db", db, "-o", str(target)], target)


def test_the_built_in_seed_articles_are_refused(tmp_path: Path) -> None:
    """Checked without running a command: a regression here would write over the
    repository's own articles."""
    from screen.cli.ownfiles import refuse_own_files
    from screen.errors import InputError
    from screen.rulebook.locate import builtin

    article = sorted(builtin("seeds").glob("*.txt"))[0]
    with pytest.raises(InputError, match="is a seed article of the rulebook of this run"):
        refuse_own_files(str(article), tmp_path / "records.db")
    rules, _ = _rulebook(tmp_path, "articles")  # another rulebook's seeds: still refused
    with pytest.raises(InputError, match="is a seed article of the rulebook of this run"):
        refuse_own_files(str(article), tmp_path / "records.db", rules=rules)
