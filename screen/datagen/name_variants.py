"""Spellings of one person name in other languages: "Sergey", "Sergei", "Sergejs",
"Serhiy", "Siarhei" and "Szergej" are one given name; "Lavrov" and "Lavrovs" one
family name.  Each word is listed with the names it is a spelling of, as short ids
(a Wikidata item's number in base 36 after `~`, which no word can be): two words
that share an id are the same name (`parts.py` adds the ids to a part's alts).

Source: rigour 1.0.0's person-name table (Wikidata given and family names, each
with its forms in many scripts; see `_names.py`), the kept extract
`sources/rigour-1.0.0-person-groups.tsv.gz`.  Kept of it:

* Latin forms only (normalised to ASCII), of three letters or more, at least a
  quarter of them vowels (a, e, i, o, u): "fthy" and "srgyy" are consonant
  skeletons read from Arabic script, not spellings;
* not the readings of a Chinese character or a Korean syllable: a name with a
  form of one Han, kana or Hangul character, or written with tone marks
  (hong⁵, wang4) or Bopomofo, has its forms in Mandarin, Cantonese, Korean,
  Japanese and Vietnamese, which are other names to a reader ("Wang" and "Hong");
* of those, the forms spelt like another form of the name (folded, at least half
  their letters in common by Levenshtein distance, or Jaro-Winkler 0.75): 789 forms
  of 87,738 are alike none of their name's others, nearly all an item's stray
  labels ("hamas", "roi" and "venezolano" one name; "rahul" and "tunde";
  "francais" and "seny"), which made "ROI Corporation" HAMAS; a few diminutives go
  with them ("Kasia" of "Katarzyna": `name_aliases.py` keeps nicknames);
* names with two spellings or more that folding (`namefold.py`) does not already
  make one.

The table is sorted, one word a line, and read by bisection (`screen.text.sortedlines`).

    python -m screen.datagen.name_variants    # rewrites screen/data/name_variants.tsv
"""

from __future__ import annotations

import re

from screen.datagen._names import DATA, header, person_groups

TARGET = DATA / "name_variants.tsv"
VARIANT_MARK = "~"
SHORTEST = 3
ALIKE_EDITS, ALIKE_JARO = 0.5, 0.75  # a form spelt like another of its name
VOWELS = frozenset("aeiou")
READINGS = re.compile(r"[0-9\u00b2\u00b3\u00b9\u2070-\u209f\u3100-\u312f\u31a0-\u31bf]")
CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")


def _is_reading(forms: list[str]) -> bool:
    """A Chinese character's or Korean syllable's readings, not a name's spellings."""
    return any(READINGS.search(f) or (len(f) == 1 and CJK.search(f)) for f in forms)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def spelt_alike(words: set[str]) -> set[str]:
    """The words spelt like another of them (folded: Levenshtein similarity 0.5 or
    Jaro-Winkler 0.75)."""
    from rapidfuzz.distance import JaroWinkler, Levenshtein

    from screen.text.namefold import fold

    folded = {w: fold(w) for w in words}

    def alike(a: str, b: str) -> bool:
        return (
            Levenshtein.normalized_similarity(a, b) >= ALIKE_EDITS
            or JaroWinkler.similarity(a, b) >= ALIKE_JARO
        )

    return {w for w in words if any(alike(folded[w], folded[o]) for o in words if o != w)}


def generate() -> str:
    from screen.text.namefold import fold
    from screen.text.normalize import normalize

    ids: dict[str, set[str]] = {}
    for item, forms in person_groups():
        if _is_reading(forms):
            continue
        words = {normalize(f) for f in forms}
        words = {
            w
            for w in words
            if len(w) >= SHORTEST
            and w.isascii()
            and w.isalpha()
            and 4 * sum(c in VOWELS for c in w) >= len(w)
        }
        words = spelt_alike(words)
        if len({fold(w) for w in words}) < 2:
            continue
        name = VARIANT_MARK + _base36(int(item.removeprefix("Q")))
        for word in words:
            ids.setdefault(word, set()).add(name)
    lines = (f"{word}\t{' '.join(sorted(names))}\n" for word, names in sorted(ids.items()))
    return header("name_variants") + "".join(lines)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
