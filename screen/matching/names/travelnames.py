"""A person's name as travel documents and bookings write it, read back as a name.

* **A passport's machine-readable zone** (ICAO Doc 9303), its first line: the
  document's kind and issuing state, then the surname and the given names, "<" for
  a space and "<<" between the two, padded with "<" to 44 characters
  ("P<RUSIVANOV<<PAVEL<SERGEEVICH<<<<<<<<<<<<<<<", "P<D<<MUSTERMANN<<ERIKA<<<<").
* **An airline booking's name** (a PNR, IATA's SURNAME/GIVENNAMES form): a
  count of passengers before it, the surname, "/", the given names run together,
  and a title after them, joined or apart ("1ALSHANTI/JAMILEHABDULLAHMRS",
  "HARRACH/BEKKAYMR", "HANIYA/ISMAILABDULSALAH MR"); without a title, a text with
  a slash is two parties' ("ACME/BETA TRADING"), as before.

Either is read as "Given names Surname"; any other text is left as it is.
"""

from __future__ import annotations

from screen.text.lazyre import deferred

_MRZ = deferred(r"^\s*[ACIPV][A-Z<][A-Z<]{3}([A-Z]+(?:<[A-Z]+)*)<<([A-Z]+(?:<[A-Z]+)*)?<*\s*$")
# the titles IATA names carry after the given names (longest first: MRS before MR)
# (a title is there: "ACME/BETA TRADING" and "DHL/FEDEX" are two parties, no booking)
_PNR = deferred(
    r"^\s*\d{0,2}([A-Z][A-Z' -]*[A-Z])/([A-Z]+(?: [A-Z]+)*?)\s*"
    r"(?:MRS|MSTR|MISS|MR|MS|DR|PROF|CHD|INF)\s*$"
)


def travel_name(text: str) -> str:
    """`text` as a name when it is a passport's machine-readable line or a booking's
    name, else as it is."""
    if "<<" in text:
        found = _MRZ.match(text)
        if found:
            surname, given = found.group(1), found.group(2) or ""
            return f"{given.replace('<', ' ')} {surname.replace('<', ' ')}".strip()
    elif "/" in text and text.isupper():
        found = _PNR.match(text)
        if found and len(found.group(2).strip()) >= 2:
            return f"{found.group(2).strip()} {found.group(1)}"
    return text
