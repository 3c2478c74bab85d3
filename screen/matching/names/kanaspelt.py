"""A katakana word met by skeleton, and by its vowels too: spelled, not a skeleton.

`skeletons.py` finds a part read from katakana and a Latin part by their
consonants alone, thin evidence that `score.py` caps below review unless the
skeletons are long.  Katakana writes vowels, though: where the reading agrees
with the Latin word vowel for vowel, as Japanese writes a foreign name
(`text/kanavowels.py`: "セテレム" seteremu, Setelem; "ホナール" honaru, Honar), the
pair is a transliteration, worth what a spelling is.  "Sara" and "Sally" agree
in their consonants but not their vowels: a skeleton still.
"""

from __future__ import annotations

from collections.abc import Sequence

from screen.matching.names.reduced import Part
from screen.text.kanavowels import nearness
from screen.text.skeleton import KANA

AGREE = 0.9  # nearness from which the reading spells the Latin word
SPELT = 0.9  # what an exact reading is worth (a transliteration, not the spelling)
SLOPE = 2.0  # worth lost per unit of nearness below 1
LATIN_MIN = 4  # letters of a Latin word to be spelled by a reading (not "Ali")
Candidate = tuple[float, float, tuple[int, ...], tuple[int, ...], str]


def _readings(part: Part) -> tuple[str, ...]:
    return tuple(s for s in (part.form, *part.alts) if s.isascii() and s.isalpha())


def _kana(part: Part) -> bool:
    return any(s[0] == KANA for s in part.skel)


def _nearness(script: Part, latin: Sequence[Part]) -> float:
    word = "".join(p.form for p in latin)
    if len(word) < LATIN_MIN or not word.isalpha():
        return 0.0
    return max((nearness(r, word) for r in _readings(script)), default=0.0)


def ceiling(sim: float, scheme: str) -> float:
    """The most a skeleton match of `sim` in `scheme` may score (the index's bound):
    a kana word's vowels may spell its Latin partner."""
    return max(sim, SPELT) if scheme == KANA else sim


def skeleton_candidate(
    sim: float,
    lparts: Sequence[Part],
    parts: Sequence[Part],
    lpos: tuple[int, ...],
    qpos: tuple[int, ...],
) -> Candidate:
    """The candidate a skeleton match makes: "kana" (spelled) when a katakana part
    reads as its Latin partner, vowels and all; "skeleton" otherwise."""
    weight = sum(lparts[i].weight for i in lpos)
    near = 0.0
    if len(qpos) == 1 and _kana(parts[qpos[0]]):
        near = _nearness(parts[qpos[0]], [lparts[i] for i in lpos])
    elif len(lpos) == 1 and _kana(lparts[lpos[0]]):
        near = _nearness(lparts[lpos[0]], [parts[i] for i in qpos])
    if near >= AGREE:
        return (max(sim, SPELT - SLOPE * (1.0 - near)), weight, lpos, qpos, "kana")
    return (sim, weight, lpos, qpos, "skeleton")
