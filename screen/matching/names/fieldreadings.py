"""A party text read back as a name where a form, a travel document or a clerk's
alternatives wrote it so: labelled fields ("Surname: KAYAKIRAN / Given name: Evren",
`formfields.py`), a passport's machine-readable line or a booking's name
(`travelnames.py`), and spellings offered with slashes ("Ahmed/Ahmad Harun",
`slashed.py`), in that order (a booking's "IVANOV/IVANMR" is no pair of spellings)."""

from __future__ import annotations

from screen.matching.names.formfields import form_name
from screen.matching.names.slashed import slashed
from screen.matching.names.travelnames import travel_name


def field_reading(text: str) -> str:
    """`text` as a name, or as it is."""
    return slashed(travel_name(form_name(text)))
