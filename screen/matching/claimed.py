"""Goods named in quotes as a document declared them, then said to be something else.

A surveyor's or a broker's note quotes what the papers say and corrects it:
'Declared "power generator"; appears to be a handheld power bank', 'Declared
"diamonds"; actually industrial diamond abrasive powder', '"Explosive" on the pallet
label probably refers to explosion-proof pumps'.  A term inside quotation marks,
followed later in the description by a word that corrects it ("appears to be",
"actually", "turned out", `correction` in `data/goods_context.yaml`), names what was
claimed, not what is shipped; the goods are what the correction names, read as any
other words of the description ('Declared "chemical powder"; laboratory result:
nitrocellulose-based propellant powder' is propellant powder).  So is a term after a
word that declares or suspects it ("Declared as vaccines; examination found vaccine
carrier boxes", "X-ray suspected chips; physical check found potato chips"), unless
the finding confirms it ("found as declared").
"""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.lexicon import lexicon
from screen.matching.shape import Structure

# tokens after a quoted term read for a correction: a note corrects what it quotes
# within a sentence or two, and a hostile row of a thousand quoted terms reads no more
READ = 40


def corrected(s: Structure, first: int, last: int, quote: Callable[[int, int], str]) -> str:
    """Why the term on tokens first..last is only what was claimed ("" when it is
    not): it stands in quotes, or after a word that declares or suspects it in its
    clause ("Declared as vaccines", "X-ray suspected chips"), and a correction follows."""
    quoted = s.in_quotes[first] and s.in_quotes[last]
    if not quoted and not _declared(s, first):
        return ""
    lex = lexicon()
    words = lex.correction
    for i in range(last + 1, min(len(s.keys), last + 1 + READ)):
        if s.in_quotes[i]:
            continue
        size = words.at(s.keys, i)
        if size and _confirms(s.keys, i + size):
            return ""  # ("found as declared", "found in container 3")
        if size:
            how = "in quotes" if quoted else "declared"
            return (
                f"'{quote(first, last)}' {how}, then '{quote(i, i + size - 1)}':"
                " what was declared, not what is shipped"
            )
    return ""


# the words before a term a declaration may stand ("declared as wafer processing")
_BEFORE = 4
# after a finding, words that say the declared goods were there: no correction
# ("found as declared", "found in order"), or where the goods were found ("found in
# container 3": the declared goods are then the goods)
_CONFIRMING = frozenset(
    {
        "as",
        "in",
        "at",
        "on",
        "inside",
        "during",
        "correct",
        "consistent",
        "conform",
        "conforming",
        "matching",
        "ok",
        "intact",
    }
)


def found(s: Structure, owner: int, first: int) -> bool:
    """Does a finding stand between the thing at token `owner` and a term in its
    complement at token `first` ("Cold-chain boxes declared as ... found to contain
    BCG vaccine ampoules"): what was found is what is shipped."""
    words = lexicon().correction
    return any(words.at(s.keys, i) for i in range(owner + 1, first))


def _declared(s: Structure, first: int) -> bool:
    """Does a word that declares or suspects goods stand a little before token
    `first`, in its clause ("Declared as semiconductor equipment parts")?"""
    words = lexicon().declaration
    for i in range(max(0, first - _BEFORE), first):
        size = words.at(s.keys, i)
        if size and i + size <= first and s.clause[i] == s.clause[first]:
            return True
    return False


def _confirms(keys: list[str], after: int) -> bool:
    return after < len(keys) and keys[after] in _CONFIRMING
