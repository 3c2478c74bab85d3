"""Reviewers' decisions: a cleared hit stops flagging the party, until it expires or
the listed entry changes; --confirm overrides; a country limits it; decisions are
listed, exported and imported as CSV; the schema upgrades from version 1."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from screen.cli import app
from screen.records import schema
from screen.runs.decisions import KEY_VERSION

LIST = (
    "id,name,aliases,type,country,program\n"
    "W1,Kestrel Precision Trading,{aliases},organization,AE,internal-watch\n"
)


@pytest.fixture()
def setup(runner, tmp_path):
    """A database, a watch list with one entry, and a helper to screen the party."""
    db = str(tmp_path / "audit.db")
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST.format(aliases="Kestrel Precision"), encoding="utf-8")

    def check(party: str = "Kestrel Precision Trading", country: str = "JP"):
        result = runner.invoke(
            app,
            [
                "check",
                "green tea",
                "-c",
                party,
                "--country",
                country,
                "--date",
                "2024-05-01",
                "--list",
                str(listed),
                "--db",
                db,
                "-f",
                "json",
            ],
        )
        return result.exit_code, json.loads(result.stdout)

    def decide(*args: str, party: str = "Kestrel Precision Trading"):
        return runner.invoke(
            app,
            [
                "decide",
                party,
                "--entry",
                "watch:W1",
                "--by",
                "alice",
                "--reason",
                "other firm",
                "--list",
                str(listed),
                "--db",
                db,
                "-f",
                "json",
                *args,
            ],
        )

    return db, listed, check, decide


def test_a_cleared_hit_no_longer_flags_the_party(setup) -> None:
    db, _, check, decide = setup
    code, before = check()
    assert code == 1 and before["status"] == "blocked"
    result = decide("--clear")
    assert result.exit_code == 0, result.output
    decision = json.loads(result.stdout)
    assert decision["reference"].startswith("D-") and decision["verdict"] == "clear"
    code, after = check("KESTREL PRECISION TRADING LLC")  # same normalised name
    assert code == 0 and after["status"] == "clear"
    (hit,) = after["hits"]
    assert hit["rule_id"] == "watch:W1"
    assert hit["cleared"].startswith(f"{decision['reference']} by alice on ")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT cleared != '' FROM hits WHERE run_id = 2").fetchall() == [
            (1,)
        ]
        assert connection.execute(
            "SELECT status FROM screened_rows WHERE run_id = 2"
        ).fetchall() == [("clear",)]


def test_an_expired_decision_alerts_again(setup, monkeypatch) -> None:
    """Decided in 2020 until the end of 2020 (`decide` refuses an --until already past)."""
    import datetime as dt
    import types

    from screen.cli import decide as decide_command

    class Then(dt.date):
        @classmethod
        def today(cls) -> Then:
            return cls(2020, 6, 1)

    monkeypatch.setattr(decide_command, "dt", types.SimpleNamespace(date=Then))
    _, _, check, decide = setup
    assert decide("--clear", "--until", "2020-12-31").exit_code == 0
    monkeypatch.undo()
    code, result = check()
    assert code == 1 and "cleared" not in result["hits"][0]


def test_a_decision_alerts_again_when_the_entry_changes(setup) -> None:
    _, listed, check, decide = setup
    assert decide("--clear").exit_code == 0
    assert check()[0] == 0
    listed.write_text(LIST.format(aliases="Kestrel Precision;KPT Holding"), encoding="utf-8")
    code, result = check()
    assert code == 1 and "cleared" not in result["hits"][0]


def test_confirm_overrides_an_earlier_clear(setup) -> None:
    _, _, check, decide = setup
    decide("--clear")
    assert decide("--confirm", "--reason", "same firm after all").exit_code == 0
    assert check()[0] == 1


def test_a_decision_limited_to_a_country(setup) -> None:
    _, _, check, decide = setup
    decide("--clear", "--country", "Germany")
    assert check(country="DE")[0] == 0
    assert check(country="JP")[0] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--clear", "--entry", "watch:W9"], "no rule or list entry 'watch:W9'"),
        (
            ["--clear", "--entry", "RU-ROBOTS"],
            "RU-ROBOTS is an item rule: decisions are about parties",
        ),
        ([], "give exactly one of --clear (not that entry) or --confirm (a match)"),
        (["--clear", "--confirm"], "give exactly one of --clear"),
        (["--clear", "--until", "31/12/2030"], "bad date '31/12/2030'"),
        (
            ["--clear", "--until", "2020-12-31"],
            "--until 2020-12-31 is in the past (today is ",
        ),
        (["--clear", "--country", "Atlantis"], "unknown country 'Atlantis'"),
    ],
)
def test_decide_rejects_bad_input(setup, args, message) -> None:
    result = setup[3](*args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {message}")


def test_batch_applies_decisions(runner, setup, tmp_path) -> None:
    db, listed, _, decide = setup
    decide("--clear")
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "order_id,description,consignee,country,date\n"
        "1,green tea,Kestrel Precision Trading,JP,2024-05-01\n"
        "2,green tea,Kestrel Precision Trading,JP,2024-05-01\n",
        encoding="utf-8",
    )
    for workers in ("1", "2"):
        result = runner.invoke(
            app,
            ["batch", str(orders), "-q", "--list", str(listed), "--db", db, "--workers", workers],
        )
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [r["status"] for r in rows] == ["clear", "clear"]
        assert ", cleared D-" in rows[0]["reason"]


def test_decisions_list_export_import(runner, setup, tmp_path) -> None:
    db, listed_file, _, decide = setup
    decide("--clear", "--until", "2030-01-31", "--country", "DE")
    listed = json.loads(runner.invoke(app, ["decisions", "list", "--db", db, "-f", "json"]).stdout)
    assert [(d["party"], d["country"], d["valid_until"]) for d in listed] == [
        ("Kestrel Precision Trading", "DE", "2030-01-31")
    ]
    filtered = runner.invoke(
        app, ["decisions", "list", "--party", "Nobody", "--db", db, "-f", "json"]
    )
    assert json.loads(filtered.stdout) == []
    exported = tmp_path / "decisions.csv"
    assert (
        runner.invoke(app, ["decisions", "export", "--db", db, "-o", str(exported)]).exit_code == 0
    )
    other = str(tmp_path / "other.db")
    args = ["decisions", "import", str(exported), "--list", str(listed_file), "--db", other]
    first = runner.invoke(app, args)
    assert first.exit_code == 0 and first.stderr == "1 decision imported, 0 already recorded\n"
    again = runner.invoke(app, args)
    assert again.stderr == "0 decisions imported, 1 already recorded\n"
    mine = json.loads(runner.invoke(app, ["decisions", "list", "--db", other, "-f", "json"]).stdout)
    provenance = ("imported_by", "imported_at", "imported_from")
    assert [{k: v for k, v in d.items() if k not in provenance} for d in mine] == [
        {k: v for k, v in d.items() if k not in provenance} for d in listed
    ]
    assert [d["imported_from"] for d in mine] == [str(exported)]
    assert [d["imported_by"] for d in listed] == [None]


def test_a_decision_for_any_country_is_exported_and_imported(runner, setup, tmp_path) -> None:
    """s28 H9: `decide` without --country (the README's example) round-trips."""
    db, listed_file, _, decide = setup
    decide("--clear")
    exported = tmp_path / "decisions.csv"
    assert (
        runner.invoke(app, ["decisions", "export", "--db", db, "-o", str(exported)]).exit_code == 0
    )
    other = str(tmp_path / "other.db")
    result = runner.invoke(
        app, ["decisions", "import", str(exported), "--list", str(listed_file), "--db", other]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == "1 decision imported, 0 already recorded\n"
    listed = runner.invoke(app, ["decisions", "list", "--db", other, "-f", "json"])
    assert [d["country"] for d in json.loads(listed.stdout)] == [""]


def test_import_names_the_bad_line(runner, setup, tmp_path) -> None:
    db, _, _, decide = setup
    decide("--clear")
    exported = tmp_path / "decisions.csv"
    runner.invoke(app, ["decisions", "export", "--db", db, "-o", str(exported)])
    text = exported.read_text(encoding="utf-8").replace(",clear,", ",maybe,")
    exported.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["decisions", "import", str(exported), "--db", db])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {exported}:2: verdict 'maybe' is neither clear nor confirm\n"
    (tmp_path / "bad.csv").write_text("party,entry\nx,y\n", encoding="utf-8")
    result = runner.invoke(app, ["decisions", "import", str(tmp_path / "bad.csv"), "--db", db])
    assert result.exit_code == 2 and "missing columns reference, country, entry_id" in result.stderr


def test_a_version_1_database_is_upgraded(runner, tmp_path) -> None:
    """A database written by the first release (schema version 1) opens, is
    upgraded in place, and keeps its runs."""
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as connection:
        connection.executescript(schema.MIGRATIONS[0])
        connection.execute(
            "INSERT INTO runs (command, options, started_at, ended_at, user, host, tool_version, "
            "rulebook_version, rulebook_sha256, rulebook_path, block_threshold, review_threshold, "
            "rows, review) VALUES ('check', '{}', '2025-01-02T03:04:05+00:00', "
            "'2025-01-02T03:04:05+00:00', 'bob', 'pc', '0.2.0', 'v', 'abc', '/r', 90, 75, 1, 1)"
        )
        connection.execute(
            "INSERT INTO row_chunks VALUES (1, 1, 1, ?, NULL)",
            (json.dumps([[1, "", "tea", "Sberbnk", "", "RU", "2025-01-02", "review", None]]),),
        )
        connection.execute(
            "INSERT INTO hits VALUES (1, 1, 1, 'ENT-SBERBANK', 'entity', 'consignee', 'Sberbnk', "
            "'Sberbank', 87.5, 'review', 'Sberbank', 'listed name', '{}')"
        )
        connection.execute("PRAGMA user_version = 1")
    result = runner.invoke(app, ["history", "show", "1", "--db", str(db), "-f", "json"])
    assert result.exit_code == 1, result.output
    run = json.loads(result.stdout)
    assert (run["user"], run["flagged_rows"][0]["hits"][0]["rule_id"]) == ("bob", "ENT-SBERBANK")
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (schema.LATEST,)
        columns = [c[1] for c in connection.execute("PRAGMA table_info(hits)")]
        assert columns[-1] == "cleared"
        assert connection.execute("SELECT cleared FROM hits").fetchall() == [("",)]
        assert connection.execute("SELECT count(*) FROM decisions").fetchone() == (0,)
    # and it records new runs
    runner.invoke(app, ["check", "tea", "--country", "JP", "--db", str(db)])
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT max(id) FROM runs").fetchone() == (2,)


@pytest.mark.parametrize(
    ("written", "as_listed"),
    [
        ("Kestrel Precision Trading Limited Liability Company", "Kestrel Precision Trading LLC"),
        ("Kestrel Aktiengesellschaft", "KESTREL AG"),
        ("Obshchestvo s ogranichennoy otvetstvennostyu Kestrel", "OOO Kestrel"),
        ("Общество с ограниченной ответственностью «Кестрел»", "ООО Кестрел"),
        ("Kestrel Spolka z ograniczona odpowiedzialnoscia", "Kestrel Sp. z o.o."),
        ("Kestrel Societatea cu raspundere limitata", "Kestrel S.R.L."),
        ("Kestrel Kabushiki Kaisha", "Kestrel Co., Ltd."),
        ("Public Joint Stock Company Kestrel", "PJSC KESTREL"),
        ("Abdurrahman Kestrel Trading LLC", "Abd al-Rahman Kestrel Trading"),
        ("Hayat Ullah Kestrel Trading", "Hayatullah Kestrel Trading"),
        ("Kestrel Trading K.K.", "Kestrel Trading Kabushiki Kaisha"),
        ("Kestrel Trading Limiteed", "Kestrel Trading Ltd"),
    ],
)
def test_a_party_is_keyed_without_its_legal_form_in_any_language(written, as_listed) -> None:
    """A decision on a party applies to it however its legal form is written: the
    key drops the forms the name matcher drops (its table, in every language)."""
    from screen.runs.decisions import party_key

    assert party_key(written) == party_key(as_listed)


def test_a_party_key_keeps_what_is_not_a_legal_form() -> None:
    from screen.runs.decisions import party_key

    assert party_key("Kestrel Trading LLC") != party_key("Kestrel LLC")
    assert party_key("LLC") == "lk"  # nothing but a legal form: kept whole


def test_a_decision_clears_the_party_written_with_its_legal_form_spelt_out(setup) -> None:
    _, _, check, decide = setup
    assert decide("--clear", party="Kestrel Precision Trading LLC").exit_code == 0
    code, after = check("Kestrel Precision Trading Limited Liability Company")
    assert code == 0 and after["hits"][0]["cleared"]


def test_decisions_keyed_the_older_way_are_rekeyed(runner, setup) -> None:
    """A database whose decisions were keyed before version 7 (legal forms from a
    short list) is upgraded, and its decisions re-keyed from their party's name the
    first time they are read, so they keep applying."""
    db, _, check, decide = setup
    assert decide("--clear", party="Kestrel Precision Trading Aktiengesellschaft").exit_code == 0
    with sqlite3.connect(db) as connection:  # as an older screen keyed and stored it
        connection.execute("UPDATE decisions SET party_key = 'kestrel prekision trading "
                           "aktiengeselskhaft', key_version = 1")  # fmt: skip
    listed = runner.invoke(app, ["decisions", "list", "--party", "Kestrel Precision Trading AG",
                                 "--db", db, "-f", "json"])  # fmt: skip
    assert listed.exit_code == 0, listed.output
    assert [d["party"] for d in json.loads(listed.stdout)] == [
        "Kestrel Precision Trading Aktiengesellschaft"
    ]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT party_key, key_version FROM decisions").fetchall() == [
            ("kestrel prekision trading", KEY_VERSION)
        ]
    code, after = check("Kestrel Precision Trading AG")
    assert code == 0 and after["hits"][0]["cleared"]
