"""A listed organisation's name standing whole inside a longer party text.

"Sberbank Leasing", "Cimex Shipping Panama", "Galax Trading Shenzhen": the
listed name is there, every part of it, in order and spelt as listed, with more
words around it (a subsidiary, a branch, a line of business).  Scored as the
share of the text the name covers, it falls below review ("Sberbank Leasing"
against "Sberbank": 66.7); read as a name inside a longer text, as a name after
"c/o" is (`parts.py`'s segments), it scores `SEGMENT_FACTOR`: review, not block.

Only a name that can stand for one party alone counts: an organisation's name
(not a person's, whose given and family names recur in other names, nor a
vessel's or an aircraft's, nor a weak alias, which the caller says; but a craft's
registration mark or call sign, "EP-MNB", "N200VR", is one craft's) with a
distinctive part; of one word (beside particles: "Al-"), a word of its own, one
that no table knows as an English word or a person's name (nor a place or a
generic word: those are never distinctive), of three letters or more.  "DESTINY",
"MARIA" or "AL-JIHAD" inside a consignee's name is no evidence of the party of
that name; "Aqua Shipping" is, and so is "VTB Leasing": a listed name of three
letters of its own is written so only for that party or another of the same
initials (1 of the 17,576 three-letter names "XYZ Leasing" in 350 meets one of
the OFAC sample's), and "VTB Capital", a generic word beside it, already hits.
A listed name that is part of a country's name in the text is the country's:
"DPR Korea" and "Lao PDR" name no "DPR" or "PDR".  And one of three letters with a
vowel, written in small letters in a text with capitals (`text.lettercase`), is a
word: "Veb Design Studio" names no VEB, while "Vtb Leasing" is VTB's and "Kave
Insurance Brokers" KAVE's.  Nor does a name listed in Chinese characters, read
into syllables ("华为": "hua wei", a person's given name too), stand inside a
Latin text: "Hua Wei Chinese Restaurant" is no Huawei.
"""

from __future__ import annotations

from functools import lru_cache

from screen.matching.names.prepared import Listed
from screen.matching.names.reduced import Match, Part, Reduced
from screen.matching.names.score import SEGMENT_FACTOR
from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.nametable import is_person_word
from screen.text.sortedlines import table_value
from screen.text.tokens import singular

INSIDE = 100.0 * SEGMENT_FACTOR  # the score of a listed name found whole inside a longer text
OWN_WORD_MIN = 3  # letters of a word of its own: two are a legal form's or anybody's
COUNTRY_ABBREVIATION = 4  # letters of the longest listed name a country's name may hold
IMO_DIGITS = 7
_VOWEL = deferred("[aeiouy]")  # a short word so spelt may be a word ("Veb"); "Vtb" is not


def registration_mark(forms: tuple[str, ...]) -> bool:
    """Whether a craft's listed name is a registration mark or a call sign, not a
    name: a nationality prefix of one or two characters and a mark of three to five
    ("EP-MNB", "YK-AKA", "P-632", "UP-B3701"), or one word of letters and digits
    ("N200VR", "9HB4398"); or a ship's IMO number ("IMO 9328900").  Such a mark
    names one craft wherever it is written."""
    if len(forms) == 2 and forms[0] == "imo":
        return len(forms[1]) == IMO_DIGITS and forms[1].isdigit()
    if len(forms) == 1:
        word = forms[0]
        return 4 <= len(word) <= 8 and word.isalnum() and not word.isalpha() and not word.isdigit()
    if len(forms) == 2:
        prefix, mark = forms
        return len(prefix) <= 2 and prefix.isalnum() and 3 <= len(mark) <= 5 and mark.isalnum()
    return False


@lru_cache(maxsize=65536)
def own_word(word: str) -> bool:
    """Whether a listed word names its party alone: no English word, person's name
    or place (generic words are never distinctive parts)."""
    return (
        len(word) >= OWN_WORD_MIN
        and word.isalpha()
        and not is_english_word(word)
        and not is_person_word(word)
    )


@lru_cache(maxsize=4096)
def _country_word(word: str) -> bool:
    """Whether `word` is a word of some country's name (`data/country_words.txt`)."""
    return table_value("country_words.txt", word) is not None


def _in_country_name(forms: list[str], start: int, n: int) -> bool:
    """Whether forms[start : start + n] and up to two words beside them name a country
    (the country table asked only when a word beside them is a country name's)."""
    beside = forms[max(0, start - 2) : start] + forms[start + n : start + n + 2]
    if not any(_country_word(w) for w in beside):
        return False
    from screen.matching.countries import name_code

    for a in range(max(0, start - 2), start + 1):
        for b in range(start + n, min(len(forms), start + n + 2) + 1):
            if b - a > n and name_code(" ".join(forms[a:b])):
                return True
    return False


def _same(listed: Part, part: Part) -> bool:
    """Whether a query part is a listed one spelt the same, or, for a generic word,
    in the other number ("Technology" for "TECHNOLOGIES")."""
    if "skeleton" in (listed.how, part.how):
        return False
    if listed.form == part.form:
        return True
    generic = listed.role == part.role == "generic"
    return generic and singular(listed.form) == singular(part.form)


def inside(listed: Listed, query: Reduced, lo: int, hi: int) -> Match | None:
    """The match of an organisation's listed name found whole inside the query
    parts [lo, hi), with other parts beside it: each of its parts, in order, the
    same word as a query part in a run, spelt the same (not only folded alike:
    "Cave" is no "KAVE", nor "Crass" "CRAS"; a generic word in the other number:
    "Shenzhen Huawei Technology" holds HUAWEI TECHNOLOGIES); else None."""
    lparts, parts = listed.reduced.parts, query.parts
    n = len(lparts)
    if listed.person or not n or hi - lo <= n or not listed.distinctive:
        return None
    mark = listed.craft and registration_mark(tuple(p.form for p in lparts))
    if listed.craft and not mark:
        return None
    if listed.reduced.cjk and all(p.how == "transliterated" for p in lparts):
        return None  # (its syllables read from characters: "华为" is "hua wei", a person too)
    named = [p for p in lparts if p.role != "particle"]  # ("AL-JIHAD" is one word)
    one = len(named) == 1 and not (named[0].role == "word" and own_word(named[0].form))
    if one and not mark:
        return None
    first = lparts[0]
    for start in range(lo, hi - n + 1):
        if parts[start].form != first.form:
            continue
        run = parts[start : start + n]
        if all(_same(a, b) for a, b in zip(lparts, run, strict=True)):
            if any(start < b < start + n for b in query.apart):
                continue  # (read across two parties: "Sina Corporation / Bank of Beijing")
            short = n == 1 and len(first.form) <= COUNTRY_ABBREVIATION  # ("DPR" in "DPR Korea")
            if short and _in_country_name([p.form for p in parts[lo:hi]], start - lo, n):
                continue
            word = short and len(first.form) == OWN_WORD_MIN and first.form in query.cased
            if word and _VOWEL.search(first.form):
                continue  # a word, written in small letters: "Veb Design Studio" is no VEB
            lform = " ".join(p.form for p in lparts)
            qform = " ".join(p.form for p in run)
            others = tuple(parts[i].form for i in range(lo, hi) if not start <= i < start + n)
            return Match(INSIDE, ((lform, qform, "inside"),), (), others)
    return None
