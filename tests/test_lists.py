"""Sanctions lists: each format from the real sample files, malformed files, recall
of every OFAC alias, and the index against exhaustive scoring."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path

import pytest

from screen.cli import app
from screen.errors import InputError, ListFormatError
from screen.lists import detect_format, load_list
from screen.matching.names import NameIndex
from screen.text.normalize import normalize
from screen.text.orgwords import GENERIC
from tests.conftest import DATA

LISTS = DATA / "lists"
SDN = LISTS / "ofac" / "sdn.csv"
UN = LISTS / "un" / "consolidated.xml"
CSL_OLD = LISTS / "csl" / "csl.csv"
CSL_NEW = LISTS / "csl" / "consolidated.csv"
OWN = LISTS / "own-watch-list.csv"


@pytest.fixture(scope="module")
def ofac(tmp_path_factory):
    # module-scoped: built before the per-test cache folder is set, so it sets its own
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCREEN_CACHE_DIR", str(tmp_path_factory.mktemp("ofac-cache")))
        return load_list(str(SDN))


@pytest.mark.parametrize(
    ("path", "fmt", "count"),
    [
        (SDN, "ofac", 7379),
        (UN, "un", 1003),
        (CSL_OLD, "csl", 115),
        (CSL_NEW, "csl", 13),
        (OWN, "simple", 3),
    ],
)
def test_each_format_loads_from_the_real_files(path, fmt, count) -> None:
    loaded = load_list(str(path))
    assert loaded.format == fmt
    assert len(loaded.rules) == count
    assert all(r.kind.value == "entity" and r.names for r in loaded.rules)


def test_ofac_entry(ofac) -> None:
    rule = next(r for r in ofac.rules if r.id == "ofac-sdn:306")
    assert rule.title == "BANCO NACIONAL DE CUBA"
    assert rule.names == ("BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA")
    assert rule.weak_names == ("BNC",)  # a.k.a. in the remarks: weaker
    assert rule.programs == ("CUBA",)
    assert "Zweierstrasse 35, Zurich CH-8022, Switzerland" in rule.addresses
    assert {"CH", "JP"} <= set(rule.countries)
    assert rule.source.list == "ofac-sdn" and rule.source.entry_id == "306"
    assert len(rule.source.sha256 or "") == 64


def test_sdn_alone_loads_without_alt_and_add(tmp_path) -> None:
    (tmp_path / "sdn.csv").write_bytes(SDN.read_bytes())
    rule = next(r for r in load_list(str(tmp_path / "sdn.csv")).rules if r.id == "ofac-sdn:306")
    assert rule.names == ("BANCO NACIONAL DE CUBA",) and rule.addresses == ()


def test_un_entries() -> None:
    loaded = load_list(str(UN))
    first = next(r for r in loaded.rules if r.id == "un:CDi.001")
    assert first.title == "ERIC BADEGE" and first.type == "person"
    assert first.source.note == "listed on 2012-12-31"  # a note: never a limit (s33 D10)
    assert first.effective_from == dt.date.min and first.in_force(dt.date(2000, 1, 1))
    weak = [r for r in loaded.rules if r.weak_names]
    assert weak, "low-quality aliases are kept, scored lower"
    assert any(r.type == "organization" for r in loaded.rules)


def test_csl_review_sources() -> None:
    loaded = load_list(str(CSL_NEW))
    by_source = {r.programs[0]: r.severity.value for r in loaded.rules}
    assert by_source["Entity List (EL) - Bureau of Industry and Security"] == "review"
    assert by_source["Specially Designated Nationals (SDN) - Treasury Department"] == "block"
    isn = next(r for r in loaded.rules if r.title.startswith("Sinobright"))
    assert isn.title == "Sinobright Import and Export Company"  # "; and any successor..." dropped


def test_simple_list_ids_come_from_the_file_name() -> None:
    rules = load_list(str(OWN)).rules
    assert [r.id for r in rules] == ["own-watch-list:W1", "own-watch-list:W2", "own-watch-list:W3"]
    assert rules[1].names == ("Ivanov Pavel Sergeevich", "Pavel Ivanov", "Павел Иванов")
    assert rules[2].type == "vessel" and rules[2].countries == ("PA",)


BAD_FILES = [
    (
        "sdn.csv",
        '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\n',
        "ofac",
        "sdn.csv:1: expected 12 fields, found 4",
    ),
    (
        "sdn.csv",
        '36,"A",-0-,"CUBA",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n37,A\rB,-0-,"CUBA",-0-\n',
        "ofac",
        "sdn.csv:2: not valid CSV (new-line character seen in unquoted field",
    ),
    (
        "list.xml",
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>",
        "un",
        "list.xml:1: not well-formed XML",
    ),
    ("list.xml", "<OTHER/>", "un", "the root element is <OTHER>, not <CONSOLIDATED_LIST>"),
    (
        "list.xml",
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER>"
        "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
        "un",
        "INDIVIDUAL X.1 (#1) has no FIRST_NAME",
    ),
    (
        "csl.csv",
        "source,title\nX,Y\n",
        "csl",
        "csl.csv:1: not a Consolidated Screening List: no column name",
    ),
    (
        "mine.csv",
        "id,name,aliases,type,country,program\n1,Acme,,robot,,\n",
        "simple",
        "mine.csv:2: type 'robot' must be one of person, organization, vessel, aircraft",
    ),
    (
        "mine.csv",
        "id,name,aliases,type,country,program\n1,Acme,,,,\n1,Beta,,,,\n",
        "simple",
        "mine.csv:3: duplicate id '1'",
    ),
]


@pytest.mark.parametrize(("name", "content", "fmt", "message"), BAD_FILES)
def test_malformed_lists_name_the_file_and_place(tmp_path, name, content, fmt, message) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ListFormatError) as caught:
        load_list(str(path), fmt)
    assert message in str(caught.value)


def test_billion_laughs_is_refused(tmp_path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
        "<CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>",
        encoding="utf-8",
    )
    with pytest.raises(ListFormatError, match="refused unsafe XML"):
        load_list(str(path))


@pytest.mark.parametrize(
    ("declaration", "what"),
    [
        ('<!ENTITY a "aaaa">', "an entity declaration <!ENTITY a>"),
        ('<!ENTITY % p SYSTEM "http://example.invalid/x">', "an entity declaration <!ENTITY p>"),
        ('<!ENTITY e SYSTEM "file:///etc/passwd">', "an entity declaration <!ENTITY e>"),
    ],
)
def test_unsafe_xml_is_refused_naming_its_line(tmp_path, declaration, what) -> None:
    # hostile round 6: the refusal named no line and no fix
    path = tmp_path / "un.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE x [\n\n  ' + declaration + "]>\n"
        "<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>\n",
        encoding="utf-8",
    )
    with pytest.raises(ListFormatError) as caught:
        load_list(str(path), "un")
    assert str(caught.value) == (
        f"{path}:4: refused unsafe XML ({what}): the UN publishes its list without "
        "entities or external references; download the list again as the UN publishes it"
    )


def test_alt_csv_passed_alone_is_explained(tmp_path) -> None:
    path = tmp_path / "alt.csv"
    path.write_bytes((LISTS / "ofac" / "alt.csv").read_bytes())
    with pytest.raises(ListFormatError, match=r"pass sdn\.csv instead"):
        load_list(str(path))


def test_undetectable_format(tmp_path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("hello world\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="name it with --list-format"):
        detect_format(path, path.read_text())


def test_unknown_format_and_missing_file() -> None:
    with pytest.raises(InputError, match="unknown --list-format 'pdf'"):
        load_list(str(SDN), "pdf")
    with pytest.raises(InputError, match=r"no such list file: nope\.csv"):
        load_list("nope.csv")


def test_a_vessels_imo_number_is_a_name_of_it(ofac) -> None:
    """The SDN gives a vessel's IMO number in its remarks; a shipping text gives it
    beside the name, or instead of it."""
    rule = next(r for r in ofac.rules if r.id == "ofac-sdn:25310")  # MAHNAM
    assert "IMO 9213387" in rule.names
    for text in ("IMO 9213387", "M/V Mahnm (IMO 9213387)", "M/V Mahnam (IMO 9213387)"):
        (hit, *_) = ofac.index.search(text, 75.0)
        assert str(hit.name.owner) == "ofac-sdn:25310", text
    assert not ofac.index.search("IMO 9213388", 75.0)


@pytest.mark.parametrize(
    ("pairs", "more"),
    [
        ("names_heldout.csv", []),
        ("names_heldout2.csv", []),
        ("names_heldout3.csv", ["ofac-consolidated/cons_prim.csv", "csl/csl.csv",
                                "csl/consolidated.csv", "bis/dpl.txt"]),
        ("names_heldout4.csv", ["ofac-consolidated/cons_prim.csv", "csl/csl.csv",
                                "opensanctions/entities.ftm.json"]),
        ("names_heldout5.csv", ["ofac-consolidated/cons_prim.csv", "csl/csl.csv",
                                "opensanctions/entities.ftm.json"]),
    ],
)  # fmt: skip
def test_the_held_out_name_pairs_name_listed_entries(ofac, pairs, more) -> None:
    """bench/names_heldout.py counts a pair found when the listed name's entry is
    hit: every listed name of its pairs is a name of an entry of the samples."""
    path = Path(__file__).parent.parent / "bench" / "data" / pairs
    with path.open(encoding="utf-8") as f:
        listed = {row["listed"] for row in csv.DictReader(x for x in f if not x.startswith("#"))}
    rules = [*ofac.rules, *load_list(str(UN)).rules]
    rules += [r for extra in more for r in load_list(str(LISTS / extra)).rules]
    names = {n.casefold() for r in rules for n in (*r.names, *r.weak_names)}
    assert len(listed) > 150
    assert sorted(n for n in listed if n.casefold() not in names) == []


def test_every_ofac_alias_finds_its_own_entry(ofac) -> None:
    ids = {r.id for r in ofac.rules}
    missed = []
    checked = 0
    for row in csv.reader((LISTS / "ofac" / "alt.csv").open(encoding="utf-8")):
        entry, alias = f"ofac-sdn:{row[0]}", row[3]
        words = normalize(alias).split()
        if entry not in ids or (len(words) == 1 and words[0] in GENERIC):
            continue
        checked += 1
        if entry not in {h.name.owner for h in ofac.index.search(alias, 75.0)}:
            missed.append((entry, alias))
    assert checked > 9000
    assert missed == []


def test_index_finds_exactly_what_exhaustive_scoring_finds(ofac) -> None:
    rng = random.Random(4)
    rules = ofac.rules[:2500]
    index = NameIndex(
        (r.id, n, w, r.type == "person")
        for r in rules
        for names, w in ((r.names, False), (r.weak_names, True))
        for n in names
    )
    names = [n for r in rules for n in r.names]

    def typo(s: str) -> str:
        i = rng.randrange(len(s))
        return s[:i] + s[i + 1 :]

    queries = [typo(rng.choice(names)) for _ in range(30)] + [rng.choice(names) for _ in range(15)]
    queries += [
        "Mohammed Khan",
        "Al Noor Trading LLC",
        "Global Star Shipping",
        "Hassan Ali",
        "Cuba Trade",
    ]
    for query in queries:
        for threshold in (60.0, 75.0):
            assert index.search(query, threshold) == index.search_exhaustive(query, threshold), (
                query
            )
            for limit in (1, 10):
                assert index.search(query, threshold, limit) == index.search_exhaustive(
                    query, threshold, limit
                ), query


def test_precision_on_real_names(ofac) -> None:
    search = ofac.index.search
    assert search("Trading Company Ltd", 75.0) == []  # generic words alone
    assert search("Bank Corp", 75.0) == []
    assert search("Shiha Pharma", 75.0) == []  # one letter off a short listed name
    long_name = "BANCO NACIONAL DE CUBA"
    assert all(
        h.score < 90 for h in search("Banco Nacional de Panama", 75.0) if h.name.text == long_name
    )


def test_check_with_a_list(runner) -> None:
    result = runner.invoke(
        app,
        [
            "check",
            "tea",
            "-c",
            "National Bank of Cuba",
            "--country",
            "ES",
            "--date",
            "2024-05-01",
            "--list",
            str(SDN),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 1, result.output
    hit = json.loads(result.stdout)["hits"][0]
    assert hit["rule_id"] == "ofac-sdn:306"
    assert hit["source"]["list"] == "ofac-sdn" and hit["source"]["entry_id"] == "306"


def test_lists_from_the_environment(runner, monkeypatch) -> None:
    monkeypatch.setenv("SCREEN_LISTS", f"{OWN}")
    result = runner.invoke(
        app,
        [
            "check",
            "tea",
            "-c",
            "Kestrel Precision",
            "--country",
            "AE",
            "--date",
            "2024-05-01",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["hits"][0]["rule_id"] == "own-watch-list:W1"


def test_source_of_a_list_entry(runner) -> None:
    result = runner.invoke(app, ["source", "ofac-sdn:306", "--list", str(SDN), "--format", "table"])
    assert result.exit_code == 0, result.output
    for expected in (
        "Source: ofac-sdn entry 306",
        "alias      NATIONAL BANK OF CUBA",
        "weak alias BNC",
        "Zweierstrasse 35",
        "sha256",
        str(SDN),
    ):
        assert expected in result.stdout


def test_batch_with_lists(runner, tmp_path) -> None:
    orders = tmp_path / "o.csv"
    orders.write_text(
        "description,consignee,country,date\ntea,Banco Nacional de Cuba,ES,2024-05-01\n"
        "tea,Kestrel Precision Trading,AE,2024-05-01\ntea,Tokyo Tea,JP,2024-05-01\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["batch", str(orders), "-q", "--list", str(SDN), "--list", str(OWN)]
    )
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [r["rule_ids"] for r in rows] == ["ofac-sdn:306", "own-watch-list:W1", ""]


def test_malformed_list_on_the_command_line_exits_2(runner, tmp_path) -> None:
    bad = tmp_path / "sdn.csv"
    bad.write_text('1,"X"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "tea", "--list", str(bad)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: {bad}:1: expected 12 fields, found 2: is this an OFAC file in CSV format?\n"
    )


def test_eval_with_a_list(runner, tmp_path) -> None:
    path = tmp_path / "labelled.csv"
    path.write_text(
        "id,description,consignee,country,date,expect\n"
        "1,tea,Banco Nacional de Cuba,ES,2024-05-01,flag\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", str(path), "--list", str(SDN), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["recall"] == 1.0


def test_a_list_entry_may_not_reuse_a_rule_id(tmp_path) -> None:
    from screen.engine import Screener
    from screen.rulebook import load_rulebook

    path = tmp_path / "ent.csv"  # ids "ent:..." cannot clash; build a clash by hand
    path.write_text("id,name,aliases,type,country,program\nX,Acme,,,,\n", encoding="utf-8")
    loaded = load_list(str(path))
    screener = Screener(load_rulebook())
    screener.add_lists([loaded])
    with pytest.raises(InputError, match="is also a rule id"):
        screener.add_lists([loaded])


def test_list_cache_is_reused(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(tmp_path / "cache"))
    first = load_list(str(OWN))
    assert len(list((tmp_path / "cache").glob("list-*.list"))) == 1
    second = load_list(str(OWN))
    assert [r.id for r in second.rules] == [r.id for r in first.rules] and second is not first


def test_every_entry_at_review_or_above_best_first_at_most_ten(tmp_path) -> None:
    from screen.engine import Screener
    from screen.models import Shipment
    from screen.rulebook import load_rulebook

    path = tmp_path / "dupes.csv"
    rows = "".join(f"{i},Kestrel Precision Trading{' Group' * (i % 3)},,,,\n" for i in range(1, 13))
    path.write_text("id,name,aliases,type,country,program\n" + rows, encoding="utf-8")
    screener = Screener(load_rulebook(), lists=[load_list(str(path))])
    result = screener.screen(
        Shipment(description="tea", consignee="Kestrel Precision Trading", country="JP")
    )
    scores = [h.score for h in result.hits]
    # ten at most, whatever the ties (among equal scores, ids first as text)
    assert len(scores) == 10
    assert scores == sorted(scores, reverse=True)
    assert {h.rule_id for h in result.hits} <= {f"dupes:{i}" for i in range(1, 13)}
