"""Legal forms of companies in many languages, normalised as names are.

Sources: the organisation types of rigour 1.0.0 (ISO 20275 / GLEIF Entity Legal
Forms, OCCRP, Wikipedia; see `_names.py`): every alias, display and compare form;
and the ISO 20275 Entity Legal Forms code list itself (2023-09-28; see `_elf.py`):
every local and transliterated name and abbreviation of every active form,
except those holding a generic word that is no legal form itself ("commercial
bank", "bank llc", "corporacion"): such words already weigh little, and stripping
them would leave "Russian National" of "Russian National Commercial Bank"; and
those in plain English words ("agricultural cooperative", "public company"): the
code list describes as much as it names, and rigour keeps the English forms.
Single words of two letters or less are kept only when they are plainly legal
forms (`SHORT_FORMS`): others of that length are too often a name's own word.
From the code list, whose names include every kind of public body, a single word
is kept only when it is a long compound no English text uses ("aksjeselskap",
"kommanditgesellschaft"; not "fund", "estado", "district"), an abbreviation of
several letters ("sp j", "soc coop"), and no name of more than `LONGEST` words
(definitions, not names a party is written with).

    python -m screen.datagen.legal_forms     # rewrites screen/data/legal_forms.txt
"""

from __future__ import annotations

from screen.datagen import _elf
from screen.datagen._names import DATA, header, rigour

TARGET = DATA / "legal_forms.txt"
SHORT_FORMS = frozenset("ag kg sa bv nv oy ab kk lp co ao ad as".split())
LONGEST = 6  # words of a legal form from the code list
COMPOUND = 10  # letters of a single-word legal form from the code list


def _generic_words() -> frozenset[str]:
    from screen.datagen import generic_words
    from screen.text.orgwords import GENERIC

    return frozenset(GENERIC) | generic_words.symbol_words()


def _from_code_list(form: str, generic: frozenset[str]) -> bool:
    from screen.text.english import is_english_word

    words = form.split()
    if len(words) > LONGEST or any(w in generic for w in words):
        return False
    if all(is_english_word(w) for w in words):
        return False  # English descriptions ("agricultural cooperative"): rigour has the forms
    if len(words) >= 2:
        return sum(len(w) for w in words) >= 3
    return len(form) >= COMPOUND and not is_english_word(form)


def generate() -> str:
    from screen.text.normalize import normalize

    forms: set[str] = set()
    for spec in rigour()["org_types"]:
        for text in (spec.get("display") or "", spec.get("compare") or "", *spec["aliases"]):
            form = normalize(text)
            if not form or not form.isascii():
                continue
            if " " not in form and len(form) <= 2 and form not in SHORT_FORMS:
                continue
            forms.add(form)
    # words that say what a party does ("bank", "commercial") unless already a form
    generic = _generic_words() - {f for f in forms if " " not in f}
    for text in _elf.forms():
        form = normalize(text)
        if form and form.isascii() and _from_code_list(form, generic):
            forms.add(form)
    return header("legal_forms") + "".join(f + "\n" for f in sorted(forms))


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
