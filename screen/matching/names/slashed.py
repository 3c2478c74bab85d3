"""Spellings of one word offered side by side with slashes, read as alternatives.

A clerk unsure of a transliteration writes both: "Ahmed/Ahmad Harun/Haroun",
"Tatyana/Tatiana Zhuravleva/Zhuravlyova", "Korea Kwangson/Kwangsong Banking Corp".
Each group of words joined by slashes that spell one word (the same first letter,
`ALIKE` of their letters the same by Levenshtein's measure) is read as its first
spelling on one line and its second on another, each line a piece of the text
(`wrapped.py`): "Ahmed Harun" and "Ahmad Haroun".  Words that differ are two
parties, as before ("ACME/BETA TRADING", "DHL/FEDEX").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

ALIKE = 0.6  # share of letters two spellings of one word have the same, at least
SHORTEST = 3  # letters of a spelling
_GROUP = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:/[^\W\d_]+)+(?![^\W\d_])")


def _alike(words: list[str]) -> bool:
    first = words[0].lower()
    return (
        all(
            len(w) >= SHORTEST
            and w[0].lower() == first[0]
            and Levenshtein.normalized_similarity(w.lower(), first) >= ALIKE
            for w in words
        )
        and len(first) >= SHORTEST
    )


def slashed(text: str) -> str:
    """`text` with each group of spellings read as its first and, on a line after
    it, as its second (as it is when it has no such group)."""
    if "/" not in text:
        return text
    groups = [m for m in _GROUP.finditer(text) if _alike(m.group(0).split("/"))]
    if not groups:
        return text
    readings = []
    for choice in (0, 1):
        out, at = [], 0
        for m in groups:
            words = m.group(0).split("/")
            out += [text[at : m.start()], words[min(choice, len(words) - 1)]]
            at = m.end()
        readings.append("".join([*out, text[at:]]))
    return "\n".join(readings)
