"""A name in the Indonesian and Malay spelling of before 1972, read in today's.

Until the Perfected Spelling of 1972 (Ejaan Yang Disempurnakan), and in Malaya until
the same reform, the Dutch-based spellings (Van Ophuijsen, 1901; Soewandi, 1947) wrote
"u" as "oe", "j" as "dj", "c" as "tj", "y" as "j", "ny" as "nj", "sy" as "sj" and "kh" as
"ch": "Soeharto" is Suharto, "Abdoel" Abdul, "Djemaah" Jemaah, "Joenos" Yunos,
"Moechlis" Mukhlis, "Entjep" Encep.  Old passports, company registers and many
people's own names keep it; the lists write the new forms.  A text in Latin letters
whose words show the old spelling (an "oe", or a "dj", "tj", "sj" or "nj" before a
vowel) is read again in the new, every word of it; a text without them ("Joko
Widodo", "Jajasan" alone) is not read, nor is one with nothing to change.
"""

from __future__ import annotations

import re

from screen.text.lazyre import deferred

_MARK = deferred(r"oe|[dtsn]j(?=[aeiou])", re.IGNORECASE)
_WORD = deferred(r"[A-Za-z]+")
# the old letters and the new, longest first; "j" alone (no "dj", "tj", "sj", "nj") is "y"
_OLD = re.compile(r"oe|dj|tj|sj|nj|ch|j", re.IGNORECASE)
_NEW = {"oe": "u", "dj": "j", "tj": "c", "sj": "sy", "nj": "ny", "ch": "kh", "j": "y"}


def _new(found: re.Match[str]) -> str:
    old = found.group(0)
    new = _NEW[old.lower()]
    return new.upper() if old.isupper() else new.capitalize() if old[:1].isupper() else new


def ejaan_reading(text: str) -> str:
    """`text` in today's Indonesian spelling when it shows the old one, else ""."""
    if not text.isascii() or not _MARK.search(text):
        return ""
    read = _WORD.sub(lambda word: _OLD.sub(_new, word.group(0)), text)
    return read if read != text else ""
