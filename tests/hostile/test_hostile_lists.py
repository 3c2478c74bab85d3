"""Items C8 and H6 (s28): a list file never loses aliases or entries without a word."""

from __future__ import annotations

import csv
import gzip
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app

DATA = Path(__file__).resolve().parents[1] / "data" / "lists"


def _run(party: str, *args: str):
    command = ["check", "Green tea", "-c", party, "--country", "ES", "--no-record"]
    return CliRunner().invoke(app, [*command, "--format", "json", *args])


def _hits(result) -> list[str]:
    return [h["rule_id"] for h in json.loads(result.stdout)["hits"]]


def test_a_renamed_consolidated_list_reads_the_alias_file_beside_it(tmp_path: Path) -> None:
    for name in ("cons_alt.csv", "cons_add.csv"):
        shutil.copy(DATA / "ofac-consolidated" / name, tmp_path / name)
    renamed = tmp_path / "non-sdn-2024-11.csv"
    shutil.copy(DATA / "ofac-consolidated" / "cons_prim.csv", renamed)
    result = _run("ELHABEL, Moshir Omar", "--list", str(renamed))
    assert result.exit_code == 1, result.output
    assert "ofac-cons:9708" in _hits(result)


@pytest.mark.parametrize(
    ("folder", "main", "forced", "own", "other"),
    [
        ("ofac", "sdn.csv", "ofac-cons", "cons_alt.csv", "alt.csv"),
        ("ofac-consolidated", "cons_prim.csv", "ofac", "alt.csv", "cons_alt.csv"),
    ],
)
def test_the_other_flavour_forced_is_refused(folder, main, forced, own, other) -> None:
    path = DATA / folder / main
    result = _run("SENE, Elmir", "--list", str(path), "--list-format", forced)
    assert result.exit_code == 2
    title = {
        "ofac": "OFAC Specially Designated Nationals list",
        "ofac-cons": "OFAC Consolidated (non-SDN) Sanctions List",
    }[forced]
    back = "ofac" if forced == "ofac-cons" else "ofac-cons"
    assert result.stderr == (
        f"Error: {path}: read as the {title}, but {other} stands beside it, not {own}: its "
        f"aliases would be lost; pass --list-format {back}, or put the list's own {own} "
        "beside it\n"
    )


def test_a_csl_without_alt_names_is_refused(tmp_path: Path) -> None:
    text = (DATA / "csl" / "csl.csv").read_text(encoding="utf-8").splitlines()
    header = text[0].split(",")
    drop = header.index("alt_names")
    rows = list(csv.reader(io.StringIO("\n".join(text))))
    out = io.StringIO()
    csv.writer(out).writerows([r[:drop] + r[drop + 1 :] for r in rows])
    path = tmp_path / "csl.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = _run("Acme", "--list", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:1: no alt_names column: the list's aliases would be lost (the "
        "Consolidated Screening List has one); download the whole file again, or add an empty "
        "alt_names column to a list that has no aliases\n"
    )


