"""How two parts that stand for one another met, when neither is the other's
typo: the spellings of one person name (a variant id, `tables.VARIANT_MARK`), a
nickname or abbreviation and the name it stands for, an organisation's word in
another language ("zavod", "plant": both the group's "factory"), English words
made from one another by an ending ("charity", "charitable"; "machine",
"machinery": `text.derived`), a plural.  `similarity.part_similarity` asks
whether they meet (`related`) and, for the explanation, how (`alias_kind`).  A short
form meets its name in every spelling of it ("Kolya": Nikolay, Nikolai, Mykola).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from screen.matching.names.hawar import HOW as HAWAR
from screen.matching.names.reduced import Part
from screen.matching.names.tables import GENERIC, VARIANT_MARK, name_ids, word_alts
from screen.text.conventions import spelt_keys
from screen.text.derived import DERIVED_MARK, derived_pair
from screen.text.endings import stem
from screen.text.english import is_english_word
from screen.text.latincases import declined_from
from screen.text.namefold import fold
from screen.text.nametable import is_person_word
from screen.text.tokens import singular


def related(listed: Part, query: Part) -> bool:
    """Whether two parts' readings meet: one name of a group of spellings (a variant
    id), a name and its own nickname (two nicknames of one name are two names: "Kate"
    and "Lena" are both Katherine's), two words of an organisation word's group
    ("plant", "zavod"), or two words made from one another (`_derived`)."""
    names = (listed.form, query.form)
    return any(
        a[:1] == VARIANT_MARK
        or a in names
        or translated(a)
        or _derived(a, listed, query)
        or _spelling_of(a, listed)
        or _spelling_of(a, query)
        for a in set(listed.alts) & set(query.alts)
    )


# how alike a spelling of a name is to it, at least ("nikolai", "nikolay"; not a
# nickname the name's variant table holds: "sol" of "solomon")
SPELLING = 0.6


def _spelling_of(name: str, part: Part) -> bool:
    """Is the part another spelling of the name whose group both parts are in (one
    of its variant ids): "Nikolai" of "Nikolay", whose short form is "Kolya"?  Then
    the other part is that name's short form, not a second short form of it."""
    ids = name_ids(part.alts)
    return (
        bool(ids)
        and Levenshtein.normalized_similarity(part.form, name) >= SPELLING
        and bool(ids & set(word_alts(name)))
    )


def _derived(shared: str, listed: Part, query: Part) -> bool:
    """Whether two parts are English words made from one another by an ending, of
    two classes ("charity", "charitable"; "machinery", "machine"), or their plurals'."""
    return shared[:1] == DERIVED_MARK and (
        derived_pair(listed.form, query.form)
        or any(derived_pair(a, b) for a in _singular(listed) for b in _singular(query))
    )


def _singular(part: Part) -> tuple[str, ...]:
    one = singular(part.form)
    return (part.form, one) if one != part.form else (part.form,)


def translated(canonical: str) -> bool:
    """Whether a group's canonical word is a word of organisations' names ("factory":
    zavod, plant, fabrika), whose words are one word in several languages, not a
    person's name, whose nicknames are two names."""
    return canonical in GENERIC or (is_english_word(canonical) and not is_person_word(canonical))


def known_apart(listed: Part, query: Part) -> bool:
    """Whether two parts are two known person names that share no spelling (Ahmad and
    Hamid: one consonant skeleton, two names); not a word in the Turkish or Kurdish
    alphabet whose "c" or "x" the folding misread ("Ferec" is Faraj, not Polish Ferek)."""
    if query.how == HAWAR and ("c" in query.form or "x" in query.form):
        return False
    ids = [name_ids(p.alts) for p in (listed, query)]
    return bool(ids[0] and ids[1] and not ids[0] & ids[1])


def alias_kind(listed: Part, query: Part) -> str:
    """How two related parts met, for the explanation: "variant" (spellings of one
    person name, or a name with a Baltic ending), "plural", "declined" (a case ending
    of the language around it), "derived", "translation"
    (an organisation's word in another language), else "nickname" (or abbreviation)."""
    if query.key in listed.alts or listed.key in query.alts:
        # a name with a Baltic ending against the name without it (Putinas/Putin), or
        # spelt as French or German write it (Setchine, Setschin / Sechin)
        ended = stem(query.form) or stem(listed.form)
        plural = singular(query.form) == singular(listed.form)  # ("Machineries", MACHINERY)
        english = plural and (is_english_word(query.form) or is_english_word(listed.form))
        if ended and fold(ended) in (query.key, listed.key) and not english:
            return "variant"  # (before a plural: "Lavrovs" is Latvian, not two Lavrovs)
        if plural:
            return "plural"
        if declined_from(query.form, listed.form):  # ("Sberbankille": to Sberbank)
            return "declined"
        spelt = {*spelt_keys(query.form), *spelt_keys(listed.form)}
        if spelt & {query.key, listed.key}:
            return "variant"
        return "translation" if _translation(listed, query) else "nickname"
    shared = set(listed.alts) & set(query.alts)
    if all(a.startswith(VARIANT_MARK) for a in shared):
        return "variant"
    if any(_derived(a, listed, query) for a in shared):
        return "derived"
    names = (listed.form, query.form)  # (two words of a group, or one and its group's)
    apart = any(a not in names and translated(a) for a in shared)
    return "translation" if apart or _translation(listed, query) else "nickname"


def _translation(listed: Part, query: Part) -> bool:
    """Whether one part is the other's organisation word in another language
    ("banco", bank), not its abbreviation ("intl": its letters, in order)."""
    for word, other in ((listed.form, query), (query.form, listed)):
        if word in other.alts and translated(word):
            letters = iter(word)
            return not (other.form[:1] == word[:1] and all(c in letters for c in other.form))
    return False
