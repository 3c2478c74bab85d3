"""Letters a query both writes and spells out ("NITC", "National Institute of
Technology Calicut"): they stand for the words the query gives them, so they
stand for a listed party met by those letters only when the words meet a name of
that party too ("NPA - Norwegian People's Aid" is neither the NEW PEOPLE'S ARMY nor
NAFTAN PRODUCTION ASSOCIATION; "IRGC (Islamic Revolutionary Guard Corps)" is the
IRGC)."""

from __future__ import annotations

from collections.abc import Callable

from screen.matching.names.explain import HOW
from screen.matching.names.ranking import NameHit

BY_LETTERS = f"({HOW['acronym']})"  # how a hit met a listed name by words' initials


def letters_stand_for(
    hits: list[NameHit], spelt: dict[str, str], search: Callable[[str], list[NameHit]]
) -> list[NameHit]:
    """`hits` without those that met a listed name by letters of `spelt` (a word of
    the listed name, or its initials), when the words spelling the letters meet no
    name of that party as words (`search`: the same index, for those words)."""
    kept = []
    for hit in hits:
        listed = hit.name.listed
        own = {p.form for p in listed.reduced.parts}
        met = [w.split() for form, w in spelt.items() if form in own or form == listed.initials]
        if (
            not met  # (or the listed name writes the words too: "CORPS (IRGC)-QODS FORCE")
            or any(2 * sum(w in own for w in words) >= len(words) for words in met)
            or any(
                other.name.owner == hit.name.owner and BY_LETTERS not in other.detail
                for words in met
                for other in search(" ".join(words))
            )
        ):
            kept.append(hit)
    return kept


def trimmed(hits: list[NameHit], limit: int) -> list[NameHit]:
    """The `limit` best of `hits` (best first; among equal scores by owner, as
    `ranking.rank` keeps them)."""
    return hits[:limit] if limit else hits
