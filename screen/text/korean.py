"""Korean names in Latin letters, whichever system wrote them: a word read as
romanized Korean syllables gets one key for McCune-Reischauer (MR, as North Korea
and the sanctions lists write it, breves and apostrophes dropped) and Revised
Romanization (RR, the South's since 2000): "Jeong" and "Jong" (정), "Byeong" and
"Pyong" (병), "Eun" and "Un" (은), "Guk" and "Kuk" (국), "Ryeol", "Ryol" and "Yeol"
(렬) each share theirs.

The syllables' spellings come from the Hangul romanizer (`hangul.py`): every one of
the 11,172 syllables in either system's letters (and MR's aspirates written without
their h or apostrophe, MR's "ch" for its j, an "l" for r); the key is the syllable
in MR as a Latin text without breves or apostrophes writes it (ㅓ as o, ㅡ as u, no
aspiration), with ㅈ and ㅊ one letter (MR writes both "ch").  A word's first
syllable is keyed as the South reads it there (the initial-sound rule: 리 이, 렬 열,
로 노): North Korea writes Ri and Ryol, the South I (Yi, Lee) and Yeol.  A word is
read so only when all of it is such syllables, at most `MAX_SYLLABLES` of them;
two such words meet as one name's when `korean_pair` allows it."""

from __future__ import annotations

from functools import cache, lru_cache

from screen.text.hangul import (
    LEADS_MR,
    LEADS_RR,
    TAILS_MR,
    VOWELS_MR,
    VOWELS_RR,
    initial_forms,
    jamo,
    unhyphened,
)
from screen.text.lazyre import deferred
from screen.text.romanize import pinyin_count
from screen.text.shipped import data_lines
from screen.text.sortedlines import read_whole_yet, table_value

KOREAN_MARK = "^"  # a key no word can be: it meets only another such key
MAX_SYLLABLES = 3  # of a word read (a given name written as one, "Jongun")
MAX_KEYS = 4  # keys kept of a word that parses several ways
# vowels as only Korean romanization writes them (RR's eo eu, both systems' ae oe
# ui): words of several syllables meet as Korean only when one of them has one
# ("Daesong", "Cheonmasan"), for most words of two or three syllables that read
# so are other languages' names ("Gamel" and "Kamel", "Hala" and "Hara")
MARKED_VOWELS = ("eo", "eu", "ae", "oe", "ui")
_SYLLABLES = 11172
_LONGEST = 7  # letters of the longest syllable's spelling ("tchyaek" and the like)
# the key's lead consonant: aspirated and tense ones as plain (MR without
# apostrophes writes 기 키 "ki" alike), ㅈ ㅊ ㅉ as "c"
_LEADS_KEY = "k k n t t r m p p s s - c c c k t p h".split()


def _leads(lead: int, vowel: str, first: bool) -> set[str]:
    """A lead consonant's spellings: MR's and RR's, MR's aspirates without their
    apostrophe (k t p: the romanizer's kh th ph no text writes), "ch" for ㅈ, "l"
    for ㄹ at a word's start (Li, Lyu; inside a word both systems write r: Hala
    and Hara are two names), and MR's "sh" for ㅅ before i, wi and y (shi, shin)."""
    forms = {unhyphened(LEADS_MR[lead]), unhyphened(LEADS_RR[lead])}
    forms = {f[:-1] if f in ("kh", "th", "ph") else f for f in forms}
    if LEADS_MR[lead] == "j":
        forms.add("ch")
    if LEADS_MR[lead] == "r" and first:
        forms.add("l")
    if LEADS_MR[lead] == "s" and vowel.startswith(("i", "wi", "y")):
        forms.add("sh")
    return forms


def _spellings(ch: str, first: bool) -> set[str]:
    """Every Latin spelling of one syllable in either system."""
    lead, vowel, tail = jamo(ch)
    vowels = {unhyphened(VOWELS_MR[vowel]), unhyphened(VOWELS_RR[vowel])}
    ending = unhyphened(TAILS_MR[tail])
    heads = _leads(lead, VOWELS_MR[vowel], first)
    return {head + body + ending for body in vowels for head in heads}


def _key(ch: str) -> str:
    lead, vowel, tail = jamo(ch)
    head = _LEADS_KEY[lead]
    return unhyphened(head) + unhyphened(VOWELS_MR[vowel]) + unhyphened(TAILS_MR[tail])


SYLLABLES = "korean_syllables.tsv"  # `build_syllable_table` as shipped, sorted by spelling


def spelling_keys(spelt: str, first: bool) -> str | None:
    """The keys of a spelling as a word's first syllable (keyed as the South reads
    it there) or as a later one, apart by spaces as the shipped table writes them
    (split when a word reads the spelling), or None: the table's line found by
    bisection (`sortedlines`), where reading its 3,400 lines into dicts took a check
    that met one Latin word with no letter foreign to Korean some 5 ms."""
    value = table_value(SYLLABLES, spelt)
    if value is None:
        return None
    heads, _, others = value.partition("\t")
    keys = heads if first else others
    return None if keys == "-" else keys


