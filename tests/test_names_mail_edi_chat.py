"""Names as mail, EDI messages and chat carry them (held-out set 22's misses): an
e-mail's quoted-printable form ("=?UTF-8?Q?...?=", "Dieudonn=C3=A9"), an EDIFACT NAD
segment cut at 35 characters ("TRANSPORTATIO:N") or an X12 N1 loop, and Russian typed
with figures for letters ("Sergeevi4", "*uravleva").  Only a text with the marks is
read so: "E=MC2 Trading", "Acme + Partners", "Route 66" stay as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.matching.names import NameIndex
from screen.matching.names.volapuk import volapuk_reading
from screen.text.edi import edi_unwrapped
from screen.text.quotedprintable import unquoted_printable
from screen.text.repair import repaired
from tests.conftest import name_case

PAVEL_IVANOV = "=?UTF-8?Q?=D0=9F=D0=B0=D0=B2=D0=B5=D0=BB_=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2?="
TRANSNEFT = "NAD+CZ+++OBSHCHESTVO ?'TRANSNEFTEPRODUKT?' K:RASNODAR'"
EIH = "NAD+BY+++EUROPAEISCH-IRANISCHE HANDELSBANK A:KTIENGESELLSCHAFT+DEPENAU 2+HAMBURG'"
LISTED = [
    ("IVANOV", "Павел Иванов"),
    ("DIEUDONNE", "DIEUDONNÉ OZIA MAZIO"),
    ("ATLANTIC", "ATLANTIC SHIPPING AND TRANSPORTATION LIMITED"),
    ("BOGACHEV", "BOGACHEV, Evgeniy Mikhailovich"),
    ("ZHURAVLEVA", "Tatyana Vladimirovna ZHURAVLEVA"),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, True) for owner, name in LISTED)


@pytest.mark.parametrize(
    ("text", "owner", "found"),
    [
        (PAVEL_IVANOV, "IVANOV", True),
        ("Dieudonn=C3=A9 Ozia Mazio", "DIEUDONNE", True),
        ("NAD+CA+++ATLANTIC SHIPPING AND TRANSPORTATIO:N LIMITED'", "ATLANTIC", True),
        ("NAD+CA+++ATLANTIC CONTAINER LINE+GOTEBORG'", "ATLANTIC", False),
        ("Boga4ev Evgenij Mixajlovi4", "BOGACHEV", True),
        ("Tat'9na Vladimirovna *uravleva", "ZHURAVLEVA", True),
        ("Boga4ev Ivan Petrovi4", "BOGACHEV", False),  # (another given name, father)
    ],
)  # fmt: skip
def test_mail_edi_and_chat_names_meet_the_listed_ones(index, text, owner, found) -> None:
    name_case(index, text, owner, found)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("=?UTF-8?Q?Ahwaz_Steel_=26_Technical_GmbH?=", "Ahwaz Steel & Technical GmbH"),
        ("=?UTF-8?B?0J/QsNCy0LXQuw==?=", "Павел"),
        ("Le Po=C3=A8te", "Le Poète"),
        ("Pr=C3=A9dica=\ntion", "Prédication"),  # (a soft line break)
        ("E=MC2 Trading", "E=MC2 Trading"),
        ("X=41", "X=41"),  # (one escaped byte: no mark)
        ("=?bogus-charset?Q?abc?=", "=?bogus-charset?Q?abc?="),
    ],
)  # fmt: skip
def test_quoted_printable_is_read(text, read) -> None:
    assert unquoted_printable(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (TRANSNEFT, "OBSHCHESTVO 'TRANSNEFTEPRODUKT' KRASNODAR"),
        (EIH, "EUROPAEISCH-IRANISCHE HANDELSBANK AKTIENGESELLSCHAFT"),
        ("NAD+CN+++ACME TRADING:LIMITED'", "ACME TRADING LIMITED"),  # (not cut: a space)
        ("N1*BY*DALIAN GLOBAL UNITY*92*DGU01~N2*LTD~", "DALIAN GLOBAL UNITY LTD"),
        ("Acme + Partners", "Acme + Partners"),
    ],
)  # fmt: skip
def test_an_edi_party_segment_is_read_as_its_name(text, read) -> None:
    assert edi_unwrapped(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ivanov Pavel Sergeevi4", "Ivanov Pavel Sergeevich"),
        ("Daudov Magomed Xo*axmedovi4", "Daudov Magomed Khozhakhmedovich"),
        ("Bastrblkin Aleksandr Ivanovi4", "Bastrykin Aleksandr Ivanovich"),
        ("Blagov Maxim", ""),  # (no figure for a letter)
        ("Route 66", ""),
    ],
)
def test_only_russian_typed_with_figures_is_read_again(text, read) -> None:
    assert volapuk_reading(text) == read


@given(st.text(alphabet="=?QB_abc0123456789ACDEF:+'*~N1AD\n ", max_size=120))
def test_mail_and_edi_repairs_take_any_text(text: str) -> None:
    assert isinstance(repaired(text), str)
    assert isinstance(volapuk_reading(text), str)


def test_a_search_cut_short_of_its_readings_is_kept_apart(index) -> None:
    """Readings of readings stop `MAX_DEPTH` deep; a search made there (no readings
    of its own) is cached apart, so the same text searched afresh still reads."""
    from screen.matching.names import readings

    text = "Boga4ev Evgenij Mixajlovi4 Ltd"
    token = readings._DEPTH.set(readings.MAX_DEPTH)
    try:
        cut = index.search(text, 75.0)
    finally:
        readings._DEPTH.reset(token)
    assert not any(h.name.owner == "BOGACHEV" for h in cut)
    assert any(h.name.owner == "BOGACHEV" for h in index.search(text, 75.0))
