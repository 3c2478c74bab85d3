"""Consonant skeletons: how a name in an abjad is compared with its Latin spelling.

Arabic, Persian, Urdu and Hebrew write consonants and leave short vowels out;
alif, waw and ya (aleph, vav, yod) stand for long vowels as often as for
consonants; a doubled consonant is written once.  So a name written in such a
script is compared with a Latin name by the consonants both keep, in classes
the transliteration systems disagree on (q/k, kh/k, gh/g/j/dj, th/t, dh/d,
sh/ch, p/b, ph/f), vowels and glides dropped but a word's first consonant-glide
kept ("Yusuf", "Wali"), doubles collapsed.

Both sides are reduced per script family (`ARABIC`, `HEBREW`), since the same
Latin letter stands for different letters in each (Persian "v" is a waw, Hebrew
"v" a bet).  Katakana names are reduced the same way (`KANA`): Japanese adds a
vowel after every consonant, reads l as r and v as b, so only the consonant
classes are compared.  A skeleton is evidence, not spelling: `score.py` weighs
it below a spelled match, and less the shorter it is.
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.lazyre import deferred

ARABIC = "a"
HEBREW = "h"
KANA = "k"
SCHEMES = (ARABIC, HEBREW, KANA)

# Arabic script (Arabic, Persian, Urdu, Pashto letters): letter -> class ("" = vowel/silent).
_ARABIC_LETTERS = {
    **dict.fromkeys("اأإآٱءؤئىةۀۃعے", ""),
    **dict.fromkeys("وۆۇۈۋ", "w"),
    **dict.fromkeys("يیۍېێ", "y"),
    **dict.fromkeys("بپ", "b"),
    **dict.fromkeys("تطثٹټ", "t"),
    **dict.fromkeys("جژغگڅځډ", "j"),
    **dict.fromkeys("حهھ", "h"),
    **dict.fromkeys("خقكکګڪ", "k"),
    **dict.fromkeys("دذضڈ", "d"),
    **dict.fromkeys("رڑړ", "r"),
    **dict.fromkeys("زظژ", "z"),
    **dict.fromkeys("سصښ", "s"),
    **dict.fromkeys("شچ", "x"),
    **dict.fromkeys("فڤ", "f"),
    **dict.fromkeys("ل", "l"),
    **dict.fromkeys("م", "m"),
    **dict.fromkeys("نںڼ", "n"),
}
_ARABIC_ARTICLE = "ال"

# Hebrew: letter -> class.
_HEBREW_LETTERS = {
    **dict.fromkeys("אע", ""),
    **dict.fromkeys("ו", "w"),
    **dict.fromkeys("י", "y"),
    **dict.fromkeys("ב", "b"),
    **dict.fromkeys("גג", "j"),
    **dict.fromkeys("ד", "d"),
    **dict.fromkeys("הח", "h"),
    **dict.fromkeys("ז", "z"),
    **dict.fromkeys("טת", "t"),
    **dict.fromkeys("כךק", "k"),
    **dict.fromkeys("ל", "l"),
    **dict.fromkeys("מם", "m"),
    **dict.fromkeys("נן", "n"),
    **dict.fromkeys("סש", "s"),
    **dict.fromkeys("צץ", "c"),
    **dict.fromkeys("פף", "f"),
    **dict.fromkeys("ר", "r"),
}


def table(spec: str) -> dict[str, str]:
    """ "kh=k gh=j w=" -> {"kh": "k", "gh": "j", "w": ""}."""
    return dict(pair.split("=") for pair in spec.split())


# Latin spellings per scheme: letter or digraph -> class.  Vowels, and "w" and "y"
# after a word's first letter, are dropped (they are long vowels in the abjads).
_LATIN_COMMON = table(
    "kh=k gh=j dh=d th=t ph=f sh=x ch=x dj=j zh=j ck=k b=b p=b t=t j=j g=j h=h k=k q=k "
    "c=k x=ks d=d r=r z=z s=s f=f l=l m=m n=n w=w v=w y=y"
)
_LATIN = {
    ARABIC: _LATIN_COMMON,
    HEBREW: {**_LATIN_COMMON, **table("v=b sh=s ch=h kh=h tz=c ts=c p=f c=k")},
    # Japanese keeps the consonant classes: voicing, l/r, v/b and the palatals blur.
    KANA: table(
        "kh=h gh=k dh=t th=s ph=h sh=s ch=t dj=t zh=s ck=k ts=t tz=t ng=n b=b p=b v=b w= "
        "t=t d=t j=t g=k h=h f=h k=k q=k c=k x=ks r=r l=r z=s s=s m=m n=n y="
    ),
}
SOFT_C = deferred(r"c(?=[eiy])")  # (a soft "c": Cecil, Maurice)
_VOWELS = frozenset("aeiou")


def _collapse(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _drop_glides(classes: list[str]) -> str:
    """w and y are consonants only where a word starts with them."""
    kept = [c for i, c in enumerate(classes) if c and (c not in "wy" or i == 0)]
    return _collapse("".join(kept))


@lru_cache(maxsize=262144)
def latin(word: str, scheme: str) -> str:
    """The consonant skeleton of a normalised Latin word, in `scheme`'s classes."""
    text = SOFT_C.sub("s", word) if scheme != KANA else word
    classes = classes_in(text, _LATIN[scheme])
    if scheme == KANA:
        return _collapse("".join(classes))
    return _drop_glides(classes)


