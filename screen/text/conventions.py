"""Names as other languages write them, in the English spelling the
sanctions lists use (BGN/PCGN): French "Poutine", "Setchine", "Narychkine",
"Douguine", "Choïgou", "Abramovitch"; German "Setschin", "Timtschenko",
"Prigoschin", "Jewgeni", "Schoigu", "Abramowitsch", "Tschemesow".

Each language writes the Russian sounds its own way: ш is "ch" in French and "sch"
in German, ч "tch" and "tsch", ж "j" and "sch", у "ou" in French, й and я "j" and
"ja" in German, з between vowels "s" (and с "ss") in German, and French adds an "e"
after a final "-in" and a "u" after "g" before "e" and "i". A word is read in a
language's spelling only when it shows a mark of it (a final consonant and "ine",
"tch", "ou", "gue" / "gui" for French, the final "ine" not of an English word or a
known name: "marine", "Christine"; "sch" or a "w" for German, whose "w" the name
folding reads as "v", `namefold`): "Michel" is left alone, "Boucher" read into
something no list writes.  A Russian name as Polish and Czech write it is read
too ("Wasilczenko", "Siergiejewicz", "Słucki"; "Mizulinová"), and as Latvian and
Lithuanian write it ("Aksjonovs", "Dogajevas"), and so is an Arabic
name as French writes it in Lebanon, Syria and the Maghreb ("Chaoukat", "Radouane",
"Zouheir", "Chaabane"), but not an English word nor a Russian name French or German
spell.  The reading is an alternative spelling of the word
(`names.tables.word_alts`), never its own key.
"""

from __future__ import annotations

from functools import lru_cache

from screen.text.endings import stem
from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.namefold import fold
from screen.text.nametable import is_person_word

_FRENCH_MARK = deferred(r"tch|ou|gu[ei]|[^aeiouy]ine$")
_FRENCH = (
    (deferred(r"tch"), "\0"),  # ч, kept apart from ш
    (deferred(r"ch"), "sh"),  # ш
    (deferred("\0"), "ch"),
    (deferred(r"^iou"), "yu"),  # ю
    (deferred(r"ou"), "u"),  # у
    (deferred(r"gu(?=[ei])"), "g"),  # (a "u" that keeps the g hard)
    (deferred(r"(?<=[^aeiouy])ine$"), "in"),  # (an "e" that keeps the n sounded)
    (deferred(r"j"), "zh"),  # ж
)
_GERMAN_MARK = deferred(r"sch|w")
_GERMAN = (
    (deferred(r"tsch"), "\0"),  # ч, kept apart from ш
    (deferred(r"sch"), "sh"),  # ш and ж
    (deferred("\0"), "ch"),
    (deferred(r"j(?=[aeiou])"), "y"),  # й, я, ю, е after a vowel
    (deferred(r"(?<=[aeiou])s(?=[aeiou])"), "z"),  # з: one s between vowels (Tschemesow)
    (deferred(r"(?<=[aeiou])ss(?=[aeiou])"), "s"),  # (a doubled s between vowels: с)
)

