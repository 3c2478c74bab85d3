"""Words a scan's character recognition misread, read back: "Vacc1nes" is
"Vaccines", "rnicroscope" "microscope", "E1ectron" "Electron", "Oi1" "Oil",
"Sernlconductor" "Semiconductor"; not a count and its unit ("50DS": 50 doses).
The usual confusions of OCR: the figures 0, 1 and 5 for the letters o, l or i and
s, "rn" for "m", "vv" for "w", and "l" for "i" in a word misread already.

A word is read back only when it is no known word as written and one reading of
it is (`known`: a word of a term or an English word), so "modern", "turn", a
part's code ("STM32F407", "TSOP48": other figures) and a number stay as written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

# a word of letters and the figures OCR reads for letters, three characters or more
# with two letters at least ("Oi1")
_WORD = re.compile(r"(?<![\w.])[A-Za-z015]{3,}(?![\w])")
_COUNTED = re.compile(r"[015]+[A-Za-z]+$")
_NUMBERED = re.compile(r"^[015]{2}|[015]{2}$")  # ("steel10", "bolts15": a code)
_SUSPECT = re.compile(r"[015]|rn|vv", re.IGNORECASE)
_UNITS = re.compile(r"(rn|vv|[015l])", re.IGNORECASE)
_READINGS = {"0": ("o",), "1": ("l", "i"), "5": ("s",), "rn": ("m",), "vv": ("w",), "l": ("i",)}
MAX_READINGS = 64  # readings tried for one word (six doubtful places)


def _letters(word: str) -> int:
    return sum(ch.isalpha() for ch in word)


def _readings(word: str) -> list[str]:
    """`word`'s readings, fewest changes first (the word as written excluded)."""
    units = [unit for unit in _UNITS.split(word) if unit]
    choices: list[tuple[str, ...]] = []
    for unit in units:
        read = _READINGS.get(unit.lower())
        if read is None:
            choices.append((unit,))
            continue
        upper = unit.isupper() or (unit.isdigit() and word.isupper())
        read = tuple(r.upper() if upper else r for r in read)
        choices.append(read if unit.isdigit() else (unit, *read))
    count = 1
    for options in choices:
        count *= len(options)
    if count > MAX_READINGS:
        return []
    out = ["".join(parts) for parts in itertools.product(*choices)]
    return sorted((w for w in out if w != word), key=lambda w: _changes(w, word))


def _changes(read: str, word: str) -> int:
    """How many places a reading changes (a reading of "rn" as "m" is shorter: its
    places after it count as changed, so it comes after the readings that keep "rn")."""
    return sum(a != b for a, b in zip(read, word, strict=False)) + len(word) - len(read)


def ocr_read(text: str, known: Callable[[str], bool]) -> str:
    """`text` with each word OCR misread read back as the known word it stands for
    (`known`: asked of a word in lower case)."""
    if not _SUSPECT.search(text):
        return text

    def read(match: re.Match[str]) -> str:
        word = match.group(0)
        if _letters(word) < 2 or not _SUSPECT.search(word) or known(word.lower()):
            return word
        if word.isdigit() or (word.isalpha() and not re.search("rn|vv", word, re.I)):
            return word
        if _COUNTED.match(word) or _NUMBERED.search(word):
            return word  # a number and its unit ("50DS": 50 doses), a number on a word
        return next((w for w in _readings(word) if known(w.lower())), word)

    return _WORD.sub(read, text)
