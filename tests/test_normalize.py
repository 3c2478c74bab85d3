"""Normalisation: table of cases, and properties that must hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screen.text.normalize import is_cjk, normalize, normalize_with_offsets
from screen.text.tokens import analyze, singular

CASES = [
    ("Sberbank", "sberbank"),
    ("SBERBANK", "sberbank"),
    ("ＳＢＥＲＢＡＮＫ", "sberbank"),  # full width
    ("Sbеrbаnk", "sberbank"),  # Cyrillic е and а inside a Latin word
    ("Сбербанк", "sberbank"),  # wholly Cyrillic: transliterated
    ("Россельхозбанк", "rosselkhozbank"),
    ("Semi\u200bconductor", "semiconductor"),  # zero-width space
    ("semi\x00conductor\x07", "semiconductor"),  # control characters
    ("3-D printer", "3 d printer"),
    ("Donetsk People’s Republic", "donetsk peoples republic"),
    ("３Ｄプリンター", "3dプリンター"),  # Japanese kept as written
    # half-width katakana (old Japanese ERPs), its voicing marks composed
    ("ｽﾞﾍﾞﾙﾊﾞﾝｸ", "ズベルバンク"),
    ("3Dﾌﾟﾘﾝﾀｰ", "3dプリンター"),
    ("ﾛｼｱ", "ロシア"),
    ("Türkiye", "turkiye"),
    ("  many   spaces\t\n", "many spaces"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normalize_cases(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_offsets_quote_the_original_text() -> None:
    norm = normalize_with_offsets("Ship: Sbеrbank, PJSC")
    start = norm.text.index("sberbank")
    assert norm.source_span(start, start + len("sberbank")) == "Sbеrbank"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("chips", "chip"),
        ("batteries", "battery"),
        ("boxes", "box"),
        ("glasses", "glass"),
        ("diodes", "diode"),
        ("gas", "gas"),
        ("bus", "bus"),
        ("analysis", "analysis"),
        ("ics", "ics"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_compact_form_joins_japanese_across_spaces() -> None:
    assert analyze("3D プリンター").compact == analyze("3Dプリンタ").compact


@given(st.text())
def test_normalize_never_crashes_and_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po"))))
def test_normalize_ignores_case(text: str) -> None:
    assert normalize(text.upper()) == normalize(text.lower()) or normalize(
        text.upper()
    ) == normalize(text.casefold().upper())


@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E)))
def test_normalize_ignores_width(text: str) -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) for c in text)  # ASCII -> full-width forms
    assert normalize(wide) == normalize(text)


@given(st.text())
def test_singular_is_idempotent(text: str) -> None:
    for token in normalize(text).split():
        assert singular(singular(token)) == singular(token)


@given(st.text())
def test_output_alphabet(text: str) -> None:
    out = normalize(text)
    assert out == out.strip() and "  " not in out
    assert all((c.isascii() and (c.isalnum() or c == " ")) or is_cjk(c) for c in out)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_fast_path_agrees_with_the_general_path(text: str) -> None:
    from screen.text.normalize import _ascii_fast, _normalized_with_offsets

    if "'" not in text and "`" not in text and text.isprintable():
        general = _normalized_with_offsets("\u200b" + text)  # (uncached) forces the general path
        fast = _ascii_fast(text)
        assert fast.text == general.text


@given(st.text())
def test_normalize_agrees_with_the_offset_form(text: str) -> None:
    assert normalize(text) == normalize_with_offsets(text).text
