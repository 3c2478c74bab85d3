"""Item 16: every allowed install is a tested one.  Each direct dependency declares
a lower bound, CI installs every one of them at that bound (`make test-lowest`,
constraints from .ci/lowest.py) and runs the whole suite there too."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from tests.hostile.conftest import ROOT


def _declared() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["test"]]


def test_every_direct_dependency_is_pinned_at_its_lower_bound() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "lowest.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    pins = dict(line.split("==") for line in done.stdout.splitlines())
    assert len(pins) == len(_declared())
    # the versions that broke every command: typer 0.12.x with the click pip picks
    assert tuple(int(p) for p in pins["typer"].split(".")) >= (0, 16, 1)
    assert tuple(int(p) for p in pins["click"].split(".")) >= (8, 2, 1)


def test_ci_runs_the_suite_at_the_lower_bounds() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test-lowest" in run.split("make lint", 1)[1]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert ".ci/lowest.py > $(LOWEST)/constraints.txt" in makefile
    assert "-c $(LOWEST)/constraints.txt" in makefile
