"""Countries a shipment names outside its country field.

A party's address ("Astana Trade LLP, ship-to: ul. Tverskaya 7, Moscow, Russia",
"Gulf Star FZE c/o OOO Tekhnopark, Moscow", "(end user: JSC Rostec, Moscow)") and
the description's own words ("re-export to Russia", "for the Russian Ministry of
Defence", "最終仕向地ロシア"; "of Russian origin", "ロシア産") say where goods may go or
come from, whatever the country field says: the diversion red flags of BIS's "Know
your customer" guidance and the G7's anti-circumvention guidance.

* In a party or address field, each piece between separators (commas, brackets,
  colons, slashes) is read as a country field's piece is, a city naming its country
  ("г. Москва": Russia): a piece that is wholly places, linking words, codes and
  numbers. A party field's first piece is the party's own name ("Russian Tea House
  Ltd", "Rossiya", "Moscow Mule Bar"), never read. A place counts only when the piece
  after it agrees: nothing, a street or a house, the same country, or a label
  ("ship-to"); not a piece naming nothing known ("Moscow, Idaho") or another country
  ("Georgia, USA").
* In a description, a country's name (or its English adjective, "Russian") counts
  only beside a word of `data/trade_cues.tsv` that gives it a role: a destination
  ("to", "for", "仕向地", "向け") or an origin ("origin", "made in", "産", "产"); so
  does a big city's name after such a word ("Final dest: Moscow", "from Kazan"),
  and a city's or a country's after a route's arrow ("Narita -> Moscow SVO").
"""

from __future__ import annotations

import re
from functools import lru_cache

from screen.matching.countries import (
    ABBREVIATIONS,
    STOPWORDS,
    countries,
    name_code,
    places,
    whole_country,
)
from screen.matching.countryscan import resolve_countries, scan
from screen.matching.countrytowns import name_words, town_of
from screen.matching.inflection import nominative_code
from screen.matching.streets import is_street_word
from screen.text.lazyre import deferred
from screen.text.normalize import is_cjk, normalize
from screen.text.shipped import data_lines
from screen.text.tokens import analyze
from screen.tuples import NamedTuple

_PIECES = r"[,;:()\[\]/|\n，；：（）、]|\s[-–—]\s"
PIECES = deferred(_PIECES)
# a route's arrows ("Hong Kong -> Moscow"), and a country field's pieces: an
# address's, and a route's steps
_ARROWS = r"→|->|=>|>"
ARROW = deferred(_ARROWS)
STEPS = deferred(_ARROWS + "|" + _PIECES)
NAME_FIELDS = ("consignee", "end_user")
DESTINATION, ORIGIN, ADDRESS = "destination", "origin", "address"
WINDOW = 2  # words between a cue before a name and the name ("to the", "for the")
ADJECTIVE_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ese", ""), ("ese", "a"), ("i", ""))
SHORTEST_ADJECTIVE = 5


class Named(NamedTuple):
    """A country a field names as a place: its code, role, the user's words, how."""

    code: str
    role: str  # ADDRESS (either way), DESTINATION or ORIGIN
    quote: str
    how: str


