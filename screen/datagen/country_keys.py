"""Country and city names as the matcher looks them up, normalised at build time:
`matching.countries` reads them as written instead of normalising 9,000 country
names and 9,600 city names on a cold start (about 0.3 s: a list's country fields
and a run's country column need them).

Sources: `data/countries.tsv` (ISO 3166, pycountry), `data/country_names.tsv`
(CLDR names and iso-codes formal names, `countries.py`; a Traditional Chinese
name in Simplified characters too), `data/country_aliases.tsv` (curated) and
`data/cities.tsv` (GeoNames, `cities.py`) and `data/subdivisions.tsv` (ISO 3166-2,
`subdivisions.py`), each name normalised and kept as the
matcher keeps it: a CLDR name two countries share names neither, an alias wins,
a short Latin name is left out.

    python -m screen.datagen.country_keys   # rewrites screen/data/country_keys.tsv
"""

from __future__ import annotations

from screen.datagen._names import DATA, data_rows, header

TARGET = DATA / "country_keys.tsv"
SHORTEST = 3  # as `matching.countries.SHORTEST` (a test holds the two alike)
NAME, CITY, REGION = "n", "c", "s"  # what a row of the table is


def _long_enough(key: str, shortest: int) -> bool:
    return not key.isascii() or len(key.replace(" ", "")) >= shortest


def generate() -> str:
    from screen.text.normalize import normalize
    from screen.text.tokens import simplify

    names: dict[str, str] = {}
    for row in data_rows("countries.tsv"):
        for label in row[2:]:
            names.setdefault(normalize(label), row[0])
    cldr: dict[str, set[str]] = {}
    for label, code in data_rows("country_names.tsv"):
        key = normalize(label)
        if _long_enough(key, SHORTEST):
            # a Traditional Chinese name in Simplified too, where the source has only
            # one of the two ("俄羅斯聯邦", the iso-codes zh_TW formal name: "俄罗斯联邦")
            for form in dict.fromkeys((key, simplify(key))):
                cldr.setdefault(form, set()).add(code)
    for key, found in cldr.items():
        if len(found) == 1:  # a form two countries share names neither
            names.setdefault(key, found.pop())
    for code, label in data_rows("country_aliases.tsv"):
        names[normalize(label)] = code
    cities: dict[str, tuple[str, str]] = {}
    for label, code, city in data_rows("cities.tsv"):  # most populous first
        key = normalize(label)
        if _long_enough(key, SHORTEST + 1):
            cities.setdefault(key, (code, city))
    regions: dict[str, tuple[str, str]] = {}
    for label, code, iso in data_rows("subdivisions.tsv"):
        key = normalize(label)
        if key not in names and key not in cities:  # a country's, a city's name first
            regions.setdefault(key, (code, iso))
    rows = [f"{NAME}\t{key}\t{code}\n" for key, code in names.items()]
    rows += [f"{CITY}\t{key}\t{code}\t{city}\n" for key, (code, city) in cities.items()]
    rows += [f"{REGION}\t{key}\t{code}\t{iso}\n" for key, (code, iso) in regions.items()]
    source = (
        "screen/data/countries.tsv, country_names.tsv, country_aliases.tsv, cities.tsv, "
        "subdivisions.tsv"
    )
    return header("country_keys", f"{source} (normalised)") + "".join(rows)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
