"""Dates of birth: read from a party text and from each list format, weighed against
each other, so that a namesake whose stated date of birth contradicts the listed
person's is told apart (15 off the name's score: a field with a date scores 89 at
most, so the namesake falls below review, with a note), and a hit says what was
weighed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import fromstring

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.engine.parties import BIRTH_PENALTY, weigh_births
from screen.errors import RulebookError
from screen.lists import load_list
from screen.lists.birthdates import iso_births, ofac_births
from screen.lists.un import births as un_births
from screen.matching.births import contradicts, parse_listed, stated_births
from screen.models import Direction, Kind, Rule, Severity, Source
from screen.rulebook.loader import load_rulebook

ROOT = Path(__file__).resolve().parent.parent

STATED = [
    ("Israel Ziv, DOB 03.03.1988, Israeli", ["1988-03-03"]),
    ("Tariq Aziz, born 28 Apr 1936 in Jalandhar", ["1936-04-28"]),
    ("Muhammad Sabbagh, b. 1990, Lebanese", ["1990"]),
    ("Oman Rochman, DOB 05-01-1972", ["1972-01-05"]),
    ("Qasem Soleimani, born 11 March 1957 in Qom", ["1957-03-11"]),
    ("Gennady Timchenko (b. 9 Nov 1952, Finnish citizen)", ["1952-11-09"]),
    ("ZHOU Jianshu DOB 1971-07-15 PRC passport", ["1971-07-15"]),
    ("Gotthard Lerch (German national, geb. am 21.12.1942)", ["1942-12-21"]),
    ("Juan Perez, nacido el 12/31/1960", ["1960-12-31"]),  # the US order, where it must be
    ("Ivan Petrov, date of birth: October 1961", ["1961-10"]),
    ("Omar Haji, born circa 1960", ["~1960"]),
    ("Jane Doe, D.O.B. Oct 12, 1951", ["1951-10-12"]),
    ("Pierre Martin, né le 3 mars 1948", ["1948-03-03"]),
    ("Иван Петров, дата рождения 01.02.1970", ["1970-02-01"]),
    # no cue, no date of birth: an order's or a document's date says nothing of a birth
    ("Aleksey Lukashev, 07.11.1990, Russian citizen", []),
    ("Acme Trading, invoice 2024-03-01", []),
    ("Building 1990 Ltd", []),
    ("Bob, born in Moscow", []),
    ("Petrov, b. 1790", []),  # (not a year of birth of anyone living)
]


@pytest.mark.parametrize(("text", "dates"), STATED)
def test_the_dates_of_birth_a_party_text_states(text: str, dates: list[str]) -> None:
    assert [b.text for b in stated_births(text)] == dates


@pytest.mark.parametrize(
    ("remarks", "dates"),
    [
        ("DOB 06 Jul 1957; nationality Israel", ["1957-07-06"]),
        ("DOB 1936; alt. DOB 01 Jul 1936; POB Mosul, Iraq", ["1936", "1936-07-01"]),
        ("DOB circa 1960; POB Kandahar", ["~1960"]),
        ("DOB 1960 to 1962;", ["1960/1962"]),
        ("DOB 01 Jan 1960 to 31 Dec 1962;", ["1960/1962"]),
        ("DOB circa 1978-1980;", ["~1978/1980"]),
        ("DOB Feb 1970;", ["1970-02"]),
        ("Linked To: ACME; Website www.example.com", []),
    ],
)
def test_ofac_remarks_give_the_dates_of_birth(remarks: str, dates: list[str]) -> None:
    assert ofac_births(remarks) == dates


def test_the_un_list_and_iso_dates_give_the_dates_of_birth() -> None:
    person = fromstring(
        "<INDIVIDUAL><INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>"
        "<DATE>1961-03-21</DATE></INDIVIDUAL_DATE_OF_BIRTH><INDIVIDUAL_DATE_OF_BIRTH>"
        "<TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1962</YEAR></INDIVIDUAL_DATE_OF_BIRTH>"
        "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1973"
        "</FROM_YEAR><TO_YEAR>1974</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>"
    )
    assert un_births(person) == ["1961-03-21", "~1962", "1973/1974"]
    assert iso_births(["1951-10-12; 1952", "1970-02", "unknown"]) == [
        "1951-10-12",
        "1952",
        "1970-02",
    ]


AGREE = [  # (stated, listed, contradicts?)
    ("born 1957", ["1957-07-06"], False),
    ("born 1958", ["1957-07-06"], False),  # a year alone: one year either way
    ("born 1959", ["1957-07-06"], True),
    ("DOB 06.07.1957", ["1957-07-06"], False),
    ("DOB 07.06.1957", ["1957-07-06"], False),  # day and month either way round
    ("DOB 28 Apr 1936", ["1936-07-01"], True),  # same year, another day
    ("DOB 28 Apr 1936", ["1936", "1936-07-01"], False),  # one listed date agrees
    ("born 1964", ["~1962"], False),  # about: three years either way
    ("born 1966", ["~1962"], True),
    ("born 1975", ["1973/1974"], False),
    ("born 1980", ["1973/1974"], True),
]


@pytest.mark.parametrize(("text", "listed", "expected"), AGREE)
def test_a_stated_date_agrees_or_contradicts(text: str, listed: list[str], expected: bool) -> None:
    known = [b for b in map(parse_listed, listed) if b]
    assert contradicts(stated_births(f"Someone, {text}"), known) is expected


def _person(born: tuple[str, ...], kind: str = "person") -> Rule:
    source = Source(list="ofac-sdn", entry_id="1")
    return Rule(
        id="ofac-sdn:1", kind=Kind.ENTITY, title="ZIV, Israel", measure="m", authority="a",
        direction=Direction.BOTH, effective_from=dt.date.min,
        severity=Severity.BLOCK, source=source, names=("ZIV, Israel",), type=kind, born=born,
    )  # fmt: skip


def test_weighing_takes_the_penalty_only_on_a_contradiction() -> None:
    rule = _person(("1957-07-06",))
    assert weigh_births(89.0, rule, stated_births("Israel Ziv, DOB 03.03.1988")) == (
        89.0 - BIRTH_PENALTY,
        "born 1988-03-03 as the text states, listed born 1957-07-06: "
        "a different date of birth takes 15 off the score",
    )
    assert weigh_births(89.0, rule, stated_births("Israel Ziv, b. 6 July 1957")) == (
        89.0,
        "born 1957-07-06, as listed",
    )
    assert weigh_births(89.0, rule, ()) == (89.0, "")
    assert weigh_births(89.0, _person(()), stated_births("X, born 1988")) == (89.0, "")
    assert weigh_births(89.0, _person(("1957",), "vessel"), stated_births("X, b. 1988")) == (
        89.0,
        "",
    )


def _sdn(folder: Path) -> Path:
    folder.mkdir()
    rows = [
        '26157,"ZIV, Israel","individual","SOUTH SUDAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
        '"DOB 06 Jul 1957; nationality Israel; Gender Male."',
        '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
    ]
    path = folder / "sdn.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def _check(sdn: Path, consignee: str) -> tuple[int, dict[str, Any]]:
    args = ["check", "office chairs", "-c", consignee, "--country", "JP", "--list", str(sdn)]
    result = CliRunner().invoke(app, [*args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_a_namesake_with_another_date_of_birth_is_told_apart(tmp_path: Path) -> None:
    sdn = _sdn(tmp_path / "lists")
    assert load_list(str(sdn)).rules[0].born == ("1957-07-06",)
    code, out = _check(sdn, "Israel Ziv, DOB 03.03.1988, Israeli")
    assert code == 0 and out["status"] == "clear" and out["hits"] == []
    assert out["notes"] == [
        "ofac-sdn:26157: not counted: 'ZIV, Israel' scores 89, born 1988-03-03 as the text "
        "states, listed born 1957-07-06: a different date of birth takes 15 off the score, "
        "which leaves 74, below review (75)"
    ]
    code, out = _check(sdn, "Israel Ziv, born 6 July 1957, Israeli")
    (hit,) = out["hits"]
    assert code == 1 and hit["detail"].endswith("born 1957-07-06, as listed")
    shown = CliRunner().invoke(app, ["source", "ofac-sdn:26157", "--list", str(sdn), "-f", "table"])
    assert "  born       1957-07-06\n" in shown.stdout
    code, out = _check(sdn, "Israel Ziv")  # no date of birth: nothing weighed
    (hit,) = out["hits"]
    assert code == 1 and hit["score"] == 100 and "born" not in hit["detail"]


def test_a_namesake_set_aside_lets_the_next_listed_name_in() -> None:
    from screen.engine.parties import PartyMatcher, name_candidates
    from screen.matching.names import NameIndex
    from screen.models import Thresholds

    rules = {
        f"l:{i}": _person((f"{1900 + i}",)) if i < 12 else _person(("1988",)) for i in range(13)
    }
    rules = {k: Rule(**{**vars(r), "id": k}) for k, r in rules.items()}
    index = NameIndex((k, "ZIV, Israel", False, True, False) for k in rules)
    found, notes = name_candidates(
        PartyMatcher([index]), rules.__getitem__, "consignee", "Israel Ziv, b. 1988",
        Direction.EXPORT, Thresholds(),
    )  # fmt: skip
    assert [h.rule_id for h, _ in found] == ["l:12"]
    assert len(notes) == 10 and all("not counted" in n for n in notes)


PERSON = """\
rules:
  - id: OWN-KOWALSKI
    kind: entity
    title: Jan Kowalski
    measure: own watch list
    authority: test
    direction: both
    effective_from: 2022-05-20
    severity: block
    names: [Jan Kowalski]
    type: {kind}
    born: {born}
    source:
      seed: 002_2c95c9e8002346b3.txt
      quote: Japan said Friday that it will ban exports of cutting-edge goods to Russia
