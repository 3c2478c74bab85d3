"""Words written onto one another in a name: a number onto a word ("Abtin1"), a
legal form onto the name's last word ("SiemensAG", "HavanaturLLC"), a tone's number
onto a pinyin syllable ("Jin1hua2")."""

from __future__ import annotations

from screen.text.lazyre import deferred
from screen.text.numbers import ORDINAL_DIGITS
from screen.text.romanize import is_pinyin_syllable

_LETTERS_DIGITS = deferred(r"^([a-z]{2,})(\d+)$|^([1-9]\d*)([a-z]{2,})$")  # "0leg": leet
# Legal forms often written onto the name's last word ("SiemensAG", "HavanaturLLC").
_GLUED = "llc ltd ltda gmbh ag kg bv nv inc plc jsc pjsc ojsc cjsc ooo srl spa sarl corp"
GLUED_FORMS = tuple(sorted(_GLUED.split(), key=len, reverse=True))
GLUED_MIN = 4  # letters left of the name's word once the form is cut off
GLUED_SHORTEST = GLUED_MIN + min(map(len, GLUED_FORMS))  # a shorter word holds no glued form


# pinyin with tone numbers: "Hong2 Jin1hua2" is Hong Jinhua
_TONED = deferred(r"^(?:[a-z]+[1-5])+$")
_TONE = deferred(r"[1-5]")


def toneless(token: str) -> str:
    """A word of pinyin syllables each with its tone's number, without the numbers."""
    if _TONED.match(token):
        syllables = _TONE.split(token)[:-1]
        # (not a code's letter and digit: "A1", "F1")
        if sum(map(len, syllables)) >= 3 and all(map(is_pinyin_syllable, syllables)):
            return "".join(syllables)
    return token


_CAMEL_FORM = deferred(r"[a-z](AG|KG|BV|NV)\b")  # "SiemensAG": a short form shows by its case


def split_glued(tokens: list[str], text: str) -> list[str]:
    """Numbers written onto words ("Abtin1") apart, but a lone 0, the letter o
    ("Timchenk0": leetspeak); a legal form written onto the last word apart
    ("havanaturllc"; a two-letter one only when its case shows it, "SiemensAG",
    since many names end in "ag" or "nv"); `text`: the text they were read from."""
    camel_forms = frozenset(m.lower() for m in _CAMEL_FORM.findall(text))
    out: list[str] = []
    for token in tokens:
        token = token if token.isalpha() else toneless(token)
        m = None if token.isalpha() else _LETTERS_DIGITS.match(token)
        if m and not ORDINAL_DIGITS.match(token) and m.group(2) != "0":
            out.extend(g for g in m.groups() if g)
        else:
            out.append(token)
    if (
        out
        and len(out[-1]) >= GLUED_SHORTEST
        and out[-1].isalpha()
        and out[-1].endswith(GLUED_FORMS)
    ):
        last = out[-1]
        for form in GLUED_FORMS:
            if len(form) < 3 and form not in camel_forms:
                continue
            if last.endswith(form) and len(last) - len(form) >= GLUED_MIN:
                out[-1:] = [last[: -len(form)], form]
                break
    return out
