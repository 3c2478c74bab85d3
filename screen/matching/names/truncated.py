"""A party text cut short by its field: the last word a prefix of the listed one.

SWIFT fields hold 35 characters a line, and ERP and invoice fields 27, 30 or 40:
"NIKOLAI PLATONOVICH PATRUSH", "PERFORMANCE ENGINEERED NONWOVE", "GAZPROMBANK
LATIN AMERICA VENT".  The last word of a text that long, ending in a letter, may
be the first letters of a listed word: met so (`CUT`), it counts as a word met with
a typo would, never as the only evidence of a name (the name's other parts must
be met too: "Uraltorg Trading Kazan" does not name KAZANORGSINTEZ).  The index
reaches such words through the sorted list of listed words (`Tables.prefixed`).
"""

from __future__ import annotations

from screen.matching.names.reduced import Part

CUT_TEXT_MIN = 20  # characters of a text a field may have cut short
CUT_MIN = 4  # letters of the last word left: fewer begin too many words
CUT_PARTS = 3  # parts of the text's last piece (the cut word and two more met)
CUT = 0.85  # the similarity of a listed word to its first letters


def cut_at(text: str, parts: tuple[Part, ...], segments: tuple[tuple[int, int], ...]) -> int:
    """The position of the last part of a query text cut short, or -1."""
    text = text.rstrip()
    if len(text) < CUT_TEXT_MIN or not text[-1].isalpha() or not parts:
        return -1
    last = parts[-1]
    start = segments[-1][0] if segments else 0
    if (
        len(parts) - start < CUT_PARTS
        or len(last.form) < CUT_MIN
        or not last.form.isalpha()
        or last.role not in ("word", "generic", "place")
        or last.how not in ("", "typo")
        or not text.lower().endswith(last.form[-1])
    ):
        return -1
    return len(parts) - 1


def begins(listed: str, first: str) -> bool:
    """Whether a listed word begins with the letters of a cut word (and goes on)."""
    return len(listed) > len(first) and listed.startswith(first)
