"""The makers' and models' names in a goods description ("vaccine Vaxigrip Tetra",
"Intel Xeon Gold 6338"): words that name no goods, so that they head nothing."""

from __future__ import annotations

from collections.abc import Callable

from screen.text.english import is_english_word
from screen.text.tokens import singular


def names(
    keys: list[str],
    written: list[str],
    foreign: list[bool],
    is_word: Callable[[str], bool],
    hyphened: list[bool] | None = None,
) -> list[bool]:
    """Whether each token is a name (a brand's, a model's): in a text written in
    both cases, a word in Latin letters written with a capital, after the first of
    the text and no goods word, that no table knows (not English), or that follows
    such a name ("Formlabs Form"; a goods word too when a code follows: "Xeon Gold
    6338"; a single letter: "Designer X"), or that is written all in capitals before a
    model's code ("DISCO DAD3350", "PAS 5500", "CAT C15": a maker's or a model's
    name, though an English word; "semiconductor TEXTBOOK" is a textbook).  A word
    joined by a hyphen to a code after it is a model's code with it ("Cortex-M4",
    "Artix-7").  In a text whose words all begin with a capital, the capitals say
    less: a word all in capitals among others that are not before a model's code is
    a name ("MCU ARM Cortex-M4"), and so is a model's code after a name.  A word
    joined by a hyphen to a word that is no name heads their compound, as German
    writes a compound ("Diamant-Trennscheibe" is a cutting disc): no name."""
    alpha = [w for w, k in zip(written, keys, strict=True) if k.isalpha()]
    mixed = any(w[0].islower() for w in alpha)
    capitals = any(len(w) > 1 and w.isupper() for w in alpha) and not all(
        w.isupper() for w in alpha
    )
    if not mixed and not capitals and not any(c.isdigit() for k in keys for c in k):
        return [False] * len(keys)  # ("VACCINE AGAINST FLU", "Electron Microscope Jeol")
    joined = hyphened or [False] * len(keys)
    size = len(keys)
    coded = [not k.isalpha() and any(c.isdigit() for c in k) and not is_word(k) for k in keys]
    model = [  # a code, or a word joined by a hyphen to a code after it
        coded[i] or (i + 1 < size and joined[i + 1] and coded[i + 1]) for i in range(size)
    ]
    named: list[bool] = []
    for i, (k, w) in enumerate(zip(keys, written, strict=True)):
        after_name = bool(named) and named[-1]
        before_code = i + 1 < size and model[i + 1]
        capital_name = len(w) > 1 and w.isupper() and before_code
        if mixed:
            line = capital_name and not coded[i + 1]  # before a product line ("ARM Cortex-M4")
            name = (
                (after_name and before_code)
                or line
                or (  # "Xeon Gold 6338"
                    not is_word(k)
                    and (not is_english_word(singular(k)) or after_name or capital_name)
                )
            )
        else:
            name = capitals and capital_name
        named.append(
            i > 0
            and w[0].isupper()
            and not (joined[i] and not after_name)
            and not foreign[i]
            and k.isalpha()
            and (name or (after_name and (model[i] or len(k) == 1)))
        )
    return named