def classes_in(text: str, classes_of: dict[str, str], vowels: bool = False) -> list[str]:
    """Each letter or digraph of a Latin word in the classes of `classes_of`; a
    vowel as itself (`vowels`) or as "" (dropped)."""
    classes: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _VOWELS:
            classes.append(ch if vowels else "")
            i += 1
            continue
        for size in (2, 1):
            seq = text[i : i + size]
            if seq in classes_of and len(seq) == size:
                classes.append(classes_of[seq])
                i += size
                break
        else:
            i += 1  # digits and the like carry no consonant
    return classes


# The article written onto "Abd" in Latin spellings ("Abdul", "Abdel", "Abdur
# Rahman"): the Arabic writes "عبد" and the article on the next word.
_ABD_ARTICLE = deferred(r"^abd(?:[aeiou]|ou)?(?:l|r|s|z|n|t|d|sh)$")


# A single "s" between vowels, which French, German, Italian and Portuguese voice
# as a "z" and the abjads write so ("Therese" تيريز, "Rosa" روزا, "Isabel" איזבל).
_VOICED_S = deferred(r"(?<=[aeiouy])s(?=[aeiouy])")


def latin_variants(word: str, scheme: str) -> tuple[str, ...]:
    """The skeleton of a Latin word, and in Arabic without an article written onto
    "Abd"; in an abjad's scheme also with a voiced "s" read as "z"."""
    whole = latin(word, scheme)
    if scheme == ARABIC and _ABD_ARTICLE.match(word):
        return (whole, latin("abd", scheme))
    if scheme != KANA and _VOICED_S.search(word):
        voiced = latin(_VOICED_S.sub("z", word), scheme)
        return (whole, voiced) if voiced != whole else (whole,)
    return (whole,) if whole else ()


def _variants(classes: list[str]) -> tuple[str, ...]:
    """The skeleton, and without a first glide (waw and ya also begin with a vowel:
    "Ould", "Oumar")."""
    out = [_drop_glides(classes)]
    if classes and classes[0] in ("w", "y"):
        out.append(_drop_glides(["", *classes[1:]]))
    return tuple(dict.fromkeys(s for s in out if s))


# Letters read one way in Arabic and another in Persian and Urdu (ض d/z, ذ d/z,
# ث t/s, ظ z/d), and a word's last ه, often silent (-eh, -ah, -iye).
_PERSIAN = {"ض": "z", "ذ": "z", "ث": "s", "ظ": "d"}


