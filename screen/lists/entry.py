"""A sanctions-list entry as an entity rule: what every list importer builds."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from screen.matching.countryscan import resolve_country
from screen.models import Direction, Kind, Rule, Severity, Source

# A listed party is screened whatever the shipment's date: a list says who is listed
# now, and an order placed before the listing may ship after it.  The listing date
# is kept as the source's note ("listed on 2024-06-05"); an end date (a BIS denial
# order's expiry) still ends the entry.
ANY_DATE = dt.date.min
ENTITY_TYPES = ("person", "organization", "vessel", "aircraft")


@dataclass(slots=True)  # a list of millions of entries is held while it is parsed
class Entry:
    """What an importer gathers for one entry before it becomes a `Rule`."""

    list_name: str  # short list name: ofac-sdn, un, csl, or a custom list's name
    entry_id: str
    name: str
    type: str = "organization"
    aliases: list[str] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    country_names: list[str] = field(default_factory=list)
    remarks: str = ""
    listed_on: dt.date | None = None  # shown with a hit, never a limit (`ANY_DATE`)
    ends_on: dt.date | None = None  # an order that expires (BIS denial orders)
    datasets: list[str] = field(default_factory=list)  # OpenSanctions: the source datasets
    born: list[str] = field(default_factory=list)  # a person's dates of birth (`Born.text`)
    severity: Severity = Severity.BLOCK


@lru_cache(maxsize=16384)
def _country(name: str) -> str | None:
    """A list's country names repeat entry after entry: each is resolved once."""
    return resolve_country(name)


def _codes(names: list[str]) -> tuple[str, ...]:
    codes = (_country(n) for n in names if n and n.strip())
    return tuple(dict.fromkeys(c for c in codes if c))


# An organisation's name with its short form after it, in brackets ("OCEAN MARITIME
# MANAGEMENT COMPANY, LIMITED (OMM)", as the UN list writes them): two names.
_SHORT_FORM = re.compile(r"^(\S.*\S)\s*\(([A-Z][A-Z0-9&.\-]{1,11})\)$")
SHORT_FORM_WORDS = 30  # words of the longest name read with a short form


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is made of the starts of the name's words, in order, from its
    first word's ("TTP" Tehrik-e Taliban Pakistan, "NICO" Naftiran Intertrade
    COmpany), not another word ("USA", "OFFSHORE", "HOLDING")."""
    letters = [c for c in short.lower() if c.isalnum()]
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    if len(words) > SHORT_FORM_WORDS:
        return False  # (no name that long is known by a short form: bounds the search)
    if not words or not letters or words[0].startswith("".join(letters)):
        return False  # (nor the first word alone, "PASDARAN")
    if letters[0] != words[0][0]:
        return False

    @cache
    def fits(at: int, word: int) -> bool:
        if at == len(letters):
            return True
        for w in range(word, len(words)):
            taken = 0
            while at + taken < len(letters) and taken < len(words[w]):
                if letters[at + taken] != words[w][taken]:
                    break
                taken += 1
                if fits(at + taken, w + 1):
                    return True
        return False

    return fits(0, 0)


def _short_forms(names: list[str]) -> tuple[list[str], list[str]]:
    """The names without a short form in brackets at their end, and those short forms:
    a query gives the name or its short form, seldom both (one is a weak alias, as a
    short form no list gave alone names other parties too)."""
    whole, short = [], []
    for name in names:
        m = _SHORT_FORM.match(name)
        if m and " " in m.group(1) and _abbreviates(m.group(2), m.group(1)):
            whole.append(m.group(1).rstrip(" ,"))
            short.append(m.group(2))
    return whole, short


def entry_names(entry: Entry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The entry's names and its weak aliases (those not also among its names), each
    once, as its rule holds them; an organisation's name with its short form in
    brackets also without it, the short form a weak alias (`_short_forms`)."""
    given = [n.strip() for n in [entry.name, *entry.aliases] if n and n.strip()]
    whole, short = _short_forms(given) if entry.type != "person" else ([], [])
    names = tuple(dict.fromkeys([*given, *whole]))
    weak = tuple(
        n
        for n in dict.fromkeys(w.strip() for w in [*entry.weak_aliases, *short] if w and w.strip())
        if n not in names
    )
    return names, weak


def rule_fields(
    entry: Entry, *, title: str, authority: str, file: str, sha256: str
) -> dict[str, Any]:
    """The fields of the entity rule `<list>:<entry id>` for a list entry (what
    `to_rule` makes a `Rule` of, and a list store writes as its row)."""
    names, weak = entry_names(entry)
    programs = tuple(p for p in entry.programs if p)
    return {
        "id": f"{entry.list_name}:{entry.entry_id}",
        "kind": Kind.ENTITY,
        "title": entry.name.strip(),
        "measure": f"{title}" + (f" ({', '.join(programs)})" if programs else ""),
        "authority": authority,
        "direction": Direction.BOTH,
        "effective_from": ANY_DATE,
        "effective_to": entry.ends_on,
        "severity": entry.severity,
        "source": Source(
            list=entry.list_name,
            entry_id=entry.entry_id,
            file=file,
            sha256=sha256,
            note=f"listed on {entry.listed_on.isoformat()}" if entry.listed_on else None,
        ),
        "countries": _codes(entry.country_names),
        "names": names,
        "weak_names": weak,
        "type": entry.type,
        "programs": programs,
        "datasets": tuple(dict.fromkeys(d for d in entry.datasets if d)),
        "addresses": tuple(a for a in entry.addresses if a),
        "born": tuple(dict.fromkeys(entry.born)) if entry.type == "person" else (),
        "note": entry.remarks or None,
    }


def to_rule(entry: Entry, *, title: str, authority: str, file: str, sha256: str) -> Rule:
    """The entity rule `<list>:<entry id>` for a list entry."""
    return Rule(**rule_fields(entry, title=title, authority=authority, file=file, sha256=sha256))
