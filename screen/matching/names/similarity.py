"""How close two name parts are: 0-1, and how they matched.

Graded, not a cliff: one edit in a long word costs little, one edit in a short
word costs more, and beyond `MAX_EDITS` a word is another word.  The part is
compared as written and as folded (transliteration variants: kh/h, doubled
letters, ph/f), and the better of the two counts, so folding never turns one
edit into two.  A nickname or abbreviation ("Bill"/"William", "Intl"/
"International") and an initial ("V."/"Vladimir") match at fixed values.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from screen.matching.names.aliaskinds import alias_kind, related
from screen.matching.names.countryids import COUNTRY_MARK, same_country
from screen.matching.names.countryphrases import other_countries
from screen.matching.names.reduced import Part
from screen.matching.names.tables import VARIANT_MARK
from screen.text.endings import feminine_of
from screen.text.korean import korean_pair, shared_key
from screen.text.lazyre import deferred

MAX_EDITS = 2
EDIT_COST = 1.5  # an edit costs one and a half times its share of the word's length
MIN_SIMILARITY = 0.45  # below this two words are different words
FOLDED = 0.97  # the same word in another transliteration
# letters of the shorter of two spellings that fold alike, for them to be one word
# in two transliterations whatever their consonants: in a shorter word another
# consonant is another word ("THK" is no "TC", "AXA" no "AQSA"); it meets as the
# typo it may be
FOLD_MIN = 4
_DOUBLED = deferred(r"(.)\1+")
_NO_VOWELS = str.maketrans("", "", "aeiouy")
ALIAS = 0.9  # nickname, abbreviation
INITIAL = 0.75  # an initial against a word it could stand for
# a family name's feminine form against the masculine (Surkova / Surkov): the family's
# name, another person's: with the given name the same, a review at most
FEMININE = 0.5
# a vowel written for another inside a word (no letters swapped) costs half an edit:
# transliterations of one name disagree on vowels most (Qaeda/Qaida, Usama/Osama)
VOWEL_SWAP = 0.5
VOWEL_SWAP_MIN = 5  # in shorter words a vowel tells names apart (Kodo/Kudo, Dana/Dina)
VOWELS = frozenset("aeiou")
# a Korean syllable in the other romanization (Jeong/Jong, Eun/Un, Guk/Kuk): the
# same name, a little less sure than a fold (unwritten breves merge ㅓ with ㅗ)
KOREAN = 0.95
# an organisation's word for a country against another name of that country
# (Burma/Myanmar, Iranian/Iran: `countryids`): the same, as a transliteration is
COUNTRY = FOLDED


LONGEST_TYPO_WORD = 40  # longer "words" are codes or run-together text: exact only


def edits_allowed(length: int) -> int:
    """Edits a word of this length may carry and still count (see `graded`).
    Bounded so that the deletion lookup of any word costs at most a few thousand
    strings, however long the word (a 1,600-letter consignee stays cheap)."""
    if length < 3 or length > LONGEST_TYPO_WORD:
        return 0
    return 1 if length < 10 else MAX_EDITS


def vowel_mask(word: str) -> str:
    """The word with each vowel a transliteration may write another way marked "*"
    (not the last letter, an ending; none in short words): two spellings of a name
    that differ only in such vowels share it (Muhammad/Mohammed, Osama/Usama)."""
    if not VOWEL_SWAP_MIN <= len(word) <= LONGEST_TYPO_WORD or not word.isalpha():
        return ""
    return "".join("*" if c in VOWELS else c for c in word[:-1]) + word[-1]


@lru_cache(maxsize=262144)
def graded(a: str, b: str) -> float:
    """Similarity of two different words from their edit distance (0 when too far):
    within the word's edit allowance, or vowels written another way only, each at
    half an edit, within it (`vowel_mask`)."""
    longest = max(len(a), len(b))
    limit = edits_allowed(min(len(a), len(b)))
    if not limit or abs(len(a) - len(b)) > limit or not (a.isalpha() and b.isalpha()):
        return 0.0
    distance = OSA.distance(a, b, score_cutoff=limit)
    if distance > limit:  # then only vowels written another way (same `vowel_mask`)
        if len(a) != len(b) or longest < VOWEL_SWAP_MIN or a[-1] != b[-1]:
            return 0.0
        distance = 0
        for x, y in zip(a, b, strict=True):
            if x != y:
                if x not in VOWELS or y not in VOWELS:
                    return 0.0
                distance += 1
    cost = float(distance)
    if longest >= VOWEL_SWAP_MIN and distance == Levenshtein.distance(a, b):
        cost -= VOWEL_SWAP * sum(
            1
            for op in Levenshtein.editops(a, b)
            if op.tag == "replace"
            and a[op.src_pos] in VOWELS
            and b[op.dest_pos] in VOWELS
            and op.src_pos < len(a) - 1  # a last vowel is an ending: Maria/Mario
        )
    sim = 1.0 - EDIT_COST * cost / longest
    return sim if sim >= MIN_SIMILARITY and cost <= limit else 0.0


@lru_cache(maxsize=262144)  # a list repeats its words, a batch its consignees' words
def part_similarity(listed: Part, query: Part, person: bool) -> tuple[float, str]:
    """(similarity, how) of a listed part and a query part."""
    if (listed.how == "skeleton") != (query.how == "skeleton"):
        return 0.0, ""  # an abjad word read letter by letter: only its skeleton counts
    if listed.form == query.form:
        return 1.0, query.how or listed.how or "exact"
    if _folds_alike(listed, query):
        return FOLDED, query.how or "folded"
    if other_countries(listed.form, query.form):
        return 0.0, ""  # (Iraq is no typo of Iran: another country)
    if not person and same_country(listed.alts, query.alts):
        return COUNTRY, "country"
    if person and _feminine(listed, query):
        return FEMININE, "feminine"  # (Surkova: Surkov's wife or daughter, not him misspelt)
    if listed.role == "number" or query.role == "number":
        # a Roman numeral spelt as the other side's word ("XI" Jinping): the same letters
        # or a letter read as a Roman numeral ("NOOR I", "NOOR 1"): the same number
        met = query.form if query.form in listed.alts else listed.form
        if listed.role == query.role or not (query.form in listed.alts or met in query.alts):
            return 0.0, ""
        return 1.0, "number" if met.isdigit() else "exact"
    if _korean(listed, query):
        return max(KOREAN, _both(listed, query)), "korean"
    # (a generic word is no nickname or abbreviation of a name: "Corporation" / "CRP")
    if (
        (listed.alts or query.alts)
        and (query.role != "generic" or listed.role == "generic")
        and (
            query.key in listed.alts
            or listed.key in query.alts
            or (listed.alts and query.alts and related(listed, query))
        )
    ):
        # (a spelling as near as a typo's counts as that: Mohammad/Muhammad)
        sim = _both(listed, query)
        if sim > ALIAS:
            return sim, query.how or "typo"
        hows = (query.how, listed.how)
        if "transliterated" in hows or "leetspeak" in hows:
            return ALIAS, "transliterated" if "transliterated" in hows else "leetspeak"
        return ALIAS, alias_kind(listed, query)
    if query.role == "initial" or listed.role == "initial":
        if (
            person
            and (listed.form[0] == query.form[0])
            and (len(query.form) == 1 or len(listed.form) == 1)
        ):
            return INITIAL, "initial"
        return 0.0, ""
    sim = _both(listed, query)
    if query.how == "transliterated" or listed.how == "transliterated":
        # a name read from another script: its other Latin spellings count too (a
        # Latin part's alternatives are nicknames: a typo of a nickname is no evidence)
        read = max(
            (graded(a, b) for a in _spellings(listed) for b in _spellings(query)),
            default=0.0,
        )
        if read > sim:
            return read, "transliterated"
    return (sim, query.how or "typo") if sim else (0.0, "")


def _feminine(listed: Part, query: Part) -> bool:
    """Whether the query part is the listed one's feminine form, or the other way
    round, in any of its readings ("Ивановой", Ivanova's genitive, read as "ivanova"),
    unless one of them is the listed part itself ("Иванову", Ivanov's dative)."""
    if query.how != "transliterated":
        return feminine_of(listed.form, query.form)
    if listed.key in query.alts:
        return False
    return any(feminine_of(listed.form, f) for f in (query.form, *query.alts))


def _korean(listed: Part, query: Part) -> bool:
    """Whether two parts are one Korean name's syllables in two romanizations
    (Jeong, Jong; Byeong, Pyong: `screen.text.korean`, which says which pairs may
    be), and no generic word of the query for a name's."""
    return (
        shared_key(listed.alts, query.alts)
        and (query.role != "generic" or listed.role == "generic")
        and korean_pair(listed.form, query.form)
    )


def _folds_alike(listed: Part, query: Part) -> bool:
    """Whether two parts are one word in two transliterations: their folded keys
    the same, and, for a word shorter than `FOLD_MIN`, its consonants too, as
    written (once each): only vowels or a doubled letter differ ("Abou" is "Abu",
    "Kimm" "Kim", "Aly" "Ali"; "THK" is no "TC", "AXA" no "AQSA", "Khan" no "Han")."""
    if listed.key != query.key:
        return False
    if min(len(listed.form), len(query.form)) >= FOLD_MIN:
        return True
    return _consonants(listed.form) == _consonants(query.form)


def _consonants(word: str) -> str:
    return _DOUBLED.sub(r"\1", word.translate(_NO_VOWELS))


def _both(listed: Part, query: Part) -> float:
    """`graded` as written and as folded, the better; words too short to fold
    (`FOLD_MIN`) that fold alike graded as written only."""
    written = graded(listed.form, query.form)
    if listed.key == query.key and min(len(listed.form), len(query.form)) < FOLD_MIN:
        return written
    return max(written, graded(listed.key, query.key))


def _spellings(part: Part) -> tuple[str, ...]:
    """A part's Latin spellings: its key, and the other readings of a transliterated part."""
    if part.how != "transliterated":
        return (part.key,)
    return (part.key, *(a for a in part.alts if a[:1] not in (VARIANT_MARK, COUNTRY_MARK)))


def joined_similarity(listed: str, query: str) -> float:
    """Words written together or apart ("Gazprom Bank"/"Gazprombank") must spell
    the same letters: a typo on top of a join is too little evidence."""
    return 1.0 if listed == query else 0.0