"""


def _rulebook(tmp_path: Path, born: str, kind: str = "person") -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (rules / "rulebook.yaml").write_text('version: "test"\n', encoding="utf-8")
    (rules / "entities.yaml").write_text(PERSON.format(born=born, kind=kind), encoding="utf-8")
    return rules


def test_the_rulebook_gives_a_person_dates_of_birth(tmp_path: Path) -> None:
    rules = _rulebook(tmp_path, "[1951-10-12, 1960/1962, '~1970', 1975]")
    (rule,) = load_rulebook(rules).rules
    assert rule.born == ("1951-10-12", "1960/1962", "~1970", "1975")


@pytest.mark.parametrize(
    ("born", "kind", "message"),
    [
        (
            "[sometime]",
            "person",
            "'sometime' is not a date of birth: use 1951-10-12, 1951-10, 1951",
        ),
        ("[1951-13-01]", "person", "'1951-13-01' is not a date of birth"),
        ("[1951]", "organization", "only a person has dates of birth: add 'type: person'"),
    ],
)
def test_a_wrong_date_of_birth_in_the_rulebook_names_its_line(
    tmp_path: Path, born: str, kind: str, message: str
) -> None:
    with pytest.raises(RulebookError) as caught:
        load_rulebook(_rulebook(tmp_path, born, kind))
    assert message in str(caught.value) and "entities.yaml:" in str(caught.value)


def test_lists_diff_sees_a_changed_date_of_birth(tmp_path: Path) -> None:
    from screen.lists.diff import FieldChange, diff_lists

    old = _sdn(tmp_path / "old")
    new = _sdn(tmp_path / "new")
    new.write_text(new.read_text(encoding="utf-8").replace("DOB 06 Jul 1957", "DOB 1957"))
    (change,) = diff_lists(load_list(str(old)), load_list(str(new))).changed
    assert change.values == (FieldChange("born", "1957-07-06", "1957"),)


@pytest.mark.parametrize("text", ["NATO 1949 Summit Services", "Acme NE 1990 Ltd"])
def test_words_that_only_look_like_birth_cues_state_no_date(text: str) -> None:
    assert stated_births(text) == ()
