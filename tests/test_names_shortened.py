"""Names written shortened or in another convention (held-out set 12's misses): given
names cut short with a full stop read as initials (`shortened.py`), two persons named
together (`together.py`), an alias after " @ ", Russian ё written "yo" or "e", and a
listed name of generic words only with its country's name of several words ("... OF
THE RUSSIAN FEDERATION")."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.shortened import initialled
from screen.text.namefold import fold

LISTED = [  # (owner, listed name, a person's?)
    ("MUGABE", "MUGABE, Robert Gabriel", True),
    ("ALVI", "ALVI, Mohammad Masood Azhar", True),
    ("LUBANGA", "LUBANGA, Thomas", True),
    ("RADKOV", "RADKOV, Aleksandr Mikhailovich", True),
    ("SISON", "SISON, Jose Maria", True),
    ("KASKAR", "KASKAR, Shaikh Anis Ibrahim", True),
    ("PATEK", "PATEK, Umar", True),
    ("TSAREVA", "TSAREVA, Marina Igorevna", True),
    ("FEDOROV", "FEDOROV, Petr Semenovich", True),
    ("MINFIN", "MINISTRY OF FINANCE OF THE RUSSIAN FEDERATION", False),
    ("ROBT", "ROBT TRADING FZE", False),  # (an organisation: no initials read)
    ("VEKSELBERG", "VEKSELBERG, Viktor Feliksovich", True),
    ("LC", "TRANSPORTES LC", False),
]
CASES = [  # (party text, owner, found at review?)
    ("Robt. Gabriel Mugabe", "MUGABE", True),
    ("MOHD. MASOOD AZHAR ALVI", "ALVI", True),
    ("Thos. Lubanga", "LUBANGA", True),
    ("Al. M. Radkov", "RADKOV", True),
    ("Jose Ma. Sison", "SISON", True),
    ("Sh. Anis Ibrahim Kaskar", "KASKAR", True),
    ("Robt. Mugambe", "MUGABE", False),  # (another family name)
    ("Thos. Lubangi Trading", "LUBANGA", False),
    ("Umar Patek @ Umar Kecil", "PATEK", True),
    ("Marina Igorevna Tsaryova", "TSAREVA", True),
    ("Pyotr Semyonovich Fyodorov", "FEDOROV", True),  # (through the names table)
    ("Ministry of Finance of the Russian Federation", "MINFIN", True),
    ("Ministry of Finance of the Republic of Kazakhstan", "MINFIN", False),
    ("Robt. Trading FZE", "ROBT", True),  # (its own word, as written)
    ("Transporte LC", "LC", True),
    ("CECOEX, S.A. LLC", "LC", False),  # (a piece of legal forms only: "S.A. LLC")
    ("Viktor Vekselberg and Anna Petrova", "VEKSELBERG", True),
    ("Anna Petrova & Viktor Vekselberg", "VEKSELBERG", True),
    ("Viktor Vekselberg y Ana Perez", "VEKSELBERG", True),
    ("Victor Vekselman and Anna Petrova", "VEKSELBERG", False),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_name_written_shortened_finds_its_party(index, text, owner, found) -> None:
    hits = {h.name.owner: h for h in index.search(text, 75.0)}
    assert (owner in hits) is found, hits.get(owner)
    assert index.search(text, 75.0) == index.search_exhaustive(text, 75.0)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Robt. Gabriel Mugabe", "R. Gabriel Mugabe"),
        ("Wm. Ramirez Valenciano", "W. Ramirez Valenciano"),
        ("Al. M. Radkov", "A. M. Radkov"),
        ("Jose Ma. Sison", "Jose M. Sison"),
        # titles, legal forms, generic words and small words stay as written
        ("Dr. Abdul Khan", ""),
        ("Acme Co. Ltd.", ""),
        ("Acme Intl. Trading", ""),
        ("Acme etc. and Sons", ""),
        ("Robert Mugabe", ""),
    ],
)
def test_which_words_are_read_as_initials(text: str, read: str) -> None:
    found = initialled(text)
    assert (found[0][0] if found else "") == read


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("gubaryova", "gubareva", True),
        ("seleznyov", "seleznev", True),
        ("gubarjowa", "gubareva", True),
        ("yoshida", "eshida", False),  # (a "yo" after no consonant stays)
        ("kyong", "keng", False),  # (Korean and Japanese "yo": not before "v")
        ("ryong", "reng", False),
    ],
)
def test_russian_yo_folds_as_e(one: str, other: str, same: bool) -> None:
    assert (fold(one) == fold(other)) is same


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Viktor Vekselberg and Anna Petrova", ["Viktor Vekselberg", "Anna Petrova"]),
        ("Juan Perez y Maria Lopez Garcia", ["Juan Perez", "Maria Lopez Garcia"]),
        ("Procter and Gamble", []),  # (one word a side: a firm's name)
        ("Smith and Jones Trading", []),
        ("Mr John Smith and Mrs Anna Smith", []),  # (titles: read whole)
        ("Viktor Vekselberg and Anna Petrova and Ivan Ivanov", []),
        ("JOHN E SMITH", []),
    ],
)
def test_two_persons_named_together_are_read_apart(text: str, pieces: list[str]) -> None:
    from screen.matching.names.together import persons_apart

    assert [p[0] for p in persons_apart(text)] == pieces
