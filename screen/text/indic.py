"""Words of the Brahmic scripts of India and Sri Lanka read into Latin letters as names
are spelt (Hunterian), whole words at a time (`read_indic`)."""

from __future__ import annotations

import unicodedata

# -- Devanagari ---------------------------------------------------------------------
# Consonants read from their Unicode names (KA, KHA, SHA ...), as names are spelt in
# Latin (Hunterian: "ch" for CA, "sh" for SHA and SSA; retroflexes as dentals).
_INDIC_CONSONANT = {
    "ca": "cha",
    "cha": "chha",
    "ssa": "sha",
    "tta": "ta",
    "ttha": "tha",
    "dda": "da",
    "ddha": "dha",
    "nna": "na",
    "nya": "na",
    "nga": "na",
    # Tamil's and Malayalam's own consonants, as names write them ("Tamil", "Eelam")
    "llla": "la",
    "lla": "la",
    "rra": "ra",
    "nnna": "na",
}
# a nukta under a consonant makes the sound of Persian and Arabic loanwords
# ("ज़" za, "क़" qa, "फ़" fa, "ख़" kha, "ग़" gha, "ड़" ra): names of Muslims and of places
_NUKTA = {"j": "z", "k": "q", "ph": "f", "g": "gh", "d": "r", "dh": "rh", "kh": "kh"}


def _indic_consonant(name: str) -> str:
    letter = name.rsplit(" ", 1)[-1].lower()
    return _INDIC_CONSONANT.get(letter, letter)[:-1]


def read_indic(word: str) -> str:
    """A word of Devanagari (or another Brahmic script: Bengali, Gurmukhi, Tamil,
    Sinhala ...) read as a whole: every consonant carries its inherent "a" unless a
    vowel sign or virama follows, a nukta makes the consonant before it a loanword's
    ("ज़" za), and a word's last inherent vowel is silent unless it ends a conjunct
    (Hindi: "राम" "ram", "नरेंद्र" "narendra"), which letter-by-letter readings lose
    ("nremdr")."""
    from anyascii import anyascii

    out: list[str] = []
    inherent: list[int] = []  # where an inherent vowel stands in `out`
    pending = after_virama = conjunct = False
    for ch in word:
        name = unicodedata.name(ch, "")
        if "VIRAMA" in name:
            pending, after_virama = False, True
            continue
        if "NUKTA" in name:  # (it changes the consonant before it, no sound of its own)
            for old, new in _NUKTA.items():
                if out and out[-1] == old:
                    out[-1] = new
                    break
            continue
        if "VOWEL SIGN" in name:
            out.append("".join(c for c in anyascii(ch).lower() if c.isalpha()))
            pending = False
            continue
        if pending:
            inherent.append(len(out))
            out.append("a")
            pending = False
        if "SIGN" in name:  # anusvara, candrabindu: a nasal; visarga: h
            out.append("h" if "VISARGA" in name else "n")
            continue
        consonant = _indic_consonant(name) if "LETTER" in name and name.endswith("A") else ""
        if consonant and name.rsplit(" ", 1)[-1] not in ("A", "AA"):
            out.append(consonant)
            pending, conjunct, after_virama = True, after_virama, False
        else:
            out.append("".join(c for c in anyascii(ch).lower() if c.isalpha()))
            after_virama = False
    if pending and conjunct:
        out.append("a")
    if word and "\u0900" <= word[0] <= "\u0aff":  # (Hindi, Bengali, Punjabi, Gujarati)
        _syncope(out, inherent)
    return "".join(out)


def _syncope(out: list[str], inherent: list[int]) -> None:
    """Drop the inherent vowels Hindi, Bengali, Punjabi and Gujarati leave unsaid: one
    between a vowel and a consonant and a consonant that a vowel follows (V C a C V),
    read from the word's end ("अज़हर" azhar, not azahar; "रहमान" rahman; "ইসলামিক"
    islamik).  Dravidian scripts say theirs ("புலிகள்" pulikal)."""

    def vowel(k: int) -> bool:
        return 0 <= k < len(out) and out[k][:1] in "aeiou" and bool(out[k])

    for k in reversed(inherent):
        if vowel(k - 2) and not vowel(k - 1) and not vowel(k + 1) and vowel(k + 2):
            out[k] = ""
