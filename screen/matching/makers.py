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
    6338"), or that is written all in capitals before a
    model's code ("DISCO DAD3350", "PAS 5500", "CAT C15": a maker's or a model's
    name, though an English word; "semiconductor TEXTBOOK" is a textbook).  A word
    joined by a hyphen to a word that is no name heads their compound, as German
    writes a compound ("Diamant-Trennscheibe" is a cutting disc): no name."""
    if not any(w[0].islower() for w, k in zip(written, keys, strict=True) if k.isalpha()):
        return [False] * len(keys)  # ("VACCINE AGAINST FLU", "Electron Microscope Jeol")
    joined = hyphened or [False] * len(keys)
    coded = [not k.isalpha() and any(c.isdigit() for c in k) and not is_word(k) for k in keys]
    named: list[bool] = []
    for i, (k, w) in enumerate(zip(keys, written, strict=True)):
        named.append(
            i > 0
            and w[0].isupper()
            and not (joined[i] and not named[-1])
            and not foreign[i]
            and k.isalpha()
            and (
                # a word of a model line between a name and its code ("Xeon Gold 6338")
                (named[-1] and i + 1 < len(keys) and coded[i + 1])
                or (
                    not is_word(k)
                    and (
                        not is_english_word(singular(k))
                        or named[-1]
                        or (len(w) > 1 and w.isupper() and i + 1 < len(keys) and coded[i + 1])
                    )
                )
            )
        )
    return named
