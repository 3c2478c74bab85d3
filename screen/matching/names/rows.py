"""What the name index keeps of each listed name, computed once when a list is indexed.

`index_rows` reduces each listed name and says under which strings the index finds
it (`strings`: a part's form, folded key and aliases, two parts written together,
an initial's letter), which words its typos may reach, its acronym, its one word
and its CJK text.  `Shape` is the little the candidate bound needs of a name (the
weight and kind of each part, its family name), small enough to keep on disk
beside the postings and read back without reducing the name again.
"""

from __future__ import annotations

import struct
from collections.abc import Hashable, Iterable, Iterator

from screen.matching.names.lookup import JOIN_MIN
from screen.matching.names.parts import reduce_listed
from screen.matching.names.prepared import Listed, prepare
from screen.matching.names.reduced import DISTINCT
from screen.matching.names.skeletons import listed_strings
from screen.matching.names.variants import Entry, listed_names, written_as_one
from screen.matching.names.written import JOIN_PIECES
from screen.tuples import NamedTuple

# before a letter: a listed initial of that letter (any query part of it meets it), and a
# listed word of that letter (a query initial meets it)
INITIAL_KEY, LETTER_KEY = "\x00", "\x02"


class Shape(NamedTuple):
    """The weights and kinds of a listed name's parts: what the bound reads."""

    weights: tuple[float, ...]
    distinct: tuple[bool, ...]  # a word or a number: indexed in full
    family: frozenset[int]  # positions of a person's family name
    person: bool
    total: float
    base: float  # weight of the parts that are not indexed (any query part may match them)
    n_distinct: int
    generic_only: bool  # a name of generic words only: it must match in full
    letters: str = ""  # the first letter of each part (what a query's initial may meet)
    absorbs: int = 0  # the most query parts its parts that are not indexed can match
    long: tuple[bool, ...] = ()  # a part of `JOIN_MIN` letters or more

    @property
    def reached_alone(self) -> bool:
        """Whether one reached part may be enough (else a score above the one-part
        cap needs two of its distinctive parts)."""
        return self.generic_only or self.n_distinct < 2


def absorbed(long: int, short: int) -> int:
    """The most query parts `long` and `short` listed parts the index does not hold
    can match: one each, or a listed unit (a long part, `JOIN_MIN` letters or more,
    or two parts written together) met by up to `JOIN_PIECES` query parts written
    together (`score.py`); a pair of short parts takes no more than 3 / 2 each,
    and a long part no more than 3."""
    return JOIN_PIECES * long + (JOIN_PIECES * short) // 2


OTHER_LETTER = 1 << 26  # a first letter outside a-z
PERSON_MARK = 1 << 27  # set in every person's `person_letters`


def letter_bits(letters: Iterable[str]) -> int:
    """A bit per letter a-z (one bit for any other letter)."""
    bits = 0
    for ch in letters:
        bits |= 1 << (ord(ch) - 97) if "a" <= ch <= "z" else OTHER_LETTER
    return bits


def person_letters(listed: Listed) -> int:
    """0 for a name not a person's; else `PERSON_MARK` and the first letters of its
    distinctive parts (those a query's initials may meet, as `bound` counts them)."""
    if not listed.person:
        return 0
    parts = listed.reduced.parts
    return PERSON_MARK | letter_bits(p.form[:1] or " " for p in parts if p.role in DISTINCT)


def make_shape(
    weights: tuple[float, ...],
    distinct: tuple[bool, ...],
    family: frozenset[int],
    person: bool,
    letters: str,
    long: tuple[bool, ...],
) -> Shape:
    base = sum(w for w, d in zip(weights, distinct, strict=True) if not d)
    generic_only = bool(weights) and not any(distinct)
    total, n = sum(weights), sum(distinct)
    n_long = sum(1 for d, g in zip(distinct, long, strict=True) if g and not d)
    # (a name of generic words only is indexed at every part: none is left to absorb)
    absorbs = 0 if generic_only else absorbed(n_long, len(weights) - n - n_long)
    return Shape(
        weights, distinct, family, person, total, base, n, generic_only, letters, absorbs, long
    )


def shape_of(listed: Listed) -> Shape:
    parts = listed.reduced.parts
    return make_shape(
        tuple(p.weight for p in parts),
        tuple(p.role in DISTINCT for p in parts),
        listed.reduced.family,
        listed.person,
        "".join(p.form[:1] or " " for p in parts),
        tuple(len(p.form) >= JOIN_MIN for p in parts),
    )


_DISTINCT_BIT, _FAMILY_BIT, _LONG_BIT = 1, 2, 4


def stored_shape(listed: Listed) -> tuple[bytes, bool]:
    """The bytes a list store keeps of `shape_of(listed)` (`decode_shape` reads them
    back): the part count, one flag byte per part (distinctive, family, long), the
    weights as little-endian doubles (read back with one `struct` call) and the
    parts' first letters (UTF-8); and its `reached_alone`.  Written from the parts
    without making the `Shape` (once per listed name of a list)."""
    reduced = listed.reduced
    parts, family = reduced.parts, reduced.family
    flags = bytearray()
    weights = []
    letters = []
    n_distinct = 0
    for i, p in enumerate(parts):
        form = p.form
        distinct = p.role in DISTINCT
        n_distinct += distinct
        flags.append(
            (_DISTINCT_BIT if distinct else 0)
            | (_FAMILY_BIT if i in family else 0)
            | (_LONG_BIT if len(form) >= JOIN_MIN else 0)
        )
        weights.append(p.weight)
        letters.append(form[:1] or " ")
    n = len(parts)
    packed = struct.pack(f"<{n}d", *weights)
    return bytes((n,)) + flags + packed + "".join(letters).encode(), n_distinct < 2


