"""What a shipping text writes around a vessel's name, read before the name is:
"M/V", "M/T" and "S/S" are the prefixes "MV", "MT" and "SS" (not two initials),
"per M/V ..." carried by it, and a voyage's number ("voy. 019") or a document's
reference ("REMIT/0093", "PO#4471") no part of any name; a leading "M/s." or
"Messrs." (a firm addressed) and a document's label ("Consignee:", "Notify
party:") are dropped too.  And the name an IMO number gives.
"""

from __future__ import annotations

import re

from screen.text.conventions import SLAVIC_FAMILY_END
from screen.text.english import is_english_word
from screen.text.lazyre import deferred, lazy_pattern

_PREFIX = lazy_pattern(
    # (not a letter of a longer abbreviation: "U.M.V. S.A.", "A/M/V"; and before the
    # name it prefixes: last, "M.V." are a person's initials, "Vorontsova M.V.")
    r"(?<![\w./])(?:(m)\s*[/.]\s*([vty])|(s)\s*[/.]\s*([sv])|([fr])\s*[/.]\s*(v))\b\.?(?![\w/])"
    r"(?=\s*[^\W_])",
    re.I,
)
_CARRIED = deferred(
    r"\b(?:per|via|by|aboard|on\s+board(?:\s+of)?)\s+(?=(?:mv|mt|my|ss|sv|fv|rv)\b)", re.I
)
_VOYAGE = deferred(r"\bvoy(?:age)?\b\.?\s*(?:no\b\.?|nr\b\.?|#)?\s*[\w/-]*\d[\w/-]*", re.I)
# A document's reference pasted into the field: letters, a slash or "#", and a number
# ("REMIT/0093", "INV/2024/118", "PO#4471"); no name is written so ("VTB24", "OKB-1")
_REFERENCE = lazy_pattern(r"(?<![\w/#])[^\W\d_]{2,10}\s?[/#]\s?\d{3,}(?:[/-]\d+)*(?![\w/])")
# "Messrs" before a firm's name, as trade documents in South Asia write it ("M/s.
# ABC Traders"): the addressee's courtesy, no word of the name (before a ship's
# name, "M/S" is a motor ship's prefix: the name is the same)
_MESSRS = deferred(r"^\s*(?:m\s*/\s*s\b\.?|mess(?:e)?rs\b\.?)\s*", re.I)
# A document's label before the party, pasted with it ("Consignee: ...", "Notify
# party: ...", "Attn: ..."): words of the language, or of trade documents
_LABEL = lazy_pattern(r"^\s*([a-z]+(?:\s+[a-z]+){0,2})\s*:\s*(?=\S)", re.I)  # (linear)
TRADE_LABELS = frozenset({"consignee", "consignor", "attn"})  # (no words of the word table)
# ... unless its last word labels a person's particulars after the name before it
# ("Bob Hope DOB: 1990", "Grace Hope nationality: UK"): the name is no label
PARTICULARS = frozenset({"dob", "born", "nationality", "citizenship", "passport", "pob"})


def _unlabelled(text: str) -> str:
    m = _LABEL().match(text)
    words = m.group(1).lower().split() if m else []
    if m and len(words) > 1 and words[-1] in PARTICULARS:
        return text
    if m and all(w in TRADE_LABELS or is_english_word(w) for w in words):
        return text[m.end() :]
    return text


IMO_DIGITS = 7  # an IMO ship number's


def imo_name(number: str) -> str | None:
    """A vessel's IMO number ("IMO9213387", "9213387") as the name a shipping text
    gives it by ("IMO 9213387"), which the list importers add to the vessel's."""
    digits = re.sub(r"\D", "", number)
    return f"IMO {digits}" if len(digits) == IMO_DIGITS else None


def is_imo_name(name: str) -> bool:
    """Whether a listed name is such an IMO number."""
    return name.startswith("IMO ") and imo_name(name) == name


# A vessel's flag beside its name ("DPRK flag", "Panama-flagged", "flag: Togo"): the
# state it sails under, no word of its name, when the words it names are a country's
_FLAG_WORD = deferred(r"\bflag(?:ged)?\b", re.I)
_WORDS_BEFORE = deferred(r"((?:[^\W\d_]+[\s-]+){1,2})$")
_WORDS_AFTER = deferred(r"^\s*:?\s*((?:[^\W\d_]+\s*){1,2})")


def _unflagged(text: str) -> str:
    from screen.matching.countries import whole_country

    for m in reversed(list(_FLAG_WORD.finditer(text))):
        before = _WORDS_BEFORE.search(text[: m.start()])
        after = _WORDS_AFTER.match(text[m.end() :])
        gap = after.start(1) if after else 0  # (": " between the flag and its state)
        for words, lo, hi in (
            *((w, m.start() - len(w), m.end()) for w in _tails(before)),
            *((w, m.start(), m.end() + gap + len(w)) for w in _heads(after)),
        ):
            if whole_country(words.strip(" -")):
                text = text[:lo] + " " + text[hi:]
                break
    return text


def _tails(found: re.Match[str] | None) -> list[str]:
    """The last two words, then the last one, of what stands before the flag."""
    if not found:
        return []
    words = found.group(1)
    last = re.search(r"[^\W\d_]+[\s-]+$", words)
    return [words, last.group(0)] if last and last.group(0) != words else [words]


def _heads(found: re.Match[str] | None) -> list[str]:
    """The first two words, then the first one, of what stands after the flag."""
    if not found:
        return []
    words = found.group(1)
    first = re.match(r"[^\W\d_]+\s*", words)
    return [words, first.group(0)] if first and first.group(0) != words else [words]


# A Slavic family name after "M.V." (with stops, not a slash): the prefix is its
# initials ("M.V. Vorontsova"), as they are after it
_SLAVIC_NEXT = lazy_pattern(rf"\s*[^\W\d_]+{SLAVIC_FAMILY_END}\b", re.I)


def _prefix(m: re.Match[str]) -> str:
    if "/" not in m.group(0) and _SLAVIC_NEXT().match(m.string, m.end()):
        return m.group(0)
    return "".join(g for g in m.groups() if g)


def craft_text(text: str) -> str:
    """`text` with a craft's prefix written as one word, and what carried it and its
    voyage left out."""
    text = _MESSRS.sub("", _unlabelled(text) if ":" in text else text)
    if "/" in text or "." in text:
        text = _PREFIX().sub(_prefix, text)
    if "/" in text or "#" in text:
        text = _REFERENCE().sub(" ", text)
    if "flag" in text.casefold():
        text = _unflagged(text)
    return _VOYAGE.sub(" ", _CARRIED.sub("", text))
