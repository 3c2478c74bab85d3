"""Words in Ge'ez letters (Amharic, Tigrinya, Tigre) read into Latin.

Each letter is a consonant and a vowel, and the sixth of each is either no vowel
or a short one that Latin spellings write as they please: "ኣብርሃ" is Abraha,
letter by letter "abrha"; "ሥላሴ" is Selassie, "slase".  So, as an abjad's, a
word also carries its consonant skeleton ("brh", "sls": `skeleton.py`, in the
Arabic scheme's classes), which meets the Latin name's whatever vowels it
writes.
"""

from __future__ import annotations

import re

from screen.text import skeleton


def is_geez(ch: str) -> bool:
    return "\u1200" <= ch <= "\u135a"


def read_geez(word: str) -> tuple[str, tuple[str, ...]]:
    """The word's letters read one by one (anyascii, its marks of ejectives left
    out), and its consonant skeletons ("a:brh")."""
    from anyascii import anyascii  # only text in such a script pays for loading it

    latin = re.sub("[^a-z]", "", anyascii(word).lower())
    variants = skeleton.latin_variants(latin, skeleton.ARABIC) if latin else ()
    return latin, tuple(f"{skeleton.ARABIC}:{s}" for s in variants)
