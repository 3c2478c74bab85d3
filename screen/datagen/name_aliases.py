"""Words that stand for one another in names: nicknames ("bill" for "william"),
abbreviations ("intl" for "international") and the same organisation word in
other languages ("banco", "bank").  One line per group: the canonical word, then
the words that stand for it.

Sources (see `_names.py`): the nicknames package's English names, the business
abbreviations kept by hand, rigour's organisation symbols.

    python -m screen.datagen.name_aliases    # rewrites screen/data/name_aliases.tsv
"""

from __future__ import annotations

from screen.datagen._names import DATA, abbreviations, header, nicknames, rigour
from screen.datagen.generic_words import words

TARGET = DATA / "name_aliases.tsv"


def generate() -> str:
    from screen.text.normalize import normalize

    groups: dict[str, set[str]] = {}
    for symbol, variants in rigour()["org_symbols"].items():
        found = words(variants)
        if len(found) > 1:
            groups.setdefault(symbol.lower(), set()).update(found)
    for name, nick in nicknames():
        name, nick = normalize(name), normalize(nick)
        if name.isalpha() and nick.isalpha() and name != nick:
            groups.setdefault(name, {name}).add(nick)
    for word, short in abbreviations():
        groups.setdefault(word, {word}).update(short)
    lines = (
        "\t".join([canonical, *sorted(members - {canonical})]) + "\n"
        for canonical, members in sorted(groups.items())
    )
    return header("name_aliases") + "".join(lines)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
