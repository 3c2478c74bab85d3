"""A word appended after banned goods must not clear them: codes and letter strings
head nothing, a word no word list knows sends the shipment to review, and an
English term in the plural heads its phrase; real nouns of another thing (in the
lists, a slip of one, or a compound whose head is one) still do (`judge.py`,
`text/wordlike.py`)."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.exitcodes import ExitCode
from screen.matching.goodsterms import GoodsTerms

SEMI, GEN, VAC = "RU-SEMICONDUCTORS", "RU-POWER-GENERATORS", "RU-VACCINES"
ROBOTS, EXPLOSIVES, DIAMONDS = "RU-ROBOTS", "RU-EXPLOSIVES", "RU-DIAMONDS-IMPORT"
BLOCK, REVIEW = "block", "review"


def verdict(terms: GoodsTerms, text: str, rule: str) -> str | None:
    """block or review when the rule's goods are named, None when they are not."""
    hits = [h for h in terms.find(text).hits if h.rule_id == rule]
    if not hits:
        return None
    return REVIEW if all(h.review for h in hits) else BLOCK


# (description, rule, verdict)
CODES = [  # a code or a string of letters no language writes heads nothing
    ("semiconductor wafers batchA", SEMI, BLOCK),
    ("semiconductor wafer lotB", SEMI, BLOCK),
    ("semiconductor wafer batchKilo", SEMI, BLOCK),  # known words, written as a code
    ("semiconductor wafer xxxxxxxx", SEMI, BLOCK),
    ("integrated circuit qwrtzp", SEMI, BLOCK),
    ("diesel generator zxcvbn", GEN, BLOCK),
    ("industrial robot mnbvcx", ROBOTS, BLOCK),
    ("electric detonator xkqvtz", EXPLOSIVES, BLOCK),
    ("influenza vaccine sdfsdf", VAC, BLOCK),
    ("semiconductor wafer hjklm", SEMI, BLOCK),  # no vowel
]
UNKNOWN = [  # a word no list knows, after a term whose own word is listed: review
    ("integrated circuit blorvane", SEMI, REVIEW),
    ("diesel generator zintrek", GEN, REVIEW),
    ("influenza vaccine drelmony", VAC, REVIEW),
    ("industrial robot kravonel", ROBOTS, REVIEW),
    ("Industrieroboter quorvex", ROBOTS, REVIEW),  # a German compound term
    ("robot odkurzacz", ROBOTS, REVIEW),  # Polish: the lists hold no Polish word
    ("TNT florquist", EXPLOSIVES, REVIEW),  # an acronym is no word of another language
]
PLURAL = [  # an English term in the plural heads its phrase
    ("integrated circuits KESTREL", SEMI, BLOCK),
    ("Microprocessors Falcon", SEMI, BLOCK),
    ("electric detonators duplicate", EXPLOSIVES, BLOCK),
    ("Rectifier Diodes asap", SEMI, BLOCK),
    ("industrial robots TUNDRA", ROBOTS, BLOCK),
]
REAL_HEADS = [  # a noun of another thing still heads the term
    ("Chip resistors", SEMI, None),
    ("Chip resitsors, fixed", SEMI, None),  # a slip of a listed word
    ("Chip capaictors, multilayer ceramic", SEMI, None),
    ("transistor heatsink", SEMI, None),  # a compound of two listed words
    ("Diamant-Trennscheibe 230 mm", DIAMONDS, None),  # German: a compound's head
    ("wafer tweezers", SEMI, None),
    ("LED lamps", SEMI, None),
    ("semiconductor TEXTBOOK", SEMI, None),  # singular: a textbook
    ("Patlayıcı dedektörü", EXPLOSIVES, None),  # a Turkish term, a Turkish word
    ("Vaccine influenza quadrivalent", VAC, BLOCK),  # an adjective's ending: no noun
]


@pytest.mark.parametrize(("text", "rule", "expected"), CODES + UNKNOWN + PLURAL + REAL_HEADS)
def test_appended_words(terms: GoodsTerms, text: str, rule: str, expected: str | None) -> None:
    finding = terms.find(text)
    assert verdict(terms, text, rule) == expected, [h.reason for h in finding.set_aside]


def test_the_review_says_which_word_no_list_knows(terms: GoodsTerms) -> None:
    (hit,) = terms.find("integrated circuit blorvane").hits
    assert hit.review
    assert hit.unread == (
        "'integrated circuit' before 'blorvane', a word no word list knows (review)"
    )


def test_check_reviews_a_made_up_word_and_blocks_a_code() -> None:
    runner = CliRunner()
    day = dt.date(2025, 6, 1).isoformat()
    args = ["--country", "RU", "--date", day, "--no-record", "--format", "json"]
    made_up = runner.invoke(app, ["check", "semiconductor wafer blorvane", *args])
    assert made_up.exit_code == ExitCode.FLAGGED, made_up.output
    assert '"status": "review"' in made_up.stdout
    assert "'semiconductor wafer' before 'blorvane', a word no word list knows" in made_up.stdout
    code = runner.invoke(app, ["check", "semiconductor wafers batchA", *args])
    assert code.exit_code == ExitCode.FLAGGED, code.output
    assert '"status": "blocked"' in code.stdout
