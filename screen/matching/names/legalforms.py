"""Legal forms in a name: which tokens are one, and the name without them.

The forms are the generated table `screen/data/legal_forms.txt` (about 2,600, in
many languages) and the short list of `screen.text.orgwords`.  A form is dropped
from either end of a name (repeatedly) and, spelt out in three words or more,
anywhere; a short one-word form also when spelt letter by letter at the end
("K.K.", "G.m.b.H."); and a word that no table knows, one typo away from a word
of a form, reads as that word ("Comany", "Obhchestvo", "Limiteed"), so that a typo
does not turn a legal form into a distinctive word of the name.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from itertools import filterfalse

from rapidfuzz.distance import OSA

from screen.matching.names.tables import GENERIC
from screen.text.english import is_english_word
from screen.text.nametable import is_person_word
from screen.text.orgwords import LEGAL_FORMS
from screen.text.shipped import data_lines

SPELT_MAX = 5  # letters of a one-word legal form that may be written letter by letter
TYPO_MIN = 6  # letters of a word that may be a form's word with a typo
FORM_WORD_MIN = 7  # letters of a form's word that a typo may stand for


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
    forms.discard(())
    return frozenset(forms), max(len(f) for f in forms)


def is_legal_form(tokens: list[str]) -> bool:
    """Whether these tokens are one legal form and nothing else ("ltd", "co ltd")."""
    return tuple(tokens) in _legal_forms()[0]


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


@cache
def _near_index() -> dict[tuple[str, int], list[str]]:
    """The words of the legal forms a typo may stand for, under their first and
    their last `AFFIX` letters, each with the lengths a typo of theirs may have (a
    typo leaves one end as it was, but in a short word's middle)."""
    index: dict[tuple[str, int], list[str]] = {}
    for w in _form_words():
        if len(w) >= FORM_WORD_MIN and w.isascii() and w.isalpha():
            for size in (len(w) - 1, len(w), len(w) + 1):
                index.setdefault((w[:AFFIX], size), []).append(w)
                index.setdefault(("$" + w[-AFFIX:], size), []).append(w)
    return index


@lru_cache(maxsize=65536)
def as_form_word(token: str) -> str:
    """The word of a legal form this token is with one typo (a letter wrong,
    missing, added, or two swapped), when no table knows the token as a word (an
    English word, a person's name, a generic word in another language: "Hector"
    is no typo of "sector", nor "Corporacion" of "corporation"); of several
    such words (spellings of one: "obshchestvo", "obschestvo") the one in most
    forms.  Else the token itself."""
    words = _form_words()
    if len(token) < TYPO_MIN or token in words or not (token.isascii() and token.isalpha()):
        return token
    index = _near_index()
    size = len(token)
    near = {
        w
        for key in ((token[:AFFIX], size), ("$" + token[-AFFIX:], size))
        for w in index.get(key, ())
        if OSA.distance(token, w, score_cutoff=1) <= 1
    }
    if not near or token in GENERIC or is_english_word(token) or is_person_word(token):
        return token
    return min(near, key=lambda w: (-words[w], w))


def _read(tokens: list[str]) -> list[str]:
    """The tokens as legal forms are looked for in them: a word next to an end of
    the name or to a word of a form may be a form's word with a typo."""
    words = _form_words()
    last = len(tokens) - 1
    out = list(tokens)
    for i, t in enumerate(tokens):
        if len(t) < TYPO_MIN or t in words or not t.isalpha():
            continue  # (the common cases, decided without a call: a number is no typo)
        if i in (0, last) or tokens[i - 1] in words or (i < last and tokens[i + 1] in words):
            out[i] = as_form_word(t)
    return out


def strip_legal_forms(tokens: list[str]) -> list[str]:
    """Legal forms dropped from both ends (repeatedly) and, when spelt out in three
    words or more, anywhere; the name is kept whole if nothing else would be left.
    A word of a form may carry a typo (`as_form_word`)."""
    if len(tokens) < 2:
        return list(tokens)  # (a legal form alone is kept)
    forms, longest = _legal_forms()
    spelt = _spelt_forms()
    firsts, lasts, long_firsts = _form_ends()
    read = _read(tokens)
    lo, hi = 0, len(read)  # what is left: read[lo:hi]
    changed = True
    while changed:
        changed = False
        if not (read[lo] in firsts or read[hi - 1] in lasts):
            break
        for size in range(min(longest, hi - lo - 1), 0, -1):
            if tuple(read[lo : lo + size]) in forms:
                lo += size
                changed = True
                break
            end = tuple(read[hi - size : hi])
            # (two letters after one word are a person's initials: "Ivanov A.O.")
            if end in forms or (end in spelt and (size != 2 or hi - lo > 3)):
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
                if tuple(read[i : i + size]) in forms:
                    i += size
                    break
            else:
                middle.append(tokens[i])
                i += 1
        else:
            middle.append(tokens[i])
            i += 1
    return middle or tokens[lo:hi]
