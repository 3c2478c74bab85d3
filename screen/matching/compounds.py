"""How Latin-script words are put together in German and French.

* Compounds written as one word, as German writes them: a vocabulary word at the
  end of a longer word heads it ("Siliziumhalbleiter" is a "Halbleiter",
  "Halbleiterscheiben" with a German plural ending), what stands before it
  qualifying it; a vocabulary word at the start of a compound qualifies its head
  and names nothing ("Druckerpapier" is paper, no "Drucker";
  "Halbleiterfabrikgebäude" a building).
* French elides an article or "de" before a vowel and writes it joined by an
  apostrophe ("l'imprimante", "d'explosifs"), which normalisation joins to the
  word: the word is read without it, and an elided "de" is the preposition
  ("détecteur d'explosifs" is a detector *of* explosives).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.tokens import Analyzed

# A compound's head is a vocabulary word of six letters or more ("roboter", not
# "chip" or "robot", which end too many words of other things), after at least
# three letters of its own, optionally with a German case or number ending.
HEAD_MIN, MODIFIER_MIN = 6, 3
GERMAN_ENDINGS = ("", "n", "en", "e", "s", "es", "er", "ern")
FOLD_CUT = 12  # letters `stems.stem` may cut but vowels ("installation" -> "equipment": 3)
# French words elided before a vowel or h: le/la, de, que, ne, se, je, me, te, ce
_ELIDED = deferred(r"(qu|[ldnsjmtc])['’]", re.IGNORECASE)


def written(text: Analyzed) -> list[str]:
    """Each token as the user wrote it (its accents, apostrophes, script)."""
    original, offsets = text.norm.original, text.norm.offsets
    return [original[offsets[t.start] : offsets[t.end - 1] + 1] for t in text.tokens]


def latin(text: Analyzed) -> list[bool]:
    """Is each token written in Latin script (not Cyrillic read in Latin letters)?"""
    return [ord(w[0]) < 0x250 for w in written(text)]


def elisions(text: Analyzed) -> list[str]:
    """The French word elided at the start of each token ("d" in "d'explosifs"), ""
    when none."""
    out = []
    for word in written(text):
        m = _ELIDED.match(word)
        out.append(m.group(1).lower() if m and len(word) > m.end() else "")
    return out


def another_compound(head: str, other: str) -> bool:
    """Is `other` a compound of `head` with a modifier of its own, so that a word
    ending with `head` is another compound, no misspelling of it ("ölraffinerie"
    is no "goldraffinerie")?"""
    return bool(head) and other != head and other.endswith(head)


class Compounds:
    """The heads a matcher's vocabulary gives compounds: `unfold` maps each word as
    written (singular) to its folded key, `vocab` is every folded key; with `read`
    false (place names, which are no compounds' heads) there are none."""

    def __init__(
        self,
        unfold: Mapping[str, str],
        vocab: frozenset[str],
        fold: Callable[[str], str],
        read: bool = True,
    ) -> None:
        self.heads = frozenset(
            key for word, key in unfold.items() if read and len(word) >= HEAD_MIN and word.isalpha()
        )
        self.vocab, self.fold = vocab, fold
        # the longest a word may be and fold to a head: the fold cuts an ending ("-ing",
        # "-inerie") or reads a machine word as "equipment" (and a run of vowels, below)
        self.longest = max(map(len, self.heads), default=0) + FOLD_CUT

    @lru_cache(maxsize=65536)  # noqa: B019 - one per matcher, kept for the process
    def head(self, key: str) -> str:
        """The vocabulary word the (folded) word `key` ends with as a compound, ""
        when none.  Never in a vocabulary word or an English word ("regenerator" is
        no "generator"), nor in a word "non" negates ("nonexplosive")."""
        if len(key) <= HEAD_MIN or not key.isalpha() or not self.heads:
            return ""  # (decided without a table: numbers, short words)
        if key.startswith("non") or key in self.vocab or is_english_word(key):
            return ""
        return self.ending(key)

    @lru_cache(maxsize=65536)  # noqa: B019 - one per matcher, kept for the process
    def ending(self, key: str, shortest: int = MODIFIER_MIN) -> str:
        """The head word `key` ends with after `shortest` letters or more, whether
        or not `key` is a word itself ("olraffineri" ends with "raffineri" after
        two), "" when none."""
        if not self.heads or len(key) < HEAD_MIN + 1 or not key.isalpha():
            return ""
        for ending in GERMAN_ENDINGS:
            if not key.endswith(ending):
                continue
            base = key[: len(key) - len(ending)]
            # only an end no longer than a head can fold to one: a word of 100,000
            # letters tried each of its ends (folded and cached: gigabytes)
            vowels = len(base) - len(base.rstrip("aeio"))
            first = max(shortest, len(base) - self.longest - vowels)
            # the word itself with an ending, or its end after a modifier of its own
            for at in (
                (0, *range(first, len(base) - HEAD_MIN + 1))
                if ending
                else range(first, len(base) - HEAD_MIN + 1)
            ):
                head = self.fold(base[at:])
                if head in self.heads:
                    return head
        return ""
