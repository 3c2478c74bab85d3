from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from screen.engine import Screener
from screen.matching.goodsterms import GoodsTerms
from screen.models import Direction, Kind, Shipment
from screen.rulebook import load_rulebook

# CI (`CI` set, as in .ci/run) draws the same property-test examples on every run,
# so a clean clone passes or fails reproducibly; a local run draws new examples
# each time and keeps what fails in .hypothesis/ (`make fuzz` draws many more).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DAY = dt.date(2024, 5, 1)


@pytest.fixture(autouse=True)
def _pinned_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """Same rich output everywhere: fixed width, no colour, no user rulebook/lists,
    a cache folder of the test run's own, and a records database of each test's own."""
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("SCREEN_DB", str(tmp_path / "records.db"))
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.delenv("SCREEN_RULES", raising=False)
    monkeypatch.delenv("SCREEN_LISTS", raising=False)


@pytest.fixture(autouse=True)
def _devices_untouched() -> Iterator[None]:
    """No test may replace a device: the test that turns /dev/null into a file fails
    by name (issue #12: `-o` writes a device, never replaces it)."""
    yield
    mode = os.stat(os.devnull).st_mode
    assert stat.S_ISCHR(mode), f"{os.devnull} is no longer a character device after this test"


@pytest.fixture(scope="session")
def rulebook():
    return load_rulebook()


@pytest.fixture(scope="session")
def terms(rulebook) -> GoodsTerms:
    """The goods matcher of the rulebook's item rules."""
    return GoodsTerms(r for r in rulebook.rules if r.kind is Kind.ITEM)


@pytest.fixture(scope="session")
def screener(rulebook) -> Screener:
    return Screener(rulebook)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def ship(
    description: str = "",
    consignee: str = "",
    country: str = "RU",
    date: dt.date = DAY,
    direction: str = "export",
    **kw: str,
) -> Shipment:
    return Shipment(
        description=description,
        consignee=consignee,
        country=country,
        date=date,
        direction=Direction(direction),
        **kw,
    )


def assert_named(
    terms: GoodsTerms, text: str, expected: str | set[str] | None, among: set[str] | None = None
) -> None:
    """The rules the goods terms of `text` name (export rules, or those `among`) are
    exactly `expected` (a rule, several, or None); the reasons of the terms set aside
    are the message when they are not."""
    finding = terms.find(text)
    found = {r for r in finding.named if (r in among if among else "IMPORT" not in r)}
    wanted = expected if isinstance(expected, set) else ({expected} if expected else set())
    assert found == wanted, [h.reason for h in finding.set_aside]


def drop_triggers(connection: sqlite3.Connection) -> None:
    """Let a test change a records database by hand, as someone who can write the file
    can: the insert-only triggers (schema 8) dropped first."""
    names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (name,) in names:
        connection.execute(f"DROP TRIGGER {name}")


def name_case(index: Any, text: str, owner: str, hit: bool) -> Any:
    """A row of a name mechanism's case table: `owner` is hit for `text` exactly when
    `hit` (as exhaustive scoring finds too: `name_hit`), and `could_match` lets a
    text that hits through; the hit, or None."""
    found = name_hit(index, text, owner)
    assert (found is not None) is hit, found and found.detail
    if hit:
        assert index.could_match(text)
    return found


def name_hit(index: Any, text: str, owner: str, threshold: float = 75.0) -> Any:
    """The hit on `owner` a name index finds for `text` (None if none), having
    checked that the index finds what exhaustive scoring finds: the case tables of
    the name mechanisms ask both."""
    hits = index.search(text, threshold)
    assert hits == index.search_exhaustive(text, threshold)
    return next((h for h in hits if h.name.owner == owner), None)