# Arabic names as French writes them (Lebanon, Syria, the Maghreb): ش "ch", ج "dj",
# a waw "ou" ("w" beside a vowel: Radouane, Chaoukat), ay "ei" (Zouheir), a final
# -a "é" or "eh" (Koudsiyé, Chareh), "-ane" for -an (Chaabane, Othmane)
_FRENCH_ARABIC_MARK = deferred(r"ch|dj|ou|ei|[^aeiouy]ane$")  # (not "-eh" alone: Astaneh)
# (a Russian name spelt in French or German is theirs: "Poutine", "Setchine", "Setschin")
_RUSSIAN_ABROAD = deferred(r"tch|sch|gu[ei]|[^aeiouy]ine$|vitch$")
_FRENCH_ARABIC = (
    (deferred(r"ch"), "sh"),
    (deferred(r"dj"), "j"),
    (deferred(r"(?<=[ae])ou|ou(?=[aeiy])"), "w"),
    (deferred(r"ou"), "u"),
    (deferred(r"ei"), "ay"),
    (deferred(r"(?<=[^aeiouy])ane$"), "an"),
    (deferred(r"(?<=[^aeiou])eh?$"), "a"),
)
# Russian names as Polish writes them (Polish papers and transport data): ч "cz", ш
# "sz", щ "szcz", ж "rz"/"ż", х "ch", в "w", ц "c", е after a consonant "ie",
# "-ewicz" (Wasilczenko, Siergiejewicz, Słucki, Moreniec)
_POLISH_MARK = deferred(r"cz|sz|rz|[^aeiouy]ie|cki$")
_POLISH = (
    (deferred(r"szcz"), "\1"),
    (deferred(r"cz"), "\2"),
    (deferred(r"sz"), "sh"),
    (deferred(r"rz"), "zh"),
    (deferred(r"ch"), "kh"),
    (deferred("\1"), "shch"),
    (deferred("\2"), "ch"),
    (deferred(r"cki$"), "tsky"),
    (deferred(r"c(?!h)"), "ts"),
    (deferred(r"w"), "v"),
    (deferred(r"(?<=[^aeiouy])ie"), "e"),
    (deferred(r"j(?=[aeiou])"), "y"),
)
# ... and as Czech writes them: х "ch", a woman's surname with "-ová" added to the
# Russian feminine (Mizulinová for Mizulina, Ivanovová for Ivanova; not Petrova itself)
_CZECH_MARK = deferred(r"(?:in|[oe]v)ova$")
_CZECH = (
    (deferred(r"ova$"), "a"),
    (deferred(r"ch"), "kh"),
    (deferred(r"j(?=[aeiou])"), "y"),
)
# ... and as Latvian and Lithuanian write them: the nominative ending (`endings.stem`,
# which `names.tables.word_alts` reads back) after й and the soft vowels written with
# "j" (Aksjonovs, Bojarkins, Andrejus, Dogajevas): the stem with "y", where it is a
# known name or a Russian family name's ("-ov", "-ev", "-in")
_RUSSIAN_STEM = deferred(r"(?:[oe]v|[iy]n|sk|enk|ij|ej)$")
_CONVENTIONS = (
    (_FRENCH_MARK, _FRENCH),
    (_GERMAN_MARK, _GERMAN),
    (_FRENCH_ARABIC_MARK, _FRENCH_ARABIC),
    (_POLISH_MARK, _POLISH),
    (_CZECH_MARK, _CZECH),
)


@lru_cache(maxsize=65536)
def english_spellings(word: str) -> tuple[str, ...]:
    """`word` (normalised: lower case, no accents) as English writes the Russian
    name French or German spells so, for each of the two it bears the mark of; ()
    for a word of neither."""
    if len(word) < 4 or not word.isalpha():
        return ()
    out = []
    for mark, steps in _CONVENTIONS:
        found = mark.search(word)
        if found and found.group(0).endswith("ine") and _a_word(word):
            continue  # ("marine", "Christine": a final "ine" alone is their own)
        if found and steps is not _FRENCH and steps is not _GERMAN and _foreign_own(word):
            continue  # (an English word is its own: "Wilson"; a Russian's: "Setschin")
        if found:
            read = word
            for pattern, replacement in steps:
                read = pattern.sub(replacement, read)
            if read != word:
                out.append(read)
            if steps is _GERMAN and "sh" in read:
                out.append(read.replace("sh", "zh"))  # (German "sch" is ж too: Prigoschin)
    out.extend(_baltic(word))
    return tuple(dict.fromkeys(out))


def _baltic(word: str) -> tuple[str, ...]:
    """A Russian name as Latvian or Lithuanian writes it, its "j" read as "y"."""
    base = stem(word)
    if "j" not in base or not (_RUSSIAN_STEM.search(base) or is_person_word(base)):
        return ()
    return () if _a_word(word) else (base.replace("j", "y"),)  # ("Majors": English)