def test_a_duplicate_ofac_entry_number_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    rest = ",-0- " * 8
    path.write_text(
        f'36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"{rest}\n'
        f'36,"ANGLO-CARIBBEAN CO., LTD.",-0- ,"CUBA"{rest}\n',
        encoding="utf-8",
    )
    result = _run("AEROCARIBBEAN AIRLINES", "--list", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:2: duplicate entry number 36: keep one entry a number (two editions "
        "run together?)\n"
    )


UN_TWICE = (
    '<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST><INDIVIDUALS>'
    + "".join(
        f"<INDIVIDUAL><DATAID>{i}</DATAID><FIRST_NAME>{name}</FIRST_NAME>"
        "<UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>"
        "</INDIVIDUAL>"
        for i, name in ((1, "ERIC BADEGE"), (2, "JOHN DOEFAKE"))
    )
    + "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>"
)
FTM = '{"id":"X1","schema":"Person","properties":{"name":["Ivan Zyxorov"]},"datasets":["eu_fsf"]}'
DEEP = '{"id":"X2","schema":"Person","properties":{"notes":' + "[" * 100_000 + "]" * 100_000 + "}}"


@pytest.mark.parametrize(
    ("name", "text", "fmt", "message"),
    [
        (
            "un.xml",
            UN_TWICE,
            [],
            "duplicate REFERENCE_NUMBER 'CDi.001': each entry once (two lists run together?)",
        ),
        (
            "eu.ftm.json",
            f"{FTM}\n{FTM}\n",
            [],
            "2: duplicate id 'X1' (first at line 1): each entity once (two exports run together?)",
        ),
        (
            "string.ftm.json",
            FTM.replace('["Ivan Zyxorov"]', '"Ivan Zyxorov"') + "\n",
            [],
            "1: property 'name' must be a list of strings",
        ),
        (
            "null.ftm.json",
            f"{FTM}\n" + FTM.replace('["Ivan Zyxorov"]', "[null]").replace("X1", "X4") + "\n",
            [],
            "2: property 'name' must be a list of strings",
        ),
        (
            "deep.ftm.json",
            f"{FTM}\n{DEEP}\n",
            [],
            "2: JSON nested too deep to be a FollowTheMoney entity",
        ),
        (
            "deep.ftm.json",
            f"{DEEP}\n",
            ["--list-format", "ftm"],
            "1: JSON nested too deep to be a FollowTheMoney entity",
        ),
    ],
)
def test_a_list_that_would_break_the_store_is_a_clear_error(
    tmp_path: Path, name: str, text: str, fmt: list[str], message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["lists", "info", str(path), *fmt])
    assert result.exit_code == 2, result.output
    joined = f"{path}:{message}" if message[0].isdigit() else f"{path}: {message}"
    assert result.stderr == f"Error: {joined}\n"


# s29 (round 1, M4): two OpenSanctions collections that overlap share entity ids;
# renaming a file changes nothing, so the fix is to load one.
def _ftm(path: Path) -> Path:
    lines = [
        {"id": "X1", "schema": "Person", "properties": {"name": ["Ivan Zyxorov"]},
         "datasets": ["eu_fsf", "us_ofac_sdn"]},
        {"id": "X2", "schema": "Company", "properties": {"name": ["Zyx Trading LLC"]},
         "datasets": ["gb_hmt_sanctions"]},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_two_overlapping_opensanctions_collections_say_to_load_one(tmp_path: Path) -> None:
    first, second = _ftm(tmp_path / "sanctions.ftm.json"), _ftm(tmp_path / "default.ftm.json")
    result = _run("Ivan Zyxorov", "--list", str(first), "--list", str(second))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: list entry id opensanctions:X1 comes from both {first} and {second}: "
        "OpenSanctions exports of collections that overlap share their entities (the default "
        "collection holds the sanctions one): load only the larger\n"
    )


def test_a_copy_of_an_own_list_still_says_to_rename_it(tmp_path: Path) -> None:
    own = (DATA / "own-watch-list.csv").read_bytes()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "watch.csv", tmp_path / "b" / "watch.csv"
    first.write_bytes(own)
    second.write_bytes(own)
    result = _run("Acme", "--list", str(first), "--list", str(second))
    assert result.exit_code == 2
    assert "load each list once (rename a custom list's file to change its ids)" in result.stderr


# Round 5, area A: an archive, a workbook, a PDF, a web page or an empty file given as
# a list said "cannot tell the list format; name it with --list-format", a fix that
# led to unrelated errors (the gzip'd bytes decoded as a code page and parsed).
_GZIPPED = gzip.compress((DATA / "csl" / "csl.csv").read_bytes(), mtime=0)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (_GZIPPED, "a gzip archive: unpack it (gunzip) and pass the list file inside"),
        (b"PK\x03\x04" + bytes(40), "a ZIP archive (or a workbook): unpack it and pass the list "
         "file inside; a workbook: save the sheet as CSV UTF-8"),
        (b"BZh91AY&SY" + bytes(20), "a bzip2 archive: unpack it (bunzip2) and pass the list "
         "file inside"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(20), "an Excel 97-2003 workbook: save the "
         "sheet as CSV UTF-8"),
        (b"%PDF-1.7\n", "a PDF document: download the list in one of its data formats"),
        (b"\xef\xbb\xbf<!DOCTYPE html>\n<html><body>Access denied</body></html>\n",
         "a web page (HTML): a download that got a page instead of the file? download the "
         "list again"),
    ],
    ids=["gzip", "zip", "bzip2", "xls", "pdf", "html"],
)  # fmt: skip
@pytest.mark.parametrize("forced", [(), ("--list-format", "csl")])
def test_an_archive_or_page_given_as_a_list_is_named(
    tmp_path: Path, data: bytes, what: str, forced: tuple[str, ...]
) -> None:
    path = tmp_path / "csl.csv"
    path.write_bytes(data)
    result = _run("Sberbank", "--list", str(path), *forced)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}: not a list file but {what}\n"


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", b"\x1a", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("forced", [(), ("--list-format", "ftm")])
def test_an_empty_list_says_so(tmp_path: Path, data: bytes, forced: tuple[str, ...]) -> None:
    path = tmp_path / "sdn.csv"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["lists", "info", str(path), *forced])
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path}: the file is empty (an incomplete download?): download the list again\n",
    )


# Round 5, area A: a CSL column given twice was read as its last, and a header name
# with a space after it was no column at all: a second, empty alt_names column (or
# "alt_names ") lost every alias, and CARIBE SOL (an alias of 2904977 CANADA, INC.)
# came out clear.
def _csl_with_header(tmp_path: Path, edit) -> Path:
    rows = list(csv.reader(io.StringIO((DATA / "csl" / "csl.csv").read_text("utf-8"))))
    header, body = edit(rows[0]), rows[1:]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(row + [""] * (len(header) - len(row)) for row in body)
    path = tmp_path / "csl.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_a_csl_header_with_spaces_around_a_name_keeps_its_column(tmp_path: Path) -> None:
    path = _csl_with_header(tmp_path, lambda h: [f" {c} " if c == "alt_names" else c for c in h])
    result = _run("CARIBE SOL", "--list", str(path))
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["status"] == "blocked"


@pytest.mark.parametrize("twice", ["alt_names", "name", "ALT_NAMES"])
def test_a_csl_column_given_twice_is_refused(tmp_path: Path, twice: str) -> None:
    path = _csl_with_header(tmp_path, lambda h: [*h, twice])
    first = [c.lower() for c in next(csv.reader([(DATA / "csl" / "csl.csv").open().readline()]))]
    column = first.index(twice.lower()) + 1
    result = _run("CARIBE SOL", "--list", str(path))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {path}:1: column '{twice}' is given twice (columns {column} and "
        f"{len(first) + 1}): which one holds the data cannot be told, so the list is "
        "refused; remove one or download the list again\n"
    )


def test_a_denied_persons_column_given_twice_is_refused(tmp_path: Path) -> None:
    lines = (DATA / "bis" / "dpl.txt").read_text("utf-8").splitlines(keepends=True)
    path = tmp_path / "dpl.txt"
    path.write_text(
        lines[0].rstrip("\r\n")
        + '\t"Name"\n'
        + "".join(x.rstrip("\r\n") + '\t""\n' for x in lines[1:]),
        encoding="utf-8",
    )
    result = _run("ADRIAN MANUEL HERNANDEZ", "--list", str(path))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(
        f"Error: {path}:1: column 'Name' is given twice (columns 1 and 13)"
    )
