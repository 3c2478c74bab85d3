"""A country, or a kind of party, in the place of another: "China Agricultural
Bank" is not "Russian Agricultural Bank", nor "Relief Trading" "Global Relief
Foundation".

When the rest of an organisation's name is plain words (common English words, or
Mandarin syllables read from Chinese characters: 农业 "nongye", agriculture), the
country word is what says which party it is, so a query that puts another
country in its place names another party and counts as a conflict (the weight of
a distinctive part).  A coined name ("Sberbank") names its party with or without
the country: "Sberbank China" stays a hit for review.

Plain words and cities say what kind of firm a party is and where, not which
(`organisation_cap`): an organisation named by one plain word met without its kind
words or with words of the query's own is a review at most ("AAT Construction"
against FOUNDATION FOR CONSTRUCTION, `common_word_only`); one met only by its plain
words, its coined word missing, is no hit ("Oil and Gas Development Company"
against PARSIAN OIL AND GAS DEVELOPMENT COMPANY, `own_word_missing`); nor is one
met only through a city's name ("Golden Trading LLC, Dubai" against DUBAI TRADING
COMPANY, `city_only`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from screen.matching.countries import name_code
from screen.matching.names.countryids import countries_of, country_id
from screen.matching.names.legalforms import is_legal_form
from screen.matching.names.reduced import DISTINCT, Part, Reduced
from screen.matching.names.tables import PLACES
from screen.text.english import is_english_word
from screen.text.romanize import is_pinyin
from screen.text.sortedlines import table_value
from screen.tuples import NamedTuple

PLACE_CONFLICT = 1.0  # as much as a distinctive part replaced by another
CITY_WORDS = 3  # the most words of a city's name ("Rio de Janeiro")
COINED_MIN = 4  # letters of a coined word that says which party (not "PCC" of Singapore)


def _plain(part: Part) -> bool:
    form = part.form
    return is_english_word(form) or (part.how == "transliterated" and is_pinyin(form))


class Met(NamedTuple):
    """What a score found of an organisation's listed name in a query."""

    lparts: tuple[Part, ...]  # the listed name's parts
    distinctive: tuple[int, ...]  # its distinctive parts
    listed: set[int]  # the listed parts met
    query: set[int]  # the query parts that met them
    missing: list[int]  # the listed parts not met
    extra: list[Part]  # the query's own parts, unmet


def organisation_cap(score: float, query: Reduced, met: Met, caps: tuple[float, float]) -> float:
    """`score`, capped (`caps`: (a review at most, no hit)) when an organisation's
    name was met only by plain words (`common_word_only`, `own_word_missing`) or
    only through a city's name (`city_only`), or without the city its name gives
    (a namesake elsewhere: "Hongda Trading" against DANDONG HONGDA TRADE)."""
    review, no_hit = caps
    lparts, distinctive = met.lparts, met.distinctive
    if common_word_only(lparts, distinctive, met.missing, met.extra) or any(
        lparts[i].role == "generic" and is_place_name(lparts[i].form) for i in met.missing
    ):
        score = min(score, review)  # ("AAT Construction")
    if own_word_missing(lparts, distinctive, met.listed) or country_kind_missing(query, met):
        score = min(score, no_hit)  # ("Oil and Gas Development Company", "Bank of Korea")
    if score > no_hit and (
        city_only(query, met.query, lparts, met.missing) or city_segment(query, met.query)
    ):
        score = min(score, no_hit)  # (", Sankt-Peterburg")
    return score


def common_word_only(
    parts: tuple[Part, ...], distinctive: tuple[int, ...], missing: list[int], extra: list[Part]
) -> bool:
    """Whether an organisation named by common English words or countries only
    (among generic ones: "FOUNDATION FOR CONSTRUCTION", "UNITY BANK", "MINES AND
    METALS ENGINEERING", "CENTRAL BANK OF THE DPRK", or alone: "TAN S.A.") was met
    without some of its generic words (not "of", "for") or with words of the query's
    own (`extra`): any firm in that line ("AAT Construction", "Unity Ltd", "Tan
    Trading JSC", "Mines and Metals Trading GmbH") writes the words so, which is a
    review, never a block."""
    return (
        bool(distinctive)
        and (
            any(parts[i].role == "generic" and len(parts[i].form) > 3 for i in missing)
            or any(p.role in ("word", "generic", "number") for p in extra)
        )
        and all(_names_no_party(parts[i].form) for i in distinctive)
    )


