"""Country names and codes, all resolved to an ISO 3166 alpha-2 code.

Data (generated tables from kept sources, and a curated list):

* `data/countries.tsv`: ISO 3166-1 codes and English names (from pycountry);
* `data/country_names.tsv`: CLDR names in 56 languages (`screen/datagen/countries.py`);
* `data/country_aliases.tsv`: trade, customs and UN short forms ("Korea, Dem.
  People's Rep.", "DPR Korea", "Congo, Dem. Rep.") and native names, curated;
* `data/cities.tsv`: cities of 300,000 people or more (`screen/datagen/cities.py`),
  for the message that a field names a city, not a country;
* `data/subdivisions.tsv`: first-level regions of ISO 3166-2 (states, provinces,
  republics: "Dagestan", "Idaho"; `screen/datagen/subdivisions.py`), places of a
  route or an address as cities are;
* `data/country_keys.tsv`: the names of all of these normalised at build time
  (`screen/datagen/country_keys.py`), which is what is read.

A field may name several countries ("Kazakhstan/Russia", "via Kazakhstan to
Russia"): `countryscan.resolve_countries` returns each, in order.
There is no substring fallback: a field is a known name (in any word order,
with the usual abbreviations), a misspelt one, or a sequence of known names and
connecting words; anything else is unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from screen.text.lazyre import deferred
from screen.text.normalize import normalize
from screen.text.shipped import Shipped, data_lines
from screen.text.sortedlines import SortedTable
from screen.tuples import NamedTuple

SHORTEST = 3  # Latin (or transliterated) names shorter than this are left out ("Ý")
# Words that do not change which country a name means ("Republic of the Congo"
# and "Congo, Republic of" alike), and the abbreviations of trade and UN lists.
STOPWORDS = frozenset({"of", "the", "and", "sar"})
ABBREVIATIONS = {
    "dem": "democratic",
    "rep": "republic",
    "fed": "federation",
    "sts": "states",
    "st": "saint",
    "is": "islands",
    "isl": "islands",
    "pdr": "peoples democratic republic",
    "u": "united",
}

# Codes outside ISO 3166-1 that trade and customs data use (the EU, the IMF, GeoNames).
USER_ASSIGNED = (("XK", "XKX", "Kosovo"),)


class Countries(NamedTuple):
    names: Mapping[str, str]  # normalised name -> alpha-2 (a `SortedTable`)
    codes: dict[str, str]  # alpha-2 and alpha-3 code, lower case -> alpha-2
    display: dict[str, str]  # alpha-2 -> English short name
    longest: int  # words in the longest name

    def name_of(self, code: str) -> str:
        return self.display.get(code, code)


class Places(NamedTuple):
    """What only a field naming a place but no country by its code or name needs: more
    than half of the table, so a run reads it from the cache only then."""

    cities: dict[str, tuple[str, str]]  # normalised city name -> (alpha-2, name)
    regions: dict[str, tuple[str, str]]  # a state's, a province's -> (alpha-2, ISO 3166-2)


def _rows(filename: str) -> list[list[str]]:
    return [line.split("\t") for line in data_lines(filename)]


def bag(key: str) -> str:
    """A name's words, abbreviations spelt out, stopwords left out, sorted."""
    words = " ".join(ABBREVIATIONS.get(w, w) for w in key.split()).split()
    return " ".join(sorted(w for w in words if w not in STOPWORDS))


Pairs = dict[str, tuple[str, str]]
Bags = Mapping[str, str]  # a name's words, sorted, stopwords out (`bag`) -> alpha-2


def _keys() -> tuple[dict[str, str], Pairs, Pairs]:
    """The names of countries, cities and first-level regions, normalised at build
    time (`data/country_keys.tsv`, `screen/datagen/country_keys.py`), in its order."""
    names: dict[str, str] = {}
    places: dict[str, Pairs] = {"c": {}, "s": {}}
    for row in _rows("country_keys.tsv"):
        if row[0] == "n":
            names[row[1]] = row[2]
        else:
            places[row[0]][row[1]] = (row[2], row[3])
    return names, places["c"], places["s"]


def build_countries() -> Countries:
    """The table from the shipped files; runs take it from the on-disk cache
    (`use_countries`)."""
    codes: dict[str, str] = {}
    display: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        alpha2, alpha3, *labels = row
        display[alpha2] = labels[-1] if len(labels) > 2 else labels[0]
        codes[alpha2.lower()] = codes[alpha3.lower()] = alpha2
    names = _keys()[0]
    display["RU"] = "Russia"
    for alpha2, alpha3, name in USER_ASSIGNED:
        display[alpha2] = name
        codes[alpha2.lower()] = codes[alpha3.lower()] = alpha2
    longest = max(len(k.split()) for k in names)
    return Countries(SortedTable.of(names), codes, display, longest)


def build_bags() -> Bags:
    """Names in any word order (`Bags`), from the names."""
    names = countries().names
    bags: dict[str, str] = {}
    shared: set[str] = set()
    for key, code in names.items():
        words = bag(key)
        if words in bags and bags[words] != code:
            shared.add(words)
        bags.setdefault(words, code)
    for words in shared:  # a bag two countries share names neither
        del bags[words]
    return SortedTable.of(bags, ordered=False)  # (only ever looked up)


def build_places() -> Places:
    """Cities and first-level regions, from the shipped files."""
    return Places(*_keys()[1:])


CACHES: list[Callable[[], None]] = []  # cleared when the table changes (see countryscan)


