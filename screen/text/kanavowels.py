"""How near a katakana name's reading is to a Latin spelling, vowels included.

A consonant skeleton (`skeleton.py`) is all an abjad gives, but katakana writes
its vowels: "セテレム" (seteremu) is not only s-t-r-m but Setelem, vowel for vowel,
with the "u" Japanese adds after a final consonant.  So a katakana reading and a
Latin word are both written in the consonant classes Japanese keeps (voicing,
l/r, v/b, the palatals blur: `skeleton.KANA`) with their vowels, and aligned by
an edit distance whose costs are Japanese's own: the vowel katakana adds after a
consonant ("u", "o" after t/d, "i" after ch/j: "makishimu", "toropikku") costs
little, a vowel the Latin writes and katakana drops (a silent "e", one vowel of
a pair) or a vowel read as another costs more, a consonant costs one.  Unlike the
skeleton's classes, these keep voicing, which katakana writes ("ギーゲ" is not Kike),
but for the sibilants (s, z, j, sh are one: English "Jones" is ジョーンズ).
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.lazyre import deferred
from screen.text.skeleton import SOFT_C, classes_in, table

# Latin letters and digraphs in the classes katakana keeps apart; "" = dropped.
_CLASSES = table(
    "kh=h gh=g dh=d th=s ph=f sh=s ch=t dj=s zh=s ck=k ts=t tz=t b=b p=p v=b w= "
    "t=t d=d j=s g=g h=h f=f k=k q=k c=k x=ks r=r l=r z=s s=s m=m n=n y=y"
)
_VOWELS = frozenset("aeiou")
_SOFT_G = deferred(r"g(?=[eiy])")  # Technology テクノロジー, Georgiy ゲオルギー? (a sibilant)
_Y_VOWEL = deferred(r"y(?![aeiou])")  # Sally サリー, Yuriy ユーリー
ADDED = 0.3  # a vowel katakana adds after a consonant (u, o, i)
VOWEL = 0.6  # a vowel dropped, added (another than those) or read as another
CONSONANT = 1.0
# The vowel katakana adds after a consonant with none: "u" after most ("ク", "ス",
# "ツ" for ts), "o" after t and d ("ト", "ド"), "i" after ch and j ("チ", "ジ").
_ADDED_AFTER = {"u": "bdfghkmprst", "o": "td", "i": "ts"}


_FINAL_NG = deferred(r"ng$")  # Leong レオン, but Young ヤング
_FINAL_V = deferred(r"v$")  # Galimov ガリモフ: Russian says a final v as f


def latin_forms(word: str) -> tuple[str, ...]:
    """A normalised Latin word as katakana may read it: "g" before e, i, y hard
    (Georgiy ゲオルギー) or soft (Technology テクノロジー), a final "ng" as "ng" or
    "n", a final "v" as "v" or "f"."""
    word = _Y_VOWEL.sub("i", SOFT_C.sub("s", word))
    forms = {word, _SOFT_G.sub("j", word)}
    forms |= {_FINAL_NG.sub("n", f) for f in forms}
    forms |= {_FINAL_V.sub("f", f) for f in forms}
    return tuple(sorted({vowelled(f) for f in forms}))


@lru_cache(maxsize=65536)
def vowelled(text: str) -> str:
    """A Latin word (or a katakana word's Hepburn reading) in the kana consonant
    classes, vowels kept, doubled letters written once."""
    classes = classes_in(text, _CLASSES, vowels=True)
    out: list[str] = []
    for ch in classes:
        if ch and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def _cost_kana_only(ch: str, before: str) -> float:
    if ch in _VOWELS:
        return ADDED if before in _ADDED_AFTER.get(ch, "") else VOWEL
    return CONSONANT


def _cost_latin_only(ch: str) -> float:
    return VOWEL if ch in _VOWELS else CONSONANT


def _cost_swap(a: str, b: str) -> float:
    return VOWEL if a in _VOWELS and b in _VOWELS else CONSONANT


@lru_cache(maxsize=65536)
def nearness(kana_reading: str, latin_word: str) -> float:
    """1.0 for a katakana reading that spells the Latin word as Japanese writes it,
    down to 0.0: one less the alignment's cost over the Latin word's letters (the
    best of the ways katakana may read it)."""
    a = vowelled(kana_reading)
    return max((_aligned(a, b) for b in latin_forms(latin_word)), default=0.0)


def _aligned(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    # edit distance with the costs above; row i: a[:i] against every b[:j]
    previous = [0.0]
    for ch in b:
        previous.append(previous[-1] + _cost_latin_only(ch))
    for i, ca in enumerate(a, 1):
        skip_a = _cost_kana_only(ca, a[i - 2] if i > 1 else "")
        row = [previous[0] + skip_a]
        for j, cb in enumerate(b, 1):
            swap = 0.0 if ca == cb else _cost_swap(ca, cb)
            row.append(
                min(previous[j - 1] + swap, previous[j] + skip_a, row[j - 1] + _cost_latin_only(cb))
            )
        previous = row
    return max(0.0, 1.0 - previous[-1] / len(b))
