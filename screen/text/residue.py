"""What an export or a PDF leaves of a name's letters, read back as the letters.

* Arabic presentation forms: a PDF's text layer often holds the glyphs a font
  shapes, not the letters ("ﺃﻳﻤﻦ" for أيمن, "ﷲ" for الله, "ﻻ" for لا): Unicode's
  compatibility decomposition (NFKC) gives the letters back.
* An accent stored apart from its letter, as a spacing mark ("Vi´ctor",
  "Castrejo´n", "Pen~a", "Jesu`s") or, through a legacy export's code page, as a
  "?" ("Dura?n", "Nu?n?ez"): the mark between two letters is dropped, the letter
  kept, as the lists write it (Victor, Castrejon, Pena, Duran, Nunez).
"""

from __future__ import annotations

import unicodedata

from screen.text.lazyre import deferred

_PRESENTATION = deferred("[\ufb50-\ufdff\ufe70-\ufefe]+")
_MARKS = "´`¨ˇ˜~^¸˘˚?"
_MARK = deferred(rf"(?<=[^\W\d_])[{_MARKS}](?=[^\W\d_])")


def letters_back(text: str) -> str:
    """The text with presentation forms read as letters and an accent's residue
    between two letters dropped."""
    if not text.isascii():
        text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return _MARK.sub("", text) if any(mark in text for mark in _MARKS) else text
