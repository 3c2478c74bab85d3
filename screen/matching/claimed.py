"""Goods named in quotes as a document declared them, then said to be something else.

A surveyor's or a broker's note quotes what the papers say and corrects it:
'Declared "power generator"; appears to be a handheld power bank', 'Declared
"diamonds"; actually industrial diamond abrasive powder', '"Explosive" on the pallet
label probably refers to explosion-proof pumps'.  A term inside quotation marks,
followed later in the description by a word that corrects it ("appears to be",
"actually", "turned out", `correction` in `data/goods_context.yaml`), names what was
claimed, not what is shipped; the goods are what the correction names, read as any
other words of the description ('Declared "chemical powder"; laboratory result:
nitrocellulose-based propellant powder' is propellant powder).
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
    not): it stands in quotes and a correction follows the quote."""
    if not (s.in_quotes[first] and s.in_quotes[last]):
        return ""
    words = lexicon().correction
    for i in range(last + 1, min(len(s.keys), last + 1 + READ)):
        if s.in_quotes[i]:
            continue
        size = words.at(s.keys, i)
        if size:
            return (
                f"'{quote(first, last)}' in quotes, then '{quote(i, i + size - 1)}':"
                " what was declared, not what is shipped"
            )
    return ""
