"""Person names in Arabic, Hebrew, Greek, Devanagari, Hangul, kana and Han script,
each with up to four Latin forms, the most usual first: names are read into Latin
as whole words, not letter by letter (Arabic "كريم" is "karim", not "krym").

Source: rigour 1.0.0's person-name table (Wikidata given and family names in many
scripts; see `_names.py`), the kept extract `sources/rigour-1.0.0-person-scripts.tsv.gz`.

    python -m screen.datagen.name_scripts    # rewrites screen/data/name_scripts.tsv
"""

from __future__ import annotations

from screen.datagen._names import DATA, header, person_scripts

TARGET = DATA / "name_scripts.tsv"
LATIN_FORMS = 4


def generate() -> str:
    from screen.text.scriptnames import key

    table: dict[str, list[str]] = {}
    for form, latin in person_scripts():
        held = table.setdefault(key(form), [])
        for word in latin:
            if word.lower() not in held:
                held.append(word.lower())
    lines = (f"{form}\t{' '.join(latin[:LATIN_FORMS])}\n" for form, latin in sorted(table.items()))
    return header("name_scripts") + "".join(lines)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
