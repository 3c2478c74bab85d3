"""s30 M2: the decision that counts is the newest by `decided_at` (a confirm over a
clear at the same time), never the last inserted; `decisions import` checks every
field, names unknown entries, refuses a reference recorded with other content, and
records who imported what and when; a clear that sets aside a confirm warns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.records.decisions import Decision
from screen.runs.decisions import in_force

LIST = (
    "id,name,aliases,type,country,program\n"
    "W1,Kestrel Precision Trading,,organization,AE,internal-watch\n"
)
PARTY = "Kestrel Precision Trading"


class Team:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.listed = tmp_path / "watch.csv"
        self.listed.write_text(LIST, encoding="utf-8")

    def run(self, *args: str) -> tuple[int, str, str]:
        result = CliRunner().invoke(app, list(args))
        return result.exit_code, result.stdout, result.stderr

    def decide(self, db: str, verdict: str, by: str, entry: str = "watch:W1") -> tuple[int, str]:
        code, _, err = self.run(
            "decide", PARTY, "--entry", entry, f"--{verdict}", "--by", by, "--reason", "checked",
            "--list", str(self.listed), "--db", db,
        )  # fmt: skip
        return code, err

    def status(self, db: str) -> str:
        _, out, _ = self.run(
            "check", "green tea", "-c", PARTY, "--country", "JP", "--list", str(self.listed),
            "--db", db, "-f", "json",
        )  # fmt: skip
        return str(json.loads(out)["status"])

    def exported(self, db: str, **changes: str) -> Path:
        """The decisions of `db` as CSV, each row's cells changed as given."""
        _, out, _ = self.run("decisions", "export", "--db", db)
        rows = list(csv.DictReader(io.StringIO(out)))
        for row in rows:
            row.update(changes)
        path = self.tmp / f"shared{len(list(self.tmp.glob('shared*')))}.csv"
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return path

    def import_(self, path: Path, db: str) -> tuple[int, str]:
        code, _, err = self.run(
            "decisions", "import", str(path), "--list", str(self.listed), "--db", db
        )
        return code, err


@pytest.fixture
def team(tmp_path: Path) -> Team:
    return Team(tmp_path)


YESTERDAY = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat(timespec="seconds")


def test_an_older_clear_imported_later_does_not_override_a_newer_confirm(team: Team) -> None:
    alice, bob = str(team.tmp / "alice.db"), str(team.tmp / "bob.db")
    assert team.decide(alice, "clear", "alice")[0] == 0
    assert team.decide(bob, "confirm", "bob")[0] == 0
    shared = team.exported(alice, decided_at=YESTERDAY)
    assert team.import_(shared, bob) == (0, "1 decision imported, 0 already recorded\n")
    assert team.status(bob) == "blocked"


def test_an_older_confirm_imported_later_does_not_undo_a_newer_clear(team: Team) -> None:
    alice, bob = str(team.tmp / "alice.db"), str(team.tmp / "bob.db")
    assert team.decide(bob, "confirm", "bob")[0] == 0
    assert team.decide(alice, "clear", "alice")[0] == 0
    shared = team.exported(bob, decided_at=YESTERDAY)
    assert team.import_(shared, alice)[0] == 0
    assert team.status(alice) == "clear"


def _decision(verdict: str, at: str, country: str = "") -> Decision:
    return Decision(
        "D-000000000001", PARTY, "kestrel precision trading", country, "watch:W1", "0" * 64,
        verdict, "x", "y", at, None,
    )  # fmt: skip


NOW = dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("decisions", "country", "expected"),
    [
        # the same second: the confirm counts, whatever was inserted last
        ([("confirm", "2026-11-20T10:00:00+00:00"), ("clear", "2026-11-20T10:00:00+00:00")],
         "JP", "confirm"),
        ([("clear", "2026-11-20T10:00:00+00:00"), ("confirm", "2026-11-20T10:00:00+00:00")],
         "JP", "confirm"),
        # times in other zones compare as times
        ([("clear", "2026-11-20T12:00:00+03:00"), ("confirm", "2026-11-20T10:00:00+00:00")],
         "JP", "confirm"),
        ([("confirm", "2026-11-20T10:00:00+00:00"), ("clear", "2026-11-20T12:00:00+01:00")],
         "JP", "clear"),
        # a clear dated in the future or unreadable never counts
        ([("confirm", "2026-11-20T10:00:00+00:00"), ("clear", "2099-01-01T00:00:00+00:00")],
         "JP", "confirm"),
        ([("confirm", "2026-11-20T10:00:00+00:00"), ("clear", "notadate")], "JP", "confirm"),
        # guard: a newer clear still counts, and a clear alone
        ([("confirm", "2026-11-20T10:00:00+00:00"), ("clear", "2026-11-21T10:00:00+00:00")],
         "JP", "clear"),
        ([("clear", "2026-11-21T10:00:00+00:00")], "JP", "clear"),
    ],
)  # fmt: skip
def test_the_newest_decision_counts(
    decisions: list[tuple[str, str]], country: str, expected: str
) -> None:
    found = in_force([_decision(v, at) for v, at in decisions], country, NOW)
    assert found is not None and found.verdict == expected


