"""The honorific before the person an organisation is named after.

Iranian, Iraqi and Pakistani bodies are named after a martyr, an imam or an
ayatollah, the title before the name: SHAHID KHARRAZI INDUSTRIES, IMAM KHOMEINI
FOUNDATION.  Documents drop the title as often as they keep it ("Kharrazi
Industries", "Sh. Kalhor Industries"), so in a listed organisation's name it is no
distinctive part (`namesake_titles`): a name met in every other part but the title
is not one distinctive part of two met, which `score.py` caps below review.  Every
other part, the kind too (`title_unmet`): "Karimi Group" is not SHAHID KARIMI
INDUSTRIES, a common family name beside another kind of body.  Met, the title
weighs as a word ("Shahid Noori Industries").

The title must stand before a name, not an English word ("AL-SHAHID SOCIAL
ASSOCIATION": the martyr is the name).  Titles of this kind only (Islamic honorifics
of the dead and of clerics, as the lists write them), not titles in general:
"GENERAL DYNAMICS" names no general.
"""

from __future__ import annotations

from collections.abc import Collection

from screen.matching.names.reduced import Part
from screen.text.english import is_english_word

EPONYM_TITLES = frozenset(
    "shahid shaheed shahed martyr imam emam hazrat hazrate ayatollah ayatullah".split()
)
TITLE = "title"  # the role of a title before a namesake: no distinctive part (its weight kept)


def namesake_titles(parts: list[Part], person: bool) -> list[Part]:
    """A listed organisation's name with each title before its namesake's name no
    distinctive part (a person's name stays as it is)."""
    if person or not any(p.form in EPONYM_TITLES for p in parts):
        return parts
    return [p._replace(role=TITLE) if _before_name(parts, i) else p for i, p in enumerate(parts)]


def _before_name(parts: list[Part] | tuple[Part, ...], i: int) -> bool:
    return (
        parts[i].form in EPONYM_TITLES
        and parts[i].role in ("word", TITLE)
        and i + 1 < len(parts)
        and parts[i + 1].role == "word"
        and not is_english_word(parts[i + 1].form)
    )


def title_unmet(parts: tuple[Part, ...], met: Collection[int], person: bool) -> bool:
    """Whether a listed organisation's title before its namesake went unmet while
    some other part of its name did too (the name is then one part met of several)."""
    if person or len(met) >= len(parts) - 1:
        return False
    return any(i not in met and _before_name(parts, i) for i in range(len(parts)))
