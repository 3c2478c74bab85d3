"""A party text cut short by its field: the last word a prefix of the listed one.

SWIFT fields hold 35 characters a line, and ERP and invoice fields 27, 30 or 40:
"NIKOLAI PLATONOVICH PATRUSH", "PERFORMANCE ENGINEERED NONWOVE", "GAZPROMBANK
LATIN AMERICA VENT".  The last word of a text that long, ending in a letter, may
be the first letters of a listed word: met so (`CUT`), it counts as a word met with
a typo would, never as the only evidence of a name (the name's other parts must
be met too: "Uraltorg Trading Kazan" does not name KAZANORGSINTEZ).  The index
reaches such words through the sorted list of listed words (`Tables.prefixed`).

A word written short with a full stop, as narrow forms and cramped fields write
them ("Rosoboron. Exp.", "Kalashn. Concern", "Nat. Iran. Tank. Co."), may be the
first letters of a listed word too, wherever it stands (`abbreviated`): met so, it
scores as a cut word does, and counts as evidence of the name from
`ABBREVIATED_STRONG` letters ("Uralvagonz."), or from as many letters of several
such words met in a row ("Korea Min. Dev. Trad. Corp."), not before ("Tank." alone
names no tanker company).  Its score is a review's at most.

A word written as a contraction, its first and last letters and some consonants
between and no vowel after its first letter ("TRCTR", "ACFT", "PWR PLT EQPT": the
way registers, manifests and SWIFT fields shorten tractor, aircraft, power plant
equipment; not "NAVGN", a vowel kept inside), may stand for a listed word of those
letters in that order (`contracts`): met so ("contracted"), it scores as a word
written short does, and counts as evidence of the name from `CONTRACTED_STRONG`
letters, consonants that say more than a word's first letters.  An English word
("by", "try") and a legal form ("LLC") are none.

A last word of one to three letters begins too many listed words to be looked up
(`tail_of`): "STATE ENTERPRISE MAGARACH OF THE NA", "CONCERN RADIO-E", "JOYA GR".
It counts only where it begins the listed word right after the one the word
before it met (`cut_tail`): the listed words from there on are then unseen, not
missing, and the name a review at most.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from screen.matching.names.legalforms import is_legal_form
from screen.matching.names.reduced import Part, Reduced
from screen.matching.names.tables import name_ids
from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.normalize import normalize

CUT_TEXT_MIN = 20  # characters of a text a field may have cut short
CUT_MIN = 4  # letters of the last word left: fewer begin too many words
CUT_PARTS = 3  # parts of the text's last piece (the cut word and two more met)
CUT = 0.85  # the similarity of a listed word to its first letters
TAIL_WORDS = 2  # words before a short last word (a text of a name or more)
TAIL_TEXT_MIN = 27  # characters of a text cut at a short word: the shortest ERP field's
_TAIL = deferred(r"(?<![^\W\d_])[^\W\d_]{1,3}$")
ABBREVIATED_STRONG = 6  # letters of a word written short that name a listed word alone
# (or of two or more, each beginning its own listed word: "Min. Dev." of MINING
# DEVELOPMENT); a word of three letters may be written short ("Sci.", "Def.")
ABBREVIATED_MIN = 3
CONTRACTED_MIN = 3  # letters of a contraction ("PWR")
CONTRACTED_STRONG = 4  # letters of a contraction that name a listed word alone ("ACFT")
CONTRACTED_SPREAD = 3  # a listed word three times its contraction's length at most
# ("ych" is no "yaroslavich": a few letters of a long word say little)
CONTRACTED_MOST = 12  # listed words one contraction may stand for; more: too vague
LONGEST_WORD = 40  # letters of a listed word a contraction may stand for
_VOWELS = frozenset("aeiouy")
SHORT_HOWS = ("cut", "abbreviated", "contracted")  # how a word written short met
_STOPPED = deferred(rf"(?<![^\W\d_.])([^\W\d_]{{{ABBREVIATED_MIN},}})\.(?![^\W\d_])")


def cut_at(text: str, parts: tuple[Part, ...], segments: tuple[tuple[int, int], ...]) -> int:
    """The position of the last part of a query text cut short, or -1."""
    text = text.rstrip()
    if len(text) < CUT_TEXT_MIN or not text[-1].isalpha() or not parts:
        return -1
    last = parts[-1]
    start = segments[-1][0] if segments else 0
    if (
        len(parts) - start < CUT_PARTS
        or len(last.form) < CUT_MIN
        or not last.form.isalpha()
        or last.role not in ("word", "generic", "place")
        or last.how not in ("", "typo")
        or not text.lower().endswith(last.form[-1])
    ):
        return -1
    return len(parts) - 1


def abbreviated(text: str, parts: tuple[Part, ...]) -> tuple[int, ...]:
    """The positions of the parts written short with a full stop after them, of
    `ABBREVIATED_MIN` letters or more, no legal form ("Corp.") and no letter of an
    acronym ("U.S.A.")."""
    if "." not in text:
        return ()
    stopped = {normalize(m) for m in _STOPPED.findall(text)}
    return tuple(
        i
        for i, p in enumerate(parts)
        if p.form in stopped
        and p.form.isalpha()
        and p.role in ("word", "generic", "place")
        and not is_legal_form([p.form])
    )


def contractions(parts: tuple[Part, ...]) -> tuple[int, ...]:
    """The positions of the parts written as contractions (`is_contraction`), no
    name of its own ("Abd") and no legal form ("LLC")."""
    return tuple(
        i
        for i, p in enumerate(parts)
        if is_contraction(p.form)
        and p.role in ("word", "generic", "place")
        and not _named(p)
        and not is_legal_form([p.form])
    )


def _named(part: Part) -> bool:
    """Is the part a name of its own (a variant of a known name: "Abd", "Shlomo")?"""
    return bool(name_ids(part.alts))


def is_contraction(word: str) -> bool:
    """Is `word` (a part's form) written as a contraction: `CONTRACTED_MIN` ASCII
    letters or more, no vowel after the first, no English word ("TRCTR", "HLDG";
    not "by", "rhythm")?"""
    return (
        CONTRACTED_MIN <= len(word) <= LONGEST_WORD
        and word.isascii()
        and word.isalpha()
        and not _VOWELS.intersection(word[1:])
        and not is_english_word(word)
    )


def contracts(listed: str, short: str) -> bool:
    """Does the contraction `short` stand for the listed word: its first and last
    letters, and the letters between in order, two letters or more left out, the
    word no longer than `CONTRACTED_SPREAD` times it ("trctr": tractor; "acft":
    aircraft; not "trct": its last letter is no "t")?"""
    if not len(short) + 2 <= len(listed) <= min(LONGEST_WORD, CONTRACTED_SPREAD * len(short)):
        return False
    if not is_contraction(short):
        return False
    if listed[0] != short[0] or listed[-1] != short[-1] or not listed.isalpha():
        return False
    at = 1
    for letter in short[1:-1]:
        at = listed.find(letter, at, len(listed) - 1) + 1
        if not at:
            return False
    return True


def contracted(words: Sequence[str], short: str) -> list[str]:
    """The listed words (`words`: those that begin with its first letter) the
    contraction `short` stands for; none when more than `CONTRACTED_MOST` do."""
    if not is_contraction(short):
        return []
    found = [w for w in words if contracts(w, short)]
    return found if len(found) <= CONTRACTED_MOST else []


def begins(listed: str, first: str) -> bool:
    """Whether a listed word begins with the letters of a cut word (and goes on)."""
    return len(listed) > len(first) and listed.startswith(first)


def tail_of(text: str) -> str:
    """The letters of a last word of one to three letters in a text a field may
    have cut short ("...JOYA GR"), or "": none, or a legal form ("...TRADING CO")."""
    text = text.rstrip()
    found = _TAIL.search(text) if len(text) >= TAIL_TEXT_MIN else None
    if found is None or len(text[: found.start()].split()) < TAIL_WORDS:
        return ""
    tail = normalize(found.group()).strip()
    return "" if not tail.isalpha() or is_legal_form([tail]) else tail


def cut_tail(
    query: Reduced, listed: tuple[Part, ...], matched_at: Mapping[int, tuple[int, ...]], hi: int
) -> int:
    """The position of the listed word a query's short last word begins, right
    after the listed word the query's word before it met; or -1."""
    parts, tail = query.parts, query.tail
    if not tail or hi != len(parts):
        return -1
    before = hi - 2 if parts and parts[-1].form == tail else hi - 1
    met = [lp for lp, qps in matched_at.items() if before in qps]
    after = max(met, default=len(listed)) + 1
    return after if after < len(listed) and begins(listed[after].form, tail) else -1


def written_short(
    prefixed: Callable[[str], Sequence[str]], query: Reduced
) -> Iterator[tuple[str, int]]:
    """(listed word, query position) of the listed words the query's words written
    short may stand for: those a word cut short or with a full stop begins, those a
    contraction contracts (`prefixed`: the listed words that begin with some letters)."""
    parts = query.parts
    for at in (query.cut, *query.stopped) if query.cut >= 0 else query.stopped:
        yield from ((listed, at) for listed in prefixed(parts[at].form))
    for at in query.contracted:
        yield from (
            (listed, at) for listed in contracted(prefixed(parts[at].form[:1]), parts[at].form)
        )
