"""Shipped sorted tables (`screen.text.sortedlines`): after `BULK` lookups a table
is read into a dict, which must answer exactly what bisecting its text answers."""

from __future__ import annotations

import pytest

from screen.text import sortedlines


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(sortedlines, "_asked", {})
    monkeypatch.setattr(sortedlines, "_as_dict", {})


def test_a_table_read_into_a_dict_answers_as_bisection_does(fresh, monkeypatch) -> None:
    name = "name_variants.tsv"
    text, start = sortedlines.sorted_data(name)
    words = [line.partition("\t")[0] for line in text[start:].splitlines()]
    probe = [*words[::7], *(w + "q" for w in words[::50]), "", "a", "zzzz", words[-1]]
    bisected = [sortedlines.line_value(w, text, start, len(text)) for w in probe]
    assert any(v for v in bisected) and None in bisected
    monkeypatch.setattr(sortedlines, "BULK", 3)
    answers = [sortedlines.table_value(name, w) for w in probe]
    assert name in sortedlines._as_dict  # read into a dict on the third lookup
    assert answers == bisected


def test_a_table_asked_a_few_times_is_not_read_into_a_dict(fresh) -> None:
    assert sortedlines.table_value("name_variants.tsv", "zzzz") is None
    assert sortedlines._as_dict == {}
