"""A description cut short by its field, its last word completed; words of a
product master abbreviated, read whole.

ERP exports and customs declarations write goods into fields of a fixed width,
which cut the last word: "RU/MOW | SCANNING ELECTRON MICROSC", "INTEGRATED
CIRCUITS, SEMICONDUC".  A text's last word, of three letters or more with nothing
after it, that is no English word and begins exactly one English word of the item
rules' terms (of five letters or more) is read as that word: "MICROSC" as
"MICROSCOPE".  A term's own word and an acronym ("JEOL JSM-IT800 SEM"), an English
word ("detonating caps", not capsules; "EQUIP"), a word several term words begin,
and a word followed by a space or a mark stay as written.

Product masters and manifests abbreviate every word: "3D PRNTR METAL SLM", "WFR
INSP SYS", "VACC INFLU QIV", "det. electric".  In a text written all in capitals, a
word of three letters or more, and elsewhere a word of five or more or one marked
with a full stop, that is no English word and abbreviates exactly one word of the
terms (its beginning, or its first letter and then some of its letters in order,
the last of them in the word's second half: "PRNTR", "MICROSCP", "REFY") is read as
that word.  A word several term words could be ("ELEC": electron, electric) stays as
written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from screen.text.english import is_english_form, is_english_word

SHORTEST_CUT = 3  # letters of a word cut short
SHORTEST_WORD = 5  # letters of a term's word it may be cut from
ACRONYM = 4  # letters of a word in capitals read as an acronym, at most
_LAST = re.compile(r"(?<![^\W\d_])[A-Za-z]{3,}$")
_WORD = re.compile(r"(?<![^\W_])[A-Za-z]{3,}(?![^\W_])(\.)?")
VOWELS = frozenset("aeiouy")
READ_KEPT = 4096  # words whose reading is kept, at most
SHORT_MARKED = 5  # letters of an abbreviation in a text of small letters, unless marked


class CutWords:
    """The English words of a rulebook's terms, sorted to be looked up by prefix."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.whole = frozenset(w for term in terms for w in term.lower().split())
        self.words = sorted(
            w
            for w in self.whole
            if w.isascii() and w.isalpha() and len(w) >= SHORTEST_WORD and is_english_word(w)
        )
        self._by_letter: dict[str, list[str]] = {}
        for w in self.words:
            self._by_letter.setdefault(w[0], []).append(w)
        self._read: dict[str, str] = {}

    def expanded(self, description: str) -> str:
        """`description` with its abbreviated words read whole ("WFR INSP SYS")."""
        capitals = description.isupper()
        if not capitals and "." not in description:
            return description
        out: list[str] = []
        at = 0
        for found in _WORD.finditer(description):
            written = found.group(0).rstrip(".")
            marked = found.group(1) is not None
            end = found.start() + len(written)
            if description[found.start() - 1 : found.start()] == "-" or (
                description[end : end + 1] == "-"
            ):
                continue  # (a code's part: "EXP-JB-1")
            if not (capitals or marked or len(written) >= SHORT_MARKED):
                continue
            if not capitals and written.isupper() and not marked:
                continue  # an acronym among small letters ("Lam PECVD")
            whole = self._whole(written.lower())
            if whole:
                out.append(description[at : found.start()])
                out.append(whole.upper() if capitals else whole)
                at = end + marked
        return "".join(out) + description[at:] if out else description

    def _whole(self, short: str) -> str:
        """The one term word `short` abbreviates, "" when none or several."""
        if short in self._read:
            return self._read[short]
        whole = ""
        if short not in self.whole and not is_english_form(short) and not is_english_word(short):
            fits = [w for w in self._by_letter.get(short[0], ()) if _abbreviates(short, w)]
            whole = fits[0] if len(fits) == 1 else ""
        if len(self._read) >= READ_KEPT:  # (a million made-up words: memory bounded)
            self._read.clear()
        self._read[short] = whole
        return whole

    def completed(self, description: str) -> str:
        """`description` with its last word read whole when a field cut it."""
        found = _LAST.search(description)
        if found is None:
            return description
        written = found.group(0)
        cut = written.lower()
        if cut in self.whole or (written.isupper() and len(written) <= ACRONYM):
            return description  # (a term's word: "SEM"; an acronym: "JSM-IT800 CVD")
        if is_english_form(cut):
            return description  # (a word whole: "detonating caps", not "capsules")
        at = bisect_left(self.words, cut)
        begun = self.words[at : at + 2]
        if not begun or begun[0] == cut or not begun[0].startswith(cut):
            return description
        if len(begun) > 1 and begun[1].startswith(cut):
            return description  # (several words begin so: which one is unknown)
        whole = begun[0].upper() if found.group(0).isupper() else begun[0]
        return description[: found.start()] + whole


def _abbreviates(short: str, word: str) -> bool:
    """Is `short` the beginning of `word`, or that word with vowels left out and its
    end cut ("prntr": printer, "microscp": microscope; not "dest": deposition)?"""
    if len(short) >= len(word) - 1 or short[0] != word[0]:
        return False
    at = 1
    for letter in short[1:]:
        while at < len(word) and word[at] != letter:
            if word[at] not in VOWELS:
                return False  # (only vowels are left out inside an abbreviation)
            at += 1
        if at == len(word):
            return False
        at += 1
    return True
