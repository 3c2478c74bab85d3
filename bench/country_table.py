"""Country names from a second source, independent of the shipped CLDR table:
how many `screen` resolves.

    python bench/country_table.py [--misses]

Source: pycountry's ISO 3166-1 names and their translations (the Debian
iso-codes project's gettext catalogues), not CLDR.  For each of 36 countries
common in trade files and each of 18 languages: the translated ISO short name
(often a formal one: "Korea, Demokratische Volksrepublik") and the translated
common name where ISO gives one.  Prints, per language, how many resolve to the
right country, to another one (wrong), or to none.  The hand-curated common
names of tests/test_country_names.py are the test; this is the harder figure.
"""

from __future__ import annotations

import gettext
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
COUNTRIES = (
    "RU CN US JP DE FR GB IT ES KR KP IN BR TR UA BY KZ UZ KG TJ AM GE AZ IR IQ SY AE SA IL "
    "EG NL PL VN TH ID MY"
).split()
LANGUAGES = "en de fr es it pt nl pl cs ru uk tr ar fa ja zh_CN ko vi".split()


def table() -> list[tuple[str, str, str]]:
    import pycountry

    rows: list[tuple[str, str, str]] = []
    for language in LANGUAGES:
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=language == "en"
        ).gettext
        for code in COUNTRIES:
            country = pycountry.countries.get(alpha_2=code)
            names = [country.name, getattr(country, "common_name", None)]
            for name in dict.fromkeys(n for n in names if n):
                rows.append((language, code, translate(name)))
    return rows


def main() -> None:
    rows = table()
    from screen.matching.countryscan import resolve_countries

    right, wrong, none = Counter(), Counter(), Counter()
    misses = []
    for language, code, name in rows:
        found = resolve_countries(name)
        if found == (code,):
            right[language] += 1
        elif found:
            wrong[language] += 1
            misses.append(f"  wrong {language} {code} {name!r} -> {found}")
        else:
            none[language] += 1
            misses.append(f"  none  {language} {code} {name!r}")
    print(f"{'language':8} {'names':>5} {'right':>6} {'wrong':>5} {'none':>5}")
    for language in LANGUAGES:
        n = right[language] + wrong[language] + none[language]
        print(f"{language:8} {n:>5} {right[language]:>6} {wrong[language]:>5} {none[language]:>5}")
    total = len(rows)
    print(
        f"{'all':8} {total:>5} {sum(right.values()):>6} {sum(wrong.values()):>5} "
        f"{sum(none.values()):>5}  ({sum(right.values()) / total:.1%} right)"
    )
    if "--misses" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
