"""Cities outside China a firm's name in Chinese characters begins with, read as
the city's English name: "香港鸿祥海运" is Hongxiang Shipping of Hong Kong, not a
"xianggang hongxiang"; "平壤" Pyongyang, "德黑兰" Tehran, "莫斯科" Moscow, "東京"
Tokyo.  A city of China or Taiwan is read as its characters are (its English name
is their pinyin or Wade-Giles, "丹东" Dandong, "台北" Taipei; and the alternate names
of its districts, "新安", are common words of firms' names).

Names from `data/cities.tsv` (GeoNames cities of 300,000 people or more, with
their Chinese and Japanese names), read only where a text needs them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from screen.text.lazyre import lazy_pattern
from screen.text.shipped import data_lines

_HAN_NAME = lazy_pattern("[\u3400-\u4dbf\u4e00-\u9fff]{2,}")
READ_AS_WRITTEN = frozenset({"CN", "TW"})
OWN_NAME_MIN = 2  # characters of a firm's own name left after its city


@cache
def han_cities() -> dict[str, str]:
    """City names in Chinese characters -> the city's English name, lower case
    (plain letters and spaces: "Sariwŏn-si" sariwon si)."""
    out: dict[str, str] = {}
    for line in data_lines("cities.tsv"):
        name, code, english = line.split("\t")
        if code not in READ_AS_WRITTEN and _HAN_NAME().fullmatch(name):
            out.setdefault(name, _latin(english))
    return out


def _latin(english: str) -> str:
    decomposed = unicodedata.normalize("NFKD", english)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z]+", " ", plain.lower()).split())


@cache
def _longest() -> int:
    return max(map(len, han_cities()), default=0)


def city_first(piece: str) -> tuple[str, str] | None:
    """(the city's English name, the rest) when `piece` begins with a city's name
    and `OWN_NAME_MIN` characters of its own follow; the longest city first."""
    cities = han_cities()
    for size in range(min(_longest(), len(piece) - OWN_NAME_MIN), 1, -1):
        english = cities.get(piece[:size])
        if english:
            return english, piece[size:]
    return None
