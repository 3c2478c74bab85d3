"""Legal forms in a name: which tokens are one, and the name without them.

The forms are the generated table `screen/data/legal_forms.txt` (about 2,600, in
many languages) and the short list of `screen.text.orgwords`.  A form is dropped
from either end of a name (repeatedly) and, spelt out in three words or more,
anywhere; a short one-word form also when spelt letter by letter at the end
("K.K.", "G.m.b.H."); and a word that no table knows, one typo away from a word
of a form, reads as that word ("Comany", "Obhchestvo", "Limiteed", and "Compnay",
though one form of the table is written with that typo), so that a typo does not turn
a legal form into a distinctive word of the name; so does a word a scanner misread,
"rn" as "m" ("Concem").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from itertools import filterfalse

from rapidfuzz.distance import OSA

from screen.matching.names.spellings import AND_WORDS
from screen.matching.names.tables import GENERIC, aliases, use_aliases
from screen.text.conventions import SLAVIC_FAMILY_CASE_END, SLAVIC_FAMILY_END
from screen.text.english import is_english_word
from screen.text.lazyre import deferred
from screen.text.nametable import is_person_word
from screen.text.orgwords import LEGAL_FORMS
from screen.text.shipped import Shipped, data_lines
from screen.tuples import NamedTuple

SPELT_MAX = 5  # letters of a one-word legal form that may be written letter by letter
TYPO_MIN = 6  # letters of a word that may be a form's word with a typo
FORM_WORD_MIN = 7  # letters of a form's word that a typo may stand for
COMMON_FORM_WORD = 8  # forms a word is in for a word of one form to be its typo


@cache
def _legal_forms() -> tuple[frozenset[tuple[str, ...]], int]:
    forms = set(LEGAL_FORMS)
    # the generator writes each form normalised (and the datagen test holds the
    # shipped file to it): no run normalises its 2,600 lines again, and the forms
    # of ASCII words are split in C (map and filter: a third of the time a loop took)
    lines = data_lines("legal_forms.txt")
    forms.update(map(tuple, map(str.split, filter(str.isascii, lines))))
    for line in filterfalse(str.isascii, lines):  # ASCII words apart by other spaces
        tokens = tuple(line.split())
        if all(t.isascii() for t in tokens):
            forms.add(tokens)
    # the words that join a form's words are read as "and" (`spellings.joined_by_and`)
    joining = {word: "and" for word in AND_WORDS}
    forms.update([tuple(joining.get(t, t) for t in f) for f in forms if joining.keys() & set(f)])
    forms.discard(())
    return frozenset(forms), max(len(f) for f in forms)


def is_legal_form(tokens: list[str]) -> bool:
    """Whether these tokens are one legal form and nothing else ("ltd", "co ltd")."""
    return tuple(tokens) in _FORMS.get().forms


@cache
def _spelt_forms() -> frozenset[tuple[str, ...]]:
    """The legal forms of one short word written letter by letter ("A.G.", "K.K.",
    "G.m.b.H.", "O O O": normalised to single letters), and the forms written so in
    the table with their letters run together ("s a" as "sa"); taken from the end
    of a name only, where a form stands, not from its start, where a person's
    initials stand ("A.G. Smith"), and two letters only after two words or more
    ("Mitsui & Co K.K.", not "Ivanov A.O.")."""
    forms, _ = _legal_forms()
    out = set()
    for form in forms:
        if len(form) == 1 and 2 <= len(form[0]) <= SPELT_MAX and form[0].isalpha():
            out.add(tuple(form[0]))
        elif len(form) >= 2 and all(len(w) == 1 and w.isalpha() for w in form):
            out.add(("".join(form),))
    return frozenset(out - forms)


@cache
def _form_ends() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first and last words of the legal forms (and of those spelt letter by
    letter, at the end only), and the first words of those of three words or more:
    a name none of whose words is one keeps all its words."""
    forms, _ = _legal_forms()
    return (
        frozenset(f[0] for f in forms),
        frozenset(f[-1] for f in forms | _spelt_forms()),
        frozenset(f[0] for f in forms if len(f) >= 3),
    )


