"""Given names a document writes shortened with a full stop: "Robt. Gabriel Mugabe",
"Mohd. Masood Azhar Alvi", "Wm. Ramirez Valenciano", "Thos. Lubanga", "Al. M.
Radkov", "Jose Ma. Sison", "Sh. Anis Ibrahim Kaskar".

A word of two to four letters with a capital first and a full stop after it is a
name cut short (a contraction that keeps its last letter, "Robt", "Wm", or its
first letters, "Al", "Vas"), unless it is a title, a legal form, a generic word or
a word of address ("Dr.", "Co.", "Intl.", "St."): as written it meets no listed
word, and the given name it stands for counts as missing and the word as extra,
so that "Robt. Gabriel Mugabe" was clear against MUGABE, Robert Gabriel.  The query
is read again with each such word as the initial it begins with ("R. Gabriel
Mugabe") and searched again (`readings.py`): a person's hit that reads better is
that hit, its explanation saying how the query was read.  An initial meets any
given name of its letter, as an initial written so would.
"""

from __future__ import annotations

import re

from screen.matching.names.legalforms import is_legal_form
from screen.matching.names.reduced import STOPWORDS
from screen.matching.names.tables import GENERIC, TITLES
from screen.text.lazyre import deferred
from screen.text.normalize import normalize

# a capital, one to three letters more, a full stop, then a space, the end or a letter
_SHORTENED = deferred(r"(?<![^\W_])([^\W\d_])([^\W\d_]{1,3})\.(?=\s|$|[^\W\d_])")
HOW = "shortened names read as initials"


def capitalised_name_word(word: str) -> bool:
    """Whether a word could be a word of a person's name: written with a capital, of
    letters only, and no small word, generic word, title or legal form ("Dr", "Co",
    "Intl", "Ltd")."""
    plain = normalize(word).strip()
    return (
        word[:1].isupper()
        and plain.replace(" ", "").isalpha()
        and plain not in STOPWORDS
        and plain not in GENERIC
        and plain not in TITLES
        and not is_legal_form([plain])
    )


def _initial(m: re.Match[str]) -> str:
    word = m.group(1) + m.group(2)
    return f"{m.group(1)}." if capitalised_name_word(word) else m.group(0)


def initialled(query: str) -> list[tuple[str, float, float, str]]:
    """The query read with its shortened given names as initials, as
    `readings.Other` fields (text, least, most, how), or none."""
    if "." not in query:
        return []
    read = _SHORTENED.sub(_initial, query)
    return [(read, 0.0, 100.0, HOW)] if read != query else []