@cache
def syllable_table() -> tuple[dict[str, str], dict[str, str]]:
    """Spelling -> keys, for a word's first syllable and for the others: the whole
    shipped table, as `spelling_keys` reads it line by line."""
    first: dict[str, str] = {}
    later: dict[str, str] = {}
    for line in data_lines(SYLLABLES):
        spelt, heads, others = line.split("\t")
        if heads != "-":
            first[spelt] = heads
        if others != "-":
            later[spelt] = others
    return first, later


def build_syllable_table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Spelling -> keys, for a word's first syllable and for the others, from every
    syllable's spellings (`datagen/korean_syllables.py` ships it)."""
    first: dict[str, set[str]] = {}
    later: dict[str, set[str]] = {}
    for index in range(_SYLLABLES):
        ch = chr(0xAC00 + index)
        initial = initial_forms(ch)
        head_key = _key(initial[0]) if initial else _key(ch)
        for s in _spellings(ch, False):
            later.setdefault(s, set()).add(_key(ch))
        for s in (*_spellings(ch, True), *(_spellings(initial[0], True) if initial else ())):
            first.setdefault(s, set()).add(head_key)
    return (
        {s: frozenset(k) for s, k in first.items()},
        {s: frozenset(k) for s, k in later.items()},
    )


def korean_keys(word: str) -> tuple[str, ...]:
    """The keys of a word read as romanized Korean syllables, each marked
    (`KOREAN_MARK`), read in the fewest syllables: () when some of it is no
    syllable of either system, or it has more than `MAX_SYLLABLES`."""
    return _read(word)[1]


def korean_pair(a: str, b: str) -> bool:
    """Whether two words that share a Korean key (`shared_key`) may be one name's
    syllables in two romanizations.  Beside a word that reads as pinyin (in as few
    syllables: Dong, Yu, Chang) only where one writes a vowel as only Korean does and
    the other as MR does (Seong/Song, Yeo/Yo): Dong and Tong, Yu and Ryu, Jin and
    Chin are Chinese names too.  Else one syllable each (Guk/Kuk, Ryeol/Ryol), or
    one of them with such a vowel (`MARKED_VOWELS`: "Cheonmasan" for "Chonmasan",
    not "Gamel" for "Kamel", "Hala" for "Hara")."""
    first, second = _read(a), _read(b)
    if _pinyin(a, first[0]) or _pinyin(b, second[0]):
        return _marks(a) != _marks(b)
    return first[0] == second[0] == 1 or first[2] or second[2]


def _marks(word: str) -> frozenset[str]:
    return frozenset(v for v in MARKED_VOWELS if v in word)


def _pinyin(word: str, syllables: int) -> bool:
    return 0 < pinyin_count(word) <= syllables


# letters no romanization of Korean writes (a "c" only in "ch"): most words stop here
_NOT_KOREAN = deferred("[fqvxz]|c(?!h)")


@lru_cache(maxsize=65536)
def _read(word: str) -> tuple[int, tuple[str, ...], bool]:
    """(syllables, keys, a vowel only Korean writes so?) of a word read as romanized
    Korean in the fewest syllables ("jeong" 정, not 제옹), or (0, (), False)."""
    if len(word) < 2 or not word.isascii() or not word.isalpha() or _NOT_KOREAN.search(word):
        return 0, (), False
    n = len(word)
    # (once the table is read whole, as dicts of its own: a lookup without a call)
    tables = syllable_table() if read_whole_yet(SYLLABLES) else None
    # by end, the readings of word[:end] in the fewest syllables: how many, and each
    # reading's key and whether it writes a vowel only Korean writes so (a reading
    # in more syllables never makes a reading of the word in the fewest)
    found: dict[int, tuple[int, set[tuple[str, bool]]]] = {0: (0, {("", False)})}
    for end in range(1, n + 1):
        fewest, here = MAX_SYLLABLES, set[tuple[str, bool]]()
        for start in range(max(0, end - _LONGEST), end):
            reached = found.get(start)
            if reached is None or reached[0] >= fewest:
                continue  # (no reading reaches it: the common case, decided at once)
            spelt = word[start:end]
            if tables is None:
                written = spelling_keys(spelt, start == 0)
            else:
                written = tables[start != 0].get(spelt)
            if written is None:
                continue
            count, readings = reached
            if count < fewest - 1:
                fewest, here = count + 1, set[tuple[str, bool]]()
            keys = written.split(" ")
            marked = any(v in spelt for v in MARKED_VOWELS)
            here.update((key + k, seen or marked) for key, seen in readings for k in keys)
        # (a reading whose syllables left cannot spell the rest reads no word)
        if here and n - end <= (MAX_SYLLABLES - fewest) * _LONGEST:
            found[end] = fewest, here
        elif end - max(found) >= _LONGEST:
            return 0, (), False  # (no syllable can bridge the gap: not Korean)
    if n not in found:
        return 0, (), False
    fewest, read = found[n]
    kept = sorted({key for key, _ in read})[:MAX_KEYS]
    return fewest, tuple(KOREAN_MARK + k for k in kept), any(seen for _, seen in read)


def shared_key(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two parts' alternatives share a Korean key."""
    return any(x[:1] == KOREAN_MARK and x in b for x in a)
