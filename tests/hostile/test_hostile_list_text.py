"""s33 D01, D02, D06: a list file's text is read whole and exactly, or refused with
the file, line and fix: no entry glued to another by a stray quote, no name
decoded into replacement characters, no JSON record cut at a character that is
not a line end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.errors import ListFormatError
from screen.lists import load_list

DATA = Path(__file__).resolve().parents[1] / "data" / "lists"


def _check(party: str, country: str, path: Path, *args: str):
    command = ["check", "Green tea", "-c", party, "--country", country, "--no-record"]
    return CliRunner().invoke(app, [*command, "--list", str(path), "--format", "json", *args])


def _hits(result) -> list[str]:
    return [h["rule_id"] for h in json.loads(result.stdout)["hits"]]


# D06: U+2028, U+2029 and U+0085 are legal unescaped in a JSON string; JSON Lines
# ends a record at "\n" only.
@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085"])
@pytest.mark.parametrize("forced", [(), ("--list-format", "ftm")])
def test_an_ftm_export_with_a_unicode_line_separator_in_a_string_loads(
    tmp_path: Path, char: str, forced: tuple[str, ...]
) -> None:
    records = [
        {
            "id": "os-1",
            "caption": "Orion Lattice Systems",
            "schema": "Company",
            "properties": {"name": ["Orion Lattice Systems"], "notes": [f"Listed.{char}Front."]},
            "datasets": ["test_ds"],
            "target": True,
        },
        {
            "id": "os-2",
            "caption": "Kestrel Quantum Works",
            "schema": "Company",
            "properties": {"name": ["Kestrel Quantum Works"]},
            "datasets": ["test_ds"],
            "target": True,
        },
    ]
    path = tmp_path / "entities.ftm.json"
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text("".join(lines), encoding="utf-8")
    result = _check("Kestrel Quantum Works", "DE", path, *forced)
    assert result.exit_code == 1, result.output
    assert _hits(result) == ["test_ds:os-2"]
    notes = {r.id: r.note for r in load_list(str(path)).rules}
    assert notes["test_ds:os-1"] == f"Listed.{char}Front."


def test_an_ftm_export_whose_first_entity_is_long_is_detected(tmp_path: Path) -> None:
    names = [f"Orion Lattice Systems Branch {n:04d}" for n in range(300)]  # ~10,000 chars
    record = {
        "id": "os-1",
        "caption": "Orion Lattice Systems",
        "schema": "Company",
        "properties": {"name": ["Orion Lattice Systems"], "alias": names},
        "datasets": ["test_ds"],
    }
    path = tmp_path / "entities.ftm.json"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert load_list(str(path)).format == "ftm"


def test_a_broken_ftm_line_is_still_named(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    good = json.dumps({"id": "a", "schema": "Company", "properties": {"name": ["A"]}})
    path.write_text(f'{good}\n{{"id": "b", \n', encoding="utf-8")
    with pytest.raises(ListFormatError, match=r"entities\.ftm\.json:2: not a JSON object"):
        load_list(str(path), "ftm")


# D02: a list decoded strictly; the guess from the first 64 KB made again from the
# whole file when it fails further down, else a refusal naming line and byte.
_HEADER = "id,name,aliases,type,country,program\r\n"
_ASCII = _HEADER + "".join(
    f"A{i},Acme Widget Holding Number {i:05d} Limited,,organization,US,internal\r\n"
    for i in range(1, 1400)
)  # 1,400 lines, over 64 KB of plain ASCII


def test_a_code_page_name_after_64_kb_is_read_in_its_code_page(tmp_path: Path) -> None:
    assert len(_ASCII) > 1 << 16
    path = tmp_path / "watch.csv"
    row = "X1,Кестрел Технологии Восток,,organization,RU,internal\r\n"
    path.write_bytes(_ASCII.encode("ascii") + row.encode("cp1251"))
    result = _check("Кестрел Технологии Восток", "KZ", path)
    assert result.exit_code == 1, result.output
    assert _hits(result) == ["watch:X1"]


def test_a_byte_no_encoding_reads_is_refused_naming_line_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "watch.csv"
    row = "X1,Café Kestrel,,organization,FR,internal\r\n"  # one byte: no encoding to tell
    data = _ASCII.encode("ascii") + row.encode("cp1252")
    path.write_bytes(data)
    result = _check("Cafe Kestrel", "FR", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:1401: byte {data.index(0xE9):,} (0xE9) is not utf-8, the encoding "
        "the file was taken to be in, and no other encoding detected reads the file whole: "
        "a name holding it would be read wrong, so the list is refused; save the list as "
        "UTF-8 (in Excel: CSV UTF-8) and load it again\n"
    )


def test_broken_bytes_in_a_small_utf8_list_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "watch.csv"
    rows = "".join(f"A{i},Müller Société {i},,organization,DE,x\n" for i in range(20))
    data = (_HEADER + rows).encode("utf-8") + b"B1,Bad \xff\xfe name,,organization,DE,x\n"
    path.write_bytes(data)
    with pytest.raises(ListFormatError) as caught:
        load_list(str(path))
    assert str(caught.value).startswith(f"{path}:22: byte {data.index(0xFF):,} (0xFF) is not utf-8")
    assert "\ufffd" not in str(caught.value)


# Round 5, area A: a list two encodings read as different, equally plausible text
# is refused naming the line they read apart (it named none; after 64 KB, the
# guess is made again from the lines outside ASCII alone).
_RUSSIAN = "W900,СБЕРБАНК ПОЛУПРОВОДНИКИ,,organization,RU,watch\r\n"


@pytest.mark.parametrize(
    ("rows", "line", "other"),
    [
        (_HEADER, 2, "koi8-r ('W900,яаепаюмй онксопнбндмхйх,,organizati')"),
        (_ASCII, 1401, "koi8-r ('W900,яаепаюмй онксопнбндмхйх,,organizati')"),
    ],
    ids=["small", "after-64-KB"],
)
def test_an_unsure_encoding_names_the_line(
    tmp_path: Path, rows: str, line: int, other: str
) -> None:
    path = tmp_path / "watch.csv"
    path.write_bytes(rows.encode("ascii") + _RUSSIAN.encode("cp1251"))
    result = _check("Sberbank", "RU", path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {path}:{line}: cannot tell the encoding of the list: the line reads as "
        f"cp1251 ('W900,СБЕРБАНК ПОЛУПРОВОДНИКИ,,organizati') or as {other}; save the "
        "list as UTF-8 (in Excel: CSV UTF-8) and load it again\n"
    )


# D01: a stray quote glues entries together; refused as `screen batch` refuses an
# order's, naming the line of the opening quote and the fix.
_WATCH = (
    "id,name,aliases,type,country,program\n"
    'W1,"Kestrel Precision Trading LLC,Kestrel Precision;KPT LLC,organization,AE,internal\n'
    'W2,Ivanov Pavel Sergeevich",Pavel Ivanov,person,RU,internal\n'
    "W3,Northern Star Shipping,,vessel,PA,internal\n"
)


def test_a_stray_quote_in_an_own_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "watch.csv"
    path.write_text(_WATCH, encoding="utf-8")
    result = _check("Kestrel Precision Trading LLC", "AE", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:2: a quote opens here ('\"Kestrel Precision Trading LLC,Kestrel P...') "
        "and runs on to line 3, gluing the lines into one field (no field of this list runs "
        "over lines): close the quote on line 2 or remove it\n"
    )
    info = CliRunner().invoke(app, ["lists", "info", str(path)])
    assert info.exit_code == 2 and ":2: a quote opens here" in info.stderr


def test_the_own_list_with_its_quote_closed_loads(tmp_path: Path) -> None:
    path = tmp_path / "watch.csv"
    path.write_text(_WATCH.replace("LLC,Kestrel Precision", 'LLC",Kestrel Precision', 1))
    path.write_text(path.read_text().replace('Sergeevich"', "Sergeevich"))
    result = _check("Kestrel Precision Trading LLC", "AE", path)
    assert result.exit_code == 1, result.output
    assert _hits(result) == ["watch:W1"]


_CSL = (DATA / "csl" / "csl.csv").read_text(encoding="utf-8").splitlines()[0]
_EL = "Entity List (EL) - Bureau of Industry and Security,,Entity,,"
_TAIL = ",2020-06-05" + "," * 19


def _csl(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "csl.csv"
    path.write_text("\n".join([_CSL, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_quote_closed_inside_a_csl_field_is_refused(tmp_path: Path) -> None:
    path = _csl(
        tmp_path,
        _EL + '"KESTREL QUANTUM WORKS,,"1 Nanjing Rd, Shanghai, CN",89 F.R. 1' + _TAIL,
        _EL + 'ORION LATTICE SYSTEMS,,"Moscow, RU",' + _TAIL,
    )
    result = _check("Kestrel Quantum Works", "CN", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:2: a quote opens here ('\"KESTREL QUANTUM WORKS,,\"1 Nanjing Rd, S...') "
        "and closes with more text after it before the next ',', gluing fields together: "
        "close the quote on line 2 where its field ends, or remove it\n"
    )


@pytest.mark.parametrize(
    ("rows", "line", "end"),
    [
        (  # the rest of one entry and the start of the next glued at the same field
            [
                _EL + '"KESTREL QUANTUM WORKS,,Nanjing,' + _TAIL,
                _EL + 'ORION LATTICE SYSTEMS",,Moscow,' + _TAIL,
            ],
            2,
            3,
        ),
        (  # whole entries inside the field
            [
                _EL + 'ALPHA WORKS,,"1 Main St,' + _TAIL,
                _EL + "KESTREL QUANTUM WORKS,,Nanjing," + _TAIL,
                _EL + 'ORION LATTICE SYSTEMS,,Moscow",' + _TAIL,
            ],
            2,
            4,
        ),
    ],
)
def test_a_csl_quote_that_swallows_entries_is_refused(tmp_path, rows, line, end) -> None:
    path = _csl(tmp_path, *rows)
    with pytest.raises(ListFormatError) as caught:
        load_list(str(path))
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: a quote opens here ('\"")
    assert f"and runs on to line {end}, gluing what reads as further entries into one field: " in (
        message
    )
    assert message.endswith(f"close the quote on line {line} or remove it")


def test_a_csl_remark_over_two_lines_still_loads(tmp_path: Path) -> None:
    remark = '"Also at: 2 Harbour Rd, Dalian,\nLiaoning, CN"'
    row = _EL + 'KESTREL QUANTUM WORKS,,"1 Nanjing Rd, Shanghai, CN",89 F.R. 1,2020-06-05'
    path = _csl(tmp_path, row + ",,,,,,,,,,," + remark + ",,,,,,,,", _EL + "ORION,,Moscow," + _TAIL)
    rules = {r.title: r for r in load_list(str(path)).rules}
    assert set(rules) == {"KESTREL QUANTUM WORKS", "ORION"}
    assert rules["KESTREL QUANTUM WORKS"].note == "Also at: 2 Harbour Rd, Dalian,\nLiaoning, CN"


def test_a_stray_quote_in_the_denied_persons_list_is_refused(tmp_path: Path) -> None:
    lines = (DATA / "bis" / "dpl.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace('ASH"', 'ASH"X', 1)  # read leniently: "I. ASHX"
    path = tmp_path / "dpl.txt"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ListFormatError, match=r"dpl\.txt:3: a quote opens here"):
        load_list(str(path))


def test_a_stray_quote_in_ofac_alt_csv_is_refused(tmp_path: Path) -> None:
    import shutil

    shutil.copy(DATA / "ofac" / "sdn.csv", tmp_path / "sdn.csv")
    alt = (DATA / "ofac" / "alt.csv").read_bytes().decode("utf-8").split("\n")
    alt[4] = alt[4].replace('"CRYMSA"', '"CRYM"SA', 1)
    (tmp_path / "alt.csv").write_bytes("\n".join(alt).encode("utf-8"))
    with pytest.raises(ListFormatError, match=r"alt\.csv:5: a quote"):
        load_list(str(tmp_path / "sdn.csv"))


# Round 5, area A: an XML list in the encoding its declaration names is read in it
# (the guess from its bytes refused ISO-8859-1, windows-1250 and windows-1254 files
# outright, and could not tell windows-1251 from GB18030).
def _un_xml(first: str, second: str, encoding: str) -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}" standalone="yes"?>\n'
        '<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">\n'
        "  <INDIVIDUALS>\n    <INDIVIDUAL>\n      <DATAID>1</DATAID>\n"
        f"      <FIRST_NAME>{first}</FIRST_NAME>\n"
        f"      <SECOND_NAME>{second}</SECOND_NAME>\n"
        "      <UN_LIST_TYPE>DRC</UN_LIST_TYPE>\n"
        "      <REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>\n"
        "    </INDIVIDUAL>\n  </INDIVIDUALS>\n  <ENTITIES/>\n</CONSOLIDATED_LIST>\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "encoding"),
    [
        ("SØREN", "JØRGENSEN ÅGÅRD", "windows-1252"),
        ("Ødegård", "Æsir", "ISO-8859-1"),
        ("ŁUKASZ", "WÓJCIK", "windows-1250"),
        ("ΝΙΚΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "windows-1253"),
        ("OĞUZ", "ŞAHİN", "windows-1254"),
        ("ИВАН", "ПЕТРОВ", "windows-1251"),
        ("Иван", "Петров", "KOI8-R"),
    ],
)
def test_an_xml_list_is_read_in_its_declared_encoding(
    tmp_path: Path, first: str, second: str, encoding: str
) -> None:
    path = tmp_path / "un.xml"
    path.write_bytes(_un_xml(first, second, encoding).encode(encoding))
    result = _check(f"{first} {second}", "DE", path)
    assert result.exit_code == 1, result.output
    assert [h["matched"] for h in json.loads(result.stdout)["hits"]] == [f"{first} {second}"]


def test_an_xml_list_in_utf8_that_declares_a_code_page_is_read_as_utf8(tmp_path: Path) -> None:
    """A file re-encoded by a tool that kept the declaration: legacy text is almost
    never valid UTF-8, so the bytes tell (as they did before declarations were read)."""
    path = tmp_path / "un.xml"
    path.write_bytes(_un_xml("JOSÉ", "MÜLLER", "windows-1252").encode("utf-8"))
    result = _check("Jose Muller", "DE", path)
    assert result.exit_code == 1, result.output
    assert [h["matched"] for h in json.loads(result.stdout)["hits"]] == ["JOSÉ MÜLLER"]


def test_an_xml_list_in_an_unknown_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "un.xml"
    path.write_bytes(_un_xml("JOSÉ", "MÜLLER", "x-mac-nothing").encode("cp1252"))
    result = _check("Jose Muller", "DE", path)
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path}:1: the XML declaration names the encoding 'x-mac-nothing', which is "
        'unknown here: download the list again, or save it as UTF-8 with encoding="UTF-8"\n',
    )


def test_a_byte_the_declared_encoding_lacks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "un.xml"
    data = _un_xml("JOSÉ", "MÜLLER", "windows-1252").encode("cp1252").replace(b"\xc9", b"\x81")
    path.write_bytes(data)
    result = _check("Jose Muller", "DE", path)
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {path}:6: byte {data.index(0x81):,} (0x81) is not cp1252, the encoding the "
        "XML declaration names: a name holding it would be read wrong, so the list is "
        "refused; download the list again\n",
    )


# Round 5, area A: an FtM object with a key given twice kept its last ("name" twice:
# the listed name lost, the party clear), and a schema that was no string was an
# internal error (exit 4).
@pytest.mark.parametrize(
    ("line", "error"),
    [
        (
            '{"id":"a","schema":"Person","properties":{"name":["Ivan Petrov"],"name":["X"]}}',
            "key 'name' is given twice in one object: which one holds the data cannot be "
            "told, so the list is refused; download it again",
        ),
        (
            '{"id":"a","schema":"Person","schema":"Address","properties":{"name":["I P"]}}',
            "key 'schema' is given twice in one object: which one holds the data cannot be "
            "told, so the list is refused; download it again",
        ),
        (
            '{"id":"a","schema":["Person"],"properties":{"name":["Ivan Petrov"]}}',
            "an entity's id and schema must be strings",
        ),
        (
            '{"id":{"x":1},"schema":"Person","properties":{"name":["Ivan Petrov"]}}',
            "an entity's id and schema must be strings",
        ),
    ],
    ids=["name-twice", "schema-twice", "schema-list", "id-object"],
)
def test_an_odd_ftm_object_is_refused_naming_its_line(
    tmp_path: Path, line: str, error: str
) -> None:
    path = tmp_path / "entities.ftm.json"
    first = '{"id":"b","schema":"Person","properties":{"name":["Olga Sidorova"]}}'
    path.write_text(f"{first}\n{line}\n", encoding="utf-8")
    result = _check("Ivan Petrov", "DE", path, "--list-format", "ftm")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:2: {error}\n"
