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


# A foreign name as Korean writes it (외래어 표기법): the consonant of a syllable
# whose vowel is the ㅡ Korean adds between consonants stands alone ("로스네프트"
# Rosneft, "스베르방크" Sberbank), an ㄹ begins a syllable as r, a word also as l
# ("라브로프" Lavrov), and ends one as l, ㄹㄹ one l between vowels ("나스랄라"
# Nasrallah), ㅇ before ㄱ or ㅋ is n ("방크" bank), ㅅ before a y-vowel is sh ("샤"
# sha), ㅓ is e ("바그너" Wagner).  One consonant stands for several a foreign
# language tells apart, so three readings: ㅂ ㅍ ㅈ as b, p, j (English); v, f, z
# (Russian, "우랄바곤자보드" Uralvagonzavod); b, f, z ("헤즈볼라" Hezbollah).
LEADS_LOAN = "g k n d t r m b p s s - j j ch k t p h".split()
VOWELS_LOAN = "a e ya ye e e ye ye o wa we we yo u wo we wi yu u i i".split()
LOAN_CONSONANTS = (("b", "p", "j"), ("v", "f", "z"), ("b", "f", "z"))
_EU, _LEAD_B, _LEAD_P, _LEAD_J, _LEAD_S = 18, 7, 17, 12, 9
_TAIL_NG, _TAIL_L, _K_LEADS = 21, 8, frozenset({0, 1, 15})
_Y_READ = {"ya": "a", "yo": "o", "yu": "u", "ye": "e"}


def loan_forms(word: str) -> tuple[str, ...]:
    """A Hangul word read as the foreign name it spells (its three readings)."""
    syllables = [jamo(ch) for ch in word if is_hangul(ch)]
    forms = []
    for b, p, j in LOAN_CONSONANTS:
        out = []
        for n, (lead, vowel, tail) in enumerate(syllables):
            head = {_LEAD_B: b, _LEAD_P: p, _LEAD_J: j}.get(lead, LEADS_LOAN[lead])
            following = syllables[n + 1][0] if n + 1 < len(syllables) else _LEAD_NONE
            if head == "r" and n and syllables[n - 1][2] == _TAIL_L:
                head = ""  # (ㄹㄹ: one "l" between vowels, "칼라" kala, "이슬람" Islam)
            body = "" if vowel == _EU and head != "-" else VOWELS_LOAN[vowel]
            if lead == _LEAD_S and body in _Y_READ:
                head, body = "sh", _Y_READ[body]
            elif lead == _LEAD_S and body == "i" and j == "z" and following != _LEAD_NONE:
                head, body = "sh", ""  # (시 before a consonant: ш, "칼라시니코프" Kalashnikov)
            end = TAILS_MR[tail]
            if tail == _TAIL_NG and following in _K_LEADS:
                end = "n"  # ("방크" bank)
            out.append(unhyphened(head) + body + unhyphened(end))
        forms.append("".join(out))
    if syllables and syllables[0][0] == _LEAD_R:  # (ㄹ first: r or l, "라브로프" Lavrov)
        forms += ["l" + f[1:] for f in forms if f.startswith("r")]
    return tuple(dict.fromkeys(f for f in forms if f))


def spells_foreign(word: str) -> bool:
    """Does a Hangul word of three syllables or more spell a foreign name: a syllable
    of a consonant and the ㅡ Korean adds ("스", "트", "프"), which no Korean name has?"""
    syllables = [jamo(ch) for ch in word if is_hangul(ch)]
    return len(syllables) >= 3 and any(
        v == _EU and not t and ld != _LEAD_NONE for ld, v, t in syllables
    )
