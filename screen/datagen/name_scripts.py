"""Person names in Arabic, Hebrew, Greek, Devanagari, Hangul, kana and Han script,
each with up to four Latin forms, the most usual first: names are read into Latin
as whole words, not letter by letter (Arabic "كريم" is "karim", not "krym").

Source: rigour 1.0.0's person-name table (Wikidata given and family names in many
scripts; see `_names.py`), the kept extract `sources/rigour-1.0.0-person-scripts.tsv.gz`,
and from its groups (`sources/rigour-1.0.0-person-groups.tsv.gz`) the spellings a
hyphen joins, written together, for the Hangul and Han words of the group:
"正恩" is "jongun" too ("jong-un"), as Latin lists write a Korean given name.

    python -m screen.datagen.name_scripts    # rewrites screen/data/name_scripts.tsv
"""

from __future__ import annotations

from screen.datagen._names import DATA, header, person_groups, person_scripts

TARGET = DATA / "name_scripts.tsv"
LATIN_FORMS = 4


def generate() -> str:
    from screen.text.nametable import key

    table: dict[str, list[str]] = {}
    for form, latin in person_scripts():
        held = table.setdefault(key(form), [])
        for word in latin:
            if word.lower() not in held:
                held.append(word.lower())
    for _, forms in person_groups():
        joined = [f.replace("-", "").lower() for f in forms if "-" in f]
        joined = [f for f in joined if f.isascii() and f.isalpha()]
        for form in forms if joined else ():
            if " " not in form and _east_asian(form):
                held = table.setdefault(key(form), [])
                held.extend(w for w in joined if w not in held)
    lines = (f"{form}\t{' '.join(latin[:LATIN_FORMS])}\n" for form, latin in sorted(table.items()))
    return header("name_scripts") + "".join(lines)


def _east_asian(form: str) -> bool:
    return all("\uac00" <= c <= "\ud7af" or "\u4e00" <= c <= "\u9fff" for c in form)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
