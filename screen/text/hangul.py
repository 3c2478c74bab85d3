"""Hangul read into Latin letters: each syllable in McCune-Reischauer (as North
Korea writes it) and Revised Romanization (`hangul_syllable`), or a word read whole
in one system throughout (`hangul_word`).  Pure functions of the code points: no
table to load."""

from __future__ import annotations

LEADS_MR = "k kk n t tt r m p pp s ss - j jj ch kh th ph h".split()
LEADS_RR = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
VOWELS_MR = "a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i".split()
VOWELS_RR = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
TAILS_MR = "- k k k n n n t l k m p l t p l m p p t t ng t t k t p t".split()
TAILS_RR = TAILS_MR  # final consonants sound alike in both: 박 Pak/Bak
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3


def unhyphened(s: str) -> str:
    return s.replace("-", "")


def jamo(ch: str) -> tuple[int, int, int]:
    """A syllable's lead consonant, vowel and tail (the Unicode algorithm)."""
    index = ord(ch) - _HANGUL_FIRST
    return index // 588, (index % 588) // 28, index % 28


def hangul_syllable(ch: str) -> tuple[str, ...]:
    """The usual Latin forms of one Hangul syllable, McCune-Reischauer first."""
    lead, vowel, tail = jamo(ch)
    forms = []
    for leads, vowels, tails in (
        (LEADS_MR, VOWELS_MR, TAILS_MR),
        (LEADS_RR, VOWELS_RR, TAILS_RR),
    ):
        head = unhyphened(leads[lead])
        body = unhyphened(vowels[vowel])
        if head == "s" and body.startswith(("i", "wi", "y")) and leads is LEADS_MR:
            head = "sh"  # McCune-Reischauer: shi, shin
        forms.append(head + body + unhyphened(tails[tail]))
    if LEADS_MR[lead] == "r":
        forms.append("l" + forms[0][1:])  # 리, 류: Ri/Li, Ryu/Lyu
    if LEADS_MR[lead] == "j":
        forms.append("ch" + forms[0][1:])  # 정: Jong (North), Chong (McCune-Reischauer)
    return tuple(dict.fromkeys(forms))


def hangul_word(word: str) -> tuple[str, ...]:
    """A Hangul word read whole, one system throughout: McCune-Reischauer as North
    Korea writes it (Josontaesong), with "ch" for its j (Chosontaesong), and
    Revised Romanization (Joseondaeseong)."""
    forms: list[str] = []
    for leads, vowels, j in (
        (LEADS_MR, VOWELS_MR, "j"),
        (LEADS_MR, VOWELS_MR, "ch"),
        (LEADS_RR, VOWELS_RR, "j"),
    ):
        out = []
        for ch in word:
            if is_hangul(ch):
                lead, vowel, tail = jamo(ch)
                head = j if leads[lead] == "j" else unhyphened(leads[lead])
                out.append(head + unhyphened(vowels[vowel]) + unhyphened(TAILS_MR[tail]))
        forms.append("".join(out))
    return tuple(dict.fromkeys(f for f in forms if f))


def is_hangul(ch: str) -> bool:
    return _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST


def read_hangul(word: str) -> list[tuple[str, ...]]:
    return [hangul_syllable(ch) for ch in word if is_hangul(ch)]


# vowels before which a word's first ㄹ or ㄴ is read ㅇ (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ)
_Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})
_LEAD_R, _LEAD_N, _LEAD_NONE = 5, 2, 11


def initial_forms(ch: str) -> tuple[str, ...]:
    """A syllable as it is read at the start of a word in the South (the initial-sound
    rule, 두음법칙): 리 이, 룡 용, 로 노, 녀 여; () when the rule does not change it.
    North Korea does not apply it (Ri, Ryong), so both forms are names' spellings."""
    if not is_hangul(ch):
        return ()
    lead, vowel, tail = jamo(ch)
    if lead == _LEAD_R:
        lead = _LEAD_NONE if vowel in _Y_VOWELS else _LEAD_N
    elif lead == _LEAD_N and vowel in _Y_VOWELS:
        lead = _LEAD_NONE
    else:
        return ()
    return (chr(_HANGUL_FIRST + lead * 588 + vowel * 28 + tail),)
