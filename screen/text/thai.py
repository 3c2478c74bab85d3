"""Names written in Thai or Lao script, read into Latin as whole words (`read_thai`).

Letter by letter these scripts come out wrong: a vowel written before its
consonant is read before it ("ไทย", Thai, becomes "aithy"), a consonant carries
no vowel where it is said with one ("สุนทร", Sunthon, becomes "sunthr"), and a
consonant at a syllable's end is said otherwise ("ร", r, ends "พร" as an n).  A
word is read here syllable by syllable, by the rules of the Royal Thai General
System (RTGS) that Thai lists and passports follow:

* a vowel written before its consonant (เ แ โ ใ ไ) is read after it, with the
  marks that complete it (เ-ีย ia, เ-ือ uea, เ-า ao);
* a consonant at a syllable's end is read as its final sound (k, t, p, n, ng, m,
  i, o);
* a consonant with no vowel takes the inherent "o" before a final, or "a";
* a consonant under the silencing mark (์) is silent, as are tone marks;
* a leading ห or อ before a sonorant only sets the tone ("หญิง" ying).

Thai names are also spelt in Latin as their letters are written rather than as
said ("Chaivorasilp" for ชัยวรศิลป์, "Siriporn" for ศิริพร): `read_thai` gives
that spelling too, and one without the aspirates' "h", so that each list's habit
meets one of them.  Where a syllable's end is ambiguous (a Pali compound's
linking vowel: วรวัฒน์ "worawat" or "wonwat"), both readings are given.

Lao writes the same syllables with letters in parallel (Unicode places each Lao
letter 128 code points after its Thai twin); it is read through the Thai letter,
with its own few (ົ o, ໍ o, ຽ ia, ໜ hn, ໝ hm, ຼ l) and its usual Latin spelling
(ຊ x, ວ v, ຍ gn).
"""

from __future__ import annotations

from screen.text.thailetters import (
    CLUSTERS,
    LAO_LATIN,
    LEADING,
    LETTERS,
    SHORT,
    SONORANTS,
    TITLES,
    cleaned,
    final_at,
    from_lao,
    is_consonant,
    silenced_tail,
    vowel_follows,
)

MAX_READINGS = 4  # of one word, where its syllables' ends are ambiguous