def _line(path: Path) -> str:
    return f"{path}:2"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"decided_at": "notadate"},
         "{where}: decided_at 'notadate' is not a time: write it as YYYY-MM-DDTHH:MM:SS+00:00 "
         "(UTC), as 'screen decisions export' does"),
        ({"decided_at": "2099-01-01T00:00:00+00:00"},
         "{where}: decided_at 2099-01-01T00:00:00+00:00 is in the future (now {now}): correct "
         "the date, or the clock of the machine that made it"),
        ({"entry_hash": "abc"},
         "{where}: entry_hash is not a SHA-256 (64 hex digits); export the decisions again "
         "with 'screen decisions export'"),
        ({"reference": "D-forged"},
         "{where}: reference 'D-forged' is not D- and 12 hex digits as 'screen decide' makes "
         "them; export the decisions again with 'screen decisions export'"),
        ({"entry_id": "nolist:X1"},
         "{file}: entries unknown to the rules and lists in force: nolist:X1 (line 2); pass the "
         "--list (or --rules) they come from, as 'screen decide' was given"),
        ({"valid_until": "31/12/2030"},
         "{where}: bad date '31/12/2030': with slashes or dashes the day may come first (Europe) "
         "or the month (US); write it as YYYY-MM-DD, e.g. 2024-05-01, or day first with dots, "
         "01.05.2024"),
        ({"country": "Atlantis"},
         "{where}: unknown country 'Atlantis': use an ISO code or an English name"),
    ],
)  # fmt: skip
def test_import_refuses_impossible_fields(
    team: Team, monkeypatch: pytest.MonkeyPatch, changes: dict[str, str], message: str
) -> None:
    import screen.records.trail

    monkeypatch.setattr(screen.records.trail, "now", lambda: "2030-01-01T00:00:00+00:00")
    alice, bob = str(team.tmp / "alice.db"), str(team.tmp / "bob.db")
    team.decide(alice, "clear", "alice")
    team.decide(bob, "confirm", "bob")
    shared = team.exported(alice, **changes)
    code, err = team.import_(shared, bob)
    expected = message.format(where=_line(shared), file=shared, now="2030-01-01T00:00:00+00:00")
    assert (code, err) == (2, f"Error: {expected}\n")
    assert team.status(bob) == "blocked"  # nothing imported


def test_a_reimported_reference_with_other_content_is_a_conflict(team: Team) -> None:
    alice, bob = str(team.tmp / "alice.db"), str(team.tmp / "bob.db")
    team.decide(alice, "clear", "alice")
    first = team.exported(alice)
    assert team.import_(first, bob)[0] == 0
    tampered = team.exported(alice, reason="TAMPERED reason", decided_by="ceo")
    _, out, _ = team.run("decisions", "export", "--db", alice)
    reference = out.splitlines()[1].split(",")[0]
    code, err = team.import_(tampered, bob)
    assert (code, err) == (
        2,
        f"Error: {tampered}: 1 decision conflict with the decision recorded under the same "
        f"reference: {reference} (line 2: decided_by, reason differ); a decision is never "
        "changed: nothing was imported; record a new decision with 'screen decide'\n",
    )
    assert team.import_(first, bob) == (0, "0 decisions imported, 1 already recorded\n")


def test_an_import_records_who_imported_it_when_and_from_where(team: Team) -> None:
    alice, bob = str(team.tmp / "alice.db"), str(team.tmp / "bob.db")
    team.decide(alice, "clear", "alice")
    shared = team.exported(alice)
    team.import_(shared, bob)
    with sqlite3.connect(bob) as connection:
        (by, at, source), = connection.execute(
            "SELECT imported_by, imported_at, imported_from FROM decisions"
        )  # fmt: skip
    assert "@" in by and source == str(shared)
    assert dt.datetime.fromisoformat(at) <= dt.datetime.now(dt.UTC)
    with sqlite3.connect(alice) as connection:
        assert connection.execute("SELECT imported_by FROM decisions").fetchall() == [(None,)]


def test_a_clear_after_a_confirm_warns(team: Team) -> None:
    db = str(team.tmp / "team.db")
    assert team.decide(db, "confirm", "bob") == (0, "")
    _, out, _ = team.run("decisions", "list", "--db", db, "-f", "json")
    confirm = json.loads(out)[0]
    code, err = team.decide(db, "clear", "carol")
    assert code == 0
    assert err == (
        f"Warning: this clear supersedes {confirm['reference']}, by bob on "
        f"{confirm['decided_at'][:10]}, which confirmed that {PARTY} is watch:W1: the party "
        "screens clear of it from now on\n"
    )


def test_a_clear_without_a_confirm_is_quiet(team: Team) -> None:
    db = str(team.tmp / "team.db")
    assert team.decide(db, "clear", "alice") == (0, "")
    assert team.decide(db, "clear", "carol") == (0, "")
