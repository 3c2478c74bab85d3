"""A person's parent or husband named after the person, as identity records write it.

South Asian records write "Akhtar Mohammad S/O Noor Mohammad" (son of), "D/O"
(daughter of) and "W/O" (wife of); French and Portuguese civil records "fils de",
"fille de", "filho de", "filha de", "épouse de", often "feu" or "the late" before a
dead father; Sudan and Mauritania "walad". The names after it are another
person's. Where two words or more name the person before it, the text is those
words ("Djamel Lounici fils de Abdelkader" is DJAMEL LOUNICI, and no hit on a
father or husband listed: "Salim Kony s/o Joseph Kony"); a single given name
keeps the names after it as a lineage's ("kin", `text/arabicnames.KIN`: each weighed
as a father's name is, `names/parts._lineage`), since a listing may name the person
so ("Hala D/O Saddam Hussein" meets AL-TIKRITI, Hala Saddam Hussein, not Saddam
Hussein). "c/o" (care of) is none of these.
"""

from __future__ import annotations

import re

from screen.text.arabicnames import KIN
from screen.text.lazyre import deferred

_LINK = deferred(
    r"(?<![^\W\d_])(?:[SDW]\s?/\s?O\.?"
    r"|(?:son|daughter|wife|widow)\s+of(?:\s+the\s+late)?"
    r"|(?:fils|fille|[ée]pouse|veuve)\s+de(?:\s+feu)?"
    r"|(?:filho|filha|hijo|hija|esposa|viúva)\s+de|walad)(?![^\W\d_])",
    re.IGNORECASE,
)
_WORDS = ("of", " de", "walad")  # (the words of the phrases: a text without is not read)
_NAME_WORD = deferred(r"[^\W\d_]{2,}")
NAMED = 2  # words before the link that name the person without the parent's


def kin_links(text: str) -> str:
    """The text before a phrase that names a parent or a husband after a person of
    two words or more ("Salim Kony s/o Joseph Kony" Salim Kony); with such a phrase
    written "kin" after a single name ("Hala D/O Saddam" Hala kin Saddam)."""
    if "/" not in text and not any(w in text.lower() for w in _WORDS):
        return text
    found = _LINK.search(text)
    if found is None:
        return text
    before = text[: found.start()].strip()
    if len(_NAME_WORD.findall(before)) >= NAMED:  # ("Akhtar Mohammad S/O ...": his own)
        return before
    return _LINK.sub(f" {KIN} ", text)  # ("Hala D/O Saddam Hussein": her father's too)
