"""The cheap `could_match` prefilters never hide a hit the full matchers would find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from screen.text.tokens import analyze

WORDS = [
    "sberbank",
    "sber",
    "bank",
    "vtb",
    "gazprom",
    "gazprombank",
    "maria",
    "vorontsova",
    "lavrova",
    "tikhonova",
    "ekaterina",
    "huawei",
    "technologies",
    "donetsk",
    "luhansk",
    "lnr",
    "dpr",
    "crimea",
    "peoples",
    "republic",
    "trading",
    "company",
    "llc",
    "ooo",
    "pjsc",
    "moscow",
    "123",
    "sberbnak",
    "vneshekonombank",
    "rosselkhoz",
    "acme",
    "tver",
    "3",
    "d",
    "kherson",
    "semi",
    "conductor",
]


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=5), st.sampled_from([" ", "-", ", ", ""])
)
@settings(max_examples=400, deadline=None)
def test_prefilter_is_conservative(screener, words, sep) -> None:
    text = sep.join(words)
    if not screener.names.could_match(text):
        assert screener.names.search(text, 0.1) == []
    if not screener.places.matcher.could_match(text):
        assert screener.places.matcher.find(analyze(text)) == []


def test_prefilter_lets_listed_names_through(screener, rulebook) -> None:
    for rule in rulebook.rules:
        for name in rule.names:
            assert screener.names.could_match(name), name


def test_prefilter_stops_plain_company_names(screener) -> None:
    for name in ("Company 123456 LLC", "Tokyo Office Supply", "Baltic Tea Traders LLC"):
        assert not screener.names.could_match(name)
        assert not screener.places.matcher.could_match(name)
