"""Lists exactly as governments publish them: the trailing Ctrl-Z, blank trailing lines,
the OFAC Consolidated (non-SDN) list, the BIS Denied Persons List and OpenSanctions
FollowTheMoney JSON, each from the real sample files."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from screen.cli import app
from screen.errors import ListFormatError
from screen.lists import load_list
from screen.lists.detect import strip_trailer
from tests.conftest import DATA

LISTS = DATA / "lists"
CONS = LISTS / "ofac-consolidated" / "cons_prim.csv"
DPL = LISTS / "bis" / "dpl.txt"
FTM = LISTS / "opensanctions" / "entities.ftm.json"


def test_the_consolidated_files_end_with_ctrl_z_as_treasury_publishes_them() -> None:
    for name in ("cons_prim.csv", "cons_alt.csv", "cons_add.csv"):
        assert (CONS.parent / name).read_bytes().endswith(b"\r\n\x1a")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b\r\n\x1a", "a,b\r\n"),
        ("a,b\r\n", "a,b\r\n"),
        ("a,b\n\n\n", "a,b\n"),
        ("a,b\r\n\r\n\x1a\r\n", "a,b\r\n"),
        ("a,b\x1a", "a,b"),
        ("a,b  ", "a,b  "),  # trailing spaces in the last line are data
        ("a\x1ab\n", "a\x1ab\n"),  # a Ctrl-Z inside the data is not an end marker
        ("", ""),
    ],
)
def test_strip_trailer(text, expected) -> None:
    assert strip_trailer(text) == expected


@pytest.mark.parametrize(
    ("path", "fmt", "count"),
    [(CONS, "ofac-cons", 442), (DPL, "dpl", 417), (FTM, "ftm", 6)],
)
def test_each_new_format_loads_from_the_real_files(path, fmt, count) -> None:
    loaded = load_list(str(path))
    assert (loaded.format, len(loaded.rules)) == (fmt, count)
    assert all(r.kind.value == "entity" and r.names for r in loaded.rules)


@pytest.mark.parametrize("trailer", ["\x1a", "\r\n\r\n", "\r\n\x1a\r\n", "\n\n\x1a"])
@pytest.mark.parametrize(
    ("source", "name"),
    [
        (LISTS / "ofac" / "sdn.csv", "sdn.csv"),
        (LISTS / "un" / "consolidated.xml", "un.xml"),
        (LISTS / "csl" / "consolidated.csv", "csl.csv"),
        (DPL, "dpl.txt"),
        (FTM, "entities.ftm.json"),
        (LISTS / "own-watch-list.csv", "own.csv"),
    ],
)
def test_every_importer_tolerates_an_end_marker_and_blank_lines(
    tmp_path, source, name, trailer
) -> None:
    path = tmp_path / name
    path.write_bytes(source.read_bytes().rstrip(b"\r\n\x1a") + b"\r\n" + trailer.encode())
    expected = [r.id.split(":", 1)[1] for r in load_list(str(source)).rules]
    assert [r.id.split(":", 1)[1] for r in load_list(str(path)).rules] == expected


def test_consolidated_entry_with_aliases_addresses_and_remark_akas() -> None:
    rules = {r.id: r for r in load_list(str(CONS)).rules}
    haniya = rules["ofac-cons:9639"]
    assert haniya.names == ("HANIYA, Ismail Abdul Salah", "HANIYA, Ismail", "HANIYYA, Ismaeel")
    assert haniya.type == "person" and haniya.programs == ("NS-PLC",)
    zahhar = rules["ofac-cons:9647"]
    assert zahhar.programs == ("SDGT", "NS-PLC")
    assert zahhar.weak_names == ("ZAHAR, Mahmoud", "AL-ZAHAR, Mahmoud")
    assert "Gaza" in rules["ofac-cons:9641"].addresses[0]
    assert rules["ofac-cons:9641"].measure.startswith("OFAC Consolidated (non-SDN)")


def test_cons_alt_passed_alone_is_explained(tmp_path) -> None:
    path = tmp_path / "cons_alt.csv"
    path.write_bytes((CONS.parent / "cons_alt.csv").read_bytes())
    with pytest.raises(ListFormatError) as caught:
        load_list(str(path))
    assert str(caught.value) == (
        f"{path}: this is an OFAC file of alternate names (5 fields a line); pass cons_prim.csv "
        "instead (the alternate-name and address files beside it are read with it)"
    )


def test_the_sdn_layout_under_another_name_is_read_as_consolidated_when_forced(tmp_path) -> None:
    path = tmp_path / "nonsdn.csv"
    path.write_bytes(CONS.read_bytes())
    assert load_list(str(path)).rules[0].id == "ofac-sdn:9639"  # detected: the SDN layout
    assert load_list(str(path), "ofac-cons").rules[0].id == "ofac-cons:9639"


def test_denied_persons_rows_of_one_order_are_one_entry() -> None:
    rules = load_list(str(DPL)).rules
    ash = sorted((r for r in rules if r.title == "I. ASH"), key=lambda r: r.source.note or "")
    assert [r.source.note for r in ash] == ["listed on 2002-03-04", "listed on 2003-06-19"]
    assert all(r.effective_from == dt.date.min for r in ash)  # (s33 D10)
    assert [len(r.addresses) for r in ash] == [2, 1]  # two orders; the first at two addresses
    assert ash[0].effective_to == dt.date(2056, 6, 29)
    assert ash[0].countries == ("US",) and ash[0].programs == ("Denied Persons List",)
    assert "67 F.R. 56530" in (ash[0].note or "")
    pearl = next(r for r in rules if r.title == "PEARL LI")
    assert pearl.names == ("PEARL LI", "NEI-CHIEN CHU")


def test_an_expired_denial_order_no_longer_applies() -> None:
    rule = next(r for r in load_list(str(DPL)).rules if r.title == "ADRIAN MANUEL HERNANDEZ")
    assert rule.in_force(dt.date(2019, 1, 1)) and not rule.in_force(dt.date(2021, 1, 1))


def test_denied_persons_ids_are_stable_across_editions(tmp_path) -> None:
    lines = DPL.read_text(encoding="utf-8").splitlines()
    shuffled = tmp_path / "dpl.txt"
    shuffled.write_text("\n".join([lines[0], *reversed(lines[1:])]), encoding="utf-8")
    assert {r.id for r in load_list(str(shuffled)).rules} == {
        r.id for r in load_list(str(DPL)).rules
    }


def test_followthemoney_entities() -> None:
    rules = {r.id: r for r in load_list(str(FTM)).rules}
    company = rules["eu_fsf:NK-2GdmHtZTeNXjNVrBGEXZNj"]
    assert company.title == "RAB „Inter Tobacco“" and company.type == "organization"
    assert "Общество с ограниченной ответственностью “Интер Тобако”" in company.names
    assert company.countries == ("BY",) and company.datasets == ("eu_fsf",)
    assert company.source.note == "listed on 2022-06-03"
    assert company.effective_from == dt.date.min  # the listing date never limits (s33 D10)
    person = rules["eu_fsf:NK-2Ka3UvopqbpZmVDFjWd4LA"]
    assert person.type == "person" and person.countries == ("RU",)
    assert "Виталий Юрьевич КУЗЬМЕНКО" in person.names
    assert (person.note or "").startswith("born 1971-01-22")
    assert not any("Majengo" in r.title for r in rules.values())  # an Address, not a party


def test_followthemoney_weak_aliases_addresses_and_several_datasets(tmp_path) -> None:
    lines = [
        {"id": "a1", "schema": "Address", "properties": {"full": ["1 Main St, Kobe"]}},
        {
            "id": "p1",
            "caption": "Acme Trading",
            "schema": "Company",
            "properties": {
                "name": ["Acme Trading"],
                "weakAlias": ["ACME"],
                "addressEntity": ["a1", "elsewhere"],
                "program": ["EU-RUS"],
            },
            "datasets": ["eu_fsf", "gb_hmt_sanctions"],
        },
        {"id": "p2", "caption": "Bystander", "schema": "Person", "target": False},
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["p1"]}},
    ]
    path = tmp_path / "mixed.ftm.json"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    (rule,) = load_list(str(path)).rules
    assert rule.id == "opensanctions:p1"
    assert rule.weak_names == ("ACME",) and rule.addresses == ("1 Main St, Kobe",)
    assert rule.programs == ("EU-RUS",) and rule.datasets == ("eu_fsf", "gb_hmt_sanctions")


def test_followthemoney_vessel_imo_numbers_are_names(tmp_path) -> None:
    vessel = {
        "id": "v1",
        "caption": "ARTAVIL",
        "schema": "Vessel",
        "properties": {"name": ["ARTAVIL"], "imoNumber": ["IMO9187629", "12345"]},
    }
    path = tmp_path / "vessel.ftm.json"
    path.write_text(json.dumps(vessel) + "\n", encoding="utf-8")
    loaded = load_list(str(path))
    assert loaded.rules[0].names == ("ARTAVIL", "IMO 9187629")  # (not a 5-digit number)
    assert loaded.index.search("IMO: 9187629", 75.0)


BAD = [
    (
        "e.ftm.json",
        '{"id": "x", "schema": "Person", "properties": {}}\n{oops\n',
        "ftm",
        ":2: not a JSON object",
    ),
    (
        "e.ftm.json",
        '{"schema": "Person", "properties": {}}\n',
        "ftm",
        ":1: a FollowTheMoney entity needs an id and a schema",
    ),
    (
        "e.ftm.json",
        '{"id": "x", "schema": "Person", "properties": {}}\n',
        "ftm",
        ":1: entity x has no name",
    ),
    (
        "dpl.txt",
        '"Name"\t"City"\n"X"\t"Y"\n',
        "dpl",
        ":1: not a Denied Persons List: no column Effective_Date",
    ),
    (
        "dpl.txt",
        '"Name"\t"Effective_Date"\n"X"\t"2020-01-01"\n',
        "dpl",
        ":2: Effective_Date '2020-01-01' is not a date in the list's MM/DD/YYYY form",
    ),
    ("dpl.txt", '"Name"\t"Effective_Date"\n""\t"01/01/2020"\n', "dpl", ":2: entry has no name"),
    ("cons_prim.csv", '1,"X","","P"\r\n\x1a', "ofac-cons", ":1: expected 12 fields, found 4"),
]


@pytest.mark.parametrize(("name", "content", "fmt", "message"), BAD)
def test_malformed_new_formats_name_the_file_and_line(
    tmp_path, name, content, fmt, message
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ListFormatError) as caught:
        load_list(str(path), fmt)
    assert str(caught.value).startswith(f"{path}{message}")


def test_check_against_the_consolidated_list_on_the_command_line(runner) -> None:
    result = runner.invoke(
        app,
        [
            "check",
            "tea",
            "-c",
            "Ismail Haniya",
            "--country",
            "ES",
            "--date",
            "2024-05-01",
            "--list",
            str(CONS),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["hits"][0]["rule_id"] == "ofac-cons:9639"
