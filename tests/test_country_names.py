"""Country names as trade files write them: 36 countries common in trade, each
named in 18 languages (tests/data/country_names_common.tsv, curated by hand,
independently of the CLDR table the package ships).  At least 95% must resolve,
and none may resolve to another country."""

from __future__ import annotations

import pytest

from screen.matching.countryscan import resolve_countries
from tests.conftest import DATA

LANGUAGES = "en de fr es it pt nl pl cs ru uk tr ar fa ja zh ko vi".split()


def _table() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / "country_names_common.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, *names = line.split("\t")
            rows.extend(zip(LANGUAGES, [code] * len(names), names, strict=True))
    return rows


TABLE = _table()


def test_table_is_complete() -> None:
    assert len(TABLE) == 36 * 18


def test_no_name_resolves_to_another_country() -> None:
    wrong = [
        (lang, code, name, resolve_countries(name))
        for lang, code, name in TABLE
        if resolve_countries(name) not in ((), (code,))
    ]
    assert wrong == []


def test_at_least_95_percent_resolve() -> None:
    missed = [
        (lang, code, name) for lang, code, name in TABLE if resolve_countries(name) != (code,)
    ]
    assert len(missed) <= len(TABLE) * 0.05, missed


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_mostly_resolves(language) -> None:
    rows = [(code, name) for lang, code, name in TABLE if lang == language]
    right = sum(resolve_countries(n) == (c,) for c, n in rows)
    assert right >= 0.9 * len(rows), [(c, n) for c, n in rows if resolve_countries(n) != (c,)]
