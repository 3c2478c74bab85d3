"""English words made from one another by an ending, for meeting a party's kind
word in another form: "Charitable" and CHARITY, "Commerce" and COMMERCIAL,
"Machine" and MACHINERY, "Engineering" and ENGINEERS, "Trading" and TRADE,
"Technology" and TECHNICAL (`screen/text/derived.py`).

Source: the English words of pyspellchecker (`data/english_words.txt`).  A word's
roots are the word itself (its own root, as a noun) and the word without each
ending it has, of five letters or more: an adjective's (-able, -ible, -ical, -ial,
-al, -ic, the root's last "i" or "y" dropped too: industri-al, industr-y), a
collective noun's (-ery: machin-ery), a field's (-ology, -ics: techn-ology,
aeronaut-ics), an activity's or an agent's (-ing, -er, with a final "e" back
where that spells a word: trad-ing, trade), a noun's (-ies, -y, -e).  A root is
written for a word only where another English word has it in another class (an
adjective's and a noun's: "general" and "generic" are two adjectives, two
words): one line per word, its roots with their classes.

    python -m screen.datagen.derived_roots     # rewrites screen/data/derived_roots.tsv
"""

from __future__ import annotations

from screen.datagen._names import DATA, data_rows, header

TARGET = DATA / "derived_roots.tsv"
SHORTEST = 5  # letters of a root ("medic-al" is no "medi-a")
ENDINGS = (  # (ending, the class of word it makes), longest first
    ("ology", "field"),
    ("able", "adjective"),
    ("ible", "adjective"),
    ("ical", "adjective"),
    ("ial", "adjective"),
    ("ics", "field"),
    ("ery", "collective"),
    ("ing", "activity"),
    ("ies", "noun"),
    ("al", "adjective"),
    ("ic", "adjective"),
    ("er", "agent"),
    ("y", "noun"),
    ("e", "noun"),
)


def roots(word: str, known: set[str]) -> set[tuple[str, str]]:
    """(root, class) of an English word: itself as a noun, and its endings' roots."""
    out = {(word, "noun")}
    for ending, kind in ENDINGS:
        if not word.endswith(ending):
            continue
        root = word[: -len(ending)]
        forms = {root, root.rstrip("iy")}
        if kind in ("activity", "agent") and root + "e" in known:
            forms = {root + "e"}  # (trad-ing: trade; manufactur-er: manufacture)
        out.update((form, kind) for form in forms if len(form) >= SHORTEST)
    return out


def generate() -> str:
    known = {row[0] for row in data_rows("english_words.txt")}
    of = {word: roots(word, known) for word in known if len(word) >= SHORTEST}
    classes: dict[str, set[str]] = {}
    for found in of.values():
        for root, kind in found:
            classes.setdefault(root, set()).add(kind)
    rows = []
    for word in sorted(of):
        shared = sorted(f"{root}:{kind}" for root, kind in of[word] if len(classes[root]) > 1)
        if shared:
            rows.append(f"{word}\t{' '.join(shared)}\n")
    source = "screen/data/english_words.txt (roots shared by words of two classes)"
    return header("derived_roots", source) + "".join(rows)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
