"""Round 8: banned goods disguised by what is written around them must not come out
clear: a code after a hyphen in full-width, mathematical or mixed-script letters, a
Cyrillic code glued by an underscore, an HTML character reference, a symbol NFKC
spells with letters ("™"), a URL's escaped space, a word spelt out letter by
letter; and a description of 10,000 characters of made-up words
after its terms is read in bounded work (`judge.py`, `text/wordlike.py`,
`text/normalize.py`, `engine/goods.py`)."""

from __future__ import annotations

import random
import string

import pytest
from typer.testing import CliRunner

import screen.matching.judge as judge
import screen.text.wordlike as wordlike
from screen.cli import app
from screen.engine import Screener
from screen.exitcodes import ExitCode
from screen.matching.goodsterms import GoodsTerms

SEMI, GEN, VAC = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-VACCINES"
ROBOTS, EXPLOSIVES = "RU-ROBOTS", "RU-EXPLOSIVES"

# (description, rule): each was clear on d6a857e
DISGUISED = [
    ("semiconductor wafers-\uff42\uff41\uff54\uff43\uff48\uff21", SEMI),  # full-width "batchA"
    ("influenza vaccine-\uff42\uff41\uff54\uff43\uff48\uff21", VAC),
    ("integrated circuits-\U0001d41b\U0001d41a\U0001d42d\U0001d41c\U0001d421\U0001d400", SEMI),
    ("diesel generator-\U0001d41b\U0001d41a\U0001d42d\U0001d41c\U0001d421\U0001d400", GEN),
    ("semiconductor wafers-\u043b\u043e\u0442B", SEMI),  # "лотB": Cyrillic and Latin
    ("electric detonators-\u043b\u043e\u0442B", EXPLOSIVES),
    ("semiconductor wafers-\u03b2\u03bb\u03bf", SEMI),  # Greek: no shipped term's script
    ("industrial robot_\u043b\u043e\u0442B", ROBOTS),  # "robot" was read as Cyrillic
    ("industrial robot\u2122", ROBOTS),  # "™" glued: "robottm"
    ("influenza vaccine\u2122", VAC),  # (a guard: "vaccinetm" was found as a compound)
]


def _named(terms: GoodsTerms, text: str, rule: str) -> None:
    """`rule` hits `text`; the reasons of the terms set aside when it does not."""
    finding = terms.find(text)
    assert rule in {h.rule_id for h in finding.hits}, [h.reason for h in finding.set_aside]


@pytest.mark.parametrize(("text", "rule"), DISGUISED)
def test_a_disguised_code_after_banned_goods_clears_nothing(
    terms: GoodsTerms, text: str, rule: str
) -> None:
    _named(terms, text, rule)


# a word of the shipment's paperwork or trade, or the place it goes to, written after a
# singular term: an English noun, it headed the term (all were clear on d6a857e)
PAPERWORK = [
    ("industrial robot export", ROBOTS),
    ("diesel generator invoice", GEN),
    ("integrated circuit warranty", SEMI),
    ("semiconductor wafer surplus", SEMI),
    ("influenza vaccine inventory", VAC),
    ("integrated circuit tube", SEMI),  # the tube ICs are shipped in
    ("industrial robot Moscow", ROBOTS),
    ("diesel generator Russia", GEN),
    ("influenza vaccine Moscow", VAC),
]


@pytest.mark.parametrize(("text", "rule"), PAPERWORK)
def test_paperwork_or_a_place_after_banned_goods_clears_nothing(
    terms: GoodsTerms, text: str, rule: str
) -> None:
    _named(terms, text, rule)


def test_a_russian_word_after_a_hyphen_still_heads_its_compound(terms: GoodsTerms) -> None:
    for text in ("IC-карты", "robot-пылесос", "Чип-резисторы 0805"):  # (guards)
        assert not terms.find(text).hits, text


ARGS = ["--country", "RU", "--date", "2025-06-01", "--no-record", "--format", "json"]


