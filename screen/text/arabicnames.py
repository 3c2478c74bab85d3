"""Arabic compound names in Latin letters, split the same way however they are written.

Many Arabic names are compounds of a word, the article al- and a second word:
"servant of" names (Abd al-Rahman), names ending in "of the faith" (Nur al-Din)
and in "God" (Nasr Allah).  A transliteration writes them apart, hyphenated or as
one word; writes the article al, el, ul or il; and before a "sun letter" (t, th,
d, dh, r, z, s, sh, n) writes it as that letter, doubled: Abd al-Rahman, Abdul
Rahman, Abdelrahman, Abdurrahman, Abd ar-Rahman; Nur ad-Din, Nuruddin, Nureddine;
Nasr Allah, Nasrallah, Nasrullah, Hayat Ullah.  Every way is read here as one
spelling:

* "Abd" names as the words written apart, the article as "al" (abd al rahman,
  abd allah): the spellings meet word for word, the second word keeps its own
  typo allowance ("Abd al-Rahim" is not "Abd al-Rahman") and a text giving only
  that word ("Rahman") still meets it;
* names ending in "al-Din" or "Allah" as one word (nuraldin, nasrallah): their
  first word alone ("Nasr", "Nur") is another name.

Only these shapes are read ("abd" and an article before a word; a word, the
article and "din"; a word before "allah"); other words are left as they are.
Both sides of a name comparison are read the same way.
"""

from __future__ import annotations

import re

from screen.text.english import is_english_word
from screen.text.lazyre import deferred

# The article's written forms: al, el, ul, il, ol, and before a sun letter ad, ud, ed,
# ar, ur, as, us, ash, at, an, az ... (read only between the parts of a compound).
ARTICLES = frozenset(
    v + c for v in "aeiou" for c in ("l", "t", "th", "d", "dh", "r", "z", "s", "sh", "n")
)
_SUN = "sh|th|dh|[tdrzsn]"
# "abd" and the article written as one word, with or without the second word:
# abdul, abdel, abdelaziz, abdullah, abdurrahman (the sun letter doubled), abdurashid
_ABD = deferred(
    rf"^abd[aeiou](?:l|(?P<sun>{_SUN})(?=(?P=sun))|(?=(?:{_SUN})[a-z]{{2}}))(?P<rest>[a-z]*)$"
)
# a word, the article and "din" or "allah" written as one: nuruddin, nureddine, nasrullah
_SUFFIX = deferred(r"^(?P<head>[a-z]{2,}?)[aeiou](?:d(?P<din>dine?)|l(?P<lah>lah))$")
_DOUBLED_ABD = deferred(r"^a+b+d+")  # "abd" with a letter doubled by a typo: "Abddul"
# what is left of "allah" after abd and the article: abdulla(h), and written with one
# "l" (abdulah, abdula: the article's and the word's written once) or a letter of it
# dropped or doubled by a typo (abdullh, abdulllah)
_ALLAH = ("la", "lah", "a", "ah", "lh", "llah")
# the article and "din" or "allah" written as one word apart from the first word:
# "Kamal Eddin", "Nur Uddin", "Hayat Ullah", "Hizb Ullah"
_DIN = frozenset(v + c + "din" + e for v in "aeiou" for c in "dl" for e in ("", "e"))
_LAH = frozenset(v + "llah" for v in "aeiou")


# "son of", "daughter of": the links of a lineage (nasab)
# ... and "kin", what `text/parentage.py` writes for "S/O", "fils de", "wife of": the
# names after it are all a parent's or a husband's, never the person's family name
KIN = "kin"
SON_OF = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould", KIN})


