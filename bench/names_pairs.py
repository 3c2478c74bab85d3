"""Labelled name pairs for `names_quality.py`, built from the sample lists.

Every pair is (pattern, query, listed name, label, kind): label 1 when the query
names the listed party, 0 when it is a look-alike of another party.  Matches are
derived from a listed name by a transformation real party texts show (a typo, a
spelling variant, a join, a partial name, a legal form spelt out, a wrapping
"c/o" text, a number written another way); look-alikes come from *other* entries
of the same list that share a word with the listed name (same given name, same
surname, same generic words), put through the same transformation, so that the
benchmark rewards the evidence of distinctive parts and not the transformation.

Sources: OFAC SDN sample (names, aliases, addresses) and the UN consolidated
list sample (Latin names beside their names in original script) from
tests/data/lists/ (see PROVENANCE.md there); hand-written cases that cannot be
generated are in bench/data/names_curated.csv with their sources.
All randomness uses one fixed seed: the same pairs on every run.
"""

from __future__ import annotations

import csv
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTS = ROOT / "tests" / "data" / "lists"
CURATED = Path(__file__).resolve().parent / "data" / "names_curated.csv"
SEED = 20261121


@dataclass(frozen=True)
class Pair:
    pattern: str
    query: str
    listed: str
    label: int
    kind: str  # person, organization, vessel


@dataclass
class Entry:
    id: str
    name: str
    kind: str
    aliases: list[str]
    addresses: list[str]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def load_ofac() -> list[Entry]:
    base = LISTS / "ofac"
    kinds = {"individual": "person", "vessel": "vessel", "aircraft": "vessel"}
    entries: dict[str, Entry] = {}
    with open(base / "sdn.csv", encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) > 2 and row[0].strip().isdigit():
                kind = kinds.get(row[2].strip().strip('"'), "organization")
                entries[row[0]] = Entry(row[0], row[1].strip(), kind, [], [])
    with open(base / "alt.csv", encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) > 3 and row[0] in entries:
                entries[row[0]].aliases.append(row[3].strip())
    with open(base / "add.csv", encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) > 4 and row[0] in entries and row[2].strip() not in ("", "-0-"):
                entries[row[0]].addresses.append(row[2].strip() + ", " + row[3].strip(" -0"))
    return list(entries.values())


def load_weak_aliases() -> dict[str, list[str]]:
    """Each OFAC entry's weak aliases, which its remarks give ("a.k.a. 'SL'")."""
    out: dict[str, list[str]] = {}
    with open(LISTS / "ofac" / "sdn.csv", encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) > 2 and row[0].strip().isdigit():
                found = re.findall(r"a\.k\.a\. '([^']+)'", row[-1])
                if found:
                    out[row[0]] = found
    return out


def load_un_scripts() -> list[tuple[str, str]]:
    """(Latin name, name in original script) of UN-listed individuals: the whole
    name (first to fourth), as the list gives it.  Entities are left out: their
    name in original script is mostly the name in its own language, which the
    Latin name translates ("TUNISIAN COMBATANT GROUP"); a name matcher links
    spellings, not translations (the list gives transliterated aliases apart)."""
    from defusedxml import ElementTree

    root = ElementTree.parse(LISTS / "un" / "consolidated.xml").getroot()
    out = []
    for element in root.iter():
        if element.tag != "INDIVIDUAL":
            continue
        parts = [
            element.findtext(t) or ""
            for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
        ]
        latin = " ".join(p.strip() for p in parts if p.strip())
        original = (element.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
        if latin and original and not original.isascii():
            out.append((latin, original))
    return out


def natural(name: str) -> str:
    """'BERMUDEZ SUAZA, Pedro Antonio' -> 'Pedro Antonio BERMUDEZ SUAZA'."""
    if name.count(",") == 1:
        family, given = (p.strip() for p in name.split(","))
        if given and family:
            return f"{given} {family}"
    return name


SYLLABLES = "ka to ri mo sen dal vik ber lan tor nes pol gri zu ha shi mi ra ko ven dor fal".split()


def invented(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def typo(rng: random.Random, word: str) -> str:
    """One edit: drop, double, swap or replace a letter (never the first), in the word's case."""
    out = _typo(rng, word)
    return out.upper() if word.isupper() else out


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word + word[-1]
    i = rng.randrange(1, len(word))
    roll = rng.random()
    if roll < 0.25:
        return word[:i] + word[i + 1 :]
    if roll < 0.5:
        return word[:i] + word[i] + word[i:]
    if roll < 0.75 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    letters = "aeiou" if word[i].lower() in "aeiou" else "bdgklmnprst"
    return word[:i] + rng.choice([c for c in letters if c != word[i].lower()]) + word[i + 1 :]


class Pool:
    """Entries by kind and by word, to draw names and look-alikes."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(entries):
            for w in set(_words(e.name.lower())):
                self.by_word[w].append(i)

    def lookalike(self, rng: random.Random, entry: Entry, common_ok: bool = True) -> Entry | None:
        """Another entry of the same kind sharing a word with `entry`'s name."""
        words = [w for w in sorted(set(_words(entry.name.lower()))) if len(w) > 1]
        rng.shuffle(words)
        mine = set(_words(entry.name.lower()))
        for w in words:
            others = [
                self.entries[i]
                for i in self.by_word[w]
                if self.entries[i].id != entry.id and self.entries[i].kind == entry.kind
            ]
            others = [
                o
                for o in others
                if len(set(_words(o.name.lower())) - mine) >= 1
                and len(mine - set(_words(o.name.lower()))) >= 1
            ]
            if len(others) > 200 and not common_ok:
                continue
            if others:
                return rng.choice(others)
        return None


def read_curated() -> list[Pair]:
    with open(CURATED, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")]
    header, *body = rows
    assert header == ["pattern", "query", "listed", "label", "kind", "source"], header
    return [Pair(r[0], r[1], r[2], int(r[3]), r[4]) for r in body]