class Cues(NamedTuple):
    before: dict[str, frozenset[str]]  # role -> normalised words before a name
    after: dict[str, frozenset[str]]  # role -> words after it
    cjk: tuple[tuple[str, str, str], ...]  # (role, place, word) of unspaced scripts


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The words of `data/trade_cues.tsv`, normalised."""
    before: dict[str, set[str]] = {DESTINATION: set(), ORIGIN: set()}
    after: dict[str, set[str]] = {DESTINATION: set(), ORIGIN: set()}
    cjk: list[tuple[str, str, str]] = []
    for line in data_lines("trade_cues.tsv"):
        role, place, _language, words = line.split("\t")
        for word in words.split():
            key = normalize(word)
            (before if place == "before" else after)[role].update(key.split())
            if all(is_cjk(c) for c in key):
                cjk.append((role, place, key))
    return Cues(
        {r: frozenset(w) for r, w in before.items()},
        {r: frozenset(w) for r, w in after.items()},
        tuple(sorted(cjk, key=lambda c: -len(c[2]))),
    )


def _country(code: str) -> str:
    return countries().name_of(code)


def _place_codes(piece: str) -> tuple[str, ...] | None:
    key = normalize(piece)
    return scan(piece, key, cities=True) if key else ()


def _street(piece: str) -> bool:
    """A street, a house or a postcode: a street word or a number in the piece."""
    return any(is_street_word(w) or w.isdigit() for w in normalize(piece).split())


def _how(piece: str, code: str) -> str:
    key = normalize(piece).removeprefix("g ").strip()
    city, region = places().cities.get(key), places().regions.get(key)
    if city is not None and city[0] == code:
        return f"a city of {_country(code)}"
    if region is not None and region[0] == code:
        return f"a region of {_country(code)}, {region[1]}"
    return f"a place in {_country(code)}"


def own_name(text: str) -> str:
    """A party field's first piece: the party's own name ("Donetsk Coal Museum Trust"
    of "Donetsk Coal Museum Trust (UK)")."""
    return next((p.strip() for p in PIECES.split(text) if p and p.strip()), "")


def after_own_name(text: str) -> str:
    """What follows a party field's own name: its address pieces ("Mariupol 87500" of
    "Azov Trade, Mariupol 87500"), "" when the field is its name alone."""
    for m in PIECES.finditer(text):
        if text[: m.start()].strip():
            return text[m.end() :]
    return ""


@lru_cache(maxsize=4096)
def address_places(field: str, text: str) -> tuple[Named, ...]:
    """The countries a party's or an address field names as places, in order."""
    pieces = [p.strip() for p in PIECES.split(text) if p and p.strip()]
    out: dict[str, Named] = {}
    start = 1 if field in NAME_FIELDS else 0  # a party's own name comes first
    for i in range(start, len(pieces)):
        codes = _place_codes(pieces[i])
        if not codes:
            continue
        if i + 1 < len(pieces):
            after = _place_codes(pieces[i + 1])
            if after is None and not _street(pieces[i + 1]):
                continue  # "Moscow, Idaho": the town of another country's region
            if after and set(after) != set(codes):
                continue  # "Georgia, USA": a region of the country after it
        for code in codes:
            out.setdefault(code, Named(code, ADDRESS, pieces[i], _how(pieces[i], code)))
    return tuple(out.values())


def _names_countries(piece: str) -> bool:
    return not any(c.isdigit() for c in piece) and bool(resolve_countries(piece))


@lru_cache(maxsize=4096)
def field_towns(text: str) -> tuple[Named, ...]:
    """The big cities a country field names right beside a country ("Moscow,
    Kazakhstan", "St Petersburg, RU", "Kazakhstan (Moscow)") or as a route's step
    after or before one ("Hong Kong -> Moscow"), each as a place of its
    country (the most populous city of the name): a city of a country the field does
    not name is a review. A city beside anything else is not counted: a region, a
    street or a postcode, whose town a namesake may be ("St. Petersburg, Florida,
    USA", "Moscow, ID 83843, USA")."""
    pieces = [p.strip() for p in STEPS.split(text) if p and p.strip()]
    out: dict[str, Named] = {}
    for i, piece in enumerate(pieces):
        city = None if whole_country(piece) else town_of(piece, small=False)
        after, before = pieces[i + 1 : i + 2], pieces[max(i - 1, 0) : i]
        beside = after or before  # the piece before it when the city ends the field
        if city is not None and any(map(_names_countries, beside)):
            how = f"a city of {_country(city[0])}"
            how = how if normalize(piece) == normalize(city[1]) else f"{city[1]}, {how}"
            out.setdefault(city[0], Named(city[0], ADDRESS, piece, how))
    return tuple(out.values())


def _adjective(word: str) -> str | None:
    """The country an English adjective of its name stands for ("russian",
    "chinese", "iranian"), or None."""
    if len(word) < SHORTEST_ADJECTIVE or not word.isascii():
        return None
    for ending, restored in ADJECTIVE_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)] + restored
            code = name_code(stem) if len(stem) >= SHORTEST_ADJECTIVE - 1 else None
            if code:
                return code
    return None


