"""German and French words common enough that typo tolerance must never "correct"
them into a goods term ("raffiniert", refined, is no misspelt "Raffinerie";
"diamanté" no "diamant"), and that tell a French qualifier after a French term
("semi-conducteurs discrets"): the shared part of `german_words.py` and
`french_words.py`; `romance_words.py` lists Spanish, Italian and Portuguese words
together, which tell a qualifier after a term of theirs ("robot industriali
antropomorfi").

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
NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}


def word_list(language: str, module: str, *others: str) -> str:
    """The table of `language`'s words (and `others`'), with the header of generator
    `module`."""
    from spellchecker import SpellChecker

    words = set()
    for each in (language, *others):
        counts = SpellChecker(language=each, distance=1).word_frequency.dictionary
        for word, count in counts.items():
            norm = normalize(word)
            if count >= MIN_COUNT and len(norm) >= SHORTEST and norm.isalpha() and norm.isascii():
                words.add(norm)
    names = ", ".join(NAMES[each] for each in (language, *others))
    source = (
        f"pyspellchecker {version('pyspellchecker')} ({names}, words counted {MIN_COUNT}+ times)"
    )
    return header(module, source) + "\n".join(sorted(words)) + "\n"
