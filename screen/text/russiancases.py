"""A Russian word in a grammatical case, read back to the forms it may be the case
of: the names a list gives in the nominative, as a sentence declines them.

"Оплата для Сбербанка" (for Sberbank), "получатель: Аркадию Ротенбергу" (to Arkady
Rotenberg), "по договору со Стройтрансгазом" (with Stroytransgaz), "Поклонской
Наталье Владимировне" (to Natalia Vladimirovna Poklonskaya): a payment or a
contract names its party in the genitive, the dative or the instrumental.  Each
ending below is undone into the nominative endings it may come from, after the
declension tables of Russian nouns, adjectives, surnames and patronymics
(Wikipedia, "Russian declension" and "Russian surnames"; Zaliznyak's grammatical
dictionary's classes): a masculine noun's -а, -у, -ом, -е (Сбербанк), a soft one's
-я, -ю, -ем, -е (Игорь) and -ия, -ию, -ием, -ии (Аркадий), a feminine's -ы, -и,
-е, -у, -ой, -ей (Светлана, Наталья), a patronymic's, an adjectival surname's
(Поклонская, Достоевский) and a possessive surname's (Походова, Золотов) own.

A word keeps its own form first: the candidates are other spellings, each worth
what the spelling it meets is (`parts.py` reads them as a transliterated word's).
A feminine surname's oblique -ой/-ой is read back to the feminine only, and the
masculine genitive -ова/-ина, which is a feminine nominative too, is not read
back at all: "Иванова" is Ivanova, never Ivanov misspelt.
"""

from __future__ import annotations

from screen.text.lazyre import lazy_pattern
from screen.text.scriptnames import Reading

CYRILLIC_WORD = lazy_pattern("[\u0400-\u04ff]{4,}")
FUNCTION_WORD = lazy_pattern("(?<![\\w\u0400-\u04ff])[\u0400-\u04ff]{1,5}(?![\\w\u0400-\u04ff])")
# Russian and Ukrainian prepositions and conjunctions: the Cyrillic stopwords of
# rigour 1.0.0 (kept in screen/datagen/sources/rigour-1.0.0-names.json), and the
# prepositions' other forms ("со", "ко", "во", "об", "обо") with "у" and "через".
# A payment or a contract puts them around a name ("от Геннадия Тимченко"); they
# are dropped from a query's words (after its legal form is read: "Общество с
# ограниченной ответственностью" keeps its "с"), when written in small letters.
FUNCTION_WORDS = frozenset(
    "а але в все від для до з за и из к как на но о от по при про с це что що это як і "
    "со ко во об обо у через".split()
)
STEM_MIN = 3  # letters left before an ending: shorter words are not declined so

# oblique ending -> the nominative endings it may come from, longest ending first
# (an ending is tried only when no longer one matched)
ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    sorted(
        {
            # patronymics: -вич (Васильевича), -вна (Владимировне), -ична (Ильиничны)
            "вича": ("вич",), "вичу": ("вич",), "вичем": ("вич",), "виче": ("вич",),
            "вны": ("вна",), "вне": ("вна",), "вну": ("вна",), "вной": ("вна",),
            "ичны": ("ична",), "ичне": ("ична",), "ичну": ("ична",), "ичной": ("ична",),
            # adjectival surnames and words: -ский/-ская, -цкий/-цкая, -ый/-ой/-ий
            "ского": ("ский",), "скому": ("ский",), "ским": ("ский",), "ском": ("ский",),
            "ской": ("ская",), "скую": ("ская",),
            "цкого": ("цкий",), "цкому": ("цкий",), "цким": ("цкий",), "цком": ("цкий",),
            "цкой": ("цкая",), "цкую": ("цкая",),
            "ого": ("ый", "ой", "ий"), "ому": ("ый", "ой", "ий"), "его": ("ий",), "ему": ("ий",),
            # possessive surnames: -ов/-ев/-ин (Золотову, Путиным), -ова/-ева/-ина (Походовой)
            "ову": ("ов", "ова"), "ове": ("ов",), "овым": ("ов",), "овой": ("ова",),
            "еву": ("ев", "ева"), "еве": ("ев",), "евым": ("ев",), "евой": ("ева",),
            "ину": ("ин", "ина"), "ине": ("ин", "ина"), "иным": ("ин",), "иной": ("ина",),
            # soft stems: Аркадий (-ия, -ию, -ием, -ии), Наталья (-ьи, -ье, -ью, -ьей)
            "ия": ("ий",), "ию": ("ий", "ия"), "ием": ("ий",), "ии": ("ий", "ия"),
            "ьи": ("ья",), "ье": ("ья",), "ью": ("ья", "ь"), "ьей": ("ья",), "ьем": ("ь",),
            # hard masculine nouns (Сбербанка, Ротенбергу, Стройтрансгазом, Сбербанке),
            # soft ones (Игоря, Игорю, Игорем) and feminine ones (Светланы, Светлане,
            # Светлану, Светланой; Ольги; Марией)
            "а": ("",), "у": ("", "а"), "ом": ("",), "е": ("", "а", "я", "ь"),
            "я": ("ь",), "ю": ("ь", "я"), "ем": ("ь",),
            "ы": ("а",), "и": ("а", "я", "ь"), "ой": ("а",), "ей": ("я", "ь"),
            # feminine nominatives, not a masculine genitive: Иванова, Путина, Поклонская
            "ова": (), "ева": (), "ина": (), "ына": (), "ая": (), "яя": (),
        }.items(),
        key=lambda e: -len(e[0]),
    )
)  # fmt: skip


def nominatives(word: str) -> tuple[str, ...]:
    """The forms a Cyrillic word (lower case) may be an oblique case of, its own
    form not among them."""
    for ending, originals in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_MIN:
            stem = word[: -len(ending)]
            return tuple(stem + o for o in originals if stem + o != word)
    return ()


def oblique_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each Cyrillic word of `text` (four letters or more) with the forms it may be
    an oblique case of."""
    out = []
    for word in CYRILLIC_WORD().findall(text.lower()):
        found = nominatives(word)
        if found:
            out.append((word, found))
    return out


def case_readings(text: str) -> tuple[dict[str, Reading], frozenset[str]]:
    """The Latin word each Cyrillic word of `text` in an oblique case is written as,
    with the nominatives it may stand for as its other spellings; and the Latin
    words its Russian and Ukrainian prepositions and conjunctions are written as."""
    from screen.text.nametable import is_person_word
    from screen.text.normalize import normalize

    out = {}
    for word, forms in oblique_words(text):
        latin = normalize(word)
        if word[-1] not in "ая" or not is_person_word(latin):  # ("Ольга": no Oleg's case)
            out[latin] = Reading(tuple(dict.fromkeys((latin, *map(normalize, forms)))), (), False)
    # (in small letters: "И.В." are initials, "и" is "and")
    words = FUNCTION_WORD().findall(text)
    return out, frozenset(normalize(w) for w in words if w in FUNCTION_WORDS)