@cache
def _form_words() -> Counter[str]:
    """Every word of a legal form, with the number of forms it is in."""
    return Counter(w for form in _legal_forms()[0] for w in form)


AFFIX = 3  # letters at either end by which a word's typos are found


def _affix_index(words: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Words a typo may stand for, under their first and their last `AFFIX` letters,
    each with the lengths a typo of theirs may have (a typo leaves one end as it
    was, but in a short word's middle)."""
    index: dict[tuple[str, int], list[str]] = {}
    for w in words:
        if len(w) >= FORM_WORD_MIN and w.isascii() and w.isalpha():
            for size in (len(w) - 1, len(w), len(w) + 1):
                index.setdefault((w[:AFFIX], size), []).append(w)
                index.setdefault(("$" + w[-AFFIX:], size), []).append(w)
    return index


@cache
def _near_index() -> dict[tuple[str, int], list[str]]:
    """The words of the legal forms a typo may stand for (`_affix_index`)."""
    return _affix_index(_form_words())


class FormTables(NamedTuple):
    """What reading legal forms in a name of two words or more needs, built from the
    shipped forms (`build_form_tables`); runs read it from the on-disk cache when such
    a name first asks (`defer_form_tables`): building it took a check ~50 M instructions."""

    forms: frozenset[tuple[str, ...]]
    longest: int  # words in the longest form
    spelt: frozenset[tuple[str, ...]]  # `_spelt_forms`
    ends: tuple[frozenset[str], frozenset[str], frozenset[str]]  # `_form_ends`
    words: Counter[str]  # `_form_words`
    near: dict[tuple[str, int], list[str]]  # `_near_index`


def build_form_tables() -> FormTables:
    forms, longest = _legal_forms()
    return FormTables(forms, longest, _spelt_forms(), _form_ends(), _form_words(), _near_index())


_FORMS = Shipped(build_form_tables)
defer_form_tables = _FORMS.defer  # (a cache read, when first needed)


def _build_generic_index() -> dict[tuple[str, int], list[str]]:
    """The generic words of organisation names a typo may stand for, the English
    ones ("concern", "international": not "mondial", whose typo "Mondal" is a family
    name; `_affix_index`)."""
    return _affix_index(w for w in sorted(GENERIC) if is_english_word(w))


_GENERIC_INDEX = Shipped(_build_generic_index)
_generic_index = _GENERIC_INDEX.get

WordTables = tuple[Mapping[str, str], dict[tuple[str, int], list[str]]]


def build_word_tables() -> WordTables:
    """The tables of name words a run builds from shipped data at start-up (the
    nickname and abbreviation groups, the generic words a typo may stand for): kept
    in the on-disk cache, keyed by the code digest, which covers the shipped files."""
    return aliases(), _generic_index()


def use_word_tables(built: WordTables) -> None:
    """Use the tables `build_word_tables` made (read from the cache)."""
    use_aliases(built[0])
    _GENERIC_INDEX.use(built[1])


@lru_cache(maxsize=65536)
def as_generic_word(token: str) -> str:
    """The generic word of organisation names this token is with one typo, as
    `as_form_word` reads a form's ("Internatinal", "Concem", "Corportion"), when no
    table knows the token as a word; else "" ("Hector" is a name, no typo)."""
    if len(token) < TYPO_MIN or token in GENERIC or not (token.isascii() and token.isalpha()):
        return ""
    near = sorted(_one_typo_from(token, _generic_index()))
    if not near or is_english_word(token) or is_person_word(token):
        return ""
    return near[0]


def _one_typo_from(token: str, index: dict[tuple[str, int], list[str]]) -> set[str]:
    """The words of an `_affix_index` one edit from the token as written or as
    scanned (`_scanned`)."""
    return {
        w
        for read in _scanned(token)
        for key in ((read[:AFFIX], len(read)), ("$" + read[-AFFIX:], len(read)))
        for w in index.get(key, ())
        if OSA.distance(read, w, score_cutoff=1) <= 1
    }


def _scanned(token: str) -> tuple[str, ...]:
    """The token, and as it reads where a scanner took "rn" for "m" or back."""
    return tuple(dict.fromkeys((token, token.replace("m", "rn"), token.replace("rn", "m"))))


@lru_cache(maxsize=65536)
def as_form_word(token: str) -> str:
    """The word of a legal form this token is with one typo (a letter wrong,
    missing, added, or two swapped, or "rn" read as "m"), when no table knows the
    token as a word (an English word, a person's name, a generic word in another
    language: "Hector" is no typo of "sector", nor "Corporacion" of "corporation");
    of several such words (spellings of one: "obshchestvo", "obschestvo") the one in
    most forms.  A word of one form only (the table keeps forms as written, typos
    and all: "public limited compnay") reads as a word of `COMMON_FORM_WORD` forms
    or more it is a typo of.  Else the token itself."""
    words = _FORMS.get().words
    own = words.get(token, 0)
    if len(token) < TYPO_MIN or own > 1 or not (token.isascii() and token.isalpha()):
        return token
    near = {
        w
        for w in _one_typo_from(token, _FORMS.get().near)
        if w != token and (not own or words[w] >= COMMON_FORM_WORD)
    }
    if not near or token in GENERIC or is_english_word(token) or is_person_word(token):
        return token
    return min(near, key=lambda w: (-words[w], w))


def _read(tokens: list[str]) -> list[str]:
    """The tokens as legal forms are looked for in them: a word next to an end of
    the name or to a word of a form may be a form's word with a typo."""
    words = _FORMS.get().words
    last = len(tokens) - 1
    out = list(tokens)
    for i, t in enumerate(tokens):
        if len(t) < TYPO_MIN or words.get(t, 0) > 1 or not t.isalpha():
            continue  # (the common cases, decided without a call: a number is no typo)
        if i in (0, last) or tokens[i - 1] in words or (i < last and tokens[i + 1] in words):
            out[i] = as_form_word(t)
    return out


_SLAVIC_FAMILY = deferred(f"(?:{SLAVIC_FAMILY_END}|{SLAVIC_FAMILY_CASE_END})$")


def strip_legal_forms(tokens: list[str]) -> list[str]:
    """Legal forms dropped from both ends (repeatedly) and, when spelt out in three
    words or more, anywhere; the name is kept whole if nothing else would be left.
    A word of a form may carry a typo (`as_form_word`)."""
    if len(tokens) < 2:
        return list(tokens)  # (a legal form alone is kept)
    forms, longest, spelt, (firsts, lasts, long_firsts), _, _ = _FORMS.get()
    read = _read(tokens)
    typo = read != tokens  # (a form is then looked for as read and as written)
    lo, hi = 0, len(read)  # what is left: read[lo:hi]
    changed = True
    while changed:
        changed = False
        if not (read[lo] in firsts or read[hi - 1] in lasts):
            break
        for size in range(min(longest, hi - lo - 1), 0, -1):
            if tuple(read[lo : lo + size]) in forms or (
                typo and tuple(tokens[lo : lo + size]) in forms
            ):
                lo += size
                changed = True
                break
            end = tuple(read[hi - size : hi])
            # (two letters after one word are a person's initials: "Ivanov A.O.", and
            # after a Slavic family name, in any case, even a form's: "Kerimov S.A.",
            # "Petrova A.G.", "Pokhodovoy S.P.")
            initials = size == 2 and hi - lo == 3 and _SLAVIC_FAMILY.search(read[lo]) is not None
            if not initials and (
                end in forms
                or (typo and tuple(tokens[hi - size : hi]) in forms)
                or (end in spelt and (size != 2 or hi - lo > 3))
            ):
                hi -= size
                changed = True
                break
    if long_firsts.isdisjoint(read[lo:hi]):
        return tokens[lo:hi]
    i = lo
    middle: list[str] = []
    while i < hi:
        if read[i] in long_firsts:
            for size in range(min(longest, hi - i), 2, -1):
                if tuple(read[i : i + size]) in forms or (
                    typo and tuple(tokens[i : i + size]) in forms
                ):
                    i += size
                    break
            else:
                middle.append(tokens[i])
                i += 1
        else:
            middle.append(tokens[i])
            i += 1
    return middle or tokens[lo:hi]