def ancestors(forms: list[str], every: bool = False) -> list[int]:
    """The positions of ancestors' given names in a lineage: the word after each
    "son of" that another follows ("Usama bin Muhammad ibn Awad ibn Ladin": his
    father Muhammad and grandfather Awad; the last, "bin Ladin", is the family's),
    or after `every` one (given names whose family name stands apart: "Usama bin
    Muhammad bin Awad" of "BIN LADIN, Usama bin Muhammad bin Awad"); and every word
    after "kin" (`KIN`: a parent's or a husband's names)."""
    links = [i for i, form in enumerate(forms) if form in SON_OF]
    ends = [*links[1:], len(forms)] if every else links[1:]
    out = [i + 1 for i, after in zip(links, ends, strict=False) if after > i + 1]
    for i, end in zip(links, [*links[1:], len(forms)], strict=False):
        if forms[i] == KIN:  # (every name after "D/O" is the parent's: "D/O Saddam Hussein")
            out.extend(j for j in range(i + 1, end) if j not in out)
    return out


def split_compounds(tokens: list[str]) -> list[str]:
    """Normalised name tokens with each compound written one way (see the module)."""
    if not any(
        t.startswith(("abd", "aab", "abb")) or t.endswith(("din", "dine", "lah")) or t in ARTICLES
        for t in tokens
    ):
        return tokens
    out: list[str] = []
    for i, token in enumerate(tokens):
        before = out[-1] if out else ""
        abd = _ABD.match(token) or _ABD.match(_DOUBLED_ABD.sub("abd", token))
        found = None if abd else _SUFFIX.match(token)
        if abd:
            rest = abd["rest"]
            if rest in _ALLAH:
                out.extend(["abd", "allah"])
            else:
                out.extend(["abd", "al", rest] if rest else ["abd", "al"])
        elif found:
            out.append(found["head"] + ("aldin" if found["din"] else "allah"))
        elif token in ARTICLES and before == "abd" and i + 1 < len(tokens):
            out.append("al")  # "abd ar rahman"
        elif token in ("din", "dine") and len(out) > 1 and out[-1] in ARTICLES and _word(out[-2]):
            out[-2:] = [out[-2] + "aldin"]  # "nur ad din"
        elif token in _DIN and _word(before) and before != "abd":
            out[-1] = before + "aldin"  # "kamal eddin"
        elif (token == "allah" or token in _LAH) and _word(before) and before != "abd":
            out[-1] = before + "allah"  # "nasr allah", "hayat ullah"
        elif token in _LAH and before == "abd":
            out.append("allah")  # "abd ullah"
        elif _assimilated(token, tokens[i + 1] if i + 1 < len(tokens) else ""):
            out.append("al")  # "selselat adh dhahab", "riyadh us saliheen"
        else:
            out.append(token)
    return out


ASSIMILATED_WORD = 4  # letters of the word after it ("as salam"; not "at tea")


def _assimilated(token: str, after: str) -> bool:
    """Whether `token` is the article written as the sun letter the next word begins
    with ("adh" before "dhahab", "us" before "saliheen", "ash" before "shabab"), that
    word no English one ("known as Smith")."""
    sun = token[1:]
    if token not in ARTICLES or sun == "l" or len(after) < ASSIMILATED_WORD:
        return False
    if not after.startswith(sun) or (len(sun) == 1 and after[1] == "h"):
        return False  # ("as" before "shipping" would be "ash")
    return not is_english_word(after)


def _word(token: str) -> bool:
    """A word a compound can begin with ("nur", "nasr"; not "al" nor a number)."""
    return len(token) >= 3 and token.isalpha() and token not in ARTICLES


# The Persian ezafe ("of"), and Urdu's, joined to the word it follows by a hyphen and
# written as each transliteration writes it ("Bank-e Sarmayeh", "Bank-eh Sarmayeh",
# "Daneshgah-i Sanati-yi Malik-i Ashtar"): a link between words, no word of a name.
_EZAFE = deferred(r"(?<=[^\W\d_]{3})-(?:e|eh|i|ie|ye|yi|ey)(?![^\W\d_'’])", re.IGNORECASE)


def ezafe_dropped(text: str) -> str:
    """`text` without the ezafe its words are linked by."""
    return _EZAFE.sub("", text) if "-" in text else text
