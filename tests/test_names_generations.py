"""What a party text states beside a person's name, weighed against every name of
the listed entry (sets 17 and 18): the generation written after the name ("Jr.",
"Sr.", "III", "hijo") and the father's name a patronymic gives ("Oleg Ivanovich
PANTELEEV" against PANTELEEV, Oleg Evgenevich, whose alias "Oleg PANTELEEV" has
none).  Where they differ from every one the entry states, the name is another
person's, and its score is cut below review."""

from __future__ import annotations

import datetime as dt

import pytest

from screen.engine.parties import PartyMatcher, name_candidates, weigh_father, weigh_generation
from screen.matching.names import NameIndex
from screen.matching.names.fathers import patronymics, same_father
from screen.matching.names.generations import differ, generation
from screen.models import Direction, Kind, Rule, Severity, Source, Thresholds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KNOWLES, JR., Samuel", "junior"),
        ("Samuel Knowles Sr.", "senior"),
        ("Samuel Knowles Jnr", "junior"),
        ("Arturo Meza hijo", "junior"),  # Spanish, as Portuguese "filho", French "fils"
        ("DEL ROSARIO SANTOS III, Hilarion", "3"),
        ("Hilarion Santos 3rd", "3"),
        ("Sr. Juan Perez", ""),  # first: Señor, a title
        ("Junior Seau", ""),  # first: a given name
        ("Samuel Knowles Jr. and Sr.", ""),  # two: unsure
        ("Ivan Petrov", ""),
    ],
)
def test_the_generation_a_name_states(text: str, expected: str) -> None:
    assert generation(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("junior", "senior", True),
        ("junior", "3", True),
        ("senior", "2", True),
        ("junior", "2", False),  # a son named after his father is "Jr." or "II"
        ("junior", "junior", False),
        ("", "senior", False),  # nothing stated: nothing known
    ],
)
def test_generations_differ(a: str, b: str, expected: bool) -> None:
    assert differ(a, b) is expected


def _person(rule_id: str, *names: str, kind: str = "person") -> Rule:
    return Rule(
        id=rule_id, kind=Kind.ENTITY, title=names[0], measure="m", authority="a",
        direction=Direction.BOTH, effective_from=dt.date.min, severity=Severity.BLOCK,
        source=Source(list="ofac-sdn", entry_id=rule_id), names=names, type=kind,
    )  # fmt: skip


def test_weighing_cuts_only_another_generation() -> None:
    junior = _person("l:1", "KNOWLES, JR., Samuel", "KNOWLES, Samuel")
    assert weigh_generation(98.0, junior, "senior") == (
        68.6,
        "the text states the generation senior, the list junior: another person of "
        "the family, the score cut to 0.7 of it",
    )
    assert weigh_generation(98.0, junior, "junior") == (98.0, "")
    assert weigh_generation(98.0, junior, "") == (98.0, "")
    assert weigh_generation(98.0, _person("l:2", "KNOWLES, Samuel"), "senior") == (98.0, "")
    vessel = _person("l:3", "OCEAN STAR III", kind="vessel")
    assert weigh_generation(98.0, vessel, "junior") == (98.0, "")


def _screened(people: list[Rule], text: str) -> tuple[list[str], tuple[str, ...]]:
    """The entities a name field hits among these people, and the run's notes."""
    rules = {rule.id: rule for rule in people}
    index = NameIndex((r.id, n, False, True, False) for r in people for n in r.names)
    hits, notes = name_candidates(
        PartyMatcher([index]), rules.__getitem__, "consignee", text, Direction.EXPORT,
        Thresholds(),
    )  # fmt: skip
    return [h.rule_id for h, _ in hits], notes


def test_a_namesake_of_another_generation_is_set_aside() -> None:
    people = [
        _person("l:jr", "KNOWLES, JR., Samuel", "Samuel KNOWLES"),
        _person("l:sr", "KNOWLES SR., Samuel"),
    ]
    assert _screened(people, "Samuel Knowles Sr.")[0] == ["l:sr"]
    assert _screened(people, "Samuel Knowles Jr.")[0] == ["l:jr"]
    assert sorted(_screened(people, "Samuel Knowles")[0]) == ["l:jr", "l:sr"]
    hits, notes = _screened(people, "Samuel Knowles III")
    assert hits == []
    assert notes == (
        "l:jr: not counted: 'Samuel KNOWLES' scores 80, the text states the generation 3, "
        "the list junior: another person of the family, the score cut to 0.7 of it, which "
        "leaves 56, below review (75)",
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("evgenevich", "evgenyevich", True),  # one name, two spellings
        ("anatolevich", "anatolievich", True),
        ("aleksandrovich", "aliaksandravich", True),  # Belarusian
        ("ivxnovich", "ivanovich", True),  # a typo
        ("vladimireivanovich", "ivanovich", True),  # a given name run together with it
        ("ivanovich", "evgenevich", False),
        ("sergeevich", "vyacheslavovich", False),
        ("vadimovich", "vladimirovich", False),
    ],
)
def test_same_father(a: str, b: str, expected: bool) -> None:
    assert same_father(a, b) is expected


def test_weighing_the_father_s_name() -> None:
    rule = _person("l:1", "PANTELEEV, Oleg Evgenevich", "PANTELEEV, Oleg")
    assert patronymics("Oleg Ivanovich PANTELEEV") == frozenset({"ivanovich"})
    assert weigh_father(89.0, rule, "Oleg Ivanovich PANTELEEV") == (
        62.3,
        "the text states the father's name ivanovich, the list evgenevich: another "
        "person, the score cut to 0.7 of it",
    )
    assert weigh_father(89.0, rule, "Oleg Evgenyevich Panteleev") == (89.0, "")
    assert weigh_father(89.0, rule, "Oleg Panteleev") == (89.0, "")
    assert weigh_father(89.0, _person("l:2", "PANTELEEV, Oleg"), "Oleg Ivanovich") == (89.0, "")


def test_an_alias_without_a_father_s_name_lets_no_other_father_through() -> None:
    people = [_person("l:1", "PANTELEEV, Oleg Evgenevich", "PANTELEEV, Oleg")]
    assert _screened(people, "Oleg Ivanovich PANTELEEV")[0] == []
    assert _screened(people, "Oleg Evgenevich PANTELEEV")[0] == ["l:1"]
    assert _screened(people, "Oleg PANTELEEV")[0] == ["l:1"]
