"""Name parts compared by consonant skeleton: a name written in an abjad (Arabic
script, Hebrew) or in katakana against its Latin spelling (`text/skeleton.py`).

A part read from such a script carries its skeletons ("a:bd", "a:lkdr"); a Latin
part is reduced in the same scheme when it meets one.  Parts are compared one to
one and, because the scripts and the lists split names differently ("Abdul
Qadir" / "عبد القادر", "Abdelkader", "Najibullah" / "نجیب الله"), also two
adjacent parts written as one on either side.  Only the scorer (`score.py`) and
the index (`index.py`, `rows.py`) call this, and only when a skeleton is there: a
Latin query pays for it only when some listed name is written in such a script.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from screen.matching.names.hawar import HOW as HAWAR
from screen.matching.names.hawar import hawar_agrees
from screen.matching.names.kanaspelt import ceiling
from screen.matching.names.reduced import Part
from screen.text import skeleton

EDIT_WEIGHT = 0.75  # an edit costs three quarters of its share of the skeleton
Unit = tuple[tuple[int, ...], frozenset[str], bool]  # positions, skeletons, read from a script?


@lru_cache(maxsize=262144)
def similarity(a: str, b: str, scheme: str) -> float:
    """Similarity of two skeletons of one scheme (0 when too far)."""
    if a == b:
        return skeleton.base(len(a), scheme)
    longest = max(len(a), len(b))
    limit = skeleton.edits_allowed(min(len(a), len(b)))
    if not limit or abs(len(a) - len(b)) > limit:
        return 0.0
    distance = OSA.distance(a, b, score_cutoff=limit)
    if distance > limit:
        return 0.0
    return skeleton.base(longest, scheme) * (1 - EDIT_WEIGHT * distance / longest)


def _skeletons(part: Part, scheme: str) -> frozenset[str]:
    """A part's own skeletons in `scheme`, or a Latin part's."""
    if part.skel:
        return frozenset(s[2:] for s in part.skel if s[0] == scheme)
    if part.role in ("initial", "number"):
        return frozenset()
    return _latin_skeletons(part.form, scheme)


@lru_cache(maxsize=262144)
def _latin_skeletons(form: str, scheme: str) -> frozenset[str]:
    return frozenset(skeleton.latin_variants(form, scheme)) if form.isalpha() else frozenset()


def _joined(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return frozenset(skeleton.joined(x, y) for x in a for y in b)


KANA_BLUR = 0.5  # a word's consonants of evidence lost to kana's blurred classes
# The Arabic article as Latin spellings write it apart ("al-Saghir", "as-Sayyid").
ARTICLES = frozenset("al el ul ad ar as at az ash".split())


def evidence(parts: Sequence[Part], positions: tuple[int, ...], article: bool) -> float:
    """Consonants a skeleton match rests on (of its side read from a script): each
    word's without its article "al-" (as-Salam is s-l-m, as Salim), but for the
    article's own when the Latin side writes one too (`article`: al-Saghir)."""
    total = 0.0
    for i in positions:
        skels = frozenset(s[2:] for s in parts[i].skel)
        if skels:
            articled = article and any(_articled(s, skels) for s in skels)
            # kana's classes blur voicing, l/r and the palatals: half a consonant less
            blurred = parts[i].skel[0][0] == skeleton.KANA
            total += min(map(len, skels)) + articled - KANA_BLUR * blurred
    return total


def schemes_of(parts: Sequence[Part]) -> frozenset[str]:
    return frozenset(s[0] for p in parts for s in p.skel)


@lru_cache(maxsize=65536)
def units(parts: tuple[Part, ...], scheme: str, lo: int, hi: int) -> tuple[Unit, ...]:
    """Each part in [lo, hi), each two adjacent ones written as one (Latin ones in
    either order: "HAQ, Abdul"; a script's in its own), and three around an
    article ("Abd al Hamid" / "عبدالحميد"): (positions, skeletons in `scheme`, read
    from a script?)."""
    return _units(parts, scheme, lo, hi)


