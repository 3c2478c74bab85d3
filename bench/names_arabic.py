"""Arabic compound names written another way (issue 10, patterns 4 and 5 on Arabic
names): "Abd al-Rahman" as Abdul Rahman, Abdelrahman, Abdurrahman, Abd ar-Rahman;
"Izz al-Din" as Izzuddin, Izzeddine, Izz ad-Din; "Nasr Allah" as Nasrallah,
Nasrullah.

Matches: a listed OFAC name holding such a compound, the compound rewritten one of
the ways transliterations write it (and, every other pair, the rest of the name in
natural order).  Look-alikes: the same name with the compound's second word (or
first, for al-Din and Allah names) replaced by that of another listed compound at
least two edits away (Abd al-Rahim for Abd al-Rahman), also rewritten: another
person with the same family name.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from names_pairs import Pair, Pool, natural
from rapidfuzz.distance import Levenshtein

SUN = set("tdrzsn")  # the article takes these letters' sound (and sh, th, dh)
_ABD = re.compile(r"\bAbd[ -]?(?:al|el|ul|ad|ar|as|at|an|az)[- ]?([A-Za-z']{3,})", re.I)
_DIN = re.compile(
    r"\b([A-Za-z']{3,})[ -]?(?:al|ul|ad|ud|ed|el)[- ]?Din\b|\b([A-Za-z']{3,}?)uddin\b", re.I
)
_ALLAH = re.compile(r"\b([A-Za-z']{3,}?)[ -]?(?:Allah|ullah|ollah)\b", re.I)
PER = 60  # matches (and as many look-alikes) per compound kind


def _abd(rng: random.Random, word: str) -> str:
    w = word.capitalize()
    ways = [f"Abdul {w}", f"Abdel{w.lower()}", f"Abd al-{w}", f"Abdul{w.lower()}", f"Abd-ul-{w}"]
    sun = w[0].lower()
    if sun in SUN:  # the article assimilated: Abdurrahman, Abd ar-Rahman
        ways += [f"Abdu{sun}{w.lower()}", f"Abd a{sun}-{w}"]
    return rng.choice(ways)


def _din(rng: random.Random, word: str) -> str:
    w = word.capitalize()
    return rng.choice([f"{w}uddin", f"{w}eddine", f"{w} ad-Din", f"{w} al-Din", f"{w}-ud-Din"])


def _allah(rng: random.Random, word: str) -> str:
    w = word.capitalize()
    return rng.choice([f"{w}ullah", f"{w}allah", f"{w} Allah", f"{w}ollah"])


KINDS = ((_ABD, _abd), (_DIN, _din), (_ALLAH, _allah))


def _word(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g)


def arabic_compounds(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    people = [e for e in pool.entries if e.kind == "person"]
    for pattern, write in KINDS:
        found = [(e, m) for e in people if (m := pattern.search(natural(e.name)))]
        words = sorted({_word(m).lower() for _, m in found if "'" not in _word(m)})
        rng.shuffle(found)
        made = 0
        for e, m in found:
            word = _word(m)
            if "'" in word or not word.isalpha():
                continue
            shown = natural(e.name)
            rewritten = shown[: m.start()] + write(rng, word) + shown[m.end() :]
            if rewritten.lower() == shown.lower():
                continue
            yield Pair("arabic_compound", rewritten, e.name, 1, "person")
            others = [w for w in words if Levenshtein.distance(w, word.lower()) >= 2]
            if others:
                other = write(rng, rng.choice(others))
                lookalike = shown[: m.start()] + other + shown[m.end() :]
                yield Pair("arabic_compound", lookalike, e.name, 0, "person")
            made += 1
            if made >= PER:
                break