def _clear_caches() -> None:
    whole_country.cache_clear()
    _words_of.cache_clear()
    for clear in CACHES:
        clear()


_COUNTRIES = Shipped(build_countries, _clear_caches)


def countries() -> Countries:
    return _COUNTRIES.get()


def use_countries(table: Countries) -> None:
    """Use `table` (built earlier by `build_countries`, e.g. read from a cache)."""
    _COUNTRIES.use(table)


_PLACES, _BAGS = Shipped(build_places, _clear_caches), Shipped(build_bags, _clear_caches)


def places() -> Places:
    return _PLACES.get()


def defer_places(load: Callable[[], Places], bags: Callable[[], Bags] = build_bags) -> None:
    """Take the places from `load`, the names in any word order from `bags` (cache
    reads, each apart) when first needed."""
    _PLACES.defer(load)
    _BAGS.defer(bags)


def _allowed_typos(length: int) -> int:
    # Short names are too close to each other for typo tolerance ("Iran"/"Oman").
    if length < 6:
        return 0
    return 1 if length < 10 else 2


def name_code(key: str) -> str | None:
    """The code of one normalised name: as written, in any word order, with its
    abbreviations spelt out ("korea north", "congo dem rep")."""
    return countries().names.get(key) or _BAGS.get().get(bag(key))


def _whole(text: str, key: str) -> str | None:
    written = text.strip()
    if written.isascii() and key in countries().codes and (len(key) == 2 or written.isupper()):
        # a code: two letters, or three in capitals ("NGA", but "Nga" is Vietnamese
        # for Russia, and "مصر" is no "MSR")
        return countries().codes[key]
    found = name_code(key)
    if found:
        return found
    if "," in text:  # "Korea, North"; "Congo, Dem. Rep."
        head, _, tail = text.partition(",")
        found = name_code(normalize(f"{tail} {head}"))
    if not found and "," in text:  # "Russia, Federation of": a name, then its kind
        found = _kind_after(normalize(head), normalize(tail))
    if not found and "(" in text:  # "Korea (North)", "Korea (DPRK)"
        head, _, tail = text.partition("(")
        found = name_code(normalize(f"{tail.rstrip(') ')} {head}"))
    if found:
        return found
    found = _abbreviated(text)
    if found:
        return found
    limit = _allowed_typos(len(key))
    if limit:
        candidates = [n for n in countries().names if len(n) >= 6]
        near = process.extractOne(key, candidates, scorer=OSA.distance, score_cutoff=limit)
        if near is not None and not _grown(key, near[0]):
            return countries().names[near[0]]
    return None


@lru_cache(maxsize=1)
def _words_of() -> dict[str, frozenset[str]]:
    """alpha-2 -> every word of the country's English names (ISO 3166 and the
    curated English forms)."""
    words: dict[str, set[str]] = {}
    for name, code in _english_names().items():
        words.setdefault(code, set()).update(name.split())
    return {code: frozenset(found) for code, found in words.items()}


def _kind_after(head: str, tail: str) -> str | None:
    """The country of "Russia, Federation of" (ERP lists put the kind of state after
    the name): the head names a country and every word of the tail is a word of that
    country's English names ("federation": "Russian Federation"), else None."""
    code = name_code(head)
    kind = [ABBREVIATIONS.get(w, w) for w in tail.split() if w not in STOPWORDS]
    if code is None or not kind:
        return None
    return code if all(w in _words_of().get(code, ()) for w in kind) else None


def _grown(key: str, name: str) -> bool:
    """Is `key` a whole name with letters put before it ("prussia": "russia")? (Another word.)"""
    return len(key) > len(name) and key.endswith(name) and " " not in key[: -len(name)]


DOTTED = deferred(r"(\w+)(\.?)")


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    """The ISO names and the curated aliases (English trade forms, transliterations),
    normalised: what an abbreviation with full stops abbreviates."""
    out = {normalize(name): row[0] for row in _rows("countries.tsv") for name in row[2:]}
    out.update((normalize(row[1]), row[0]) for row in _rows("country_aliases.tsv"))
    return out


def _abbreviated(text: str) -> str | None:
    """The country of a name with its words cut short and marked with a full stop
    ("N. Korea", "Russ. Fed.", "S. Africa"): every name whose words, in order,
    begin with those written (and equal the others) names that country, else None."""
    if "." not in text:
        return None
    written = [(normalize(w), bool(dot)) for w, dot in DOTTED.findall(text)]
    if not any(dot for _, dot in written):
        return None
    found = set()
    for name, code in _english_names().items():
        words = name.split()
        if len(words) == len(written) and all(
            w.startswith(k) if dot else w == k for w, (k, dot) in zip(words, written, strict=True)
        ):
            found.add(code)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def whole_country(text: str) -> str | None:
    """The country the whole of `text` names (a code, a name in any language or
    word order, a misspelt name), or None."""
    key = normalize(text)
    return _whole(text, key) if key else None


def suggest_countries(text: str, limit: int = 3) -> list[str]:
    """English names close to `text`, for a "did you mean" message."""
    names = {normalize(n): n for n in countries().display.values()}
    found = process.extract(normalize(text), list(names), limit=limit)
    return [names[name] for name, _score, _ in found]


def city_of(text: str) -> tuple[str, str] | None:
    """(alpha-2, city name) when `text` is a city rather than a country."""
    return places().cities.get(normalize(text))


def region_of(text: str) -> tuple[str, str] | None:
    """(alpha-2, ISO 3166-2 code) when `text` is a country's first-level region."""
    return places().regions.get(normalize(text))
