"""The names a listed name is indexed as: itself, the names it gives apart by
slashes, itself with its country's name of several words read as one (or its
country's adjective), with two letters standing alone written as one word, and a
name of short words written as one word."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator

from screen.matching.names.countryphrases import adjective_readings, one_word_countries
from screen.matching.names.reduced import Part
from screen.text.lazyre import deferred
from screen.text.normalize import normalize
from screen.text.orgwords import join_letter_runs

# a slash with a space on each side between two names of two words or more: "NEW
# PEOPLE'S ARMY / COMMUNIST PARTY OF THE PHILIPPINES"; written close, a slash joins
# words of one name ("EBLA TRADE SERVICES S.A.L./OFF-SHORE", "SOCIETY FOR THE
# CALL/INVITATION TO THE QURAN", "A/S", "M/V")
_SLASH = deferred(r"\s+/\s+")
MAX_ALTERNATIVES = 4  # more pieces than this are no list of names (and cost a row each)
_WORD = deferred(r"[^\W\d_]{2,}")


def alternatives(text: str) -> list[str]:
    """The names a listed name gives apart by slashes (" / "), each of two words or
    more (and none when it has no such slash)."""
    pieces = _SLASH.split(text, maxsplit=MAX_ALTERNATIVES)
    if not 2 <= len(pieces) <= MAX_ALTERNATIVES or any(len(_WORD.findall(p)) < 2 for p in pieces):
        return []
    return [p.strip() for p in pieces]


# (owner, name as listed, weak alias?, person?) and, when known, a vessel's or an
# aircraft's name?
Entry = tuple[Hashable, str, bool, bool] | tuple[Hashable, str, bool, bool, bool]


Named = tuple[Hashable, str, bool, bool, bool, bool, str]


def listed_names(entries: Iterable[Entry]) -> Iterator[Named]:
    """Each entry, each name it gives apart by slashes (`alternatives`), and the
    entry read with its country's name as one word (`country_variant`): (owner, name
    shown, weak alias?, person?, craft's?, one of the names apart?, name read).  The
    name read with its country as one word is the whole name, even one of generic
    words only ("MINISTRY OF FINANCE OF THE RUSSIAN FEDERATION", whose query reads
    "ministry of finance of the russia": it was never found, not even as listed)."""
    for entry in entries:
        owner, text, weak, person = entry[:4]
        craft = len(entry) > 4 and bool(entry[4])
        yield owner, text, weak, person, craft, False, text
        for alternative in alternatives(text):
            yield owner, alternative, weak, person, craft, True, alternative
        if person:
            continue  # (a person's name has no country in it, and its letters are initials)
        words = join_letter_runs(normalize(text).split())
        for read in (*country_variant(words), *letters_joined(words)):
            yield owner, text, weak, person, craft, False, read


def country_variant(words: list[str]) -> list[str]:
    """An organisation's name with its country's name of several words read as one
    ("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": "foreign
    trade bank of the dprk", as a query reads it: `countryphrases.py`), indexed
    besides the name as listed (which a typo inside the country's name still meets);
    and the name with its country's adjective in place of "of <country>" ("russian
    ministry of finance", `adjective_readings`).  `words`: the name normalised, letter
    runs joined."""
    read = one_word_countries(words)
    out = [" ".join(read)] if read != words else []
    return out + [" ".join(other) for other in adjective_readings(read)]


def letters_joined(words: list[str]) -> list[str]:
    """An organisation's name with each pair of letters standing alone written as one
    word ("C.I. GLOSS INTERNATIONAL" as "ci gloss international", "GRUPO SAHECT,
    C.A." as "grupo sahect ca"), as a party text often writes them: a query's letters
    apart meet a listed word of two letters (`written.joins`), not the other way round
    (runs of three or more are read as one word on both sides: `join_letter_runs`;
    a person's two letters are initials: not asked).  `words`: as `country_variant`."""
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i : i + 2]
        if len(pair) == 2 and all(len(w) == 1 and w.isalpha() for w in pair):
            out.append("".join(pair))
            i += 2
        else:
            out.append(words[i])
            i += 1
    return [" ".join(out)] if len(out) < len(words) else []


# A name of three to five short words, as Korean and Chinese names are romanised a
# syllable a word ("CHON MA SAN", "TAE DONG GANG", "KYRGYZ TRANS AVIA"), is written as
# one word too ("Chonmasan", "Taedonggang"): the query side meets two words written
# together (`written.py`), this the rest.  Short: each word of `JOINED_WORD` letters or
# fewer and all of them `JOINED_LETTERS` at most, so a name of ordinary words
# ("MINES AND METALS ENGINEERING") is never joined.
JOINED_RUN = (3, 5)
JOINED_WORD = 6
JOINED_LETTERS = 16
_SYLLABIC = ("word", "initial", "particle")


def written_as_one(parts: tuple[Part, ...]) -> tuple[Part, ...] | None:
    """An organisation's or a craft's parts with its longest run of short words (at
    least two of them distinctive words) as one part read "joined" (and None when
    it has no such run)."""
    best: tuple[int, int] = (0, 0)
    start = 0
    for i in range(len(parts) + 1):
        if i < len(parts) and parts[i].role in _SYLLABIC and parts[i].form.isalpha():
            continue
        if i - start > best[1] - best[0]:
            best = (start, i)
        start = i + 1
    run = parts[best[0] : best[1]]
    if not (
        JOINED_RUN[0] <= len(run) <= JOINED_RUN[1]
        and sum(p.role == "word" for p in run) >= 2
        and all(len(p.form) <= JOINED_WORD for p in run)
        and sum(len(p.form) for p in run) <= JOINED_LETTERS
    ):
        return None
    form = "".join(p.form for p in run)
    one = Part(form, "".join(p.key for p in run), (), 1.0, "word", "joined")
    return (*parts[: best[0]], one, *parts[best[1] :])