def _units(parts: Sequence[Part], scheme: str, lo: int, hi: int) -> tuple[Unit, ...]:
    single = [_skeletons(parts[i], scheme) for i in range(lo, hi)]
    script = [bool(parts[i].skel) for i in range(lo, hi)]
    out: list[Unit] = [((lo + i,), s, script[i]) for i, s in enumerate(single) if s]
    for i in range(len(single) - 1):
        a, b = single[i], single[i + 1]
        if scheme == skeleton.KANA and "particle" not in (
            parts[lo + i].role,
            parts[lo + i + 1].role,
        ):
            continue  # kana and Hangul write a foreign name's words apart, but for
            # an article ("알아사드" al-Assad): two words met as one are chance
        if a and b:
            both = script[i] or script[i + 1]
            out.append(((lo + i, lo + i + 1), _joined(a, b), both))
            if not both:  # Latin names are often written the other way round
                out.append(((lo + i + 1, lo + i), _joined(b, a), both))
            c = single[i + 2] if i + 2 < len(single) else frozenset()
            if c and parts[lo + i + 1].role == "particle":
                three = (lo + i, lo + i + 1, lo + i + 2)
                out.append((three, _joined(_joined(a, b), c), both or script[i + 2]))
    return tuple(out)


Near = dict[str, list[tuple[str, tuple[int, ...], bool, frozenset[str]]]]


@lru_cache(maxsize=4096)
def _near(parts: tuple[Part, ...], scheme: str, lo: int, hi: int) -> Near:
    """A query's units by the deletions of their skeletons."""
    out: Near = defaultdict(list)
    for positions, skels, script in units(parts, scheme, lo, hi):
        for s in skels:
            for d in skeleton.deletions(s):
                out[d].append((s, positions, script, skels))
    return out


def _articled(s: str, skels: frozenset[str]) -> bool:
    """Whether `s` is the skeleton of a word read with its article "al-" (the same
    skeleton without the article's "l" is among the word's)."""
    return s[0] == "l" and s[1:] in skels


def candidates(
    lparts: tuple[Part, ...], qparts: tuple[Part, ...], lo: int, hi: int
) -> Iterator[tuple[float, tuple[int, ...], tuple[int, ...]]]:
    """(similarity, listed positions, query positions) of skeleton matches between
    a script side and a Latin side (a name read from a script meets its own
    script's words by their spelling, not here)."""
    for scheme in schemes_of(qparts[lo:hi]) | schemes_of(lparts):
        near = _near(qparts, scheme, lo, hi)
        found: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
        for lpos, lskels, l_script in units(lparts, scheme, 0, len(lparts)):
            for s in lskels:
                for d in skeleton.deletions(s):
                    for q, qpos, q_script, qskels in near.get(d, ()):
                        if q_script == l_script and not (l_script and _hawar(qparts, qpos)):
                            continue  # (a Turkish or Kurdish spelling meets the script too)
                        if len(lpos) > 1 and len(qpos) > 1:
                            continue  # words written as one meet one word: on both
                            # sides ("dr alasil" / "darassa ali") they are chance
                        if not hawar_agrees(lparts, lpos, qparts, qpos, s, q):
                            continue
                        sim = similarity(s, q, scheme)
                        if sim and s != q and (_articled(s, lskels) or _articled(q, qskels)):
                            continue  # the article's "l" is no consonant of the name:
                            # without it the skeleton is too short for an edit
                        if sim > found.get((lpos, qpos), 0.0):
                            found[lpos, qpos] = sim
        for (lpos, qpos), sim in found.items():
            yield sim, lpos, qpos


def _hawar(parts: Sequence[Part], positions: tuple[int, ...]) -> bool:
    """Are these parts Latin in the Turkish or Kurdish alphabet (`hawar.py`)?"""
    return any(parts[i].how == HAWAR for i in positions)


Where = tuple[int, tuple[int, ...]]
SKELETON_KEY = "\x01"  # before a scheme: the index strings of names read from a script


def _distinct(parts: tuple[Part, ...], positions: tuple[int, ...]) -> bool:
    return any(parts[i].role in ("word", "number") for i in positions)


def _listed_keys(s: str) -> list[str]:
    """The keys a listed skeleton is found under: itself ("="), and when it allows an
    edit, each deletion (a query one letter shorter, "-") and each deletion with its
    place (a letter replaced, "<i>")."""
    keys = ["=" + s]
    if skeleton.edits_allowed(len(s)):
        for i in range(len(s)):
            rest = s[:i] + s[i + 1 :]
            keys += ["-" + rest, f"{i}{rest}"]
    return keys


