"""How many typing errors a word of a given length may carry and still match.

Shared by the phrase and name matchers so that both tolerate typos alike.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA


def allowed_edits(length: int, *, shortest: int = 5) -> int:
    """0 below `shortest` letters (short words and acronyms match exactly only:
    "IC", "TNT", "VTB"), 1 up to 7 letters, 2 from 8 letters on."""
    if length < shortest:
        return 0
    return 1 if length < 8 else 2


def similarity(a: str, b: str) -> float:
    """0-100: 100 minus the share of edits (transpositions count as one)."""
    if a == b:
        return 100.0
    longest = max(len(a), len(b))
    return 100.0 * (1 - OSA.distance(a, b) / longest) if longest else 0.0


# English endings that make another word of the same stem ("process" + "or").
DERIVING = frozenset({"or", "ors", "er", "ers", "s", "es", "ic", "ics", "al", "ing", "ed", "ion"})


def derived(word: str, other: str) -> bool:
    """Is one word the other plus an English ending, or with letters put before it
    (a prefix: "regenerator" is no misspelt "generator")?  A different word, no
    typo."""
    short, long = sorted((word, other), key=len)
    prefixed = len(long) > len(short) and long.endswith(short)
    return prefixed or (long.startswith(short) and long[len(short) :] in DERIVING)


def typo_score(word: str, known: str) -> float:
    """Similarity, except that a known word with an ending added is the word itself,
    inflected ("диоды", "алмазы"): English plurals are already folded by `singular`,
    so such endings are Russian case and number endings."""
    inflected = word.startswith(known) and len(known) >= 4 and len(word) - len(known) <= 3
    return 100.0 if inflected else similarity(word, known)
