"""A field that names several countries, read piece by piece and word by word.

"Kazakhstan/Russia", "UAE → Russia", "China, Russia", "via Kazakhstan to Russia",
"über Kasachstan nach Russland", "Moscow, Russia": the field is split at its
separators (slash, comma, arrow, colon...) and each piece is read as a whole field
is (a code, an abbreviation, a name in any language, a misspelt name; a name with
its code in brackets, "Russia (RU)", when the two agree); a piece that is none of
these is covered word by word, longest name first, by country names (in any word
order: "Korea North"), city names, the embargoed regions the field names
("Crimea, Russia"), codes and abbreviations written in capitals ("KZ/RU", "PRC")
and the linking words of a route in the languages of `data/route_words.tsv`
("via", "nach", "через", "経由"); a word that is none of these makes the whole
field unknown, so that no stray word ("Korea" in "Korea, Demokratische
Volksrepublik") can name the wrong country.

`country_spans` finds the country names inside any text (an address, a
country field), for the place matcher: a region term inside a recognised
country name is that country ("DPR" in "DPR Korea" is North Korea, not the
Donetsk People's Republic).
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from screen.matching.countries import (
    CACHES,
    countries,
    name_code,
    places,
    whole_country,
)
from screen.matching.countrytowns import set_aside
from screen.matching.inflection import nominative_code
from screen.matching.subcodes import code_country
from screen.text.lazyre import deferred
from screen.text.normalize import is_cjk, normalize
from screen.text.shipped import data_lines
from screen.text.tokens import Analyzed

SHORTEST = 4  # a single word shorter than this is no country name here ("in", "to")
SEPARATORS = deferred(r"\s*(?:/|,|;|\||&|→|->|=>|>|:|：|、|，|；|\s[-–—]\s)\s*")
ROUTE = deferred(r"\s*(?:/|;|\||&|→|->|=>|>|:|：|、|；|\s[-–—]\s)\s*")  # not commas
COMMAS = deferred(r"\s*[,，]\s*")  # between the lines of an address
BRACKETED = deferred(r"^(?P<head>[^(\[]+?)\s*[(\[](?P<inner>[^)\]]+)[)\]]$")
CAPITALS = deferred(r"\w+")
CJK_WORDS = 16  # the longest run of CJK characters segmented into names and words


@lru_cache(maxsize=1)
def connectors() -> frozenset[str]:
    """The linking words of `data/route_words.tsv`, normalised."""
    words = (w for line in data_lines("route_words.tsv") for w in line.split("\t")[1].split())
    return frozenset(k for w in words for k in normalize(w).split())


def _code_at(words: list[str], i: int, longest: int) -> tuple[str, int] | None:
    """(code, length) of the longest country name starting at word i."""
    for size in range(min(longest, len(words) - i), 0, -1):
        phrase = " ".join(words[i : i + size])
        if size == 1 and len(phrase) < SHORTEST and phrase.isascii():
            continue
        code = name_code(phrase)
        if code:
            return code, size
    return None


def _span(words: list[str], i: int, known: Container[str]) -> int:
    """Words (4 to 1) from word i that form one entry of `known`, or 0."""
    for size in (4, 3, 2, 1):
        if i + size <= len(words) and " ".join(words[i : i + size]) in known:
            return size
    return 0


def _segment(word: str, regions: frozenset[str]) -> list[str] | None:
    """The countries a run of CJK characters names, when the whole run divides into
    country names (two characters or more), cities, regions and linking words
    ("经哈萨克斯坦转运至俄罗斯", "俄罗斯莫斯科"), fewest pieces first; None when it does not."""
    if len(word) > CJK_WORDS or not all(is_cjk(c) for c in word):
        return None
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(end):
            before, piece = best[start], word[start:end]
            if before is None:
                continue
            code = name_code(piece) if len(piece) > 1 else None
            known = piece in connectors() or piece in regions or piece in places().cities
            if code is None and not known:
                continue
            found = [*before, code] if code else before
            if best[end] is None or len(found) < len(best[end] or ()):
                best[end] = found
    return best[-1]


def scan(
    text: str, key: str, regions: frozenset[str] = frozenset(), cities: bool = False
) -> tuple[str, ...] | None:
    """The countries a piece names as a sequence, or None when a word is unknown;
    with `cities`, a city names its country too ("г. Москва": Russia)."""
    table = countries()
    words = key.split()
    written = CAPITALS.findall(text)
    capitals = {normalize(w) for w in written if w.isupper()}
    mixed = any(c.islower() for c in text)  # capitals mean codes only beside other text
    found: list[str] = []
    i = 0
    while i < len(words):
        named = _code_at(words, i, table.longest)
        if named is not None:
            found.append(named[0])
            i += named[1]
            continue
        word = words[i]
        code = table.codes.get(word) or name_code(word) if word in capitals else None
        known = places()
        place = max(
            _span(words, i, regions), _span(words, i, known.cities), _span(words, i, known.regions)
        )
        if code and (mixed or word not in connectors()):
            found.append(code)  # "KZ/RU", "PRC": codes and abbreviations written as such
        elif word in connectors() or word.isdigit():
            pass  # a linking word; a postcode or a house number ("630099")
        elif place:
            spanned = " ".join(words[i : i + place])
            city = known.cities.get(spanned) or known.regions.get(spanned)
            if cities and city is not None:
                found.append(city[0])
            i += place  # a city or a region: no country of its own here
            continue
        elif (inflected := nominative_code(text, word)) is not None:
            found.append(inflected)  # "в Россию": a Russian case form of a name
        elif (segmented := _segment(word, regions)) is not None:
            found.extend(segmented)
        else:
            return None
        i += 1
    return tuple(dict.fromkeys(found))


def _bracketed(piece: str) -> tuple[str, ...] | None:
    """A name with one code or abbreviation in brackets ("Russia (RU)", "Россия (РФ)"):
    (its country,) when both name the same one, () when they disagree ("Russia (DE)"
    says two things); a name with a note in brackets that is like no country's name
    ("Singapore (FTZ)", "(bonded)", "(free trade zone)") is its country, as a town
    beside a country is in an address; None when the piece is neither."""
    match = BRACKETED.match(piece.strip())
    head = whole_country(match["head"]) if match else None
    if match is None or head is None:
        return None
    one_word = len(match["inner"].split()) == 1
    inner = whole_country(match["inner"]) if one_word else None
    if inner is not None:
        return (head,) if head == inner else ()
    named = _piece(match["inner"], frozenset())
    if named:
        return None  # "RU (via KZ)": a route, read word by word
    return (head,) if named == () or set_aside(match["inner"]) else None


def _piece(piece: str, regions: frozenset[str]) -> tuple[str, ...] | None:
    key = normalize(piece)
    if not key or (key in connectors() and not piece.strip().isupper()):
        return ()  # "Country of destination: RU"; but "Russia, DE" names Germany
    whole = whole_country(piece) or code_country(piece)
    if whole:
        return (whole,)
    bracketed = _bracketed(piece)
    if bracketed is not None:
        return bracketed or None
    return scan(piece, key, regions)


def _address(text: str, regions: frozenset[str]) -> tuple[str, ...] | None:
    """The countries of a field cut only by commas, as an address is: its pieces
    naming countries, when at least one does and the others can be set aside
    ("Lugano, Switzerland", "Sevastopol Street 5, Bishkek, Kyrgyzstan"); but a piece
    like a country's name may be a misspelt one ("Kazahkstan, Russia") or a part of
    one ("Korea, Democratic"), and keeps the field unknown."""
    read: list[str] = []
    for piece in filter(str.strip, COMMAS.split(text)):
        codes = _piece(piece, regions)
        if codes is None and not set_aside(piece):
            return None
        read.extend(codes or ())
    return tuple(dict.fromkeys(read)) or None


def _route(text: str, regions: frozenset[str]) -> tuple[str, ...] | None:
    """The countries of a field whose route separators (slashes, arrows, colons...)
    part segments that are each a piece or an address ("Jebel Ali FZ, UAE / final
    destination Russia"): every segment must be read, each address naming a country,
    as a route's pieces are ("Atlantis / Russia" stays unknown)."""
    read: list[str] = []
    for segment in filter(str.strip, ROUTE.split(text)):
        codes = _piece(segment, regions)
        if codes is None:
            codes = _address(segment, regions)
        if codes is None:
            return None
        read.extend(codes)
    return tuple(dict.fromkeys(read))


@lru_cache(maxsize=4096)
def resolve_countries(text: str, regions: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Every country a country field names, in order, or () when it names none.

    The whole field first (a code, a name in any language or word order, a
    misspelt name, a name with its code in brackets); then each piece between
    separators read the same way or as a sequence of names and linking words;
    then the whole field as one such sequence. `regions`: the embargoed regions
    the field names (normalised), which name no country here. A piece that is an
    ISO 3166-2 code names the country of its subdivision ("UA-14", "RU-MOW")."""
    whole = whole_country(text) or code_country(text)
    if whole:
        return (whole,)
    bracketed = _bracketed(text)
    if bracketed is not None:
        return bracketed
    pieces = [p for p in SEPARATORS.split(text) if p.strip()]
    if len(pieces) > 1:
        read = [_piece(piece, regions) for piece in pieces]
        if None not in read:
            return tuple(dict.fromkeys(c for codes in read for c in codes or ()))
    key = normalize(text)
    found = scan(text, key, regions) if key else None
    if found is None and len(pieces) > 1:
        # in an address a piece naming no country beside pieces naming one is a
        # town, a street or a region of it; a route's segments may be addresses
        found = _route(text, regions)
    return found or ()


def resolve_country(text: str) -> str | None:
    """The country a field names (the last one, for a field naming several: the
    destination of "via Kazakhstan to Russia"), or None."""
    found = resolve_countries(text)
    return found[-1] if found else None


def country_spans(text: Analyzed) -> list[tuple[int, int, str]]:
    """(first token, last token, code) of every country name of two words or more
    in the text, longest first, not overlapping."""
    keys = [t.text for t in text.tokens]
    longest = countries().longest
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(keys):
        named = _code_at(keys, i, longest)
        if named is not None and named[1] > 1:
            out.append((i, i + named[1] - 1, named[0]))
            i += named[1]
        else:
            i += 1
    return out


CACHES.append(resolve_countries.cache_clear)
