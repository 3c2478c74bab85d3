"""A name as forms, payment messages and spreadsheets wrap it (held-out set 19's
misses): labelled fields ("Surname: KAYAKIRAN / Given name: Evren"), tags of XML
and HTML ("<Cdtr><Nm>Omar Hammami</Nm>"), characters of no width between words,
Excel's "_x000D_" and a spreadsheet's tabs, and spellings offered with slashes
("Ahmed/Ahmad Harun/Haroun").  Each is read back as the name; a text without the
mark stays as it is ("ACME/BETA TRADING" is two parties, "ACME Trading: Moscow
office" no form)."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.formfields import form_name
from screen.matching.names.slashed import slashed
from screen.text.markup import unwrapped
from tests.conftest import name_case

LISTED = [  # (owner, listed name, person?)
    ("KAYA", "Evren KAYAKIRAN", True),
    ("IVAN", "Ivanov Pavel Sergeevich", True),
    ("ZAWA", "AL-ZAWAHIRI, Ayman", True),
    ("HAMM", "OMAR HAMMAMI", True),
    ("SOJK", "Viktar Uladzimiravitj Sojka", True),
    ("SEPA", "BANK SEPAH INTERNATIONAL PLC", False),
    ("HARU", "HARUN, Ahmad", True),
    ("KWAN", "KOREA KWANGSON BANKING CORP", False),
]
CASES = [  # (party text, owner, found at review?)
    ("Surname: KAYAKIRAN / Given name: Evren / Nationality: TR", "KAYA", True),
    ("FIRST NAME: PAVEL MIDDLE NAME: SERGEEVICH LAST NAME: IVANOV", "IVAN", True),
    ("Given Name(s): Ayman / Surname: Al-Zawahiri", "ZAWA", True),
    ("Surname: KAYAKIRAN / Given name: Emre", "KAYA", False),  # (another given name)
    ("<Cdtr><Nm>Omar Hammami</Nm></Cdtr>", "HAMM", True),
    ("&lt;Nm&gt;Omar Hammami&lt;/Nm&gt;", "HAMM", True),
    ("<td><b>Omar Hammami</b></td>", "HAMM", True),
    ("Viktar\u200bSojka", "SOJK", True),
    ("BANK SEPAH_x000D_ INTERNATIONAL PLC", "SEPA", True),
    ("Evren Kayakiran\tTR\tFSE", "KAYA", True),
    ("Ahmed/Ahmad Harun/Haroun", "HARU", True),
    ("Korea Kwangson/Kwangsong Banking Corp", "KWAN", True),
    ("Ahmed/Ahmad Hamid/Hameed", "HARU", False),  # (another surname)
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_wrapped_name_is_read_back(index, text, owner, found) -> None:
    name_case(index, text, owner, found)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Surname: KAYAKIRAN / Given name: Evren / Nationality: TR", "Evren KAYAKIRAN"),
        ("NAME=MAJID; SURNAME=RAHMANIFAR; CITY=", "MAJID RAHMANIFAR"),
        ("Surname / Nom: POKHODOVA  Given names / Prénoms: SVETLANA", "SVETLANA POKHODOVA"),
        ("Last Name: Abu Jheisheh First Name: Mohammed", "Mohammed Abu Jheisheh"),
        ("Фамилия: Иванов; Имя: Павел", "Павел Иванов"),
        ("Company name: ITEX Wave Solutions GmbH / Country: Germany", "ITEX Wave Solutions GmbH"),
        ("ACME LLC, contact name: John Smith", "John Smith\nACME LLC"),  # (both kept)
        ("ACME Trading: Moscow office", "ACME Trading: Moscow office"),  # (no name's label)
        ("Attn: Mr Ivanov", "Attn: Mr Ivanov"),
        ("name / " * 2000 + "x:", "name / " * 2000 + "x:"),  # (a long text is no form)
    ],
)
def test_labelled_fields_are_read_as_a_name(text, read) -> None:
    assert form_name(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ahmed/Ahmad Harun/Haroun", "Ahmed Harun\nAhmad Haroun"),
        ("Wol/Wuol Garang", "Wol Garang\nWuol Garang"),
        ("ACME/BETA TRADING", "ACME/BETA TRADING"),  # (two parties)
        ("DHL/FEDEX", "DHL/FEDEX"),
        ("HARRACH/BEKKAYMR", "HARRACH/BEKKAYMR"),
    ],
)
def test_spellings_with_slashes_are_alternatives(text, read) -> None:
    assert slashed(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("<Nm>Omar Hammami</Nm>", "Omar Hammami"),
        ('<span class="n">Omar</span> Hammami', "Omar Hammami"),
        ("CHENG\u200bChun\u200bHai", "CHENG Chun Hai"),
        ("Sber\u200bbank", "Sberbank"),  # (inside a word: nothing)
        ("\ufeffSberbank", "Sberbank"),
        ("علی\u200cعسگری", "علی\u200cعسگری"),  # (a Persian word's non-joiner)
        ("BANK_x000D_SEPAH", "BANK SEPAH"),
        ("P<RUSIVANOV<<PAVEL<<<<", "P<RUSIVANOV<<PAVEL<<<<"),  # (a passport's line: no tag)
        ("A < B > C", "A < B > C"),
    ],
)
def test_marks_of_systems_are_taken_off(text, read) -> None:
    assert unwrapped(text) == read