def _names_no_party(form: str) -> bool:
    """Whether a word names no party of its own: an English word, or a country's name
    as a party's name reads it ("DPRK" of "... of the Democratic People's Republic of
    Korea": `countryphrases.py`)."""
    return is_english_word(form) or _country(form)


def country_kind_missing(query: Reduced, met: Met) -> bool:
    """Whether an organisation named by its country and kind words only ("KOREA TRADE
    BANK", "CENTRAL BANK OF IRAN") was met without one of its kind words: "Bank of
    Korea" and "Korea Bank" are other banks of that country.  (A query in CJK says
    its kind words in characters: "イラン中央銀行", the central bank of Iran.)"""
    parts = met.lparts
    return (
        bool(met.distinctive)
        and not query.cjk
        and any(parts[i].role == "generic" and len(parts[i].form) > 3 for i in met.missing)
        and all(_country(parts[i].form) for i in met.distinctive)
    )


def _country(form: str) -> bool:
    """Whether a word is a country's name or adjective ("Iraqi": `countryids`; the
    country table is asked only of a word of some country's name: a check seldom
    builds that table)."""
    return len(form) >= COINED_MIN and (
        bool(country_id(form))
        or (table_value("country_words.txt", form) is not None and name_code(form) is not None)
    )


def own_word_missing(parts: tuple[Part, ...], distinctive: tuple[int, ...], met: set[int]) -> bool:
    """Whether an organisation's coined word (no English word: "PARSIAN OIL AND GAS
    DEVELOPMENT") was not met while every distinctive part met is a plain English
    word: "Oil and Gas Development Company" names another firm in that line."""
    if len(distinctive) < 2 or not met:
        return False
    coined = [
        i
        for i in distinctive
        if not is_english_word(parts[i].form) and not is_legal_form([parts[i].form])
    ]  # (a legal form left inside a listed name, "RUNNING BROOK, LLC (USA)", is none)
    return (
        bool(coined)
        and not any(i in met for i in coined)
        and all(is_english_word(parts[i].form) for i in distinctive if i in met)
    )


def where_not_which(parts: list[Part], weight: float, person: bool) -> list[Part]:
    """A listed name (an organisation's: a person's stays as it is) with each word
    that is a city's or a country's name, beside a coined word of its own, read as
    a generic word (of `weight`): it says where the party is, the coined word which
    ("DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT" is the Hongxiang of Dandong:
    "Hongxiang Industrial Development" is it; "Ryonbong General Corp." is KOREA
    RYONBONG GENERAL CORPORATION).  Only beside one such word, the rest generic:
    a name with no other coined word keeps its city ("MOSCOW INDUSTRIAL BANK",
    "NAMPO"), and so does one with two words of its own."""
    cities = [
        not person and p.role == "word" and not p.how and is_place_name(p.form) for p in parts
    ]
    if not any(cities):
        return parts
    others = [p for p, city in zip(parts, cities, strict=True) if p.role in DISTINCT and not city]
    if len(others) != 1 or len(others[0].form) < COINED_MIN or _plain(others[0]):
        return parts  # (two words of its own besides: the city may be one of two met)
    return [  # (a country's other names still meet it: Burma, Myanmar)
        p._replace(role="generic", weight=weight, alts=countries_of(p.alts)) if city else p
        for p, city in zip(parts, cities, strict=True)
    ]


