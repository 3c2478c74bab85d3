"""A description cut short by its field, its last word completed.

ERP exports and customs declarations write goods into fields of a fixed width,
which cut the last word: "RU/MOW | SCANNING ELECTRON MICROSC", "INTEGRATED
CIRCUITS, SEMICONDUC".  A text's last word, of three letters or more with nothing
after it, that is no English word and begins exactly one English word of the item
rules' terms (of five letters or more) is read as that word: "MICROSC" as
"MICROSCOPE".  A term's own word and an acronym ("JEOL JSM-IT800 SEM"), an English
word ("detonating caps", not capsules; "EQUIP"), a word several term words begin,
and a word followed by a space or a mark stay as written.
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


class CutWords:
    """The English words of a rulebook's terms, sorted to be looked up by prefix."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.whole = frozenset(w for term in terms for w in term.lower().split())
        self.words = sorted(
            w
            for w in self.whole
            if w.isascii() and w.isalpha() and len(w) >= SHORTEST_WORD and is_english_word(w)
        )

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
