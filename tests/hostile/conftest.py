"""Helpers for the hostile-input tests: files written by an attacker or a broken
ERP export, and `screen` run in a subprocess where a signal, a closed stream or a
memory cap must be real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADER = "order_id,description,consignee,country,date\n"
BLOCKED_ROW = "1,semiconductor wafers,Baltic LLC,RU,2024-05-01\n"
CLEAR_ROW = "2,green tea,Tea House,JP,2024-05-01\n"


def write(folder: Path, text: str, name: str = "orders.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def child_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCREEN_")}
    env.update(
        SCREEN_CACHE_DIR=str(tmp / "child-cache"),
        SCREEN_DB=str(tmp / "records.db"),
        PYTHONPATH=str(ROOT),
        NO_COLOR="1",
        COLUMNS="120",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def screen_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "screen", *args]


def run_screen(tmp: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """`screen ARGS` in a fresh interpreter (a hang guard of 300 s, not a timing)."""
    options: dict[str, object] = {"capture_output": True, "text": True, "timeout": 300}
    options.update(kwargs)
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        screen_command(*args), env=child_env(tmp), cwd=tmp, **options
    )


@pytest.fixture()
def orders(tmp_path: Path) -> Path:
    return write(tmp_path, HEADER + BLOCKED_ROW + CLEAR_ROW)


# The fuzz tests' budget: a short run in `make test`, a long one with `make fuzz`
# (SCREEN_FUZZ_EXAMPLES=2000).  No deadline: the machine is shared and slow at times.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "hostile",
    max_examples=int(os.environ.get("SCREEN_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
