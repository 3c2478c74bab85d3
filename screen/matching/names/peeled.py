"""A party's name written as one word with its place and kind words run on, read
again with them apart: bank directories, telex and SWIFT fields drop the spaces
("SBERBANKMOSCOW", "BANKMELLIIRANTEHRAN", "KOREAKWANGSONBANKINGPYONGYANG").

A word of `RUN_LEAST` letters or more that is no English word has known words
peeled off either end, the longest first, while `CORE_LEAST` letters remain: a
city's or a country's name (`places.is_place_name`) or a kind word of
organisations ("bank", "banking", "trading", "europe": `tables.GENERIC`), each of
`PEEL_LEAST` letters or more, where one word peeled off is a place's: a run of a
name and its kind word alone ("GAZPROMBANK") is a name of its own, no GAZPROM
with "bank" run on.  The reading is searched again (`readings.py`):
"SBERBANK MOSCOW", "BANK MELLIIRAN TEHRAN" as "BANK MELLI IRAN" is met by its
words written together; a name of its own words alone ("ROSOBORONEKSPORT") is not
read again.
"""

from __future__ import annotations

from screen.matching.names.places import is_place_name
from screen.matching.names.tables import GENERIC
from screen.text.english import is_english_word

RUN_LEAST = 10  # letters of a word read as words run together
PEEL_LEAST = 4  # letters of a word peeled off it
CORE_LEAST = 3  # letters left of the name's own words
LONGEST = 16  # letters of a word peeled off


def _known(piece: str) -> bool:
    return piece in GENERIC or is_place_name(piece)


def _peel(word: str) -> list[str]:
    head: list[str] = []
    tail: list[str] = []
    core = word
    peeled = True
    while peeled:
        peeled = False
        for size in range(min(len(core) - CORE_LEAST, LONGEST), PEEL_LEAST - 1, -1):
            if _known(core[-size:]):
                tail.insert(0, core[-size:])
                core, peeled = core[:-size], True
                break
        for size in range(min(len(core) - CORE_LEAST, LONGEST), PEEL_LEAST - 1, -1):
            if _known(core[:size]):
                head.append(core[:size])
                core, peeled = core[size:], True
                break
    return [*head, core, *tail]


def peeled_reading(text: str) -> str:
    """`text` with its words run together read apart, or "" when it has none."""
    if len(text) < RUN_LEAST or not text.isascii():
        return ""
    out, changed = [], False
    for word in text.split():
        low = word.lower()
        if len(low) >= RUN_LEAST and low.isalpha() and not is_english_word(low):
            parts = _peel(low)
            if len(parts) > 1 and any(is_place_name(part) for part in parts if part != parts[0]):
                read = " ".join(parts)
                word, changed = read.upper() if word.isupper() else read, True
        out.append(word)
    return " ".join(out) if changed else ""
