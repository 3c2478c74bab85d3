"""How goods words are compared: a light stem applied to terms and texts alike.

"refinery", "refining" and "refine" are one word ("refin"), and so are the same
word in German, French, Spanish, Italian and Portuguese ("Raffinerie",
"raffineria", "refinería"); the vowels a word ends with go, as Spanish, Italian and
Portuguese change them for number and gender ("semiconduttore", "semiconduttori";
"microscopio", "microscopi"; "esplosivo", "esplosivi"); the words for machines are
one word ("apparatus for ..." matches a term written "equipment").  A stem is its
own stem, so a compound's head read from a folded word folds alike.
"""

from __future__ import annotations

from functools import lru_cache

# The vowel a Romance noun or adjective ends with changes with its number and gender
# (Italian "generatore", "generatori"; "vacuna", "vacunas" is the English plural rule)
ROMANCE_ENDINGS = "aeio"
MACHINE_WORDS = frozenset(
    {"machine", "machinery", "apparatus", "equipment", "plant", "installation", "system", "unit"}
    | {"fab"}  # (a semiconductor fabrication plant: "wafer fab" is "wafer fab equipment")
)


@lru_cache(maxsize=65536)
def stem(key: str) -> str:
    """The form goods words are compared in (applied to terms and texts alike)."""
    if key in MACHINE_WORDS:
        return "equipment"
    if len(key) >= 7 and key.endswith(("ing", "inery")) and key.isalpha():
        return key[:-3]  # "refining", "refinery" -> "refin"
    if len(key) >= 8 and key.endswith(("inerie", "ineria", "inaria")) and key.isalpha():
        return key[:-4]  # the same in German, French, Italian, Spanish, Portuguese
    # the vowels it ends with ("refine", Italian "microscopio" and "microscopi",
    # "raffinerie" and "raffineria"), all of them, so that a stem is its own stem;
    # "a", "i", "o" from seven letters ("robota", Ukrainian for work, is no "robot")
    ending = key[-1:] in ROMANCE_ENDINGS and (key.endswith("e") or len(key) >= 7)
    if ending and len(key) >= 6 and key.isalpha():
        return key.rstrip(ROMANCE_ENDINGS)
    return key


def written_so(key: str, word: str) -> bool:
    """Is the token `key` the Romance word `word` as written, or with its ending
    changed for number or gender ("semiconduttori" of "semiconduttore",
    "microscopi" of "microscopio")?"""
    if key.endswith(word):
        return True
    if len(word) < 4 or word[-1] not in ROMANCE_ENDINGS or key[-1:] not in ROMANCE_ENDINGS:
        return False
    return key[:-1].endswith(word[:-1]) or (word.endswith("io") and key.endswith(word[:-1]))
