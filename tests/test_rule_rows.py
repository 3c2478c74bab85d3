"""A list entry's rule row (`screen.lists.rulerows`): written piece by piece, it is
exactly the compact JSON `json.dumps` writes of its fields, whatever the text
holds, and reads back as the rule."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from screen.lists.rulerows import decode_rule, encode_fields, fields_value
from screen.models import Direction, Kind, Rule, Severity, Source

TEXT = st.text(max_size=12)  # any character: quotes, backslashes, controls, surrogates aside
TEXTS = st.lists(TEXT, max_size=3).map(tuple)


@st.composite
def fields(draw: st.DrawFn) -> dict[str, object]:
    return {
        "id": draw(TEXT),
        "kind": Kind.ENTITY,
        "title": draw(TEXT),
        "measure": draw(TEXT),
        "authority": draw(TEXT),
        "direction": Direction.BOTH,
        "effective_from": draw(st.dates()),
        "effective_to": draw(st.none() | st.dates(min_value=dt.date(1, 1, 2))),
        "severity": draw(st.sampled_from(Severity)),
        "source": Source(
            list=draw(TEXT),
            entry_id=draw(TEXT),
            file=draw(TEXT),
            sha256=draw(st.none() | TEXT),
            note=draw(st.none() | TEXT),
        ),
        "countries": draw(TEXTS),
        "names": draw(TEXTS),
        "weak_names": draw(TEXTS),
        "type": draw(st.none() | TEXT),
        "programs": draw(TEXTS),
        "datasets": draw(TEXTS),
        "addresses": draw(TEXTS),
        "born": draw(TEXTS),
        "note": draw(st.none() | TEXT),
    }


@given(fields())
@settings(max_examples=300, deadline=None)
def test_a_rule_row_is_the_json_of_its_fields_and_reads_back(value: dict[str, object]) -> None:
    row = encode_fields(value)
    assert row == json.dumps(fields_value(value), ensure_ascii=False, separators=(",", ":"))
    assert decode_rule(row) == Rule(**value)  # type: ignore[arg-type]
