"""A person's generation written after the name: "Jr.", "Sr.", "III", "hijo".

A father and a son, or a grandfather and a grandson, often share every part of a
name and are told apart by it alone: "Samuel Knowles Sr." is not KNOWLES, JR.,
Samuel.  Where both the query and a listed person's name state a generation and
they differ, the name is another person's: its score is cut (`FACTOR`), as a
date of birth that differs cuts it (`engine/parties.weigh_births`).  Where one
side states none, nothing is known and nothing changes.

The suffixes are the generational ones of English names as nameparser's suffix
table writes them (jr, jnr, junior, sr, snr, senior, ii, iii, iv; that table mixes
them with honours and other languages' words, so these are classed here by hand),
the ordinals written out, and the words Spanish, Portuguese and French names use
(hijo, filho, fils; padre, pai, père); "Jr." and "II" are both a son named after
his father.  A
suffix is one only after a name: a text's first word is a title or a given name
("Sr. Juan Pérez" is Señor, "Junior Seau" a given name).
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.lazyre import deferred
from screen.text.normalize import normalize

FACTOR = 0.7  # a listed person of another generation: below any review threshold
_CLASSES = {
    **dict.fromkeys(("jr", "jnr", "junior", "hijo", "filho", "fils"), "junior"),
    **dict.fromkeys(("sr", "snr", "senior", "padre", "pai", "pere"), "senior"),
    **dict.fromkeys(("ii", "2nd"), "2"),
    **dict.fromkeys(("iii", "3rd"), "3"),
    **dict.fromkeys(("iv", "4th"), "4"),
}
_SAME = frozenset({frozenset({"junior", "2"})})  # ("Jr." is also written "II")
_WORD = deferred(r"[^\W_]+")


@lru_cache(maxsize=65536)
def generation(text: str) -> str:
    """The generation a name states after its first word ("" when none, or two)."""
    words = _WORD.findall(normalize(text)) if text else []
    found = {_CLASSES[w] for w in words[1:] if w in _CLASSES}
    return found.pop() if len(found) == 1 else ""


def differ(query: str, listed: str) -> bool:
    """Do two stated generations name different people?"""
    return bool(query and listed and query != listed) and frozenset({query, listed}) not in _SAME
