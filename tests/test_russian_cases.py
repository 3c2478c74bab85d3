"""A Russian name in a grammatical case (`screen/text/russiancases.py`): read back to
the nominative a list gives, never a feminine form read as the masculine."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.text.russiancases import case_readings, nominatives

NOMINATIVES = [  # (oblique form, a nominative it may stand for, or None: none wanted)
    ("сбербанка", "сбербанк"),  # genitive of a masculine noun
    ("ротенбергу", "ротенберг"),  # dative
    ("стройтрансгазом", "стройтрансгаз"),  # instrumental
    ("аркадию", "аркадий"),  # a soft stem's dative
    ("геннадия", "геннадий"),
    ("игоря", "игорь"),
    ("наталье", "наталья"),
    ("светланой", "светлана"),
    ("васильевича", "васильевич"),  # patronymics
    ("владимировне", "владимировна"),
    ("поклонской", "поклонская"),  # an adjectival surname, feminine
    ("достоевского", "достоевский"),
    ("походовой", "походова"),  # a possessive surname, feminine
    ("путиным", "путин"),
    ("золотову", "золотов"),
    ("иванова", None),  # a feminine nominative, never Ivanov's genitive
    ("путина", None),
    ("калашников", None),  # a nominative
    ("тимченко", None),  # not declined
    ("уфа", None),  # too short a stem to read
]


@pytest.mark.parametrize(("word", "nominative"), NOMINATIVES)
def test_an_oblique_case_is_read_back_to_its_nominative(word: str, nominative: str | None) -> None:
    found = nominatives(word)
    if nominative is None:
        assert nominative not in found and not any(f == word[:-1] for f in found), found
        assert found == ()
    else:
        assert nominative in found


def test_prepositions_are_named_and_words_read_with_their_nominatives() -> None:
    readings, stops = case_readings("от Геннадия Тимченко для Сбербанка")
    assert stops == {"ot", "dlya"}
    assert readings["gennadiya"].forms == ("gennadiya", "gennadiy")
    assert "timchenko" not in readings


LISTED = [
    ("ROTENBERG", "ROTENBERG, Arkady", True),
    ("TIMCHENKO", "TIMCHENKO, Gennady", True),
    ("POKLONSKAYA", "POKLONSKAYA, Natalia Vladimirovna", True),
    ("KUZMENKO", "Виталий Юрьевич КУЗЬМЕНКО", True),
    ("IVANOV", "IVANOV, Petr", True),
    ("GIRKIN", "GIRKIN, I.V.", True),
    ("DERIPASKA", "DERIPASKA, Oleg Vladimirovich", True),
    ("UVZ", "URALVAGONZAVOD", False),
    ("SBER", "SBERBANK", False),
    ("ROMASHKA", "Romashka", False),
    ("POKHODOVA", "Светлана Павловна ПОХОДОВА", True),
    ("VNESHTORG", "ZAO VNESHTORGSERVIS", False),
]
CASES = [  # (party text, listed owner, found at review?)
    ("получатель: Аркадию Ротенбергу", "ROTENBERG", True),
    ("от Геннадия Тимченко", "TIMCHENKO", True),
    ("Поклонской Наталье Владимировне", "POKLONSKAYA", True),
    ("Кузьменко Виталию Юрьевичу", "KUZMENKO", True),
    ("поставка для Уралвагонзавода", "UVZ", True),
    ("Оплата по счёту №112 для Сбербанка", "SBER", True),
    ("Иванову Петру", "IVANOV", True),  # Ivanov's dative
    # another father's name, in the dative too: another person
    ("Кузьменко Виталию Андреевичу", "KUZMENKO", False),
    # Ivanova's genitive is a woman's name, not Ivanov's
    ("Ивановой Ольги", "IVANOV", False),
    ("Ивановой Петре", "IVANOV", False),
    ("Гиркин И.В.", "GIRKIN", True),  # (initials in capitals: no "и", "and", nor "в", "in")
    ("Ольга Дерипаска", "DERIPASKA", False),  # a given name as it is: no Oleg's case
    # the legal form keeps its "с" (with) and is read before the prepositions go
    ("Общество с ограниченной ответственностью Ромашка", "ROMASHKA", True),
    ("поставка для Уралтрансмаша", "UVZ", False),
    # two initials after a family name in a case are a person's, not a legal form
    # ("С.П.", "S.P.": a Polish spolka partnerska)
    ("Походовой С.П.", "POKHODOVA", True),
    ("Походовой С. П.", "POKHODOVA", True),
    # the payment words in Latin letters wrap a party as in Cyrillic
    ("dlya ZAO Vneshtorgservisa", "VNESHTORG", True),
    ("Poluchatel: OOO Vneshtorgservis", "VNESHTORG", True),
    ("v pol'zu AO Vneshtorgservis", "VNESHTORG", True),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("text", "owner", "found"), CASES)
def test_a_declined_name_finds_its_listed_party(index, text, owner, found) -> None:
    hits = {h.name.owner: h for h in index.search(text, 75.0)}
    assert (owner in hits) is found, hits.get(owner)
    assert index.search(text, 75.0) == index.search_exhaustive(text, 75.0)