def decode_shape(blob: bytes, person: bool) -> Shape:
    """The shape `stored_shape` wrote; ValueError for anything else."""
    if not isinstance(blob, bytes) or not blob or len(blob) < 1 + 10 * blob[0]:
        raise ValueError("a name's shape is not a part count, flags, weights and letters")
    n = blob[0]
    flags = blob[1 : 1 + n]
    weights = struct.unpack_from(f"<{n}d", blob, 1 + n)
    letters = blob[1 + 9 * n :].decode()  # (a UnicodeDecodeError is a ValueError)
    if len(letters) != n:
        raise ValueError("a name's shape does not give one letter per part")
    if not all(0.0 <= w <= 10.0 for w in weights) or any(f > 7 for f in flags):
        raise ValueError("a name's shape holds a weight or a flag out of range")
    return make_shape(
        weights,
        tuple(bool(f & _DISTINCT_BIT) for f in flags),
        frozenset(i for i, f in enumerate(flags) if f & _FAMILY_BIT),
        person,
        letters,
        tuple(bool(f & _LONG_BIT) for f in flags),
    )


class Row(NamedTuple):
    """One listed name as the index stores it."""

    owner: Hashable
    text: str
    weak: bool
    person: bool
    listed: Listed
    strings: tuple[tuple[str, int], ...]  # (string, listed position) it is found under
    words: frozenset[str]  # listed words a typo may reach
    acronym: str  # its initials, when an acronym may stand for it
    single: str  # its one word, when an acronym of the query may meet it
    cjk: str


def _strings(listed: Listed) -> tuple[tuple[tuple[str, int], ...], set[str]]:
    parts = listed.reduced.parts
    generic_only = not listed.distinctive
    distinct = [p.role in DISTINCT for p in parts]
    found: dict[tuple[str, int], None] = {}
    words: set[str] = set()
    for i, p in enumerate(parts):
        if generic_only and listed.person:
            # an initial on either side meets any word of its letter on the other
            found[(INITIAL_KEY if len(p.form) == 1 else LETTER_KEY) + p.form[0], i] = None
        if distinct[i] or generic_only:
            found[p.form, i] = None
            found[p.key, i] = None
            for s in p.alts:
                found[s, i] = None
            words.add(p.form)
            words.add(p.key)
            if p.how == "transliterated":  # (its Latin readings: not the names' ids)
                words.update(a for a in p.alts if a.isalpha())
    mixed = False  # a string found at a part that is not distinctive
    for unit in listed.units:
        positions = unit.positions
        if len(positions) < 2:
            continue
        first, second = positions
        if distinct[first] or distinct[second] or generic_only:
            found[unit.form, first] = found[unit.form, second] = None
            found[unit.key, first] = found[unit.key, second] = None
            mixed = mixed or not (distinct[first] and distinct[second])
    if listed.reduced.skeletal:  # a name read from an abjad or kana: by its skeletons
        found.update(dict.fromkeys(listed_strings(parts)))
        mixed = True
    if generic_only or not mixed:
        return tuple(found), words
    # the bound counts only distinctive parts: a string met at one ("Abd Al" at
    # "abd" and the particle "al") is kept at those alone, so that it counts as
    # meeting one part, not two (a name that needs two is then met by intersections)
    strong = {s for s, i in found if distinct[i]}
    kept = tuple([(s, i) for s, i in found if distinct[i] or s not in strong])
    return kept, words


FEW, SINGLE, MULTI = 0, 1, 2  # how a string meets a name: see `memory.Postings.add_row`


def index_rows(entries: Iterable[Entry]) -> Iterator[Row]:
    """`entries`: (owner, name as listed, weak alias?, person?[, a vessel's or an
    aircraft's?]); names that reduce to nothing are left out.  A name giving others
    apart by slashes is indexed whole and as each of them that has a distinctive word;
    an organisation's or a craft's name of short words also as them written as one
    (`variants.written_as_one`).  A name read another way that reduces as the name
    itself does is indexed once ("XYZ, S.A." written "xyz sa": both "xyz")."""
    seen: set[tuple[str, ...]] = set()  # the readings of the entry in hand
    for owner, text, weak, person, craft, alternative, read in listed_names(entries):
        if read == text and not alternative:
            seen = set()  # (an entry's name as listed comes first: one listed twice is kept)
        reduced = reduce_listed(read, person)
        forms = (*(p.form for p in reduced.parts), reduced.cjk)
        if (not reduced.parts and not reduced.cjk) or (forms in seen and read != text):
            continue
        seen.add(forms)
        listed = prepare(reduced, person, craft)
        if alternative and not listed.distinctive:
            continue  # ("IMPORT/EXPORT CORPORATION" gives no name "EXPORT CORPORATION")
        yield _row(owner, text, weak, person, listed)
        joined = None if person else written_as_one(reduced.parts)
        if joined is not None:
            one = reduced._replace(parts=joined, cjk="", family=frozenset())
            yield _row(owner, text, weak, person, prepare(one, person, craft), acronym=False)


def _row(
    owner: Hashable, text: str, weak: bool, person: bool, listed: Listed, acronym: bool = True
) -> Row:
    strings, words = _strings(listed)
    parts = listed.reduced.parts
    initials = listed.initials if acronym and len(listed.initials) >= 3 and not person else ""
    return Row(
        owner,
        text,
        weak,
        person,
        listed,
        strings,
        frozenset(words),
        initials if len(parts) >= 2 else "",
        parts[0].form if len(parts) == 1 and parts[0].role == "word" else "",
        listed.reduced.cjk,
    )
