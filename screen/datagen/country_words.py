"""Every word of every country name the country table reads, normalised and
sorted, so that a name field can tell that a word may belong to a country's name
("Korea" of "DPR Korea", "PDR" of "Lao PDR") without building that table
(`matching.countries`, 150 ms): `matching/names/inside.py` asks the table only
about a text holding such a word.

Source: `data/countries.tsv`, `data/country_names.tsv` and `data/country_aliases.tsv`
(the country table's own files), each name normalised and split into words, and
the names of `data/country_keys.tsv` as the table reads them.

    python -m screen.datagen.country_words   # rewrites screen/data/country_words.txt
"""

from __future__ import annotations

from screen.datagen._names import DATA, data_rows, word_table

TARGET = DATA / "country_words.txt"


def _labels() -> list[str]:
    names = [n for row in data_rows("countries.tsv") for n in row[2:]]
    names += [row[0] for row in data_rows("country_names.tsv")]
    return names + [row[1] for row in data_rows("country_aliases.tsv")]


def generate() -> str:
    from screen.text.normalize import normalize

    words = {w for label in _labels() for w in normalize(label).split()}
    # and the keys as the table reads them (a Traditional name in Simplified too)
    words |= {w for row in data_rows("country_keys.tsv") if row[0] == "n" for w in row[1].split()}
    source = "screen/data/countries.tsv, country_names.tsv, country_aliases.tsv, country_keys.tsv"
    return word_table("country_words", source + " (words of country names)", words)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