def arabic(word: str) -> tuple[str, ...]:
    """Skeletons of a word in Arabic script: as Arabic and as Persian reads it,
    with and without its article "al-" and a final silent ه, and with a final ة as
    the "t" it is before a noun ("جماعة الدعوة", Jamaat-ud-Dawa; "حركة", Harakat)."""
    letters = [ch for ch in word if ch.isalpha()]
    readings = [[_ARABIC_LETTERS.get(ch, "") for ch in letters]]
    if any(ch in _PERSIAN for ch in letters):
        readings.append([_PERSIAN.get(ch) or _ARABIC_LETTERS.get(ch, "") for ch in letters])
    if len(letters) > 3 and letters[-1] in "هە":
        readings.extend([r[:-1] for r in readings])
    if len(letters) > 2 and letters[-1] in "ةۃ":  # (said "t" before a noun: Jamaat-ud-Dawa)
        readings.extend([[*r[:-1], "t"] for r in readings])
    out: list[str] = []
    for classes in readings:
        out.extend(s for s in _variants(classes) if s not in out)
    if word.startswith(_ARABIC_ARTICLE) and len(word) > 3:
        # without the article, its word's first glide is a consonant ("al-Yasmin")
        out.extend(s for r in readings if (s := _drop_glides(r[2:])) and s not in out)
    return tuple(out)


def hebrew(word: str) -> tuple[str, ...]:
    return _variants([_HEBREW_LETTERS.get(ch, "") for ch in word if ch.isalpha()])


def kana(hepburn: str) -> tuple[str, ...]:
    """The skeleton of a katakana word from its Hepburn reading."""
    whole = latin(hepburn, KANA)
    return (whole,) if whole else ()


def joined(a: str, b: str) -> str:
    """Two skeletons written as one word (a doubled consonant at the seam is one)."""
    return a + b[1:] if a and b and a[-1] == b[0] else a + b


# Skeleton evidence: a longer skeleton says more.  An exact skeleton of three
# consonants or more is nearly as good as a transliteration; of two, weaker; of one
# ("Ali", "Ayyub"), barely a hint.  One consonant edit is allowed from four (and
# no more: a longer skeleton is two words written together, each with its own).
SKELETON = 0.9
SHORT = {1: 0.65, 2: 0.8}
KANA_DISCOUNT = 0.1
EDIT_MIN = 4


LONGEST_EDITED = 40  # longer skeletons are codes or run-together text: met exactly only


def edits_allowed(length: int) -> int:
    """The edits a skeleton of this length may carry: none past LONGEST_EDITED, so
    that the keys of one (each deletion and replacement, both sides of the index)
    stay few: a consignee of one 10,000-letter word made 30,000 keys of 10,000
    letters, 2.4 GB for one row."""
    return 0 if length < EDIT_MIN or length > LONGEST_EDITED else 1


def base(length: int, scheme: str = ARABIC) -> float:
    """What an exact skeleton of this many consonants is worth.  Katakana writes its
    vowels, and a skeleton drops them, so its skeleton is worth less than an abjad's
    (which has no vowels to drop): "Sberbnk" is nearer its Latin name, typo and
    all, than the skeleton of "ズベルバンク"."""
    value = SHORT.get(length, SKELETON)
    return value - KANA_DISCOUNT if scheme == KANA else value


def within_an_edit(word: str, letters: str) -> set[str]:
    """`word`, and when it allows an edit, every string a letter of `letters` added or
    put in the place of one of its own, a letter dropped, or two neighbours swapped,
    makes of it: every skeleton `names.skeletons.similarity` may find near it."""
    out = {word}
    if not edits_allowed(len(word)):
        return out
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        out.update(head + c + tail for c in letters)
        if tail:
            out.update(head + c + tail[1:] for c in letters)
            out.add(head + tail[1:])
            if len(tail) > 1:
                out.add(head + tail[1] + tail[0] + tail[2:])
    return out


@lru_cache(maxsize=262144)
def deletions(word: str) -> frozenset[str]:
    """`word`, and every string its allowed edits' deletions make of it."""
    out = {word}
    if edits_allowed(len(word)):
        frontier = {word}
        for _ in range(edits_allowed(len(word))):
            frontier = {w[:i] + w[i + 1 :] for w in frontier if len(w) > 1 for i in range(len(w))}
            out |= frontier
    return frozenset(out)
