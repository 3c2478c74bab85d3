"""The word classes that decide what a goods description is about.

Built from `data/goods_context.yaml` (see the comments there): negation cues,
complement openers, fillers, neutral, part and equipment heads, and the words of
other trades.  Latin entries are normalised like any text; an entry ending in "*"
matches every word it begins.  Runs take the built table from the on-disk cache
(`use_lexicon`), so that a check neither loads a YAML parser nor normalises the
table again; without one it is built on first need.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from screen.frozen import frozen_identity
from screen.matching.typos import allowed_edits
from screen.text.english import is_english_word, is_qualifier_word
from screen.text.normalize import normalize
from screen.text.shipped import Shipped, data_text
from screen.text.tokens import compact, singular
from screen.tuples import NamedTuple

_set = object.__setattr__  # (as a frozen dataclass's __init__ sets its fields)


@frozen_identity  # hashed by identity: the caches below key on it
class WordClass:
    """A set of words, word beginnings ("detal*") and word sequences; a word written
    "sans=" is met only as written (`at` with the tokens' texts), as its singular key
    is another word ("San Jose")."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    sequences: tuple[tuple[str, ...], ...]
    cjk: tuple[str, ...]
    written: frozenset[str] = frozenset()

    def __init__(
        self,
        words: frozenset[str],
        prefixes: tuple[str, ...],
        sequences: tuple[tuple[str, ...], ...],
        cjk: tuple[str, ...],
        written: frozenset[str] = frozenset(),
    ) -> None:
        _set(self, "words", words)
        _set(self, "prefixes", prefixes)
        _set(self, "sequences", sequences)
        _set(self, "cjk", cjk)
        _set(self, "written", written)

    def has(self, key: str) -> bool:
        """Is this single (singular) token key in the class (or a typo of a long word
        of it that is no English word itself: "incoroprating", "sunlfower")?"""
        return _has(self, key)

    def at(self, keys: list[str], i: int, texts: list[str] | None = None) -> int:
        """Length of the longest entry starting at token i (0 when none); a sequence
        starts with its first word exactly, its other words may carry a typo."""
        best = 1 if _has(self, keys[i]) or (texts and texts[i] in self.written) else 0
        for seq in _starting(self, keys[i]):
            rest = zip(keys[i + 1 :], seq[1:], strict=False)
            if (
                len(seq) > best
                and len(keys) - i >= len(seq)
                and all(k == w or _near(k, w) for k, w in rest)
            ):
                best = len(seq)
        return best

    def in_cjk(self, text: str) -> str | None:
        """The first CJK entry found in `text`, if any."""
        return next((c for c in self.cjk if c in text), None)


@lru_cache(maxsize=262144)
def _has(words: WordClass, key: str) -> bool:
    if key in words.words or (words.prefixes and key.startswith(words.prefixes)):
        return True
    return len(key) >= LONG and any(_near(key, w) for w in words.words if len(w) >= LONG)


@lru_cache(maxsize=262144)
def _starting(words: WordClass, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(seq for seq in words.sequences if seq[0] == key)


LONG = 7  # words this long are recognised with a typo


@lru_cache(maxsize=65536)
def _near(key: str, word: str) -> bool:
    if len(key) < LONG or len(word) < LONG or abs(len(key) - len(word)) > 2:
        return False
    limit = allowed_edits(len(word))
    return OSA.distance(key, word, score_cutoff=limit) <= limit and not is_english_word(key)


def word_class(entries: list[str]) -> WordClass:
    words: set[str] = set()
    prefixes: list[str] = []
    sequences: list[tuple[str, ...]] = []
    cjk: list[str] = []
    written: set[str] = set()
    for entry in entries:
        norm = normalize(entry.rstrip("*"))
        if not norm:
            continue
        if not norm.isascii():
            cjk.append(compact(norm))
        elif entry.endswith("*"):
            prefixes.append(singular(norm))
        elif " " in norm:
            sequences.append(tuple(singular(t) for t in norm.split()))
        elif entry.endswith("="):
            written.add(normalize(entry.rstrip("=")))
        else:
            words.add(singular(norm))
    return WordClass(
        frozenset(words), tuple(prefixes), tuple(sequences), tuple(cjk), frozenset(written)
    )


class Lexicon(NamedTuple):
    negation_clause: WordClass
    negation_after: WordClass
    negation_phrase: WordClass
    negation_word: WordClass
    not_negation: WordClass
    cjk_negation_after: tuple[str, ...]
    cjk_negation_before: tuple[str, ...]
    cjk_negation_char: tuple[str, ...]
    complement: WordClass
    coordination: WordClass
    filler: WordClass
    neutral_head: WordClass
    number_marker: WordClass
    abbreviation: WordClass
    participle: WordClass
    sent: WordClass
    request: WordClass
    instruction: WordClass
    correction: WordClass
    declaration: WordClass
    packing: WordClass
    purpose: WordClass
    time_or_pronoun: WordClass
    part_head: WordClass
    technology_head: WordClass
    carrier: WordClass
    imitation: WordClass
    depiction: WordClass
    equipment_head: WordClass
    cjk_neutral_head: tuple[str, ...]
    cjk_part_head: tuple[str, ...]
    cjk_counter: tuple[str, ...]
    cjk_quantity: tuple[str, ...]
    cjk_equipment_head: tuple[str, ...]
    cjk_connective: tuple[str, ...]
    cjk_particle: tuple[str, ...]
    cjk_korean_connective: tuple[str, ...]
    trades: dict[str, WordClass]

    def trade_of(self, keys: list[str], i: int) -> tuple[str, int]:
        """(trade, length) of an other-trade word starting at token i, or ("", 0)."""
        for trade, words in self.trades.items():
            size = words.at(keys, i)
            if size:
                return trade, size
        return "", 0

    def cjk_trade(self, text: str) -> tuple[str, str]:
        """(trade, word) of the first other-trade word in CJK `text`, or ("", "")."""
        for trade, words in self.trades.items():
            found = words.in_cjk(text)
            if found:
                return trade, found
        return "", ""


def participle(key: str, lex: Lexicon) -> bool:
    """A past participle ("mounted", "driven"): it describes goods, it is none."""
    regular = len(key) >= 6 and key.endswith("ed") and key.isalpha()
    return regular or lex.participle.has(key)


# The endings of English adjectives made from other words ("quadrivalent",
# "monovalent", "thermionic"): a word no word list knows that ends so qualifies.
ADJECTIVE_ENDINGS = ("ent", "ant", "ous", "ive", "al", "ic", "able", "ible", "ary", "less", "ful")


def qualifier(key: str, lex: Lexicon, *, unknown: bool = False) -> bool:
    """A word that describes goods and names none: a participle, or an English word
    that is never a noun ("3D printer complete", "Detonator electric
    instantaneous"); with `unknown`, also a word no English word list knows with an
    adjective's ending ("Vaccine influenza quadrivalent")."""
    if participle(key, lex) or is_qualifier_word(key):
        return True
    return (
        unknown
        and len(key) >= 6
        and key.isalpha()
        and key.endswith(ADJECTIVE_ENDINGS)
        and not is_english_word(key)
    )


def _cjk(entries: list[str]) -> tuple[str, ...]:
    return tuple(compact(normalize(e)) for e in entries)


def build_lexicon() -> Lexicon:
    """The table from the shipped file."""
    import yaml

    text = data_text("goods_context.yaml")
    # the C loader when PyYAML has it: this table is read by every process that screens
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # a safe loader either way
    words = {
        key: word_class(value)
        for key, value in data.items()
        if key != "trades" and not key.startswith("cjk_")
    }
    cjk = {key: _cjk(value) for key, value in data.items() if key.startswith("cjk_")}
    trades = {name: word_class(entries) for name, entries in data["trades"].items()}
    fields: dict[str, Any] = {**words, **cjk, "trades": trades}
    return Lexicon(**fields)


_LEXICON = Shipped(build_lexicon)


def lexicon() -> Lexicon:
    return _LEXICON.get()


def use_lexicon(table: Lexicon) -> None:
    """Use `table` (built earlier by `build_lexicon`, e.g. read from a cache)."""
    _LEXICON.use(table)