@pytest.mark.parametrize(
    "text",
    [
        "industrial robot&trade;",  # "trade" was read as the head
        "industrial robot&amp;trade;",  # escaped twice
        "influenza vaccine&bull;lotB",  # "bull"
        "diesel generator&amp;lotB",  # "amp"
        "industrial%20robot",  # a URL's escaped space: "20robot"
        "I N D U S T R I A L   R O B O T",  # spelt out letter by letter
        "r.o.b.o.t.s industrial",
        "S-E-M-I-C-O-N-D-U-C-T-O-R W-A-F-E-R-S",  # (a guard)
        "industrial robot123",  # a figure glued to the term: "robot123"
        "industrial robotBatchA",  # a code glued to it
        "influenza vaccineA1",
        "industrial robotLot7",
        "industrial robot\u2460",  # "①": NFKC glued "1" to it
        "industrial robot\u00b2",  # "²"
        "electric detonators&reg;",  # (guards: blocked on d6a857e too)
        "industrial robot&#8482;",
    ],
)
def test_an_escaped_or_spelt_out_description_clears_nothing(text: str) -> None:
    result = CliRunner().invoke(app, ["check", text, *ARGS])
    assert result.exit_code == ExitCode.FLAGGED, result.output
    assert '"status": "blocked"' in result.stdout


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("U.S.A. made", "U.S.A. made"),  # three letters: an abbreviation, left alone
        ("A B C parts", "A B C parts"),
        ("20%20off", "20%20off"),  # no letter on either side
        ("robot%2Carm", "robot,arm"),
        ("AT&T phones", "AT&T phones"),
        ("Model X-1 A", "Model X-1 A"),
        ("semiconductor wafer batchKilo", "semiconductor wafer batchKilo"),  # one code
        ("iPhone 12", "iPhone 12"),
        ("LM317T regulator", "LM317T regulator"),
        ("industrial robotBatchA", "industrial robot BatchA"),
        ("robot123", "robot 123"),
        ("6-axis robotic arm shipLotW", "6-axis robotic arm shipLotW"),  # no term's word
        ("machine revB2", "machine revB2"),
    ],
)
def test_what_is_read_before_goods_are_sought(screener: Screener, written: str, read: str) -> None:
    from screen.engine.goods import unreferenced

    assert unreferenced(written, screener.goods._term_word) == read


def _made_up(rng: random.Random, letters: int) -> str:
    return "".join(rng.choice("aeioubdklmnrstv") for _ in range(letters))


def test_a_long_run_of_made_up_words_after_terms_is_read_in_bounded_work(
    terms: GoodsTerms, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each word no list holds was read as slips and compounds (dozens of lookups),
    for each term before it: seconds for one row.  Now at most `DEEP` words a
    description are, and the hits are reviews (a word no list knows)."""
    rng = random.Random(8)
    text = " ".join(
        "influenza vaccine " + " ".join(_made_up(rng, 9) for _ in range(12)) for _ in range(70)
    )[:10_000]
    read: set[str] = set()  # made-up words read as slips and compounds
    deep = judge.known_word

    def counted(key: str) -> bool:
        if key not in ("influenza", "vaccine"):
            read.add(key)
        return deep(key)

    monkeypatch.setattr(judge, "known_word", counted)
    finding = terms.find(text)
    assert len(read) <= 2 * judge.DEEP  # each read as normalised and as written
    assert finding.hits and all(h.review for h in finding.hits if h.rule_id == VAC)


def test_a_long_word_no_list_holds_costs_no_hundred_lookups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(64)
    calls = 0
    listed = wordlike._listed

    def counted(key: str) -> bool:
        nonlocal calls
        calls += 1
        return listed(key)

    monkeypatch.setattr(wordlike, "_listed", counted)
    for letters in (30, 48, 64):
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(letters))
        calls = 0
        assert not wordlike.known_word(word)
        assert calls <= 2 * (wordlike.COMPOUND_UPTO - 2 * wordlike.PART + 1) + 1, letters
    calls = 0
    word = "".join(rng.choice(string.ascii_lowercase) for _ in range(50))
    assert not wordlike.known_word(word)
    assert calls == 1  # the word itself: past 40 letters, no parts