def is_thai_or_lao(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0eff"


def _initial(text: str, i: int, lead: bool) -> tuple[list[str], int]:
    """The consonants starting a syllable at `i` (a cluster, or a leading ห / อ
    before a sonorant dropped) and the index after them.  After a vowel written
    before them (`lead`) the second letter carries that vowel, so it is theirs
    unless the letter after it carries a vowel of its own ("เปล่า" plao)."""
    first, nxt = text[i], text[i + 1 : i + 2]
    if not nxt or not is_consonant(nxt):
        return [first], i + 1
    after = text[i + 2 : i + 3]
    voiced = vowel_follows(text, i + 1)
    after_voiced = vowel_follows(text, i + 2)
    if (first in "หอ" and nxt in SONORANTS) and (
        voiced or (lead and not (after and is_consonant(after) and after_voiced))
    ):
        return [nxt], i + 2
    # (after a vowel written before, a cluster if a letter follows: เปล่า plao, แก้ว kaeo)
    if first + nxt in CLUSTERS and (voiced or (lead and after != "" and not after_voiced)):
        return [first, nxt], i + 2
    return [first], i + 1


Piece = tuple[str, str]  # ("c", letter) initial, ("f", letter) final, ("v", latin) vowel
Syllable = tuple[tuple[Piece, ...], int]  # its pieces, and the index after it


def _options(text: str, i: int) -> list[Syllable]:
    """The ways a syllable starting at `i` may be read, the likeliest first."""
    ch, lead = text[i], ""
    if ch in LEADING:
        lead, i = ch, i + 1
        if i >= len(text) or not is_consonant(text[i]):
            return [((("v", {"เ": "e", "แ": "ae", "โ": "o"}.get(lead, "ai")),), i)]
    elif not is_consonant(ch):
        return [((), i + 1)]  # a vowel mark with no consonant (a typo): skipped
    cons, i = _initial(text, i, bool(lead))
    head = tuple(("c", c) for c in cons)
    vowel, i = _vowel(text, i, lead)
    if vowel is None:  # no vowel written: the inherent o before a final, or a
        if not (final_at(text, i) or (i + 1 == len(text) and is_consonant(text[i]))):
            return [((*head, ("v", "a")), i)]
        out = [((*head, ("v", "o"), ("f", text[i])), i + 1)]
        if text[i] == "ร" and i + 1 < len(text) and is_consonant(text[i + 1]):
            out.append(((*head, ("v", "o"), ("c", "ร"), ("v", "a")), i + 1))  # (worawat)
        return out
    latin, closes = vowel
    piece = (*head, ("v", latin))
    if not (closes and final_at(text, i)):
        return [(piece, i)]
    out = [((*piece, ("f", text[i])), i + 1)]
    if text[i] == "ร" and is_consonant(text[i + 1 : i + 2]):
        out.append(((*piece, ("c", "ร"), ("v", "a")), i + 1))  # a linking a (สุรวีร์ surawi)
    elif text[i - 1] != "ั" and final_at(text, i + 1):
        out.append((piece, i))  # or it starts the next, closed (วิมลศรี wi-mon-si)
    return out


def _readings(text: str) -> list[list[Piece]]:
    """The readings of a word as pieces, the likeliest first, at most MAX_READINGS.
    Each start's readings are kept as links to the next syllable's (its pieces, the
    index after it, which of that index's readings follows), so that a long run
    costs time and memory in proportion to its length."""
    after: dict[int, list[tuple[tuple[Piece, ...], int, int]]] = {len(text): [((), -1, 0)]}
    for i in range(len(text) - 1, -1, -1):  # (from the end: each start's once)
        found: list[tuple[tuple[Piece, ...], int, int]] = []
        for pieces, nxt in _options(text, i):
            found.extend((pieces, nxt, k) for k in range(len(after.get(nxt, []))))
        after[i] = found[:MAX_READINGS]
    out: list[list[Piece]] = []
    for k in range(len(after[0])):
        reading: list[Piece] = []
        i = 0
        while i < len(text):
            pieces, nxt, k = after[i][k]
            reading.extend(pieces)
            i = nxt
        out.append(reading)
    return out


def _vowel(text: str, i: int, lead: str) -> tuple[tuple[str, bool] | None, int]:
    """The vowel after a syllable's consonants at `i` (with `lead` written before
    them): its Latin, whether a final consonant may follow, and the index after."""
    a, b = text[i : i + 1], text[i + 1 : i + 2]
    if lead == "เ":
        if a == "า":
            return ("o", False) if b == "ะ" else ("ao", False), i + (2 if b == "ะ" else 1)
        if a == "ี" and b == "ย":
            return ("ia", True), i + 2
        if a == "ื" and b == "อ":
            return ("uea", True), i + 2
        if a == "ิ" or a == "อ":
            return ("oe", True), i + 1
        if a == "็":
            return ("e", True), i + 1
        if a == "ย" and not vowel_follows(text, i):
            return ("oei", False), i + 1
        return ("e", a != "ะ"), i + (a == "ะ")
    if lead == "แ":
        return ("ae", a != "ะ"), i + (a in "ะ็" and a != "")
    if lead == "โ":
        return ("o", a != "ะ"), i + (a == "ะ")
    if lead and lead in "ใไ":
        return ("ai", False), i + (a == "ย" and not vowel_follows(text, i))
    if a == "ั":
        if b == "ว":
            return ("ua", True), i + 2
        if b == "ย":
            return ("ai", False), i + 2
        return ("a", True), i + 1
    if a == "า":
        if b == "ย" and not vowel_follows(text, i + 1):
            return ("ai", False), i + 2
        return ("a", True), i + 1
    if a == "ำ":
        return ("am", False), i + 1
    if a == "ຽ":
        return ("ia", True), i + 1
    if a == "ะ":
        return ("a", False), i + 1
    if a in SHORT:
        if a == "ื" and b == "อ":
            return ("ue", True), i + 2
        if a == "ุ" and b == "ย" and not vowel_follows(text, i + 1):
            return ("ui", False), i + 2
        return (SHORT[a], True), i + 1
    if a == "อ" and not vowel_follows(text, i):
        return ("o", True), i + 1
    if a == "ว" and final_at(text, i + 1):
        return ("ua", True), i + 1
    if a == "ร" and b == "ร":
        return ("a", True) if final_at(text, i + 2) else ("an", False), i + 2
    return None, i


def _spell(pieces: list[Piece], how: str, lao: bool) -> str:
    out: list[str] = []
    for kind, value in pieces:
        if kind == "v":
            out.append(value if how == "rtgs" or value != "uea" else "ua")
            continue
        letter = LETTERS[value]
        if kind == "f":
            text = letter.final
            if how != "rtgs" and value in "รลศษสป":
                text = letter.written if value != "ร" else "rn" if out[-1:] == ["o"] else "r"
        elif how == "rtgs":
            text = letter.initial
        else:
            text = (LAO_LATIN.get(value) if lao else None) or letter.written
        if how == "plain" and text in ("kh", "ph", "th"):
            text = text[0]
        out.append(text)
    return "".join(out)


def read_thai(word: str) -> tuple[str, ...]:
    """A word of Thai or Lao script read as a name: its RTGS spelling first, then
    as names spell its letters, and without the aspirates' "h" (distinct ones)."""
    lao = any("\u0e80" <= ch <= "\u0eff" for ch in word)
    thai = from_lao(word) if lao else word
    text = cleaned(thai)
    # letters silenced at the word's end are spelt where letters are (ศิลป์ silp,
    # a loanword's ซิลค์ silk, Lao ຄິງສ໌ kings)
    silenced = silenced_tail(thai)
    for title in TITLES:
        if text.startswith(title) and len(text) > len(title) + 1:
            text = text[len(title) :]
            break
    readings = _readings(text) if text else []
    out: list[str] = []
    for how in ("rtgs", "written", "plain"):
        for pieces in readings:
            spelt = _spell(pieces, how, lao) + (silenced if how != "rtgs" else "")
            if spelt and spelt not in out:
                out.append(spelt)
    return tuple(out)
