"""Titles in a goods description: words that name a topic, not the goods shipped.

* a book's or a film's title: a word of a titled trade ("book", "DVD") says in
  brackets what the clause's goods are ("Quantum Computing for Everyone (book)");
* a quoted title or print after the goods' own noun: what is printed on a poster,
  a mug or a shirt, a book's or a course's title ("poster 'How vaccines work'",
  "coffee mug 'I love quantum computing'").  The noun before the quotation mark
  names the goods when it is an English noun of a thing or a work by WordNet's
  first sense, no filler ("goods", "model", "item": `goods_context.yaml`), no
  word of the rule's own terms ('diesel "generators"'), no adjective and no
  country or place ('Russian "vaccines"').

A term inside quotes with nothing before them in its clause ('"integrated
circuits"'), after a figure or a code ('Contract 5 "Industrial robots"') or a
unit a figure measures ('14 cartons, 96 kg, "integrated circuits"'), is the goods
as written.
"""

from __future__ import annotations

from screen.matching.lexicon import lexicon, qualifier
from screen.matching.names.countryids import country_id
from screen.matching.names.places import is_place_name
from screen.matching.shape import Structure
from screen.text.english import is_english_word, noun_kind

# Trades whose goods carry a title that names its topic, not goods: their words
# govern the whole clause ("Semiconductor Physics and Devices (textbook)")
TITLES = frozenset({"printed matter", "recordings"})
# quotation marks as the trades write them: straight, typographic, guillemets, CJK
QUOTES = frozenset("\"'“”„‟‘’‚‛«»‹›「」『』〝〞＂")
ELISIONS = frozenset({"'", "’"})  # an apostrophe alone between two words
# the kinds of English noun (`noun_kind`, WordNet's first sense) that name goods a
# title or a print goes on: a thing, a work; a property's too ("mug": a mugful)
NAMING = frozenset({"thing", "food", "substance", "work", "property"})


def titled(s: Structure, start: int) -> bool:
    """Does the word of a titled trade at `start` say in brackets what the clause's
    goods are ("Quantum Computing for Everyone (book)"; not "microscope with book",
    "microscope and book", "3D printer, book": goods shipped with a book)?"""
    phrase = s.phrases[s.phrase[start]] if s.phrase[start] >= 0 else None
    return phrase is not None and phrase.bracketed and not phrase.marker and not phrase.listed


def quoted_after(gaps: list[str], clause: list[int]) -> list[int]:
    """Per token, the token just before the quotation mark that opens the quote it
    stands in, when that token is in the same clause; -1 when the token is not
    quoted or nothing of its clause stands before the quote (`quotes`)."""
    return quotes(gaps, clause)[0]


def quotes(gaps: list[str], clause: list[int]) -> tuple[list[int], list[bool]]:
    """Per token, what `quoted_after` says, and whether it stands between quotation
    marks at all (`claimed.py`).  A quote closes at the next quotation mark (straight
    quotes open and close alike; a mark inside a word, "robot's", is no gap and no
    quote; an apostrophe alone between two words, "l'imprimante", opens none)."""
    after: list[int] = []
    inside: list[bool] = []
    before = -1  # the token before the gap
    state = -2  # the token before the open quote, -1 for none, -2 when no quote is open
    for i, gap in enumerate(gaps):
        if gap in ELISIONS:  # "l'imprimante", "dell'impianto": no quote
            gap = ""
        for char in gap:
            if char in QUOTES:
                state = -2 if state != -2 else (before if before >= 0 else -1)
        if state >= 0 and clause[state] != clause[i]:
            state = -1
        after.append(state if state >= 0 else -1)
        inside.append(state != -2)
        before = i
    return after, inside


def quoted_title(s: Structure, first: int, last: int, words: frozenset[str]) -> int:
    """The token before the quote that holds tokens first..last, when it names
    goods of its own ("poster"), so that the quote is a title or a print: -1 when
    it does not (see the module's docstring)."""
    at = s.quoted[first]
    if at < 0 or s.quoted[last] != at:
        return -1
    key, lex = s.keys[at], lexicon()
    if (
        lex.filler.has(key)
        or key in words
        or noun_kind(key) not in NAMING
        or qualifier(key, lex)
        or country_id(key)
        or is_place_name(key)
        or _measure(s, at)
    ):
        return -1
    return at


def _measure(s: Structure, at: int) -> bool:
    """Is the token a unit a figure measures ("96 kg", "2.3 t", "500 lbs"): the weight
    of a freight line, not goods bearing a title?  A unit is written short, is no
    English word, no thing or work by WordNet's first sense, nor a word of a trade,
    and in the plural only if a quantity's ("1 mug", "3 CDs", "2 DVDs" bear titles)."""
    written = s.keys[at]
    if not (at > 0 and s.keys[at - 1][:1].isdigit()) or len(written) > UNIT_LONGEST:
        return False
    key = written[:-1] if written.endswith("s") and len(written) > 2 else written  # ("lbs")
    kind, trades = noun_kind(key), s.trades.get(s.clause[at], ())
    return (
        not is_english_word(key)
        and kind not in ("thing", "work")
        and (written == key or kind == "property")
        and all(not a <= at <= b for _, a, b in trades)
    )


UNIT_LONGEST = 3  # letters of a unit written short ("kg", "t", "lbs", "cbm")
