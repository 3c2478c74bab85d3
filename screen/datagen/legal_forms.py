"""Legal forms of companies in many languages, normalised as names are.

Source: the organisation types of rigour 1.0.0 (ISO 20275 / GLEIF Entity Legal
Forms, OCCRP, Wikipedia; see `_names.py`): every alias, display and compare form.
Single words of two letters or less are kept only when they are plainly legal
forms (`SHORT_FORMS`): others of that length are too often a name's own word.

    python -m screen.datagen.legal_forms     # rewrites screen/data/legal_forms.txt
"""

from __future__ import annotations

from screen.datagen._names import DATA, header, rigour

TARGET = DATA / "legal_forms.txt"
SHORT_FORMS = frozenset("ag kg sa bv nv oy ab kk lp co ao ad as".split())


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
    return header("legal_forms") + "".join(f + "\n" for f in sorted(forms))


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
