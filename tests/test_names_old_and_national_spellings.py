"""Names in spellings the lists do not use (held-out set 21's misses): Indonesian
and Malay written as before 1972 ("Aboe Bakar Ba'asjir", "Djemaah", "Moechlis
Joenos") and Turkic names in their own Latin alphabets ("Fikrət Tağıyev",
"Yo'ldoshev", "Şahin Çelik").  Only a text that shows such a spelling is read again,
and the reading must meet the listed name as closely as the text itself would."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.ejaan import ejaan_reading
from screen.matching.names.turkiclatin import turkic_reading
from tests.conftest import name_case

LISTED = [
    ("BASYIR", "ABU BAKAR BA'ASYIR"),
    ("MUKHLIS", "Mukhlis Yunos"),
    ("JAT", "JEMAAH ANSHORUT TAUHID"),
    ("TAGIYEV", "TAGIYEV, Fikret"),
    ("YULDASHEV", "YULDASHEV, Tohir"),
    ("JALOLOV", "JALOLOV, Najmiddin"),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, True) for owner, name in LISTED)


@pytest.mark.parametrize(
    ("text", "owner", "found"),
    [
        ("ABOE BAKAR BA'ASJIR", "BASYIR", True),
        ("Moechlis Joenos", "MUKHLIS", True),
        ("DJEMAAH ANSHOROET TAUHID", "JAT", True),
        ("Moechlis Soetrisno", "MUKHLIS", False),  # (another family name)
        ("Djemaah Islamijah", "JAT", False),
        ("Fikrət Abdulla oğlu Tağıyev", "TAGIYEV", True),
        ("Tohir Abdulxalilovich Yo'ldoshev", "YULDASHEV", True),
        ("Najmiddin Kamoliddin o'g'li Jalolov", "JALOLOV", True),
        ("Fikrət Məmmədov", "TAGIYEV", False),  # (the same given name only)
        ("Tohir Yo'lchiyev", "YULDASHEV", False),
    ],
)
def test_an_old_or_national_spelling_meets_the_listed_one(index, text, owner, found) -> None:
    name_case(index, text, owner, found)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ABOE BAKAR BA'ASJIR", "ABU BAKAR BA'ASYIR"),
        ("Entjep Noerdjaman", "Encep Nurjaman"),
        ("Moechlis Joenos", "Mukhlis Yunos"),
        ("Djoko Santoso", "Joko Santoso"),
        ("Joko Widodo", ""),  # (no mark of the old spelling)
        ("Jajasan Hilal Ahmar", ""),
        ("Сухарто", ""),
    ],
)
def test_only_the_old_indonesian_spelling_is_read_again(text, read) -> None:
    assert ejaan_reading(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Fikrət Abdulla oğlu Tağıyev", "Fikret Abdulla Tagiyev"),
        ("Najmiddin Kamoliddin o'g'li Jalolov", "Najmiddin Kamoliddin Jalolov"),
        ("Tohir Abdulxalilovich Yo'ldoshev", "Tohir Abdulkhalilovich Yuldoshev"),
        ("O'zbekiston", "Uzbekiston"),
        ("Şahin Çelik", "Shahin Chelik"),
        ("Qazaq Jamağaty", "Kazak Jamagaty"),
        ("O'Brien Trading", ""),  # (an Irish name, no Uzbek letter)
        ("Maxim Qatar", ""),  # (no letter of a Turkic alphabet)
        ("D'Amico", ""),
    ],
)
def test_only_a_turkic_latin_alphabet_is_read_again(text, read) -> None:
    assert turkic_reading(text) == read