def _foreign_own(word: str) -> bool:
    return is_english_word(word) or _RUSSIAN_ABROAD.search(word) is not None


def _a_word(word: str) -> bool:
    return is_english_word(word) or is_person_word(word)


# A Russian initial of a letter English writes with two (Е Ye, Ю Yu, Я Ya, Ё Yo, Ж Zh,
# Х Kh, Ц Ts, Ч Ch, Ш Sh, Щ Shch) with its stop, beside another initial or a name
# ("Naryshkin S.Ye.", "Kovalchuk Yu.V.", "Ye. Prigozhin"): a name's initial, read as
# its first letter ("S.Y."), as a one-letter initial is; not a word ("Yu Wei") without
# the stop, nor a stop beside nothing that names
_RUSSIAN_INITIAL = deferred(
    r"(?<![^\s.,;(])(Shch|SHCH|[YZKTCS]h|[ZKCS]H|Y[eauo]|Y[EAUO]|Ts|TS)\."
    r"(?=\s*(?:[A-Z]{1,2}[a-z]{0,3}\.|[A-Z][a-z]|$|[,;)]))"
)


# The same initials in Cyrillic ("Ковальчук Ю.В."), which transliteration would write
# with two letters: each as its Latin first letter
_CYRILLIC_INITIAL = deferred(
    r"(?<![^\s.,;(])([ЖХЦЧШЩЮЯ])\.(?=\s*(?:[А-ЯЁ]\.|[А-ЯЁ][а-яё]|$|[,;)]))"
)
_CYRILLIC_FIRST = dict(zip("ЖХЦЧШЩЮЯ", "ZKTCSSYY", strict=True))


def russian_initials(text: str) -> str:
    """The text with Russian initials of two letters (`_RUSSIAN_INITIAL`, and in
    Cyrillic `_CYRILLIC_INITIAL`) written as one."""
    if "." not in text:
        return text
    if not text.isascii():
        text = _CYRILLIC_INITIAL.sub(lambda m: _CYRILLIC_FIRST[m.group(1)] + ".", text)
    return _RUSSIAN_INITIAL.sub(lambda m: m.group(1)[0] + ".", text)


# The endings of East Slavic family names written in Latin letters (Ivanov,
# Petrova, Belousov, Shevchenko, Kovalchuk, Abramovich, Dostoevsky): a word so
# ending beside two initials is a person's ("Kerimov S.A.", "M.V. Vorontsova")
SLAVIC_FAMILY_END = r"(?:[ey]?ova?|[ei]n|[iy]na|sk(?:y|iy|ii|aya)|enko|[iy]?uk|vich)"
# ... and in the other cases of a payment text, as Latin letters render them:
# "Pokhodovoy S.P." (for Pokhodova), "Ivanovu I.V.", "Dostoevskogo F.M."
SLAVIC_FAMILY_CASE_END = (
    r"(?:(?:[ey]?ov|[iy]n)(?:a|u|ym|im|om|e|oy|oi|oj|uyu)|sk(?:ogo|omu|im|ym|oy|oi|oj|uyu))"
)


GHQ_LEAST = 5  # letters of a word read with q for gh ("agha" would be any "aka")


def spelt_keys(word: str) -> tuple[str, ...]:
    """The keys of the word as another convention spells it: a Russian name as
    English writes what French or German write (`english_spellings`), and
    a word with "gh" (no English word) with "q": Persian and Arabic غ and ق are
    written either way (Ghods/Qods, Eghtesad/Eqtesad, Ghasem/Qasem)."""
    out = [fold(w) for w in english_spellings(word)]
    if "gh" in word and len(word) >= GHQ_LEAST and not is_english_word(word):
        out.append(fold(word.replace("gh", "q")))
    return tuple(dict.fromkeys(out))
