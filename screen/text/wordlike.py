"""Is a token a word of some language, a code, or neither known nor a code?

A word written after a goods term may name other goods the term only qualifies
("LED lamps", "chip resistors"), but a code ("batchA", "LotK", "xkqvtz") names no
goods, and a word that no word list knows ("blorvane") may be a noun of a
language the lists lack or a word made up to hide the goods: it is told apart by
these tests (`matching/judge.py`), so that no appended word clears banned goods.

* `code_like`: written with a capital after a small letter inside ("batchA",
  "waferLot"), in letters of two scripts ("лотB", a Latin "a" among Cyrillic
  ones: no language writes a word so), with no vowel, with a letter three times
  running, or with letter pairs no language writes (`letter_score` below the threshold of
  `data/letter_pairs.tsv`: a first-order Markov chain over the letters of every
  Latin-script word of pyspellchecker's dictionaries, `datagen/letter_pairs.py`);
* `known_word`: in the word lists the package ships (English and German, common
  and rare; French, Spanish, Italian, Portuguese), with a slip ("capaictors"), or a
  compound whose head or both parts are ("Trennscheibe", "heatsink");
  `listed_word`: in the lists themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import pairwise

from screen.text.english import (
    is_english_word,
    is_french_word,
    is_german_word,
    is_romance_word,
    noun_kind,
)
from screen.text.shipped import data_lines
from screen.text.sortedlines import in_sorted_lines, sorted_data

VOWELS = frozenset("aeiouy")
TYPO_FROM = 6  # letters from which a word no list knows may be a typo of one
TYPO_UPTO = 24  # letters up to which it may (each letter costs two lookups)
COMPOUND_UPTO = 40  # letters up to which a word no list knows is read as a compound
PART = 4  # letters of the shortest part of a compound
LONGEST = 64  # characters of the longest word (German compounds run past 40)
HEAD = 5  # letters of the shortest head of a compound that tells it a word
_RUN = re.compile(r"(.)\1\1")


@cache
def _letter_pairs() -> tuple[dict[str, float], float]:
    table: dict[str, float] = {}
    for line in data_lines("letter_pairs.tsv"):
        pair, value = line.split("\t")
        table[pair] = float(value)
    return table, table.pop("threshold")


def letter_score(key: str) -> float:
    """The mean log-probability of the letter pairs of `key` (lower-case ASCII
    letters), its start and end counted as letters."""
    table, _ = _letter_pairs()
    padded = f"^{key}$"
    return sum(table[padded[i : i + 2]] for i in range(len(padded) - 1)) / (len(padded) - 1)


def code_like(written: str, key: str, unknown: bool = True) -> bool:
    """Is the token written `written` (as in the text) and read `key` (normalised) a
    code ("batchKilo": a capital after a small letter, even of known words), or,
    when `unknown` (no word list knows it), a string of letters no language writes?
    A token of more than `LONGEST` characters is one (and is not kept in a cache)."""
    return len(written) > LONGEST or len(key) > LONGEST or _code_like(written, key, unknown)


def scripts(written: str) -> frozenset[str]:
    """The scripts of the letters of `written`, read as NFKC reads them (a full-width
    "ｂ" or a mathematical bold "𝐛" is Latin): {"LATIN", "CYRILLIC"} for "лотB"."""
    folded = unicodedata.normalize("NFKC", written)
    return frozenset(unicodedata.name(c, "?").split()[0] for c in folded if c.isalpha())


@lru_cache(maxsize=4096)
def _code_like(written: str, key: str, unknown: bool) -> bool:
    if any(a.islower() and b.isupper() for a, b in pairwise(written)):
        return True
    if not written.isascii() and len(scripts(written)) > 1:
        return True
    if not unknown or not (key.isascii() and key.isalpha()) or len(key) < 3:
        return False
    if not VOWELS.intersection(key) or _RUN.search(key):
        return True
    return letter_score(key) < _letter_pairs()[1]


# the kinds of noun that name goods (`noun_kind`)
SHIPPED = frozenset({"thing", "food", "substance", "work"})


def shouted(written: str, key: str, term: str) -> bool:
    """Is a word after a term written in capitals, of three letters or more, where the
    term is not ("quantum computer MAPLE", "integrated circuits ORION"), and read
    (`key`, normalised) as no noun of a thing one can ship or of a work?  A word set
    apart so names a model, a project or a code; one that names a thing is the
    goods' head noun written loud ("generator BELT", "generator MANUAL").  Its
    meaning is unsure: the hit is a review."""
    return (
        len(written) >= 3
        and written.isalpha()
        and written.isupper()
        and not term.isupper()
        and noun_kind(key) not in SHIPPED
    )


def listed_word(key: str) -> bool:
    """Is `key` (normalised) in a shipped word list itself (no slip, no compound)?"""
    return len(key) <= LONGEST and _listed_cached(key)


@lru_cache(maxsize=4096)
def _listed_cached(key: str) -> bool:
    return _listed(key)


def cyrillic_word(written: str, key: str) -> bool:
    """Is a word written after a hyphen a Russian or Ukrainian word, which may head a
    compound ("Чип-резисторы")?  Not one in full-width, mathematical, circled or
    ligature Latin letters ("wafers-ｂａｔｃｈＡ"), nor a code of letters of two
    scripts ("wafers-лотB"), nor a word of a script no shipped term is written in
    ("wafers-βλο")."""
    return scripts(written) == {"CYRILLIC"} and not code_like(written, key, unknown=False)


def _listed(key: str) -> bool:
    if is_english_word(key) or is_german_word(key) or is_french_word(key) or is_romance_word(key):
        return True
    text, start = sorted_data("rare_words.txt")
    return in_sorted_lines(key, text, start, len(text))


def _slips(key: str) -> Iterator[str]:
    """The words `key` may be a slip of: a letter too many, or two letters swapped
    (the slips a word list cannot tell; a letter left out or mistyped would need 26
    lookups a place)."""
    for i in range(len(key)):
        yield key[:i] + key[i + 1 :]
        if i + 1 < len(key):
            yield key[:i] + key[i + 1] + key[i] + key[i + 2 :]


def known_word(key: str) -> bool:
    """Is `key` (normalised) a word of the shipped word lists, a typo of one
    with a slip ("capaictors", from six letters on), or a compound whose head is one
    ("Trennscheibe") or whose two parts are ("heatsink")?  None of more than
    `LONGEST` characters is (the slips and parts of a hostile megabyte-long token
    would take quadratic time)."""
    return len(key) <= LONGEST and _known_word(key)


@lru_cache(maxsize=4096)
def _known_word(key: str) -> bool:
    if _listed(key):
        return True
    if not (key.isascii() and key.isalpha()) or len(key) < TYPO_FROM:
        return False
    if len(key) <= TYPO_UPTO and any(_listed(other) for other in _slips(key)):
        return True
    # a compound is known by its head, last in English, German and Dutch
    # ("Trennscheibe": a "Scheibe"), or by both its parts ("heatsink"); a longer word
    # no list holds is none (its parts would cost a hundred lookups, for a word of
    # letters a hostile row repeats by the thousand: it sends the hit to review)
    return len(key) <= COMPOUND_UPTO and any(
        (len(key) - i >= HEAD and _listed(key[i:])) or (_listed(key[:i]) and _listed(key[i:]))
        for i in range(PART, len(key) - PART + 1)
    )
