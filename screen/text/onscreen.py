"""What a field reads on screen when direction controls make it read otherwise.

A field can hold Unicode direction controls that make it show one thing and store
another: "\u202eknabrebS\u202c" (a RIGHT-TO-LEFT OVERRIDE) is stored reversed and
shown by Excel, an ERP or a browser as "Sberbank"; "bank\u200fSber" in a field laid
out right to left shows "Sberbank" too.  Screening drops the controls and reads the
stored order, so such a text must also be read as shown.

`readings` lays the text out with the Unicode Bidirectional Algorithm (UAX #9,
python-bidi), once in a left-to-right and once in a right-to-left field (a viewer
may use either), and reads the result as a person does: from the field's start, each
run of letters of the other direction in its own.  A reading counts when its
Latin letters, or its right-to-left letters, come in another order than
in the stored text (which run of one stands beside which run of the other is how a
field is laid out, not a disguise).  Arabic and Hebrew text carries marks (U+200F
RIGHT-TO-LEFT MARK) that place whole runs; read as shown it keeps the order of its
letters, so it gives no reading and screens as before.
"""

from __future__ import annotations

import unicodedata

from screen.text.lazyre import lazy_pattern

# marks (LRM, RLM, ALM), embeddings, overrides and their end (PDF), isolates (LRI,
# RLI, FSI) and their end (PDI): every character that moves text about on screen
CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = lazy_pattern(f"[{CONTROLS}]")
_RTL = ("R", "AL")
_NEUTRAL = ("WS", "ON", "CS", "ES", "ET", "NSM", "BN", "S")  # may sit inside a run
_BASES = ("L", "R")  # a field laid out left to right, and right to left


def controls(text: str) -> tuple[str, ...]:
    """The direction controls in `text`, each once, as "U+202E RIGHT-TO-LEFT OVERRIDE"."""
    found = dict.fromkeys(_CONTROL().findall(text))
    return tuple(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in found)


def without_controls(text: str) -> str:
    return _CONTROL().sub("", text)


def _read(shown: str, base: str) -> str:
    """A line as laid out, read as a person reads it: from the field's start (the left
    of a left-to-right field, the right of a right-to-left one), each run of letters
    of the other direction (with the spaces and signs between them) in its own."""
    line = _CONTROL().sub("", shown)
    if base == "R":
        line = line[::-1]
    other = _RTL if base == "L" else ("L", "EN", "AN")
    out: list[str] = []
    run: list[str] = []  # a run of the other direction
    tail: list[str] = []  # what follows it and may still continue it
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in other:
            run += tail
            run.append(ch)
            tail = []
        elif run and kind in _NEUTRAL:
            tail.append(ch)
        else:
            out += reversed(run)
            out += tail
            out.append(ch)
            run, tail = [], []
    out += reversed(run)
    out += tail
    return "".join(out)


def _order(text: str) -> tuple[str, str]:
    """What a reading is compared by: the order of its letters, those written left to
    right apart from those written right to left (where a run of one stands beside a
    run of the other, or a number, is how the field is laid out, not a disguise)."""
    text = _CONTROL().sub("", text)
    kinds = [(c, unicodedata.bidirectional(c)) for c in text if c.isalpha()]
    return "".join(c for c, k in kinds if k not in _RTL), "".join(c for c, k in kinds if k in _RTL)


def readings(text: str) -> tuple[str, ...]:
    """The readings of `text` on screen whose Latin letters come in another order than
    stored; () for a text without direction controls (nearly all)."""
    if text.isascii() or not _CONTROL().search(text):
        return ()
    from bidi import get_display  # only for a text that holds direction controls

    stored = _order(text)
    found: dict[str, None] = {}
    for base in _BASES:
        reading = " ".join(_read(get_display(text, base_dir=base), base).split())
        if _order(reading) != stored:
            found[reading] = None
    return tuple(found)
