"""A list file, or a file read with it, that cannot be read whole is refused with its
file, line and fix: never a listed name dropped without a word (hostile round 3, M1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from screen.errors import ListFormatError
from screen.lists import load_list

LISTS = Path(__file__).parent.parent / "data" / "lists"
SDN = LISTS / "ofac" / "sdn.csv"
UN = LISTS / "un" / "consolidated.xml"


def _ofac(tmp_path: Path, folder: str = "ofac") -> Path:
    for source in (LISTS / folder).glob("*.csv"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    return tmp_path


@pytest.mark.parametrize(
    ("folder", "main", "companion", "word", "message"),
    [
        (
            "ofac",
            "sdn.csv",
            "alt.csv",
            b"GAZPROM DRILLING",
            "a quoted field is not closed by the end of the file; this is the file's last "
            "line: the file seems cut short",
        ),
        (
            "ofac-consolidated",
            "cons_prim.csv",
            "cons_alt.csv",
            b'"',
            "a quoted field is not closed by the end of the file; this is the file's last "
            "line: the file seems cut short",
        ),
    ],
)
def test_a_companion_cut_inside_a_quote_is_refused(
    tmp_path, folder, main, companion, word, message
) -> None:
    base = _ofac(tmp_path, folder)
    data = (base / companion).read_bytes()
    start = len(data) // 2 if word == b'"' else 0
    cut = data[: data.index(word, start) + 3]
    (base / companion).write_bytes(cut)
    with pytest.raises(ListFormatError) as raised:
        load_list(str(base / main))
    assert f"{base / companion}:" in str(raised.value)
    assert message in str(raised.value)


def test_two_records_on_one_line_are_refused(tmp_path) -> None:
    base = _ofac(tmp_path)
    data = (base / "sdn.csv").read_bytes()
    at = data.index(b"\n306,")
    (base / "sdn.csv").write_bytes(data[:at] + data[at + 1 :])
    with pytest.raises(ListFormatError) as raised:
        load_list(str(base / "sdn.csv"))
    assert str(raised.value).startswith(
        f"{base / 'sdn.csv'}:2: expected 12 fields, found 23: two records run together on "
        "one line (a line end missing?) or a column added"
    )


def test_an_entry_appended_without_a_line_end_is_refused(tmp_path) -> None:
    base = _ofac(tmp_path)
    assert not (base / "sdn.csv").read_bytes().endswith(b"\n")  # as the sample is
    with (base / "sdn.csv").open("a", encoding="utf-8") as out:
        out.write('999999,"LOCAL WATCH ENTITY",-0- ,"CUBA"' + ",-0- " * 8 + "\n")
    with pytest.raises(ListFormatError, match="expected 12 fields, found 23: two records"):
        load_list(str(base / "sdn.csv"))


@pytest.mark.parametrize(("name", "width"), [("alt.csv", 5), ("add.csv", 6)])
def test_a_companion_line_with_a_column_added_is_refused(tmp_path, name, width) -> None:
    base = _ofac(tmp_path)
    lines = (base / name).read_bytes().split(b"\n")
    lines[3] = lines[3].rstrip(b"\r") + b",extra\r"
    (base / name).write_bytes(b"\n".join(lines))
    with pytest.raises(ListFormatError) as raised:
        load_list(str(base / "sdn.csv"))
    assert str(raised.value).startswith(
        f"{base / name}:4: expected {width} fields, found {width + 1}: two records"
    )


def test_a_companion_that_is_a_broken_link_is_refused(tmp_path) -> None:
    base = _ofac(tmp_path)
    (base / "alt.csv").unlink()
    (base / "alt.csv").symlink_to(base / "gone.csv")
    with pytest.raises(ListFormatError) as raised:
        load_list(str(base / "sdn.csv"))
    assert str(raised.value) == (
        f"{base / 'alt.csv'}: stands beside the list but is not a readable file (a broken "
        "link, a folder?): the names in it would be lost; put the file back or remove its name"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "INDIVIDUALS>",
            "PERSONS>",
            "<PERSONS> in <CONSOLIDATED_LIST> is not one of <INDIVIDUALS>, <ENTITIES>",
        ),
        ("<INDIVIDUAL>", "<PERSON>", "<PERSON> in <INDIVIDUALS> is not an <INDIVIDUAL>"),
    ],
)
def test_a_un_section_renamed_is_refused(tmp_path, old, new, message) -> None:
    text = UN.read_text(encoding="utf-8").replace(old, new)
    if new == "<PERSON>":
        text = text.replace("</INDIVIDUAL>", "</PERSON>")
    path = tmp_path / "un.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ListFormatError) as raised:
        load_list(str(path))
    assert str(raised.value).startswith(f"{path}: {message}")


def test_a_un_section_missing_is_refused(tmp_path) -> None:
    text = UN.read_text(encoding="utf-8")
    start, end = text.index("<INDIVIDUALS>"), text.index("</INDIVIDUALS>") + 14
    path = tmp_path / "un.xml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(ListFormatError) as raised:
        load_list(str(path))
    assert str(raised.value) == (
        f"{path}: no <INDIVIDUALS> section in <CONSOLIDATED_LIST>: the file is not whole; "
        "download the list again as the UN publishes it"
    )


def test_the_whole_files_still_load() -> None:  # guard: the published files as they are
    assert len(load_list(str(SDN)).rules) == 7379
    assert len(load_list(str(UN)).rules) == 1003


@pytest.mark.parametrize(
    ("folder", "main", "companion"),
    [
        ("ofac", "sdn.csv", "alt.csv"),
        ("ofac", "sdn.csv", "add.csv"),
        ("ofac-consolidated", "cons_prim.csv", "cons_alt.csv"),
    ],
)
@pytest.mark.parametrize("content", [b"", b"\r\n \r\n", b"\x1a"])
def test_an_empty_companion_is_refused(tmp_path, folder, main, companion, content) -> None:
    # A download cut to nothing: read as "no aliases", every alias would be lost.
    base = _ofac(tmp_path, folder)
    (base / companion).write_bytes(content)
    with pytest.raises(ListFormatError) as raised:
        load_list(str(base / main))
    assert str(raised.value) == (
        f"{base / companion}: stands beside the list but is empty (an incomplete "
        "download?): the names or addresses it should hold would be lost; download the "
        "list again, or remove the empty file to screen without it"
    )


@pytest.mark.parametrize(
    ("source", "name"), [("cons_alt.csv", "alt.csv"), ("cons_add.csv", "add.csv")]
)
def test_a_companion_of_another_list_is_refused(tmp_path, source, name) -> None:
    # hostile round 6: the Consolidated list's alias file saved as alt.csv beside
    # sdn.csv: 6 of its 1,073 rows name an SDN entry, so the others' aliases were
    # dropped as "an entry this sample does not hold" and the run went on without them
    base = _ofac(tmp_path)
    (base / name).write_bytes((LISTS / "ofac-consolidated" / source).read_bytes())
    with pytest.raises(ListFormatError) as raised:
        load_list(str(base / "sdn.csv"))
    rows, named = {"alt.csv": (1073, 6), "add.csv": (574, 2)}[name]
    assert str(raised.value) == (
        f"{base / name}: {named} of its {rows:,} rows name an entry of {base / 'sdn.csv'}: "
        "the file of another list or edition? put the list's own file beside it (download "
        "the list again)"
    )
