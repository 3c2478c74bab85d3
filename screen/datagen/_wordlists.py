"""German and French words common enough that typo tolerance must never "correct"
them into a goods term ("raffiniert", refined, is no misspelt "Raffinerie";
"diamanté" no "diamant"), and that tell a French qualifier after a French term
("semi-conducteurs discrets"): the shared part of `german_words.py` and
`french_words.py`.

Source: pyspellchecker's German and French frequency dictionaries (built from
OpenSubtitles and Wiktionary word counts); a word counted fewer than `MIN_COUNT`
times is left out, so rare words and the dictionaries' own misspellings stay
correctable.  Words are written as the matcher reads them (normalised: no accents,
"ß" as "ss"); words shorter than five letters are left out, as typo tolerance
never touches them (`matching/typos.py`).
"""

from __future__ import annotations

from importlib.metadata import version

from screen.datagen._names import header
from screen.text.normalize import normalize

MIN_COUNT = 100
SHORTEST = 5
NAMES = {"de": "German", "fr": "French"}


def word_list(language: str, module: str) -> str:
    """The table of `language`'s words, with the header of generator `module`."""
    from spellchecker import SpellChecker

    counts = SpellChecker(language=language, distance=1).word_frequency.dictionary
    words = set()
    for word, count in counts.items():
        norm = normalize(word)
        if count >= MIN_COUNT and len(norm) >= SHORTEST and norm.isalpha() and norm.isascii():
            words.add(norm)
    source = (
        f"pyspellchecker {version('pyspellchecker')} "
        f"({NAMES[language]}, words counted {MIN_COUNT}+ times)"
    )
    return header(module, source) + "\n".join(sorted(words)) + "\n"
