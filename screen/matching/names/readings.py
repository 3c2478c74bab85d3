"""A query read otherwise and searched again: with a scanner's misreadings read
as letters (`misread.py`), a Chinese firm's name in English (`translated.py`), and
given names written shortened as initials (`shortened.py`) and each of two persons
named together (`together.py`): a person's hits only, for these two; and a "?" or
U+FFFD no word list fills with a ligature's letters (`text.repair.ligature_readings`);
Greek letters read as Greek spells a foreign name (`text.romanize.greek_reading`);
words typed with the keyboard on the other layout read on it (`text.layout`); a
name in Somali spelling read in the English one (`somali.py`); words run together
read apart (`peeled.py`); a name in Arabic or Hebrew letters stored back to front
read the right way (`text.scripts.reversed_reading`); the Arabic chat alphabet's
figures read as letters (`arabizi.py`); a name in the Indonesian spelling of before
1972 read in today's (`ejaan.py`), one in a Turkic language's Latin alphabet as
the lists spell it (`turkiclatin.py`), a Chinese name that came through Russian
read back in pinyin (`text.palladius`), Russian typed with figures for letters
("Sergeevi4") as the lists spell it (`volapuk.py`), and a national Cyrillic alphabet's
letters (Kazakh, Tajik, Serbian ...) as Russian's (`nationalcyrillic.py`), and a
Japanese bank transfer's large kana as the small ones they stand for (`text/zengin.py`).

A listed party another reading meets closely enough (its `least`) and better
than the query itself is that hit, at most its `most`, the explanation saying
how the query was read: "read as 'SBERBANK OF RUSSIA' (a digit for a letter)".
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from screen.matching.names.arabizi import arabizi_reading
from screen.matching.names.ejaan import ejaan_reading
from screen.matching.names.misread import READ_LEAST, misreadings
from screen.matching.names.nationalcyrillic import national_cyrillic_reading
from screen.matching.names.peeled import peeled_reading
from screen.matching.names.ranking import NameHit
from screen.matching.names.shortened import HOW as SHORTENED
from screen.matching.names.shortened import initialled
from screen.matching.names.somali import somali_reading
from screen.matching.names.spelt import trimmed
from screen.matching.names.together import HOW as TOGETHER
from screen.matching.names.together import persons_apart
from screen.matching.names.translated import english_readings, translations
from screen.matching.names.turkiclatin import turkic_reading
from screen.matching.names.volapuk import volapuk_reading
from screen.text.layout import layout_reading
from screen.text.palladius import palladius_reading
from screen.text.repair import ligature_readings
from screen.text.romanize import greek_reading
from screen.text.scripts import reversed_reading
from screen.text.zengin import small_kana_reading
from screen.tuples import NamedTuple

__all__ = [
    "NAME_READERS",
    "Other",
    "english_readings",
    "reached_readings",
    "reading_cut",
    "with_readings",
]

LIGATURE = "a lost ligature's letters"  # (a PDF's "fi" as "?": "Qadha?" read "Qadhafi")
GREEK = "Greek letters as they spell a foreign name"
GREEK_LEAST = 85.0  # what a hit of the Greek reading must score to count
LAYOUT = "typed with the keyboard on the other layout"
LAYOUT_LEAST = 85.0  # what a hit of the layout's reading must score (a near one is chance)
SOMALI = "Somali spelling as English-language lists write it"
PEELED = "its place and kind words run together read apart"
PEELED_LEAST = 85.0  # what a hit of the words read apart must score
REVERSED = "written right to left, stored back to front"
ARABIZI = "the Arabic chat alphabet's figures as letters"
EJAAN = "the Indonesian spelling of before 1972 in today's"
TURKIC = "a Turkic Latin alphabet's letters as the lists spell them"
PALLADIUS = "Chinese written in Russian's Palladius system, read back in pinyin"
VOLAPUK = "Russian typed with figures for letters, as chat writes it"
NATIONAL_CYRILLIC = "a national Cyrillic alphabet's letters as Russian writes them"
ZENGIN = "a bank transfer's large kana as the small ones they stand for"
# a hit of a reading letter for letter by a writing system's rules counts as the
# query's own would (the Turkic letters, the Palladius marks say which system: no
# guess, as a misreading is)
SPELT_LEAST = 0.0
# the readings of a name's spelling, asked of a text of `NAME_LONGEST` characters at
# most (a long text is no name: its words read so cost a search each, for nothing)
NAME_LONGEST = 300
# each reading of a name's spelling, what a hit of it must score, and how it reads
_NAME_READINGS: tuple[tuple[Callable[[str], str], float, str], ...] = (
    (peeled_reading, PEELED_LEAST, PEELED),
    (somali_reading, READ_LEAST, SOMALI),
    (arabizi_reading, PEELED_LEAST, ARABIZI),
    (reversed_reading, READ_LEAST, REVERSED),
    (ejaan_reading, READ_LEAST, EJAAN),
    (turkic_reading, SPELT_LEAST, TURKIC),
    (palladius_reading, SPELT_LEAST, PALLADIUS),
    (volapuk_reading, PEELED_LEAST, VOLAPUK),
    (national_cyrillic_reading, READ_LEAST, NATIONAL_CYRILLIC),
    (small_kana_reading, SPELT_LEAST, ZENGIN),
)
NAME_READERS = tuple(read for read, _least, _how in _NAME_READINGS)


# readings of readings searched at most this deep: each reading reads its own marks
# away, and a bound makes sure no two of them ever read each other back and forth
MAX_DEPTH = 3
_DEPTH: ContextVar[int] = ContextVar("reading_depth", default=0)


def reading_cut() -> bool:
    """Is a search now as deep in readings as `MAX_DEPTH`, so that its hits leave its
    own readings out?  (A cache of searches keeps such hits apart from a full one's.)"""
    return _DEPTH.get() >= MAX_DEPTH


class Other(NamedTuple):
    """Another reading of a query."""

    text: str
    least: float  # what a hit of it must score to count
    most: float  # the best it earns
    how: str  # how the query was read, for the explanation
    factor: float = 1.0  # what a hit of it counts (a piece of the text: `SEGMENT_FACTOR`)


def reached_readings(text: str) -> list[str]:
    """The readings of a query whose words may reach listed names its own do not:
    a Chinese firm's name in English, words typed on the other keyboard layout,
    words run together read apart, a Somali spelling, a text stored back to front,
    the Arabic chat alphabet, the old Indonesian spelling, a Turkic Latin alphabet,
    Chinese through Russian, Russian typed with figures, national Cyrillic letters."""
    readers = (layout_reading, *(NAME_READERS if len(text) <= NAME_LONGEST else ()))
    return [*english_readings(text), *filter(None, (read(text) for read in readers))]


def with_readings(
    hits: list[NameHit],
    query: str,
    search: Callable[[str, float, int], list[NameHit]],
    min_score: float,
    limit: int,
) -> list[NameHit]:
    """`hits` with those of the query's other readings (`search` of each, at
    `min_score`, `limit`) that meet a party better, best first."""
    if reading_cut():
        return hits  # (a reading of a reading of a reading: no further)
    others = [Other(*o) for o in (*misreadings(query), *translations(query), *initialled(query))]
    others += [Other(*o) for o in persons_apart(query)]
    others += [Other(t, READ_LEAST, 100.0, LIGATURE) for t in ligature_readings(query)]
    if greek := greek_reading(query):  # ("ΣΕΝΑΤ ΣΙΠΙΝΓΚ ΛΙΜΙΤΕΝΤ": "senat siping limited")
        others.append(Other(greek, GREEK_LEAST, 100.0, GREEK))
    if layout := layout_reading(query):  # ("C,th,fyr": "сбербанк")
        others.append(Other(layout, LAYOUT_LEAST, 100.0, LAYOUT))
    if len(query) <= NAME_LONGEST:  # (a name's readings: "Cali Maxamed", "7asan")
        for read, least, how in _NAME_READINGS:
            if text := read(query):
                others.append(Other(text, least, 100.0, how))
    if not others:
        return hits
    best = {h.name.owner: h for h in hits}
    for other in others:
        token = _DEPTH.set(_DEPTH.get() + 1)
        try:
            found = search(other.text, min_score, limit)
        finally:
            _DEPTH.reset(token)
        for hit in found:
            if hit.score < other.least:
                continue
            if other.how in (SHORTENED, TOGETHER) and not hit.name.person:
                continue
            score = min(hit.score * other.factor, other.most)
            held = best.get(hit.name.owner)
            if score >= min_score and (held is None or score > held.score):
                detail = f"{hit.detail}; read as {other.text!r} ({other.how})"
                best[hit.name.owner] = hit._replace(score=score, detail=detail)
    found = sorted(best.values(), key=lambda h: (-h.score, str(h.name.owner)))
    return trimmed(found, limit)


def as_repaired(hits: list[NameHit], query: str, text: str) -> list[NameHit]:
    """The hits of `text`, `query` as a pipeline left it before damaging it
    (`text.repair`), saying so ("...; read as 'Tanchon Commercial Bank' (repaired)")."""
    if text == query:
        return hits
    return [h._replace(detail=f"{h.detail}; read as {text!r} (repaired)") for h in hits]
