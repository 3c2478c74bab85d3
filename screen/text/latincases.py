"""A name declined by the grammar of the Latin-script language around it, read back
to the name as lists write it.

Finnish, Estonian and Hungarian write their case endings onto a foreign name
("Sberbankille": to Sberbank; "Rosneftiga": with Rosneft; "Gazpromnak": for
Gazprom), Polish, Czech and Slovak decline it ("Bankowi Sepah", "Talibanów",
"Kuzmenkovi", "Vitalijovi"), Lithuanian and Latvian add their own endings
("Surgutneftegazui", "Uralvagonzavodam"), and German writes its genitive -s ("des
Rosoboronexports").  An ending of two letters or more, after a stem of four, is
read back: the stem becomes another spelling of the word, as a Russian case's
nominative is (`russiancases.py`).  The endings of one letter (Polish and Czech
"dla Gazpromu", "Pana Hasana") are read back only after a word that governs such a
case: a Polish or Czech preposition, "Pan"/"Pani".

Sources: the case endings of the grammars (Wikipedia: "Finnish noun cases",
"Estonian grammar", "Hungarian noun phrase", "Polish morphology", "Czech
declension", "Lithuanian declension").
"""

from __future__ import annotations

from functools import cache

from screen.text.lazyre import deferred
from screen.text.normalize import normalize
from screen.text.russiancases import case_readings
from screen.text.scriptnames import Reading

# endings as written (lower case), longest first: Finnish, after a foreign name's
# final consonant with its "i" (-ille, -illa, -ilta, -issa, -ista, -iksi, -iin) or
# after a vowel (-lle, -lta, -ssa, -sta, -ksi); Estonian (-iga, -ile, -ilt, -ist,
# -isse); Hungarian (-nak/-nek, -hoz/-hez/-höz, -nál/-nél, -tól/-től, -ról/-ről,
# -ból/-ből); Polish (-owi, -ów, -ami, -ach, -iem); Czech and Slovak (-ovi, -ům; not
# -ech: "-tech"); Lithuanian (-ui, -ams, -am); German (-s after "des", below)
ENDINGS = tuple(
    sorted(
        {
            *"ille illa ilta issa ista iksi iin lle lta ssa sta ksi".split(),
            *"iga ile ilt ist isse".split(),
            *"nak nek hoz hez höz nál nél tól től ról ről ból ből".split(),
            *"owi ów ami ach iem ovi ům ui ams am".split(),
        },
        key=lambda e: (-len(e), e),
    )
)
STEM_MIN = 4  # letters of a stem: shorter words are read as written
GENITIVE_STEM_MIN = 5  # before a German -s, which an English plural writes too
# one-letter endings, and "-em", read back only after these words (Polish, Czech and
# Slovak prepositions that govern the genitive, the dative or the instrumental, and
# "Mr"/"Mrs"), in small letters: "dla Gazpromu", "od Łukoilu", "Pana Hasana"
CUES = frozenset("dla od do przez przy z ze u w we na o po k ke ku pro s se za".split())
SHORT_ENDINGS = ("em", "u", "a", "e", "y", "i")
TITLES = frozenset({"pan", "pana", "panu", "panem", "pani"})  # "Mr", "Mrs", declined
CUED_WORDS = 3  # the words in capitals after a cue that it governs
_WORD = deferred(r"[^\W\d_]+")
_GENITIVE = deferred(r"(?<![^\W\d_])des\s+([^\W\d_]+s)\b")


def _stems(word: str, cued: bool) -> list[str]:
    low = word.lower()
    out = []
    for ending in ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= STEM_MIN:
            out.append(low[: -len(ending)])
            if ending == "ovi":  # (Kuzmenko-vi as well as Vitalij-ovi)
                out.append(low[:-2])
            break
    if cued and not out:
        out += [low[: -len(e)] for e in SHORT_ENDINGS if low.endswith(e)][:1]
    return [s for s in out if len(s) >= STEM_MIN]


def latin_case_readings(text: str) -> tuple[dict[str, Reading], frozenset[str]]:
    """Each Latin-script word of `text` with a case ending, with its stems as its
    other spellings (keys and forms normalised); and the cues that governed a word
    read back ("dla", "Pana"), which name no one."""
    out: dict[str, Reading] = {}
    cues: set[str] = set()
    cue, cued = "", 0  # the cue and the words it still governs ("Pana Hasana Nasrallaha")
    for found in _WORD.finditer(text):
        word = found.group()
        stems = _stems(word, cued > 0) if len(word) > STEM_MIN else []
        if stems:
            key = normalize(word)
            forms = tuple(dict.fromkeys((key, *map(normalize, stems))))
            if len(forms) > 1:
                out[key] = Reading(forms, (), False, "")
                cues.update((cue,) if cued else ())
        if word in CUES or word.lower() in TITLES:
            cue, cued = normalize(word), CUED_WORDS
        else:
            cued = cued - 1 if cued and word[:1].isupper() else 0
    for name in _GENITIVE.findall(text):
        if len(name) - 1 >= GENITIVE_STEM_MIN:
            key = normalize(name)
            out.setdefault(key, Reading((key, normalize(name[:-1])), (), False, ""))
            cues.add("des")
    return out, frozenset(cues)


def query_cases(text: str) -> tuple[dict[str, Reading], frozenset[str]]:
    """The readings of a query's declined words, Russian (`russiancases`) and Latin,
    and the Latin words its Russian and Ukrainian function words are written as."""
    cyrillic, stops = case_readings(text) if not text.isascii() else ({}, frozenset())
    latin, cues = latin_case_readings(text)
    return {**latin, **cyrillic}, stops | cues


def declined_from(word: str, base: str) -> bool:
    """Whether `word` (normalised) is `base` with a case ending (for the explanation:
    "sberbankille" of "sberbank")."""
    if not word.startswith(base) or len(base) < STEM_MIN:
        return False
    ending = word[len(base) :]
    return ending in _folded_endings() or (ending == "vi" and base[-1:] in "aeiouy")


@cache
def _folded_endings() -> frozenset[str]:
    """The endings as a normalised word writes them ("ów" as "ow"), read when first
    asked: normalising them at import would load the transliteration tables."""
    return frozenset(normalize(e) for e in (*ENDINGS, *SHORT_ENDINGS, "s"))
