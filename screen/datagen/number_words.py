"""Numbers written in words in the languages of the names on the lists besides
English (Spanish, Portuguese, French, Italian, German, Dutch): "veintinueve",
"treinta y tres", "dos mil", "quatre-vingt-dix", "dreiunddreissig".

Source: num2words (its cardinal words for 0-99, the hundreds and the thousands up
to 9,000 in each language), normalised as names are, one phrase a line with its
value.  English number words are read by `screen/text/numbers.py` itself.

    python -m screen.datagen.number_words    # rewrites screen/data/number_words.tsv
"""

from __future__ import annotations

from importlib.metadata import version

from screen.datagen._names import DATA, header

TARGET = DATA / "number_words.tsv"
LANGUAGES = ("es", "pt", "fr", "it", "de", "nl")
VALUES = (*range(100), *range(100, 1000, 100), *range(1000, 10000, 1000))


def generate() -> str:
    from num2words import num2words

    from screen.text.normalize import normalize

    found: dict[str, int] = {}
    for language in LANGUAGES:
        for value in VALUES:
            phrase = normalize(num2words(value, lang=language))
            if phrase and phrase.replace(" ", "").isalpha():
                found.setdefault(phrase, value)  # (the first language's, where two differ)
    source = (
        f"num2words {version('num2words')} ({', '.join(LANGUAGES)}: 0-99, hundreds,"
        " thousands to 9000): phrase<TAB>value"
    )
    return header("number_words", source) + "".join(f"{p}\t{v}\n" for p, v in sorted(found.items()))


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
