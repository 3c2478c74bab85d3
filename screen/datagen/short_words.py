"""Short words of other languages, common enough to stand in any sentence of theirs
("sem", without, and "tem", has, in Portuguese; "con", "per", "und"), that no
English word list holds: written in small letters, such a word is no acronym that
a goods term writes in capitals (`matching/phrases.py`: "Fone de ouvido sem fio" is a
wireless headset, no SEM, a scanning electron microscope; "tem garantia" no TEM).

Source: pyspellchecker's Spanish, French, Portuguese, German, Italian and Dutch
frequency dictionaries (OpenSubtitles and Wiktionary word counts): words of two to
four letters counted `MIN_COUNT` times or more, normalised as the matcher reads them,
less the English words of `data/english_words.txt` ("con", "per" stay: no English
word list holds them; "die", "den", "son" go).

python -m screen.datagen.short_words  # rewrites screen/data/short_words.txt
"""

from __future__ import annotations

from importlib.metadata import version

from screen.datagen._names import DATA, header
from screen.text.english import is_english_word
from screen.text.normalize import normalize

TARGET = DATA / "short_words.txt"
LANGUAGES = ("es", "fr", "pt", "de", "it", "nl")
MIN_COUNT = 10_000
SHORTEST, LONGEST = 2, 4


def generate() -> str:
    from spellchecker import SpellChecker

    words = set()
    for language in LANGUAGES:
        counts = SpellChecker(language=language, distance=1).word_frequency.dictionary
        for word, count in counts.items():
            norm = normalize(word)
            if (
                count >= MIN_COUNT
                and SHORTEST <= len(norm) <= LONGEST
                and norm.isalpha()
                and norm.isascii()
                and not is_english_word(norm)
            ):
                words.add(norm)
    source = (
        f"pyspellchecker {version('pyspellchecker')} (Spanish, French, Portuguese, German,"
        f" Italian, Dutch: words of {SHORTEST}-{LONGEST} letters counted {MIN_COUNT}+ times,"
        " no English word)"
    )
    return header("short_words", source) + "\n".join(sorted(words)) + "\n"


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
