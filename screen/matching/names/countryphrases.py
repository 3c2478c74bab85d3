"""A country's name of several words inside a party's name, read as the one word
it is also written as: "FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF
KOREA" and "Foreign Trade Bank of the DPRK", "Central Bank of the Islamic Republic
of Iran" and "Central Bank of Iran", "Ministry of Defence of the Russian
Federation" and "... of Russia" name the same party.

The word is the country's English short name when that is one word (Iran,
Russia, China), else its initialism of three letters or more in the curated trade
forms (DPRK, ROK, USA, UAE, KSA, DRC, RSA, ROC: `data/country_aliases.tsv`), else
an English name of one word it has ("Syria" of the Syrian Arab Republic, "Laos");
a country with none keeps its words.  A country's other initialisms are read as
that word, or as its English short name's words: "Central Bank of the RF" is the
Central Bank of the Russian Federation, "Hongxiang Marine HK Ltd" HONGXIANG
MARINE HONG KONG LTD.  Only a name as the
country table writes it (`countries.py`), in any of its languages, is read so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from screen.matching.countries import countries
from screen.matching.names.countryids import adjective_phrases, country_words
from screen.matching.names.tables import GENERIC
from screen.text.english import is_english_word
from screen.text.nametable import is_person_word
from screen.text.normalize import normalize
from screen.text.shipped import Shipped, data_lines
from screen.text.sortedlines import SortedTable


@cache
def _initialisms() -> dict[str, list[str]]:
    """Each country's initialisms in the trade forms, in the table's order, its
    usual one first ("DPRK", "USA" before "US", "HK" before "HKSAR")."""
    out: dict[str, list[str]] = {}
    for line in data_lines("country_aliases.tsv"):
        code, alias = line.split("\t")[:2]
        if alias.isascii() and alias.isalpha() and alias.isupper() and len(alias) >= 2:
            out.setdefault(code, []).append(alias.lower())
    return out


Phrases = tuple[Mapping[str, str], frozenset[str], frozenset[str], int]


def build_phrases() -> Phrases:
    """Country names of two words or more, each with the word it is read as, and
    the first and last words of those names (a span is looked up only between
    them): runs read it from the on-disk cache when a party's name of two words or
    more first asks (`defer_phrases`), where building it from the 16,000 names took
    a check some 100 M instructions."""
    table = countries()
    initials = _initialisms()
    one_word = {  # ISO 3166's other English name: "syria" of "syrian arab republic", "laos"
        code: normalize(name)
        for code, _, *names in (line.split("\t") for line in data_lines("countries.tsv"))
        for name in names
        if name.isascii() and name.isalpha()
    }
    words: dict[str, str] = {}
    spelled: dict[str, str] = {}  # ("HK" read as "hong kong", "UK" as "united kingdom")
    for code in set(table.names.values()):
        display = normalize(table.display.get(code, ""))
        long_forms = [form for form in initials.get(code, []) if len(form) > 2]
        word = display if display.isascii() and display.isalpha() else next(iter(long_forms), "")
        word = word or one_word.get(code, "")
        if word:
            words[code] = word
        spelled[code] = word or display
    phrases = {  # (not of single letters: "u s" of "u s s r")
        name: words[code]
        for name, code in table.names.items()
        if " " in name and code in words and max(map(len, name.split())) > 1
    }
    for code, forms in initials.items():  # ("Central Bank of the RF", "Marine HK Ltd")
        phrases.update(  # (not an English word's: "Trust Us", "Roc Trading")
            (form, spelled[code])
            for form in forms
            if form != spelled[code] and spelled[code].isascii() and not is_english_word(form)
        )
    for phrase, code in adjective_phrases().items():  # ("north korean": the dprk's)
        if code in words:
            phrases.setdefault(phrase, words[code])
    firsts = frozenset(name.split()[0] for name in phrases)
    lasts = frozenset(name.split()[-1] for name in phrases)
    longest = max((name.count(" ") + 1 for name in phrases), default=0)
    return SortedTable.of(phrases, ordered=False), firsts, lasts, longest


_PHRASES = Shipped(build_phrases)


def defer_phrases(load: Callable[[], Phrases]) -> None:
    """Take the phrases from `load` (a cache read) when first needed."""
    _PHRASES.defer(load)


def _organisation(tokens: list[str], at: int) -> bool:
    """Whether a name has a word besides token `at` that no person's name has: a
    country's initialism of two letters is read in an organisation's name ("Marine
    HK", "Bank of the RF"), not in a person's ("PAE, Won Uk")."""
    return any(not is_person_word(t) for i, t in enumerate(tokens) if i != at)


def one_word_countries(tokens: list[str]) -> list[str]:
    """The tokens with each country's name of several words read as its one word
    (the longest name first)."""
    if len(tokens) < 2:
        return tokens
    phrases, firsts, lasts, longest = _PHRASES.get()
    if firsts.isdisjoint(tokens):
        return tokens  # (most names: no word starts a country's name)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in firsts:
            for end in range(min(len(tokens), i + longest), i, -1):
                if tokens[end - 1] in lasts:
                    word = phrases.get(" ".join(tokens[i:end]))
                    if word and (end - i > 1 or len(tokens[i]) > 2 or _organisation(tokens, i)):
                        out.extend(word.split())
                        i = end
                        break
            else:
                out.append(tokens[i])
                i += 1
            continue
        out.append(tokens[i])
        i += 1
    return out


# words a name has besides its country for the adjective to stand for the country:
# "Bank of China" is no "Chinese bank", "Central Bank of Russia" "Russian Central Bank"
ADJECTIVE_HEAD = 2


@cache
def _adjectives() -> dict[str, str]:
    """Each country's name of one word with its adjective (`data/demonyms.tsv`; the
    first of a country's: "nepalese", not "nepali")."""
    of: dict[str, str] = {}
    for line in data_lines("demonyms.tsv"):
        adjective, _, name = line.split("\t")
        of.setdefault(name, adjective)
    return of


def adjective_readings(tokens: list[str]) -> list[list[str]]:
    """An organisation's name ending "of [the] <country>" (countries read as one
    word) as its country's adjective also writes it: "central bank of the russia" as
    "russian central bank" and "central bank of russia".  Only a name of kind words
    besides its country, two or more (`ADJECTIVE_HEAD`): "Bank of China" is no
    "Chinese bank", and an adjective of a distinctive word's ("colombian united self
    defense forces") met "Japan Self-Defense Forces" by the words after it.  Not the
    other way round: the
    adjective read as "of <country>" ("IRAQI TRADE CENTER" as "trade center of iraq")
    lets any "<kind> of Iraq" meet the name by its country and one kind word ("Trade
    Bank of Iraq", a review), where a query with the adjective met it no better than
    a typo of it does."""
    of = _adjectives()
    out: list[list[str]] = []
    if len(tokens) >= 4 and tokens[-1] in of and "of" in tokens[-3:-1]:
        head = tokens[: -3 if tokens[-2] == "the" else -2]
        if len(head) >= ADJECTIVE_HEAD and head[-1] != "of" and all(w in GENERIC for w in head):
            out.append([of[tokens[-1]], *head])
            if tokens[-2] == "the":
                out.append([*head, "of", tokens[-1]])
    return out


def other_countries(a: str, b: str) -> bool:
    """Whether two words name countries, and no country both do ("Iraq", "Iran")."""
    words = country_words()
    return a in words and b in words and words[a].isdisjoint(words[b])
