"""The installed package finds its built-in rulebook and seeds outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        # hatchling is only in the build environment when pip isolates the build
        done = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
            capture_output=True,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    return next(out.glob("screen-*.whl"))


def test_wheel_ships_rules_and_seeds(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for rule_file in ("items.yaml", "entities.yaml", "destinations.yaml", "rulebook.yaml"):
        assert f"screen/_builtin/rules/{rule_file}" in names
    assert len([n for n in names if n.startswith("screen/_builtin/seeds/")]) == 5


def test_installed_package_works_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("SCREEN_RULES", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "screen",
            "check",
            "3D printer",
            "--country",
            "RU",
            "--date",
            "2022-06-01",
            "--format",
            "json",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert '"RU-3D-PRINTERS"' in done.stdout
    assert str(target) in done.stdout  # the rulebook path is the installed copy
