"""Words a name writes in more than one way, read as one before names are compared.

A firm's names are joined by "and" written as a sign or abbreviated ("A & C",
"Schmidt + Partner", the German "u." of "GmbH u. Co. KG") or in the firm's own
language ("und", "et"): all are read as "and" ("A and C" is "A & C"; the Spanish
"y" stays a word of its own: "treinta y tres" is a number).
A German word with an umlaut is also read as German writes it without one
("Rötzel" rotzel or roetzel, "Müller" muller or mueller).
"""

from __future__ import annotations

from screen.text.lazyre import deferred
from screen.text.normalize import normalize
from screen.text.scriptnames import Reading

AND_WORDS = ("und", "et")  # "and" in German and French (a legal form's too: `legalforms`)
_AND = deferred(
    r"\s*[&+]\s*|(?<=\s)[uU]\.(?=\s*[cC][oO]\b)|"
    rf"(?<=[^\W_])\s+(?i:{'|'.join(AND_WORDS)})\s+(?=[^\W_])"
)
_LETTERS = deferred(r"[^\W\d_]+")  # (a word, then its umlauts: a pattern looking for an
# umlaut inside a word tried each of its letters as a start, 2 s for 10,000 letters)
_UMLAUTS = frozenset("äöüÄÖÜ")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "AE", "Ö": "OE", "Ü": "UE"})


def joined_by_and(text: str) -> str:
    """The text with the signs and words that join a firm's names read as " and "."""
    if text.isascii():  # (what any match holds, in small letters: most texts hold none)
        low = text.lower()
        if not ("&" in low or "+" in low or "u." in low or "und" in low or "et" in low):
            return text
    return _AND.sub(" and ", text)


def umlauted(text: str) -> dict[str, Reading]:
    """Each word with an umlaut, read both without it and as German writes it."""
    out: dict[str, Reading] = {}
    if _UMLAUTS.isdisjoint(text):
        return out
    for word in _LETTERS.findall(text):
        if _UMLAUTS.isdisjoint(word):
            continue
        plain, german = normalize(word).strip(), normalize(word.translate(_GERMAN)).strip()
        if plain.isalpha() and german.isalpha() and plain != german:
            out[plain] = Reading((plain, german), (), False)
    return out
