"""Arabic names written in Turkish or Kurdish (Hawar) Latin letters, compared with
the lists' English spellings by their consonants.

Turkish and Kurmanji Kurdish write an Arabic name by their own alphabets: "c" for
ج (Cemal, Culani, Cephe), "ç" and "ş" for ch and sh, "ğ" for غ (Muğniye, Bağdadi),
Kurdish "x" for خ (Xelîl, Xalid) and "q" for ق, and their own vowels: "e" for a
fatha, "i" and "î", "u" and "û" ("Mihemed" Muhammad, "Ebdilezîz" Abdel Aziz,
"Heniyye" Haniyeh, "Ferec" Faraj). The vowels differ past what spelling tables
list; the consonants do not. So a text that shows these alphabets (a letter of
"ğışçêîûİ", and none that French writes and they do not: "é", "è", "à") has each
word read as the Arabic consonants it writes: a skeleton in the Arabic scheme
(`text.skeleton`), weighed as a name read from Arabic script is (`score.py`: below a
spelled match, less the shorter it is). The word keeps its own spelling too: a
Turkish firm's name still meets by its letters first.
"""

from __future__ import annotations

from collections.abc import Sequence

from screen.matching.names.reduced import Part
from screen.text import skeleton
from screen.text.arabicnames import split_compounds
from screen.text.lazyre import deferred
from screen.text.normalize import normalize
from screen.text.scriptnames import Reading

HOW = "Turkish or Kurdish spelling, by its consonants"
# the letters that show the two alphabets (Turkish ğ ı ş ç İ; Kurdish ê î û beside
# ş ç x; ü and ö alone are German's too)
_MARKS = frozenset("ğışçêîûĞŞÇÊÎÛİ")
# letters neither alphabet writes and French does: a French text's "ç", "ê", "î" are
# French ("François Hérault", "Benoît Lefèvre")
_FRENCH = frozenset("éèàôëœùÉÈÀÔ")
_WORDS = deferred(r"[^\W\d_]+")
_LETTERS = str.maketrans(
    {"c": "j", "ç": "ch", "ş": "sh", "ğ": "gh", "x": "kh", "ı": "i", "ê": "e", "î": "i"}
)
SHORTEST = 3  # letters of a word read so (a particle "el", "bin" is the lists' own)


def hawar_readings(text: str) -> dict[str, Reading]:
    """Each word of a text in the Turkish or Kurdish alphabet, with the consonant
    skeletons of the Arabic name it spells (its compound written as the lists' is:
    `split_compounds`, "Necmeddîn" najm-al-din); {} for a text without their letters."""
    if _MARKS.isdisjoint(text) or not _FRENCH.isdisjoint(text):
        return {}
    out: dict[str, Reading] = {}
    for word in _WORDS.findall(text):
        plain = split_compounds([normalize(word).strip()])
        spelt = split_compounds([normalize(word.lower().translate(_LETTERS))])
        if len(plain) != len(spelt):
            continue  # (read as a compound one way only: no word to pair)
        for own, read in zip(plain, spelt, strict=True):
            if len(own) < SHORTEST or not own.isalpha() or not read.isalpha() or own in out:
                continue
            skels = skeleton.latin_variants(read, skeleton.ARABIC)
            if read[-1] in "aeiou":  # (a final ه the lists write "-ah": Mela Mullah)
                skels = (*skels, *skeleton.latin_variants(read + "h", skeleton.ARABIC))
            if skels:
                forms = (own, read) if read != own else (own,)
                arabic = tuple(f"{skeleton.ARABIC}:{s}" for s in skels)
                out[own] = Reading(forms, arabic, False, HOW)
    return out


_VOWEL_RUNS = deferred("[aeiou]+")
_VOICED = str.maketrans("t", "d")  # (Turkish writes a final "d" as "t": Ahmet, Mehmet)


def _syllables(parts: Sequence[Part], positions: tuple[int, ...]) -> int:
    return sum(len(_VOWEL_RUNS.findall(parts[i].form)) for i in positions)


def hawar_agrees(
    lparts: Sequence[Part],
    lpos: tuple[int, ...],
    qparts: Sequence[Part],
    qpos: tuple[int, ...],
    listed: str,
    query: str,
) -> bool:
    """Whether a skeleton match of query parts in the Turkish or Kurdish alphabet and
    listed Latin parts (any other always does) holds: these write every vowel and
    consonant, if not the English ones, so the listed words must have as many
    syllables ("Mihemed" Muhammad; not "Mehmudi" Muhammadi, "Kalkavan" Kalkan) and
    the same consonants but for a "t" written for a "d" ("Selahedin" Selahattin; not
    "Yildiz" Yilmaz)."""
    if all(qparts[i].how != HOW for i in qpos) or any(lparts[i].skel for i in lpos):
        return True  # (not this alphabet, or against a script that writes no vowels)
    same = listed.translate(_VOICED) == query.translate(_VOICED)
    return same and _syllables(lparts, lpos) == _syllables(qparts, qpos)
