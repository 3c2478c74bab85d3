"""A count run together with its unit and the goods, set apart: order lines and
chat messages write "2xgensets", "500pcsIC", "20reels det.cord", "1set CDU trays",
"8xGPU", "120ct polished"; the word after the count is the goods' noun only once
the count and its unit stand apart ("2 x gensets", "500 pcs IC").

A figure and the letters after it are set apart when the letters are a unit or a
count's word (`UNITS`), a word of a term, an English word after an "x" ("2xprobe"),
or a unit followed by a word of a term or an acronym in capitals ("pcsIC");
"100kVA", "300mm", "3Dprinter", "5G", "80GB" and "20off" stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

UNITS = frozenset(
    """x pcs pc pce pces piece pieces set sets reel reels unit units ea ctn ctns kg kgs ct cts
    mt t bbl bbls ton tons lot lots box boxes pair pairs roll rolls nos no""".split()
)
_UNITS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)
_COUNT = re.compile(r"(?<![^\W_])(\d+)([x×]?)([A-Za-z]{2,})(?![^\W_])")


def counts_apart(
    text: str, term: Callable[[str], bool], word: Callable[[str], bool] = lambda _: False
) -> str:
    """`text` with each count run together with its unit or its goods set apart:
    `term` says whether a word (in small letters) is a word of a term, `word`
    whether it is an English word, which is set apart after an "x" ("2xprobe"), not
    after a figure alone ("20off")."""
    if not any(ch.isdigit() for ch in text):
        return text

    def apart(found: re.Match[str]) -> str:
        count, times, letters = found.groups()
        low = letters.lower()
        known = len(low) >= 3 and (term(low) or (bool(times) and word(low)))
        if low in UNITS or known:
            return " ".join(filter(None, (count, times, letters)))
        for unit in _UNITS_LONGEST_FIRST:
            rest = letters[len(unit) :]
            if low.startswith(unit) and len(rest) >= 2 and (rest.isupper() or term(rest.lower())):
                return " ".join(filter(None, (count, times, letters[: len(unit)], rest)))
        return found.group(0)

    return _COUNT.sub(apart, text)
