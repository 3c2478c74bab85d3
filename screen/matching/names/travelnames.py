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

Either is read as "Given names Surname"; any other text is left as it is.  A
booking's given names run together are read as two where a known given name is
one of them ("JAMILEHABDULLAH": Jamileh Abdullah).
"""

from __future__ import annotations

from screen.text.lazyre import deferred
from screen.text.nametable import is_person_word

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
            given = " ".join(_apart(w.lower()) for w in found.group(2).split())
            return f"{given.upper()} {found.group(1)}"
    return text


PIECE_MIN = 3  # letters of a piece of given names run together
KNOWN_MIN = 4  # ... of a known name that splits them ("BEKKAY" is no "Bek Kay")
LONGEST = 40  # letters of a run of given names read apart (a longer one is left whole)


def _apart(word: str) -> str:
    """Given names run together, read as two where a known given name of four
    letters or more is one of them ("jamilehabdullah": "jamileh abdullah"; three
    run together become two, one of them two names run together, which the scorer
    meets as written together); else as written."""
    if len(word) > LONGEST or is_person_word(word):
        return word
    best, known = word, 0
    for at in range(PIECE_MIN, len(word) - PIECE_MIN + 1):
        head, tail = word[:at], word[at:]
        letters = sum(len(p) for p in (head, tail) if len(p) >= KNOWN_MIN and is_person_word(p))
        if letters > known:
            best, known = f"{head} {tail}", letters
    return best
