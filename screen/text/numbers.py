"""Numbers written as words, ordinals, Roman numerals and leetspeak, for names.

Both sides of a name comparison are rewritten the same way, so "1st" and
"First", "Forty-Four" and "44", "XLIV" and "44" become one token.  Roman numerals
are read only from two letters up (three with an l or c), so that a single "I"
stays an initial and words such as "mix" or "civil" are left alone.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import islice, product

from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.shipped import data_lines

UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINAL_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
ORDINAL_TENS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"

WORD_VALUE: dict[str, int] = {w: i for i, w in enumerate(UNITS)}
WORD_VALUE.update({w: i for i, w in enumerate(ORDINAL_UNITS)})
WORD_VALUE.update({w: i * 10 for i, w in enumerate(TENS) if w != "_"})
WORD_VALUE.update({w: i * 10 for i, w in enumerate(ORDINAL_TENS.split()) if w != "_"})
TENS_VALUES = frozenset(range(20, 100, 10))

ORDINAL_DIGITS = deferred(r"^(\d+)(st|nd|rd|th|e|er|eme|o|a)$")
_ROMAN = deferred(r"^(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUE = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# Letters a digit (or sign) stands for inside a word, the likeliest first.
LEET: dict[str, str] = {
    "0": "o",
    "1": "il",
    "3": "e",
    "4": "a",
    "5": "s",
    "6": "gb",
    "7": "t",
    "8": "b",
    "9": "g",
    "@": "a",
}
MAX_READINGS = 8  # readings kept of one leetspeak word


@lru_cache(maxsize=65536)
def roman(token: str) -> int | None:
    """2-399 for a well-formed Roman numeral of two letters or more (three when it
    holds an l or a c: "li" and "cc" are names), else None."""
    if len(token) < 2 or not _ROMAN.match(token):
        return None
    if len(token) < 3 and ("l" in token or "c" in token):
        return None
    total = 0
    for i, c in enumerate(token):
        value = _ROMAN_VALUE[c]
        nxt = _ROMAN_VALUE[token[i + 1]] if i + 1 < len(token) else 0
        total += -value if value < nxt else value
    return total if 2 <= total <= 399 else None


def letter_numeral(letter: str) -> tuple[str, ...]:
    """The number a single letter may be as a Roman numeral, as the alternatives of
    the initial it is read as: a ship's "NOOR I" is "NOOR 1" (a lone "l" or "c" is
    no number)."""
    value = _ROMAN_VALUE.get(letter, 0)
    return (str(value),) if value in (1, 5, 10) else ()


ALONE_MIN = 5  # letters of a number word read on its own ("siete"; "dos", "otto" in a run)


@cache
def _phrases() -> tuple[dict[tuple[str, ...], int], frozenset[str], int]:
    """Number words of other languages (`data/number_words.tsv`): phrase -> value,
    the words that start one, and the longest phrase's length in words."""
    table: dict[tuple[str, ...], int] = {}
    for line in data_lines("number_words.tsv"):
        phrase, value = line.split("\t")
        table[tuple(phrase.split())] = int(value)
    return table, frozenset(p[0] for p in table), max(map(len, table))


def _phrase_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(value, words) of the longest number phrase of another language at `i`."""
    table, starts, longest = _phrases()
    if tokens[i] not in starts:
        return None
    for size in range(min(longest, len(tokens) - i), 0, -1):
        value = table.get(tuple(tokens[i : i + size]))
        if value is not None:
            return value, size
    return None


def _foreign_number(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(value, words) of a number written in words of another language at `i`: its
    phrases in a row, each smaller than the one before ("dos mil" "quinientos"); a
    single short word ("dos", "un", "otto", "once") only beside another, and none
    that is a common English word."""
    found = _phrase_at(tokens, i)
    if found is None:
        return None
    total, size = found
    at, last = i + size, total
    while at < len(tokens) and (nxt := _phrase_at(tokens, at)) is not None and nxt[0] < last:
        total, last, at = total + nxt[0], nxt[0], at + nxt[1]
    if at - i == 1 and (len(tokens[i]) < ALONE_MIN or is_english_word(tokens[i])):
        return None
    return total, at - i


def numeric(tokens: list[str], words: frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    """Tokens with numbers read as digits: (token, how, spelled) with how 'number'
    when read, and `spelled` the Roman numeral as written (a Roman numeral may be a
    name: "XI Jinping").  `words`: tokens known to be words (a name read from
    another script: Chinese "Xi" is no Roman numeral)."""
    out: list[tuple[str, str, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in words:
            out.append((token, "", ""))
            i += 1
            continue
        value = WORD_VALUE.get(token)
        foreign = None if value is not None or not token.isalpha() else _foreign_number(tokens, i)
        if foreign is not None:  # (a word read alone keeps its spelling, as a Roman numeral)
            out.append((str(foreign[0]), "number", token if foreign[1] == 1 else ""))
            i += foreign[1]
            continue
        if value is not None:
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            # the units in words or as a digit: "Forty-Four", "Forty 4"
            nxt = int(after) if len(after) == 1 and after.isdigit() else WORD_VALUE.get(after)
            if value in TENS_VALUES and nxt is not None and 0 < nxt < 10:
                out.append((str(value + nxt), "number", ""))
                i += 2
                continue
            out.append((str(value), "number", ""))
        elif token.isalpha() and token.strip("ivxlc"):  # no digit, no Roman numeral
            out.append((token, "", ""))
        elif m := ORDINAL_DIGITS.match(token):
            out.append((str(int(m.group(1))), "number", ""))
        elif (r := roman(token)) is not None:
            out.append((str(r), "number", token))
        elif token.isdigit():
            out.append((str(int(token)) if len(token) < 6 else token, "", ""))
        else:
            out.append((token, "", ""))
        i += 1
    return out


@lru_cache(maxsize=65536)
def unleet(token: str) -> tuple[str, ...]:
    """'ig0r' -> ('igor',), 'a1i' -> ('aii', 'ali'): the readings of a word of
    letters with digits standing for letters, likeliest first; () for a word, a
    number, or a code with more digits than letters ("a380", "t72")."""
    letters = sum(c.isalpha() for c in token)
    if letters == len(token) or letters < len(token) - letters:
        return ()
    if not all(c.isalpha() or c in LEET for c in token):
        return ()
    choices = [LEET.get(c, c) for c in token]
    return tuple("".join(r) for r in islice(product(*choices), MAX_READINGS))


# symbols typed for the letters they look like, inside a word or ($, €, |) at its end
# after two letters ("M@H@N", "HAMA$", "N0VAT€K", "MELL|"; not "Yahoo!"): never standing
# apart (" @ " is an alias's mark, " | " one between parties), nor in an address (read
# before: `webnames`)
SYMBOL_LETTERS = {"@": "a", "$": "s", "€": "e", "|": "i", "!": "i", "£": "l", "¢": "c"}
_SYMBOL = deferred(
    r"(?<=[^\W_])[@$€|!£¢](?=[^\W_])|(?<=[^\W\d_]{2})[$€|](?![^\W_])"
    r"|(?<![^\W_])[@$€£¢](?=[^\W\d_]{2})"
)


def symbol_letters(text: str) -> str:
    """`text` with the symbols typed for letters inside its words read as those
    letters: "B@NK MELL| IR@N" is "BaNK MELLi IRaN"."""
    if not any(c in SYMBOL_LETTERS for c in text):
        return text
    return _SYMBOL.sub(lambda m: SYMBOL_LETTERS[m.group()], text)