def city_only(query: Reduced, met: set[int], lparts: tuple[Part, ...], missing: list[int]) -> bool:
    """Whether a city's name, written together, is all the query met of a listed name
    that it did not meet in full ("OOO Stroyles, Sankt-Peterburg" is in that city, not
    AO INSTITUTE GIPROSTROYMOST-SANKT-PETERBURG; "Golden Trading LLC, Dubai" not
    DUBAI TRADING COMPANY), or all it met in one segment of its text, beside parts met
    in others, plain words ("Yip Electronics Ltd, Hong Kong" is not HONG KONG
    ELECTRONICS): where a party is says nothing of which it is."""
    at = sorted(met)
    if not at:
        return False
    if any(lparts[i].role in (*DISTINCT, "generic") for i in missing) and _a_city(query, at):
        return True
    for lo, hi in query.segments:
        inside = [i for i in at if lo <= i < hi]
        outside = [query.parts[i] for i in at if not lo <= i < hi]
        # (the rest plain words: "LA RVIERA, PANAMA, S.A." is LA RIVIERA, PANAMA, S.A.)
        plain = all(p.role != "word" or is_english_word(p.form) for p in outside)
        if inside and outside and plain and _a_city(query, inside, countries=False):
            return True
    return False


def city_segment(query: Reduced, met: set[int]) -> bool:
    """Whether all the query met is one segment of its text beside others, and that
    segment a city's name: the end of an address ("..., SAN ISIDRO, LIMA") says
    where, not who (not MA Li, nor a firm named LIMA)."""
    at = sorted(met)
    if not at or not query.segments or (at[0], at[-1] + 1) not in query.segments:
        return False
    return len(at) == at[-1] + 1 - at[0] and _a_city(query, at)


def _a_city(query: Reduced, at: list[int], countries: bool = True) -> bool:
    """Whether the query parts `at` (ascending) are a city's name written together,
    or (`countries`) a country's after the text's first segment, where an address
    names it ("Trading company, Iran" is in Iran, not IRAN EXPORT BANK; "AB Rossiya,
    St Petersburg" names BANK ROSSIYA; "HOUSING BANK (OF IRAN)" met whole is itself)."""
    if at[-1] - at[0] + 1 != len(at) or len(at) > CITY_WORDS:
        return False
    key = " ".join(query.parts[i].form for i in at)
    if is_city_name(key):
        return True
    after = countries and bool(query.segments) and at[0] >= query.segments[0][1]
    return after and len(key) >= COINED_MIN and name_code(key) is not None


@lru_cache(maxsize=4096)
def is_city_name(key: str) -> bool:
    """Whether `key` (normalised) is a city's name (`data/city_keys.txt`, bisected)."""
    return table_value("city_keys.txt", key) is not None


@lru_cache(maxsize=4096)
def is_place_name(form: str) -> bool:
    """Whether a word is a city's name or a country's (as written, in any language,
    of `COINED_MIN` letters or more: no code, no misspelling): "KOREA RYONBONG"."""
    return is_city_name(form) or (len(form) >= COINED_MIN and name_code(form) is not None)


def place_conflict(matched: Iterable[Part], missing_l: list[Part], missing_q: list[Part]) -> float:
    """The weight a replaced country, or a replaced kind of party, adds against a
    match (0 when none is replaced)."""
    if not missing_l or not missing_q:
        return 0.0  # nothing in the place of anything (most names scored)
    met = list(matched)
    if not (_kind_replaced(met, missing_l, missing_q) or _place_replaced(missing_l, missing_q)):
        return 0.0
    words = [p for p in met if p.role in ("word", "number")]
    # (a coined name names its party whatever stands beside it)
    return PLACE_CONFLICT if words and all(_plain(p) for p in words) else 0.0


def _place_replaced(missing_l: list[Part], missing_q: list[Part]) -> bool:
    """A listed country word unmet, and a query country word naming another."""
    listed = [PLACES[p.form] for p in missing_l if p.role == "place"]
    query = [PLACES[p.form] for p in missing_q if p.role == "place"]
    if not listed or not query:
        return False
    named_l = frozenset().union(*listed)
    return not any(codes & named_l for codes in query)  # ("Russia" / "Russian": the same)


def _kind_replaced(met: list[Part], missing_l: list[Part], missing_q: list[Part]) -> bool:
    """None of the listed kind-of-party words met, but others in their place:
    "Relief Trading" is not "GLOBAL RELIEF FOUNDATION", nor "Martyrs Systems"
    "MARTYRS FOUNDATION" ("Global Relief Fund", one met, may be)."""
    return (
        not any(p.role == "generic" for p in met)
        and any(p.role == "generic" for p in missing_l)
        and any(p.role == "generic" for p in missing_q)
    )
