"""Where clauses and phrases end in a Latin-script goods description: the
punctuation between its tokens (see `structure.py` for what is built on it).

* a clause ends at ";", a full stop, a line break or "|" (not the full stop of a
  number marker before a figure, "caps No. 8", nor of an abbreviation or an
  initial, "3rd ed.", "J. Smith");
* a phrase ends at a comma, colon, slash, bracket or symbol ("⚡", "✅"), and at
  "&" or "+" written apart.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from screen.matching.items import item_starts
from screen.matching.lexicon import Lexicon, lexicon
from screen.text.lazyre import deferred
from screen.text.tokens import Analyzed

_CLAUSE = deferred(r"[;\n|。；!?]|\.(?=\s|$)")
_STOP = deferred(r"[;\n|。；!?]")  # a clause end even after "No."


def ends_clause(gap: str, before: str, key: str, lex: Lexicon) -> bool:
    """Does the punctuation `gap` between tokens `before` and `key` end a clause?  A
    full stop after a number marker before a figure ("caps No. 8") ends nothing, nor
    the full stop of an abbreviation or an initial ("3rd ed. (textbook)", "J. Smith")."""
    if not _CLAUSE.search(gap):
        return False
    numbered = key[:1].isdigit() and lex.number_marker.has(before)
    initial = len(before) == 1 and before.isalpha()  # "ed. J. Smith"
    abbreviated = gap.count(".") == 1 and (initial or lex.abbreviation.has(before))
    return not (numbered or abbreviated) or bool(_STOP.search(gap))


OPEN, CLOSE = "([{（［", ")]}）］"
PHRASE = ",，:：/、"


def symbol_break(gap: str) -> bool:
    """Does a symbol stand in `gap` ("⚡ DDR4 memory ICs ⚡ best price", "✅", "★")?
    Marketplace listings set their phrases apart with them, as with commas."""
    return not gap.isascii() and any(unicodedata.category(ch) == "So" for ch in gap)


AMPERSANDS = "&+＆＋"  # "and" when written apart ("dets & boosters"; not "R&D", "2+2")


def token_gaps(text: Analyzed) -> list[str]:
    """The user's characters before each token (punctuation included); where a new
    item of a list begins before a token ("2) Diesel generator", "緑茶・semiconductor",
    see `items.py`), its gap begins with a line break, which ends a clause."""
    norm, tokens = text.norm, text.tokens
    original, offsets = norm.original, norm.offsets
    starts = item_starts(original)
    out, prev = [], 0
    for tok in tokens:
        start = offsets[tok.start]
        gap = original[prev:start]
        at = bisect_left(starts, prev)
        if at < len(starts) and starts[at] <= start and prev:
            gap = "\n" + gap
        out.append(gap)
        prev = offsets[tok.end - 1] + 1
    return out


def post_modified(text: Analyzed) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """The tokens that join a head to what qualifies it after it ("of", "for":
    "generator of signals"), the tokens that end a phrase (before punctuation, a
    preposition or a conjunction, or at the end: a phrase met head first ends its
    phrase, so that "generator for signal lamps" is no "signal generator"), and
    those after a comma, as tariff wording qualifies its head ("Diamonds, industrial")."""
    lex = lexicon()
    keys = [t.key for t in text.tokens]
    gaps = [*token_gaps(text)[1:], ""]
    links = frozenset(i for i, k in enumerate(keys) if k in ("of", "for"))
    ends = frozenset(
        i
        for i in range(len(keys))
        if i == len(keys) - 1
        or ends_clause(gaps[i], keys[i], keys[i + 1], lex)
        or any(ch in PHRASE or ch in OPEN or ch in CLOSE for ch in gaps[i])
        or symbol_break(gaps[i])
        or lex.complement.has(keys[i + 1])
        or lex.coordination.has(keys[i + 1])
        or (" " in gaps[i] and any(ch in AMPERSANDS for ch in gaps[i]))
    )
    # a purpose word ending a phrase ends it for the words before it too ("Diamonds for
    # industrial use" are industrial diamonds)
    ends |= frozenset(i - 1 for i in ends if i and lex.purpose.has(keys[i]) and i - 1 not in links)
    return links, ends, frozenset(i + 1 for i, gap in enumerate(gaps) if re.search("[,，、]", gap))


def clauses(text: Analyzed) -> list[int]:
    """The clause number of each token (the cheap part of `structure`)."""
    lex = lexicon()
    keys = [t.key for t in text.tokens]
    out, number = [], 0
    for i, gap in enumerate(token_gaps(text)):
        if i and ends_clause(gap, keys[i - 1], keys[i], lex):
            number += 1
        out.append(number)
    return out


def trades_by_clause(
    keys: list[str], clause: list[int], lex: Lexicon
) -> dict[int, list[tuple[str, int, int]]]:
    """Per clause, the words of other trades in it: (trade, first, last token).  A
    word before a packing word names the packing ("WOODEN CASE 1-2: KUKA robot"),
    no goods of its trade."""
    trades: dict[int, list[tuple[str, int, int]]] = {}
    i = 0
    while i < len(keys):
        trade, size = lex.trade_of(keys, i)
        after = i + size
        if size and after < len(keys) and lex.packing.has(keys[after]):
            i = after
        elif size:
            trades.setdefault(clause[i], []).append((trade, i, i + size - 1))
            i += size
        else:
            i += 1
    return trades
