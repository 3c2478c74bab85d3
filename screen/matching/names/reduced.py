"""A name reduced to the parts the scorer compares (`parts.py` makes them)."""

from __future__ import annotations

from screen.tuples import NamedTuple

DISTINCT = ("word", "number")  # the roles of the parts that say which party a name is
STOPWORDS = frozenset("of the and for de la del des du et und".split())  # (no kind of party)


class Part(NamedTuple):
    form: str  # normalised, as written
    key: str  # folded: spelling variants share it
    # other keys it stands for (nickname, abbreviation, leetspeak), and the ids of
    # the person names it is a spelling of (`tables.variant_ids`)
    alts: tuple[str, ...]
    weight: float
    role: str  # word, generic, place (a generic word naming a country), particle,
    # patronymic, initial, number
    how: str  # how the form was read: "", number, leetspeak, transliterated, skeleton
    skel: tuple[str, ...] = ()  # consonant skeletons of a word read from an abjad or kana


class Reduced(NamedTuple):
    parts: tuple[Part, ...]
    cjk: str  # distinctive CJK characters (generic and legal-form words removed)
    segments: tuple[tuple[int, int], ...]  # part ranges of wrapped segments (queries)
    family: frozenset[int]  # parts that are a person's family name (listed "FAMILY, Given")
    initials: str  # first letters of its words, legal form included ("nitc"), for acronyms
    written: dict[str, list[tuple[int, ...]]]  # queries: parts (and pairs) by spelling
    skeletal: bool = False  # some part carries consonant skeletons (read from a script)
    formed: bool = False  # queries: a legal form was dropped (the text names a company)
    cased: frozenset[str] = frozenset()  # queries: words written in small letters, no acronym
    cut: int = -1  # queries: the last part, when a field may have cut it short (`truncated.py`)
    tail: str = ""  # queries: a last word of 1-3 letters a field may have cut (`truncated.py`)
    apart: tuple[int, ...] = ()  # queries: parts that begin another party ("A / B": B's)
    stopped: tuple[int, ...] = ()  # queries: words written short, a full stop after them
    contracted: tuple[int, ...] = ()  # queries: words written as contractions ("TRCTR")

    @property
    def distinctive(self) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(self.parts) if p.role in DISTINCT)


class Match(NamedTuple):
    """A query scored against one listed name: the score, which parts matched how."""

    score: float
    matched: tuple[tuple[str, str, str], ...]  # (listed, query, how)
    listed_only: tuple[str, ...]
    query_only: tuple[str, ...]
