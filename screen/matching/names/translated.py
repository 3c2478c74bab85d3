"""A Chinese firm's name read in English, word for word.

The lists give most Chinese firms by their English names ("CHINA NORTH
INDUSTRIES GROUP CORPORATION LIMITED"), which read nothing like the name in
characters read in pinyin ("zhongguo beifang gongye").  A query in Chinese
characters that is Chinese (`_chinese`: a Chinese company's word or a character
Japanese does not write; "東北銀行" is Japan's Tohoku Bank, no north-east bank)
is also read word for word in English: its longest words first from CC-CEDICT
(`data/han_english.tsv`, `screen/datagen/han_english.py`: "北方" north, "移动"
movement, migration or mobile), a country's name as the country's
(`tables.CJK_PLACES`), legal forms dropped, and what no table knows (a place's
or the firm's own name, "江西", "洪都") in pinyin.  A word with several senses
gives a reading for each of its first three, one word at a time, up to
`READINGS` readings.

The readings are searched as the query is; a listed party one meets closely
(`TRANSLATED_LEAST`) is a hit of the query, a review at most (`TRANSLATED_MOST`:
a translation is a guess at what the firm calls itself in English), said so in
its explanation.
"""

from __future__ import annotations

from functools import cache

from screen.matching.names.tables import CJK_PLACES
from screen.text.lazyre import lazy_pattern
from screen.text.orgwords import CJK_LEGAL_FORMS
from screen.text.romanize import read_han
from screen.text.shipped import data_lines

READINGS = 8  # readings searched for one query at most
SENSES = 3  # senses of a word read
TRANSLATED_MOST = 89.0  # the best a hit of a translated reading earns: a review
# what the reading must score to count: close to the listed name (a reading met by
# its plain words, "Southeast Logistics" against SOUTH-EAST MOVEMENT at 87, says little)
TRANSLATED_LEAST = 88.0
LONGEST = 8  # characters of the longest word read (the table's have three; a country's more)
_HAN = lazy_pattern("[\u3400-\u4dbf\u4e00-\u9fff]")  # (wide classes: compiled when used)
_HAN_RUN = lazy_pattern("[\u3400-\u4dbf\u4e00-\u9fff]+")
_KANA_HANGUL = lazy_pattern("[\u3040-\u30ff\uac00-\ud7af]")
CHINESE_FIRM = "公司"  # (a Chinese company's word; Japanese writes 会社)


def _chinese(query: str) -> bool:
    """Whether a text of Chinese characters is Chinese, not Japanese: a Chinese
    company's word in it, or a character Japanese does not write (none of JIS X
    0208's, as Shift_JIS encodes them: 东 银 业 电, simplified)."""
    if CHINESE_FIRM in query:
        return True
    for char in _HAN().findall(query):
        try:
            char.encode("cp932")
        except UnicodeEncodeError:
            return True
    return False


@cache
def _senses() -> dict[str, tuple[str, ...]]:
    out = {}
    for line in data_lines("han_english.tsv"):
        word, english = line.split("\t")
        out[word] = tuple(english.split("|"))
    return out


def english_readings(query: str) -> list[str]:
    """The query's Chinese text read in English, word for word (the first senses
    first); [] for a query with fewer than two Chinese characters, with kana or
    Hangul, or not Chinese (`_chinese`), and when no word was translated."""
    if query.isascii() or len(_HAN().findall(query)) < 2 or _KANA_HANGUL().search(query):
        return []
    if not _chinese(query):
        return []  # ("東北銀行", "株式会社東北銀行": Japanese kanji alone, the Tohoku Bank)
    words: list[tuple[str, ...]] = []  # each word's senses, the first first
    known = 0  # words a table translated
    for run in _HAN_RUN().findall(query):
        for form in CJK_LEGAL_FORMS:
            run = run.replace(form, " ")
        for piece in run.split():
            found = _words(piece)
            words.extend(senses for senses, _ in found)
            known += sum(1 for _, translated in found if translated)
    if not known or len(words) < 2:
        return []  # (nothing translated, or one word: a name alone)
    first = [senses[0] for senses in words]
    out = [" ".join(first)]
    for i, senses in enumerate(words):
        for other in senses[1:]:
            if len(out) < READINGS:
                out.append(" ".join([*first[:i], other, *first[i + 1 :]]))
    return out


def _words(piece: str) -> list[tuple[tuple[str, ...], bool]]:
    """The senses of each word of a run of characters, longest words first, and
    whether a table translated it; what no table knows in pinyin (`_pinyin`)."""
    table = _senses()
    out: list[tuple[tuple[str, ...], bool]] = []
    unknown = ""
    at = 0
    while at < len(piece):
        for size in range(min(LONGEST, len(piece) - at), 1, -1):
            word = piece[at : at + size]
            place = (CJK_PLACES[word],) if word in CJK_PLACES else ()
            english = tuple(dict.fromkeys((*place, *table.get(word, ()))))[:SENSES]
            if english:
                break
        else:
            unknown += piece[at]
            at += 1
            continue
        out.extend(_pinyin(unknown))
        unknown = ""
        out.append((english, True))
        at += size
    out.extend(_pinyin(unknown))
    return out


def _pinyin(chars: str) -> list[tuple[tuple[str, ...], bool]]:
    """Characters no table knows, in pinyin, two to a word as `read_han` reads them."""
    return [((forms[0],), False) for _, forms in read_han(chars)] if chars else []


def translations(query: str) -> list[tuple[str, float, float, str]]:
    """The query's English readings as `readings.Other` fields."""
    how = "Chinese words in English"
    return [(read, TRANSLATED_LEAST, TRANSLATED_MOST, how) for read in english_readings(query)]
