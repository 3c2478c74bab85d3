"""Letters from other scripts that look like Latin letters.

Used only inside a word that mixes scripts ("Sbеrbаnk" with a Cyrillic е and а):
such a word is a disguise of a Latin word, so each look-alike is read as the
Latin letter it imitates.  A word written wholly in Cyrillic ("Сбербанк") is
transliterated instead.  Both cases of a letter map to the same Latin letter so
that folding never depends on case.
"""

# Cyrillic and Greek letters that are visually (near-)identical to Latin ones.
_PAIRS = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ɡ": "g",
    "ү": "y",
    # Greek
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "μ": "m",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ζ": "z",
}

CONFUSABLES: dict[str, str] = {}
for _k, _v in _PAIRS.items():
    CONFUSABLES[_k] = _v
    CONFUSABLES[_k.upper()] = _v