def _query_keys(q: str) -> list[str]:
    """The keys that find the listed skeletons within one edit of `q`: the same,
    one letter longer, one shorter, one replaced, two neighbours swapped."""
    keys = ["=" + q, "-" + q]
    if skeleton.edits_allowed(len(q)):
        for i in range(len(q)):
            rest = q[:i] + q[i + 1 :]
            keys += ["=" + rest, f"{i}{rest}"]
        for i in range(len(q) - 1):
            keys.append("=" + q[:i] + q[i + 1] + q[i] + q[i + 2 :])
    return keys


def listed_strings(parts: tuple[Part, ...]) -> list[tuple[str, int]]:
    """The strings the index finds a listed name read (in part) from a script under:
    a marker of each scheme it holds, and its units' skeletons' keys (`_listed_keys`)."""
    out: list[tuple[str, int]] = []
    every = not any(p.role in ("word", "number") for p in parts)
    for scheme in sorted(schemes_of(parts)):
        out.append((SKELETON_KEY + scheme, 0))
        for positions, skels, read in units(parts, scheme, 0, len(parts)):
            if read and (every or _distinct(parts, positions)):
                for s in skels:
                    for key in _listed_keys(s):
                        out.extend((f"{SKELETON_KEY}{scheme}{key}", i) for i in positions)
    return out


def query_strings(parts: tuple[Part, ...], schemes: frozenset[str]) -> dict[str, tuple[float, int]]:
    """The strings a query's Latin parts look for among names read from a script,
    each with the most a skeleton match can score and the query parts (a bit each)
    of the units it comes from."""
    out: dict[str, tuple[float, int]] = {}
    for scheme in schemes:
        for positions, skels, read in units(parts, scheme, 0, len(parts)):
            if not read or _hawar(parts, positions):
                mask = sum(1 << i for i in positions)
                for q in skels:
                    # the most a match can be worth: a short skeleton meets only itself
                    short = len(q) < skeleton.EDIT_MIN
                    most = ceiling(skeleton.base(len(q)) if short else skeleton.SKELETON, scheme)
                    for key in _query_keys(q):
                        held, bits = out.get(f"{SKELETON_KEY}{scheme}{key}", (0.0, 0))
                        out[f"{SKELETON_KEY}{scheme}{key}"] = (max(held, most), bits | mask)
    return out


class SkeletonIndex:
    """Latin listed names by their units' skeletons in a scheme, built in one pass
    when a query read from a script first needs it; a query's skeleton finds those
    within an edit by spelling out its edits over the listed skeletons' letters."""

    def __init__(self, names: Callable[[], Iterable[tuple[int, tuple[Part, ...], bool]]]) -> None:
        """`names`: a pass over (name id, parts, index every part?) of the listed names."""
        self.names = names
        self.tables: dict[str, tuple[dict[str, list[Where]], str]] = {}

    def _table(self, scheme: str) -> tuple[dict[str, list[Where]], str]:
        if scheme not in self.tables:
            exact: dict[str, list[Where]] = defaultdict(list)
            for name_id, parts, every in self.names():
                distinct = [p.role in ("word", "number") for p in parts]
                for positions, skels, read in _units(parts, scheme, 0, len(parts)):
                    if not read and (every or any(distinct[i] for i in positions)):
                        for s in skels:
                            exact[s].append((name_id, positions))
            self.tables[scheme] = (exact, "".join(sorted(set().union(*exact))))
        return self.tables[scheme]

    def reached(self, qparts: tuple[Part, ...]) -> Iterator[tuple[Where, float]]:
        """Latin listed units the query's parts read from a script come near by
        skeleton, with the best similarity."""
        for scheme in schemes_of(qparts):
            exact, letters = self._table(scheme)
            for _qpos, qskels, read in units(qparts, scheme, 0, len(qparts)):
                if not read:
                    continue
                for q in qskels:
                    for listed in skeleton.within_an_edit(q, letters) & exact.keys():
                        sim = similarity(listed, q, scheme)
                        for where in exact[listed] if sim else ():
                            yield where, ceiling(sim, scheme)