def _name_word(word: str) -> bool:
    return word in name_words() or word in STOPWORDS or word in ABBREVIATIONS


def _named_at(words: list[str], i: int, text: str, capitals: set[str]) -> tuple[str, int] | None:
    """(code, words) of a country's name, its code written in capitals ("origin: RU"),
    its English adjective or its Russian case form at word i."""
    run = 0  # the words from i that could belong to a country's name
    while i + run < len(words) and run < countries().longest and _name_word(words[i + run]):
        run += 1
    for size in range(run, 0, -1):
        code = name_code(" ".join(words[i : i + size]))
        if code and (size > 1 or len(words[i]) > 3 or not words[i].isascii()):
            return code, size
    if words[i] in capitals and words[i] in countries().codes:
        return countries().codes[words[i]], 1
    code = _adjective(words[i]) or nominative_code(text, words[i])
    return (code, 1) if code else None


def _spaced(text: str) -> list[Named]:
    analyzed = analyze(text)
    tokens = analyzed.tokens
    words = [t.text for t in tokens]
    capitals = {normalize(w) for w in re.findall(r"\w+", text) if w.isupper()}
    before, after = cues().before, cues().after
    out: list[Named] = []
    i = 0
    while i < len(words):
        found = _named_at(words, i, text, capitals) or _city_at(
            words, i, analyzed.quote(tokens[i].start, tokens[i].start + 1)
        )
        if found is None:
            i += 1
            continue
        code, size, *city = found
        first, last = max(0, i - WINDOW), min(len(words), i + size + 1) - 1
        quote = analyzed.quote(tokens[first].start, tokens[last].end)
        what = f"{city[0]}, a city of {_country(code)}," if city else _country(code)
        if i and ARROW.search(analyzed.quote(tokens[i - 1].start, tokens[i].end)):  # ("A -> B")
            how = f"the route's '->' makes {what} the {DESTINATION}"
            out.append(Named(code, DESTINATION, quote, how))
        for role in (DESTINATION, ORIGIN):
            near = [*range(first, i), *(() if city else range(i + size, last + 1))]
            cue = next((j for j in near if words[j] in (before if j < i else after)[role]), None)
            if cue is not None:
                said = analyzed.quote(tokens[cue].start, tokens[cue].end)
                out.append(Named(code, role, quote, f"'{said}' makes {what} the {role}"))
        i += size
    return out


CITY_WORDS = 3  # words of the longest big city's name read ("nizhny novgorod")


def _city_at(words: list[str], i: int, first: str) -> tuple[str, int, str] | None:
    """(code, words, name) of a big city (`data/cities.tsv`) named at word i, as a
    name is written: with a capital (`first`, its first letter; "to Perm", not a
    "perm" of hair, nor "nice")."""
    if first.islower():
        return None
    for size in range(min(CITY_WORDS, len(words) - i), 0, -1):
        city = places().cities.get(" ".join(words[i : i + size]))
        if city is not None:
            return city[0], size, city[1]
    return None


def _unspaced(text: str) -> list[Named]:
    """Names in runs of CJK characters with a cue right before or after them."""
    key = normalize(text)
    out: list[Named] = []
    for role, place, cue in cues().cjk:
        for m in re.finditer(re.escape(cue), key):
            for size in range(8, 1, -1):  # the longest name beside the cue
                piece = key[m.end() : m.end() + size] if place == "before" else None
                piece = piece or key[max(0, m.start() - size) : m.start()]
                if len(piece) == size and all(is_cjk(c) for c in piece):
                    code = name_code(piece)
                    if code:
                        quote = key[min(m.start(), key.find(piece)) :][: size + len(cue)]
                        out.append(
                            Named(code, role, quote, f"'{cue}' makes {_country(code)} the {role}")
                        )
                        break
    return out


@lru_cache(maxsize=4096)
def description_places(text: str) -> tuple[Named, ...]:
    """The destinations and origins a description states, in order."""
    found = _spaced(text) + (_unspaced(text) if any(is_cjk(c) for c in text) else [])
    return tuple({(n.code, n.role): n for n in reversed(found)}.values())[::-1]
